"""axe-core finds no violation on any page, in any language, in the light and the dark palette,
nor on the checker page with an answer shown."""

from __future__ import annotations

import pytest

from tests.browser.browsing import Browsing
from tests.browser.pages import (
    LANGUAGES,
    axe_violations,
    prefix,
    set_dark_palette,
    submit_and_wait,
    wait_ready,
)

pytestmark = pytest.mark.browser

PAGES = {"policy": "", "checker": "checker/"}
#: Playwright's colour scheme -> the Material palette it selects on a first visit.
SCHEMES = {"light": "default", "dark": "slate"}


def assert_none(found: dict[str, list[str]]) -> None:
    """Fails with every violation, one line each, under the page it was found on."""
    report = "\n".join(f"{where}: {line}" for where, lines in found.items() for line in lines)
    if report:
        pytest.fail(f"axe-core violations:\n{report}", pytrace=False)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_have_no_violations(browsing: Browsing, lang: str, scheme: str) -> None:
    browsing.start(color_scheme=scheme)
    found = {}
    for path in PAGES.values():
        page = browsing.open(prefix(lang) + path)
        page.wait_for_selector(f'body[data-md-color-scheme="{SCHEMES[scheme]}"]', state="attached")
        found[f"{prefix(lang)}{path} ({scheme})"] = axe_violations(page)
        page.close()
    assert_none(found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_checker_with_an_answer_has_no_violations(browsing: Browsing, lang: str) -> None:
    page = browsing.open(f"{prefix(lang)}checker/")
    wait_ready(page)
    page.fill("#purchased", "2026-11-03")
    page.fill("#requested", "2026-11-09")
    page.check("#problem-not_working")
    page.check("#support-unresolved")
    submit_and_wait(page)
    found = {f"{prefix(lang)}checker/ with an answer (light)": axe_violations(page)}
    set_dark_palette(page)
    found[f"{prefix(lang)}checker/ with an answer (dark)"] = axe_violations(page)
    assert_none(found)
