"""The support's address and WhatsApp number never break inside (a number split over two lines
reads as two numbers, « (+00 / 000 000 000) » in Spanish): at 320 and 390 px, in every language,
each of their links is one line box, on the policy page, the checker page and in the answers that
name them; the number is kept left to right in its own isolate (``bdi dir="ltr"``), in Arabic too."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from checker.contact import load_contact
from tests.browser.browsing import Browsing
from tests.browser.pages import (
    CONTACT_LINKS,
    DEVICES,
    RESULT,
    fill_form,
    situation,
    submit_and_wait,
    without_python,
)
from tests.support.languages import LANGUAGES, prefix

#: A small phone, and a common one.
WIDTHS = (320, 390)
#: The answers whose steps name the support's address and number (as links).
NAMING_SUPPORT = ("contact_support_first", "not_covered")
#: Each link's text and how many line boxes it takes.
LINES = """(selector) => [...document.querySelectorAll(selector)]
  .filter(link => link.getClientRects().length > 0 || link.offsetParent)
  .map(link => [link.textContent, link.getClientRects().length])"""
ISOLATED = """(selector) => [...document.querySelectorAll(selector)]
  .every(link => link.children.length === 1 && link.firstElementChild.matches('bdi[dir=ltr]')
    && link.firstElementChild.textContent === link.textContent)"""


def broken(page: Page, selector: str = CONTACT_LINKS) -> list[tuple[str, int]]:
    """The contact links shown that take more than one line box."""
    shown = [tuple(each) for each in page.evaluate(LINES, selector)]
    assert shown, f"no contact link at {selector}"
    return [(str(text), int(lines)) for text, lines in shown if lines != 1]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_pages_contact_links_are_one_line_each(browsing: Browsing, lang: str) -> None:
    without_python(browsing.start(**DEVICES["phone"]))
    found = {}
    for path in ("", "checker/"):
        page = browsing.open(prefix(lang) + path, same_tab=True)
        assert page.evaluate(ISOLATED, CONTACT_LINKS), "a contact link is not isolated"
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 844})
            found[f"{prefix(lang)}{path} at {width} px"] = broken(page)
    assert {where: lines for where, lines in found.items() if lines} == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_answers_contact_links_are_one_line_each(
    checker: Callable[..., Page], lang: str
) -> None:
    page = checker(lang, "phone")
    contact = load_contact()
    in_steps = f'{RESULT} [data-list="next_steps"] :is({CONTACT_LINKS})'
    found = {}
    try:
        for name in NAMING_SUPPORT:
            fill_form(page, situation(name))
            submit_and_wait(page)
            texts = {text for text, _lines in page.evaluate(LINES, in_steps)}
            assert texts == {contact.email, contact.whatsapp}, (name, texts)
            assert page.evaluate(ISOLATED, in_steps), "a contact link is not isolated"
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 844})
                found[f"{name} at {width} px"] = broken(page, in_steps)
            page.set_viewport_size(DEVICES["phone"]["viewport"])
    finally:
        page.set_viewport_size(DEVICES["phone"]["viewport"])  # the page is shared
    assert {where: lines for where, lines in found.items() if lines} == {}
