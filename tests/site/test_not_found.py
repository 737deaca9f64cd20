"""The page for an address that leads nowhere (``404.html``, one for the whole site, served by the
host at any address): in the policy's language, as the root of the site is, with a line in each
language, in that language, leading to its policy and its checker; and the same head as every page
(the Content-Security-Policy, ``dir``, a named search dialog, Material's bundle on the first
interaction), without alternates in other languages, which it has none of."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from policy_site import messages as t
from policy_site.i18n import site_text, text_direction
from tests.support.html import parse
from tests.support.languages import LANGUAGES, POLICY_LANGUAGE, prefix


def test_the_page_not_found_speaks_every_language_in_its_own(
    built_site: Path, site_url: str
) -> None:
    page = parse((built_site / "404.html").read_text(encoding="utf-8"))
    assert page.html_attrs["lang"] == POLICY_LANGUAGE
    assert page.html_attrs["dir"] == text_direction(POLICY_LANGUAGE)
    headings = [" ".join("".join(text).split()) for tag, _a, text in page.all if tag == "h1"]
    assert headings == [site_text(POLICY_LANGUAGE, t.NOT_FOUND)]
    lines = [(a, text) for tag, a, text in page.all if tag == "li" and "lang" in a]
    assert [a["lang"] for a, _text in lines] == list(LANGUAGES)
    root = urlsplit(site_url).path  # any address may show it: its links are absolute
    for a, text in lines:
        lang = a["lang"]
        assert a["dir"] == text_direction(lang)
        words = " ".join("".join(text).split())
        for message in (t.NOT_FOUND, t.READ_POLICY, t.CHECK_BUTTON):
            assert site_text(lang, message) in words, (lang, words)
    links = set(page.attributes("a", "href"))
    for lang in LANGUAGES:
        assert {root + prefix(lang), f"{root}{prefix(lang)}checker/"} <= links, lang


def test_the_page_not_found_has_the_pages_head(built_site: Path) -> None:
    html = (built_site / "404.html").read_text(encoding="utf-8")
    page = parse(html)
    assert any(m.get("http-equiv") == "Content-Security-Policy" for m in page.elements("meta"))
    (search,) = [a for a in page.elements("div", "role") if a["role"] == "dialog"]
    assert search.get("aria-label"), "the search dialog has no name"
    assert [link for link in page.head_links if link.get("rel") == "alternate"] == []
    # Material's bundle waits for the reader's first interaction, as on every page.
    (loader,) = page.elements("script", "data-bundle")
    assert loader["src"].endswith("assets/material-defer.js")
    assert not [src for src in page.attributes("script", "src") if "/bundle." in src]
