"""axe-core finds no violation: the policy page in every language and every page in the sample
languages (the policy's, the first translation and the right-to-left one: the other pages are the
same templates, their words from catalogs the build checks whole), in the light palette; every page
in the dark palette in a left-to-right and the right-to-left language (the palettes' colours are
the same in every language); and the checker page with an answer shown in the sample languages,
with each kind of answer in both directions; and the page for an address that leads nowhere.

axe is evaluated over the DevTools protocol (the site's CSP forbids inline scripts), and reports
only violations, which halves its time on the checker page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from tests.browser.browsing import Browsing
from tests.browser.pages import (
    AXE,
    SITUATIONS,
    axe_violations,
    fill_form,
    set_dark_palette,
    set_light_palette,
    situation,
    submit_and_wait,
    without_python,
)
from tests.support.languages import LANGUAGES, SAMPLE, prefix

PAGES = ("", "checker/", "versions/")
#: The pages checked in the languages outside ``SAMPLE``: the one whose words are all its own.
POLICY_PAGE_ONLY = ("",)
#: The languages whose pages are checked in the dark palette too: left to right and right to left.
BOTH_PALETTES = (LANGUAGES[0], LANGUAGES[-1])


def assert_none(found: dict[str, list[str]]) -> None:
    """Fails with every violation, one line each, under the page it was found on."""
    report = "\n".join(f"{where}: {line}" for where, lines in found.items() for line in lines)
    if report:
        pytest.fail(f"axe-core violations:\n{report}", pytrace=False)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_have_no_violations(browsing: Browsing, lang: str) -> None:
    context = browsing.start(color_scheme="light")
    without_python(context)
    context.add_init_script(path=AXE)  # loaded by every page, not sent over the protocol each time
    found = {}
    for path in PAGES if lang in SAMPLE else POLICY_PAGE_ONLY:
        page = browsing.open(prefix(lang) + path, same_tab=True)
        page.wait_for_selector("body[data-md-color-scheme]", state="attached")
        set_light_palette(page)  # the palette chosen on the page before is remembered
        found[f"{prefix(lang)}{path} (light)"] = axe_violations(page)
        if lang in BOTH_PALETTES:
            set_dark_palette(page)
            found[f"{prefix(lang)}{path} (dark)"] = axe_violations(page)
    assert_none(found)


def test_a_reader_who_prefers_dark_gets_it_without_violations(browsing: Browsing) -> None:
    browsing.start(color_scheme="dark")
    page = browsing.open(prefix(LANGUAGES[1]))
    page.wait_for_selector('body[data-md-color-scheme="slate"]', state="attached")
    assert_none({f"{prefix(LANGUAGES[1])} (dark, by preference)": axe_violations(page)})


@pytest.mark.parametrize("lang", SAMPLE)
def test_checker_with_an_answer_has_no_violations(checker: Callable[[str], Page], lang: str) -> None:
    page = checker(lang)
    fill_form(page, situation("partial_or_full_refund"))
    submit_and_wait(page)
    found = {f"{prefix(lang)}checker/ with an answer (light)": axe_violations(page)}
    if lang in BOTH_PALETTES:
        set_dark_palette(page)
        try:
            found[f"{prefix(lang)}checker/ with an answer (dark)"] = axe_violations(page)
        finally:
            set_light_palette(page)
    assert_none(found)


@pytest.mark.parametrize("lang", BOTH_PALETTES)
def test_checker_with_each_kind_of_answer_has_no_violations(
    checker: Callable[[str], Page], lang: str
) -> None:
    """Each kind of answer has its own colours, headline and links (the one above is a refund)."""
    page = checker(lang)
    found = {}
    for name in SITUATIONS:
        fill_form(page, situation(name))
        submit_and_wait(page)
        found[f"{prefix(lang)}checker/ answering {name}"] = axe_violations(page)
    assert_none(found)


def test_the_page_not_found_has_no_violations(browsing: Browsing) -> None:
    """What Lighthouse found there (its search dialog had no name; every other page's had one),
    in both palettes, Material's bundle running as on every page."""
    browsing.start(color_scheme="light")
    page = browsing.open("404.html")
    page.wait_for_selector("body[data-md-color-scheme]", state="attached")
    found = {"404.html (light)": axe_violations(page)}
    set_dark_palette(page)
    found["404.html (dark)"] = axe_violations(page)
    assert_none(found)
    assert page.get_attribute("html", "lang") == LANGUAGES[0]  # its words are the policy's language's
