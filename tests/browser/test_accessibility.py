"""axe-core finds no violation on any page, in any language, in the light and the dark palette,
nor on the checker page with an answer shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, Route

from tests.browser.browsing import Browsing
from tests.browser.pages import axe_violations, set_dark_palette, set_light_palette, submit_and_wait
from tests.support.languages import LANGUAGES, prefix

PAGES = {"policy": "", "checker": "checker/"}
#: Playwright's colour scheme -> the Material palette it selects on a first visit.
SCHEMES = {"light": "default", "dark": "slate"}


def assert_none(found: dict[str, list[str]]) -> None:
    """Fails with every violation, one line each, under the page it was found on."""
    report = "\n".join(f"{where}: {line}" for where, lines in found.items() for line in lines)
    if report:
        pytest.fail(f"axe-core violations:\n{report}", pytrace=False)


def hold(route: Route) -> None:
    """Never answers: the checker page stays as a visitor on a slow connection first sees it
    (the form, "starting"), and no Python start competes with axe for the CPU."""


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_have_no_violations(browsing: Browsing, lang: str, scheme: str) -> None:
    context = browsing.start(color_scheme=scheme)
    context.route("**/*.wasm", hold)
    found = {}
    for path in PAGES.values():
        page = browsing.open(prefix(lang) + path)
        page.wait_for_selector(f'body[data-md-color-scheme="{SCHEMES[scheme]}"]', state="attached")
        found[f"{prefix(lang)}{path} ({scheme})"] = axe_violations(page)
        page.close()
    assert_none(found)


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
