"""Readers stay in their language: the language menu leads to the same page in the other
language, and search only finds pages in the reader's language."""

from __future__ import annotations

import pytest

from tests.browser.browsing import Browsing
from tests.support.languages import LANGUAGES, POLICY_LANGUAGE, SAMPLE, prefix

SEARCH_MS = 10_000  # the index is small and served locally: results come within a second


#: A word every language's policy page holds (clause 6), so that only the filter by language can
#: keep the other languages' pages out of the results. Latin, because Playwright types Arabic as
#: inserted text, without the key events Material's search listens to.
QUERY = "WhatsApp"


def test_language_menu_leads_to_the_same_page(browsing: Browsing, site_url: str) -> None:
    start, target = LANGUAGES[-1], LANGUAGES[1]
    page = browsing.open(f"{prefix(start)}checker/")
    links = page.eval_on_selector_all(
        ".md-select__link[hreflang]", "links => links.map(a => [a.hreflang, a.href])"
    )
    assert dict(links) == {lang: f"{site_url}{prefix(lang)}checker/" for lang in LANGUAGES}

    page.hover(".md-header__option .md-select")
    page.click(f'.md-select__link[hreflang="{target}"]')
    page.wait_for_url(f"{site_url}{prefix(target)}checker/")
    assert page.get_attribute("html", "lang") == target
    assert page.locator("form#refund-checker").count() == 1


@pytest.mark.parametrize("lang", SAMPLE)
def test_search_finds_pages_in_the_reader_language(
    browsing: Browsing, site_url: str, lang: str
) -> None:
    query = QUERY
    page = browsing.open(prefix(lang))
    page.click(".md-search__input")
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item", timeout=SEARCH_MS)
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item a", "links => links.map(a => a.href)"
    )
    assert hrefs
    home = f"{site_url}{prefix(lang)}"
    assert [href for href in hrefs if not href.startswith(home)] == []
    if lang == POLICY_LANGUAGE:
        others = tuple(f"{site_url}{code}/" for code in LANGUAGES if code != POLICY_LANGUAGE)
        assert [href for href in hrefs if href.startswith(others)] == []
