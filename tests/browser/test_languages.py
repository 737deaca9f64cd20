"""Readers stay in their language: the language menu leads to the same page in the other
language, and search only finds pages in the reader's language."""

from __future__ import annotations

import pytest

from tests.browser.browsing import Browsing
from tests.browser.pages import LANGUAGES, SOURCE_LANGUAGE, prefix

pytestmark = pytest.mark.browser

SEARCH_MS = 10_000  # the index is small and served locally: results come within a second


def test_language_menu_leads_to_the_same_page(browsing: Browsing, site_url: str) -> None:
    page = browsing.open("de/checker/")
    links = page.eval_on_selector_all(
        ".md-select__link[hreflang]", "links => links.map(a => [a.hreflang, a.href])"
    )
    assert dict(links) == {lang: f"{site_url}{prefix(lang)}checker/" for lang in LANGUAGES}

    page.hover(".md-header__option .md-select")
    page.click('.md-select__link[hreflang="en"]')
    page.wait_for_url(f"{site_url}en/checker/")
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("form#refund-checker").count() == 1


@pytest.mark.parametrize(
    ("lang", "query"),
    # On the Arabic page a Latin word: Playwright types Arabic as inserted text, without the key
    # events Material's search listens to.
    [("de", "Rückerstattung"), ("fr", "remboursement"), ("en", "refund"), ("ar", "WhatsApp")],
)
def test_search_finds_pages_in_the_reader_language(
    browsing: Browsing, site_url: str, lang: str, query: str
) -> None:
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
    if lang == SOURCE_LANGUAGE:
        others = tuple(f"{site_url}{code}/" for code in LANGUAGES if code != SOURCE_LANGUAGE)
        assert [href for href in hrefs if href.startswith(others)] == []
