"""The checker asks only what it needs, and nothing for the reader: no answer is pre-selected, a
question the form shows and the reader skipped or emptied (the request date, filled in with their
today) is an error at that question (never a default), the date of purchase cannot be after
today, and errors write dates as the reader reads them. The answer comes on submit only, announced
once. On a phone and a desktop, in fr, en and ar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from playwright.sync_api import Page

from checker.dates import format_date
from checker.explain import error_message
from checker.parse import InputError
from checker.questions import QUESTIONS
from tests.browser.pages import (
    FORM,
    RESULT,
    TODAY,
    expected_answer,
    fill_form,
    sides,
    situation,
    submit_and_wait,
)

#: The policy's language, English and the right-to-left one, each on both devices.
SIDES = sides()

ERRORS = """() => Object.fromEntries([...document.querySelectorAll('[data-error-for]')]
  .filter(slot => slot.textContent).map(slot => [slot.dataset.errorFor, slot.textContent]))"""


def submit(page: Page) -> None:
    page.click(f"{FORM} button[type=submit]")


def wait_errors(page: Page) -> dict[str, str]:
    """Submits and waits for the errors of that submission: the field's text in each slot."""
    page.evaluate("() => document.querySelectorAll('[data-error-for]').forEach(s => s.textContent = '')")
    submit(page)
    page.wait_for_selector("[data-error-for]:not(:empty)", state="attached")
    return dict(page.evaluate(ERRORS))


@pytest.mark.parametrize(("lang", "device"), SIDES)
def test_nothing_is_preselected_and_a_skipped_question_is_an_error_there(
    checker: Callable[..., Page], lang: str, device: str
) -> None:
    page = checker(lang, device)
    assert page.locator(f"{FORM} input[type=radio]:checked").count() == 0
    fields = situation("late_exception")  # every question asked
    fill_form(page, {"problem": fields["problem"], "purchased": fields["purchased"]})
    asked = [q.name for q in QUESTIONS if q.asked_for(fields["problem"]) and q.choices]
    skipped = [name for name in asked if name != "problem"]
    assert skipped, "the problem asks no other question"

    errors = wait_errors(page)
    assert sorted(errors) == sorted(skipped)  # an error at each skipped question, nothing else
    assert page.get_attribute(RESULT, "data-outcome") == ""  # never an answer on a default
    first = skipped[0]
    page.wait_for_function(f"() => document.activeElement.name === '{first}'")
    assert page.get_attribute(f'[data-field="{first}"]', "aria-invalid") == "true"
    assert page.locator(f'[data-field="{first}"]').is_visible()
    expected = expected_answer({**fields, first: ""}, lang)  # what the command line says, by default
    assert "error" not in expected, "the command line keeps its default"

    for name in skipped:  # answered one by one: each error goes, the answer comes at the last
        page.check(f"#{name}-{fields[name]}")
        assert page.inner_text(f'[data-error-for="{name}"]') == ""
    page.fill("#requested", fields["requested"])
    submit_and_wait(page)
    assert page.get_attribute(RESULT, "data-outcome") == expected_answer(fields, lang)["outcome"]


@pytest.mark.parametrize(("lang", "device"), SIDES)
def test_the_purchase_date_cannot_be_after_today_and_errors_write_it_out(
    checker: Callable[..., Page], lang: str, device: str
) -> None:
    page = checker(lang, device)
    assert page.get_attribute("#purchased", "max") == TODAY.isoformat()
    tomorrow = TODAY + timedelta(days=1)
    page.check("#problem-other")
    page.fill("#purchased", tomorrow.isoformat())
    errors = wait_errors(page)
    assert list(errors) == ["purchased"]
    assert format_date(tomorrow, lang) in errors["purchased"]  # as the reader reads it
    assert tomorrow.isoformat() not in errors["purchased"]
    assert page.get_attribute("#requested", "aria-invalid") is None
    page.wait_for_function("() => document.activeElement.id === 'purchased'")


@pytest.mark.parametrize(("lang", "device"), SIDES[:2] + SIDES[-2:])
def test_the_answer_comes_on_submit_and_is_announced_once(
    checker: Callable[..., Page], lang: str, device: str
) -> None:
    page = checker(lang, device)
    live = page.evaluate(
        """() => { const found = [];
          for (let e = document.getElementById('checker-result'); e; e = e.parentElement) {
            if (e.getAttribute('aria-live') || ['status', 'alert', 'log'].includes(e.getAttribute('role'))) found.push(e.id || e.tagName);
          }
          for (const e of document.querySelectorAll('#checker-result [aria-live], #checker-result [role=status], #checker-result [role=alert]')) found.push(e.id || e.tagName);
          return found; }"""
    )
    assert live == [], "the answer region would be read out as it fills"
    submitted = "() => performance.getEntriesByName('checker-submit').length"
    before = page.evaluate(submitted)
    fill_form(page, situation("full_refund"))  # a whole form, not submitted yet
    assert page.evaluate(submitted) == before, "the checker answered before the reader asked"
    assert page.get_attribute(RESULT, "data-outcome") == ""

    submit(page)
    page.wait_for_function("() => document.activeElement.id === 'result-title'")
    assert page.evaluate(submitted) == before + 1
    # A change after the answer updates it quietly (the focus stays where the reader is).
    page.check("#support-pending")
    page.fill("#requested", situation("contact_support_first")["requested"])
    page.wait_for_selector(f'{RESULT}[data-outcome="contact_support_first"]', state="attached")
    assert page.evaluate("document.activeElement.id") == "requested"



@pytest.mark.parametrize(("lang", "device"), SIDES)
def test_an_emptied_request_date_is_an_error_at_that_question(
    checker: Callable[..., Page], lang: str, device: str
) -> None:
    """The page fills in the request date with the reader's today; a reader who clears it has not
    said when they send the request: the answer goes, and a press is told so at that question,
    never answered as if it were today (which the command line assumes, as it always has)."""
    page = checker(lang, device)
    assert page.input_value("#requested") == TODAY.isoformat()
    fields = situation("full_refund")
    fill_form(page, fields)
    submit_and_wait(page)
    assert page.get_attribute(RESULT, "data-outcome") == expected_answer(fields, lang)["outcome"]

    page.fill("#requested", "")
    page.wait_for_selector(f'{RESULT}[data-outcome=""]', state="attached")  # the answer goes
    errors = wait_errors(page)
    missing = error_message(InputError("missing_field", "requested"), lang, written_dates=True)
    assert errors == {"requested": missing}
    page.wait_for_function("() => document.activeElement.id === 'requested'")
    assert page.get_attribute("#requested", "aria-invalid") == "true"
    assert page.get_attribute(RESULT, "data-outcome") == ""
    assert "error" not in expected_answer({**fields, "requested": ""}, lang)
