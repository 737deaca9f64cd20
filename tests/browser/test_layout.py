"""On a phone, every language fits the screen: the decision table needs no sideways scrolling and
has a rule between its rows, every question sits inside its box (one that wraps does not straddle
the box's border), the radio buttons all keep one size beside labels that wrap, and the
language menu shows every language without scrolling inside it and marks the current one. Without
JavaScript, no page is wider than the screen, in any language or direction. The policy page links
to the checker on its first screen."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.browsing import Browsing
from tests.browser.pages import DEVICES, without_python
from tests.support.languages import LANGUAGES, SAMPLE, prefix

PAGES = ("", "checker/", "versions/")
#: The policy's language, English and the right-to-left one.


@pytest.fixture
def phone(browsing: Browsing) -> Browsing:
    context = browsing.start(**DEVICES["phone"])
    without_python(context)
    return browsing


def overflow(page: Page, selector: str) -> int:
    """How many pixels ``selector`` is wider than its box (0: no sideways scrolling)."""
    return int(page.eval_on_selector(selector, "e => e.scrollWidth - e.clientWidth"))


def test_the_checker_page_fits_a_phone_in_every_language(phone: Browsing) -> None:
    for lang in LANGUAGES:
        check_layout(phone.open(f"{prefix(lang)}checker/", same_tab=True))


def check_layout(page: Page) -> None:
    lang = page.get_attribute("html", "lang")
    page.wait_for_selector("form#refund-checker:not([hidden])")
    assert overflow(page, "html") <= 0, lang
    assert overflow(page, ".decision-table-block .md-typeset__scrollwrap") <= 0, lang
    rules = page.eval_on_selector_all(
        ".decision-table tbody tr", "rows => rows.map(r => getComputedStyle(r).borderTopStyle)"
    )
    assert set(rules) == {"solid"}, f"{lang}: rows are not ruled"
    labels = page.eval_on_selector_all(
        ".decision-table tbody td", "cells => cells.map(c => getComputedStyle(c, '::before').content)"
    )
    assert all(label not in ("none", "normal", '""') for label in labels), f"{lang}: cells lost their column"
    page.check("#problem-not_working")  # shows every group of radios
    sizes = page.eval_on_selector_all(
        "form#refund-checker input[type=radio]",
        "radios => radios.filter(r => r.offsetParent).map(r => { const b = r.getBoundingClientRect(); return [Math.round(b.width), Math.round(b.height)]; })",
    )
    assert len(sizes) >= 10 and len({tuple(size) for size in sizes}) == 1, (lang, sizes)
    straddling = page.eval_on_selector_all(
        "form#refund-checker fieldset:not([hidden]) > legend",
        """legends => legends.filter((legend) => {
          const box = legend.parentElement.getBoundingClientRect(), text = legend.getBoundingClientRect();
          return text.top < box.top + parseFloat(getComputedStyle(legend.parentElement).borderTopWidth);
        }).map((legend) => legend.textContent)""",
    )
    assert straddling == [], f"{lang}: questions on their box's border: {straddling}"


@pytest.mark.parametrize("lang", SAMPLE)
def test_the_language_menu_shows_every_language_on_a_phone(phone: Browsing, lang: str) -> None:
    page = phone.open(prefix(lang))
    page.click(".md-header__option .md-select .md-header__button")
    menu = page.locator(".md-select__inner")
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('.md-select__inner')).opacity === '1'"
    )
    box = menu.bounding_box()
    assert box is not None
    viewport = page.viewport_size
    assert viewport is not None
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], box
    links = page.locator(".md-select__link")
    assert links.count() == len(LANGUAGES)
    assert overflow(page, ".md-select__list") <= 0
    assert int(page.eval_on_selector(".md-select__list", "e => e.scrollHeight - e.clientHeight")) <= 0
    for link in links.all():
        item = link.bounding_box()
        assert item and box["y"] <= item["y"] and item["y"] + item["height"] <= box["y"] + box["height"] + 1

    current = page.locator('.md-select__link[aria-current="page"]')
    assert current.count() == 1 and current.get_attribute("hreflang") == lang


def test_without_javascript_no_page_is_wider_than_a_phone(browsing: Browsing) -> None:
    browsing.start(java_script_enabled=False, **DEVICES["phone"])
    width = DEVICES["phone"]["viewport"]["width"]
    wider = {}
    for lang in LANGUAGES:
        for path in PAGES:
            page = browsing.open(prefix(lang) + path, same_tab=True)
            measured = page.evaluate("() => [document.documentElement.scrollWidth, scrollX]")
            if measured != [width, 0]:
                wider[prefix(lang) + path] = measured  # [page width, opened shifted by]
    assert wider == {}


@pytest.mark.parametrize("device", DEVICES)
def test_the_policy_links_to_the_checker_on_its_first_screen(
    browsing: Browsing, site_url: str, device: str
) -> None:
    browsing.start(**DEVICES[device])
    for lang in SAMPLE:
        page = browsing.open(prefix(lang), same_tab=True)
        link = page.locator(".checker-link a")
        box = link.bounding_box()
        bottom = DEVICES[device]["viewport"]["height"]
        assert box is not None and box["y"] + box["height"] <= bottom, (lang, box)
        assert link.evaluate("a => a.href") == f"{site_url}{prefix(lang)}checker/"
