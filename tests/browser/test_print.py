"""Printed, a page is its text: no header, navigation, search or footer; every clause shows."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.browsing import Browsing
from tests.browser.pages import without_python
from tests.support.languages import SAMPLE, prefix

SCREEN_ONLY = (".md-header", ".md-sidebar", ".md-search", ".md-footer", ".md-tabs")


def shown(page: Page, selector: str) -> list[str]:
    return [
        str(element.evaluate("e => e.outerHTML.slice(0, 80)"))
        for element in page.locator(selector).all()
        if element.is_visible()
    ]


@pytest.mark.parametrize("lang", SAMPLE)
def test_policy_prints_its_text_only(browsing: Browsing, lang: str) -> None:
    page = browsing.open(prefix(lang))
    page.emulate_media(media="print")
    for selector in SCREEN_ONLY:
        assert shown(page, selector) == [], f"{selector} is printed"
    clauses = page.locator("article [id^='clause-']")
    assert clauses.count() > 0
    for clause in clauses.all():
        assert clause.is_visible(), clause.get_attribute("id")
        assert clause.inner_text().strip(), clause.get_attribute("id")


@pytest.mark.parametrize("lang", SAMPLE)
def test_checker_prints_the_decision_table(browsing: Browsing, lang: str) -> None:
    without_python(browsing.start())
    page = browsing.open(f"{prefix(lang)}checker/")
    page.emulate_media(media="print")
    for selector in SCREEN_ONLY:
        assert shown(page, selector) == [], f"{selector} is printed"
    assert page.locator("table.decision-table").is_visible()
