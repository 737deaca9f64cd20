"""What a reader types is only ever text: markup put into the form's values comes back in the
error messages literally, creates no element and runs nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from tests.browser.pages import RESULT, html_in_slots
from tests.support.languages import SAMPLE

#: (field, the control the value is put in, the value)
INJECTIONS = (
    ("purchased", "#purchased", "<img src=x onerror=alert(1)>"),
    ("support", "#support-pending", '"><svg onload=alert(2)>&lt;b&gt;'),
    ("problem", "#problem-other", "</li><script>alert(3)</script><img src=x onerror=alert(4)>"),
)


def error_text(page: Page, field: str) -> str:
    return str(page.text_content(f'[data-error-for="{field}"]'))


@pytest.mark.parametrize("lang", SAMPLE[1:])
def test_markup_in_values_is_shown_as_text(checker: Callable[[str], Page], lang: str) -> None:
    page = checker(lang)
    try:
        inject(page)
    finally:  # the page is shared: put back what was tampered with
        page.eval_on_selector("#purchased", "input => { input.type = 'date'; }")
        for _field, control, _value in INJECTIONS[1:]:
            code = control.split("-", 1)[1]
            page.eval_on_selector(control, "(input, code) => { input.value = code; }", code)


def inject(page: Page) -> None:
    page.check("#problem-not_working")
    # A browser without date fields shows a text box, where anything can be typed.
    page.eval_on_selector("#purchased", "input => { input.type = 'text'; }")

    for field, control, value in INJECTIONS:
        if field == "purchased":
            page.fill(control, value)
        else:
            page.fill("#purchased", "2026-11-20")
            # A radio's value, as a tampered page or an extension could set it.
            page.eval_on_selector(control, "(input, value) => { input.value = value; }", value)
            page.check(control)
        page.click("form#refund-checker button[type=submit]")  # a text box changes on commit
        page.wait_for_function(
            '([field, value]) => document.querySelector(`[data-error-for="${field}"]`)'
            ".textContent.includes(value)",
            arg=[field, value],
        )
        assert value in error_text(page, field)
        assert page.get_attribute(RESULT, "data-outcome") == ""
        assert not page.locator(f"{RESULT} .result-body").is_visible()
        assert html_in_slots(page) == [], f"markup from {field} became elements"
        if field == "purchased":
            assert page.get_attribute("#purchased", "aria-invalid") == "true"

    # Let any handler that would have been attached have its chance to run (a dialog would fail
    # the test through the page's watch).
    page.evaluate("() => new Promise(requestAnimationFrame)")
    assert html_in_slots(page) == []
