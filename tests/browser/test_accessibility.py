"""axe-core finds no violation on any page, in any language, in the light and the dark palette,
nor on the checker page with an answer shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, Route

from tests.browser.browsing import Browsing
from tests.browser.pages import (
    axe_violations,
    set_dark_palette,
    set_light_palette,
    submit_and_wait,
)
from tests.support.languages import LANGUAGES, prefix

PAGES = {"policy": "", "checker": "checker/", "versions": "versions/"}


def assert_none(found: dict[str, list[str]]) -> None:
    """Fails with every violation, one line each, under the page it was found on."""
    report = "\n".join(f"{where}: {line}" for where, lines in found.items() for line in lines)
    if report:
        pytest.fail(f"axe-core violations:\n{report}", pytrace=False)


def idle_worker(route: Route) -> None:
    """A worker that does nothing: the checker page stays as a visitor on a slow connection
    first sees it (the form, "starting"), and no Python start competes with axe for the CPU."""
    route.fulfill(body="// idle", content_type="text/javascript")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_have_no_violations(browsing: Browsing, lang: str) -> None:
    """Each page in the light palette, then switched to the dark one by its toggle."""
    context = browsing.start(color_scheme="light")
    context.route("**/checker-worker*.js", idle_worker)
    found = {}
    for path in PAGES.values():
        page = browsing.open(prefix(lang) + path)
        page.wait_for_selector("body[data-md-color-scheme]", state="attached")
        set_light_palette(page)  # the palette chosen on the page before is remembered
        found[f"{prefix(lang)}{path} (light)"] = axe_violations(page)
        set_dark_palette(page)
        found[f"{prefix(lang)}{path} (dark)"] = axe_violations(page)
        page.close()
    assert_none(found)


def test_a_reader_who_prefers_dark_gets_it_without_violations(browsing: Browsing) -> None:
    browsing.start(color_scheme="dark")
    page = browsing.open(prefix(LANGUAGES[-1]))
    page.wait_for_selector('body[data-md-color-scheme="slate"]', state="attached")
    assert_none({f"{prefix(LANGUAGES[-1])} (dark, by preference)": axe_violations(page)})


@pytest.mark.parametrize("lang", LANGUAGES)
def test_checker_with_an_answer_has_no_violations(checker: Callable[[str], Page], lang: str) -> None:
    page = checker(lang)
    page.fill("#purchased", "2026-11-03")
    page.fill("#requested", "2026-11-09")
    page.check("#problem-not_working")
    page.check("#support-unresolved")
    submit_and_wait(page)
    found = {f"{prefix(lang)}checker/ with an answer (light)": axe_violations(page)}
    set_dark_palette(page)
    try:
        found[f"{prefix(lang)}checker/ with an answer (dark)"] = axe_violations(page)
    finally:
        set_light_palette(page)
    assert_none(found)
