"""The policy page in eight languages: same clauses, same structure, same figures, the French
text in force verbatim, and the head tags (lang, dir, hreflang) that readers and search engines
need. What the pages must say is read from ``docs/`` (the text in force and each translation's
record), so these tests hold whatever the policy says and however far translations lag."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest

from checker.clauses import ORDER
from checker.contact import load_contact
from checker.dates import ROLES, format_date
from policy_site import messages as t
from policy_site.i18n import site_text
from policy_site.segments import read_page
from policy_site.tokens import CONTACT_EMAIL
from policy_site.translations import status
from tests.support.html import PageParser, built_page, parse
from tests.support.languages import LANGUAGES, POLICY_LANGUAGE, RIGHT_TO_LEFT, prefix
from tests.support.policy import french_in_force, source_in_force


def page(site: Path, lang: str, name: str = "") -> PageParser:
    return parse(built_page(site, lang, name))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_clause_id_in_order(built_site: Path, lang: str) -> None:
    ids = [i for i in page(built_site, lang).ids if i.startswith("clause-")]
    assert ids == list(ORDER)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_same_number_of_list_items_per_section(built_site: Path, lang: str) -> None:
    assert page(built_site, lang).section_items == page(built_site, POLICY_LANGUAGE).section_items


def sentences(text: str) -> list[str]:
    text = " ".join(text.replace("•", " ").split())
    return [s.strip() for s in re.split(r"(?<=[.:])\s+(?=[A-ZÀ-Ý0-9])", text) if s.strip()]


def test_french_page_holds_every_sentence_of_the_text_in_force(built_site: Path) -> None:
    article = page(built_site, POLICY_LANGUAGE).article_text
    contact = load_contact().email
    source = " ".join(part.text for part in read_page(french_in_force()).segments)
    sentences_in_force = sentences(source.replace(CONTACT_EMAIL, contact))
    assert len(sentences_in_force) > len(ORDER)
    assert [sentence for sentence in sentences_in_force if sentence not in article] == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", ["", "checker", "versions"])
def test_lang_dir_and_alternates(built_site: Path, site_url: str, lang: str, name: str) -> None:
    parsed = page(built_site, lang, name)
    assert parsed.html_attrs["lang"] == lang
    assert parsed.html_attrs["dir"] == ("rtl" if lang in RIGHT_TO_LEFT else "ltr")
    alternates = {
        link["hreflang"]: link["href"]
        for link in parsed.head_links
        if link.get("rel") == "alternate" and "hreflang" in link
    }
    suffix = f"{name}/" if name else ""
    expected = {code: site_url + prefix(code) + suffix for code in LANGUAGES}
    expected["x-default"] = site_url + suffix
    assert alternates == expected
    assert parsed.meta.get("description")


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_translation_opens_with_french_prevails_notice(built_site: Path, lang: str) -> None:
    """Up to date or lagging, a translation says that the French prevails, in its own language,
    and links to it; a lagging one names its parts out of date."""
    page_html = built_page(built_site, lang)
    notice = re.search(
        r'data-translation="(\w+)"(?: data-outdated="([^"]*)")?><p>(.*?)<a href="([^"]+)" hreflang="(\w+)">',
        page_html,
    )
    assert notice, "no translation notice"
    lagging = [part for part in status(source_in_force(lang)).outdated if part != "description"]
    assert notice[1] == ("warning" if lagging else "info")
    assert (notice[2] or "").split() == lagging
    assert site_text(lang, t.FRENCH_PREVAILS) in html.unescape(notice[3])
    assert (notice[4], notice[5]) == ("../", POLICY_LANGUAGE)


def test_sitemap_has_absolute_alternates(built_site: Path, site_url: str) -> None:
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    last = LANGUAGES[-1]
    assert f'hreflang="{last}" href="{site_url}{last}/checker/"' in sitemap
    assert f"<loc>{site_url}checker/</loc>" in sitemap


def test_no_request_to_another_host_in_html(built_site: Path, site_url: str) -> None:
    """No Google Fonts or CDN: every src/href that loads something stays on the site."""
    for path in built_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        loads = re.findall(
            r'<(?:script|link|img|iframe)[^>]+(?:src|href)="(https?:)?//([^"/]+)', html
        )
        foreign = [host for _scheme, host in loads if host != site_url.split("/")[2]]
        assert not foreign, f"{path}: {foreign}"


def test_the_site_is_served_under_a_subpath(site_url: str, built_site: Path) -> None:
    """Every test runs against the site built for, and served under, a subpath; its absolute
    alternates carry it."""
    assert site_url.endswith("/policy/")
    html = built_page(built_site, LANGUAGES[-1])
    assert f'hreflang="x-default" href="{site_url}"' in html


#: Every way a date of a page may be written in ``lang``: alone, or in one of its roles.
def written_forms(day: date, lang: str) -> set[str]:
    return {format_date(day, lang, role) for role in ("", *ROLES)}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", ["", "versions"])
def test_dates_are_written_as_the_checker_writes_them(built_site: Path, lang: str, name: str) -> None:
    """One home for how a date is written (``checker/dates.py``): every dated element of the
    pages, and the translation notice's dates, read as the checker's answers write a date, in
    the page's language (not a second format from another library)."""
    source = built_page(built_site, lang, name)
    stamps = re.findall(r'<time datetime="([\d-]+)">([^<]*)</time>', source)
    assert stamps
    for day, words in stamps:
        assert html.unescape(words) in written_forms(date.fromisoformat(day), lang), (day, words)
    if lang == POLICY_LANGUAGE or name:
        return
    notice = re.search(r'<p class="translation-dates">([^<]*)</p>', source)
    found = status(source_in_force(lang))
    assert notice and found.french_updated and found.recorded
    for day in (found.french_updated, found.recorded):
        assert any(form in html.unescape(notice[1]) for form in written_forms(day, lang)), notice[1]
