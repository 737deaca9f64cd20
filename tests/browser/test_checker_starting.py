"""While Python starts, the checker page is honest, and a press is never lost. On a slow link the
form shows long before the checker can answer: until the worker says ready, the status next to the
button says the checker is starting, with the progress under it (the download, then the start,
never a full bar that looks ready); a press meanwhile is told at once, there, that the answer will
come as soon as the checker is ready; the answer then comes by itself, for the form as it stands
when ready (an answer changed after the press counts), with the focus on its headline.

The runtime's wasm is held back on the network until the test has pressed and changed its answer:
however slowly a loaded machine fills the form, Python cannot be ready first."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, Route

from policy_site import messages as t
from tests.browser.browsing import Browsing
from tests.browser.pages import (
    DEVICES,
    FORM,
    READY_TIMEOUT_MS,
    RESULT,
    answers_rendered,
    axe_violations,
    expected_answer,
    fill_form,
    fully_visible,
    site_text,
    situation,
    wait_outcome,
)
from tests.support.languages import SAMPLE, prefix

#: Every state the form's status and progress bar go through, from the page's first paint: what
#: a reader saw, whenever they looked.
RECORD_STATES = """addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form#refund-checker");
  const progress = document.getElementById("checker-progress");
  const bar = document.getElementById("checker-progress-bar");
  const status = document.getElementById("checker-status");
  window.checkerStates = [];
  const record = () => checkerStates.push({
    state: form.dataset.state, waiting: "waiting" in form.dataset, value: bar.getAttribute("value"),
    phase: progress.querySelector("label").textContent, status: status.textContent,
    progressShown: !progress.hidden,
  });
  record();
  new MutationObserver(record).observe(form, {subtree: true, attributes: true, childList: true, characterData: true});
});"""

COUNT = "name => performance.getEntriesByName(name).length"


def in_viewport(page: Page, selector: str) -> bool:
    return bool(page.locator(selector).is_visible()) and fully_visible(page, selector)


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("lang", SAMPLE)
def test_a_press_before_ready_is_taken_and_answered_for_the_latest_form(
    browsing: Browsing, lang: str, device: str
) -> None:
    context = browsing.start(**DEVICES[device])
    context.add_init_script(RECORD_STATES)
    held: list[Route] = []
    context.route("**/*.wasm", lambda route: held.append(route))
    page = browsing.open(f"{prefix(lang)}checker/")
    page.wait_for_function("() => document.getElementById('checker-progress-bar').value > 0")

    # Before ready: the button's description says the checker is still starting.
    starting = site_text(lang, t.STARTING)
    assert page.inner_text("#checker-status") == starting
    assert page.get_attribute(f"{FORM} button[type=submit]", "aria-describedby") == "checker-status"

    fill_form(page, situation("full_refund"))
    page.click(f"{FORM} button[type=submit]")
    # At once, next to the button: the press is taken, the answer will come, with the progress.
    assert page.inner_text("#checker-status") == site_text(lang, t.WAITING)
    assert page.get_attribute("#checker-status", "role") == "status"  # read out politely
    assert in_viewport(page, "#checker-status") and in_viewport(page, "#checker-progress-bar")
    assert page.get_attribute(FORM, "data-state") == "starting", "the wasm was not held back"
    assert axe_violations(page) == []

    # The reader changes their mind while waiting: the answer will be for the form as it stands.
    latest = situation("excluded")
    page.check(f"#problem-{latest['problem']}")
    assert page.inner_text("#checker-status") == site_text(lang, t.WAITING)
    assert page.evaluate(COUNT, "checker-submit") == 0, "a request was sent before ready"

    for route in held:
        route.continue_()
    expected = expected_answer(latest, lang)
    # Python starts meanwhile (seconds): checked ten times a second, not on every frame, whose
    # polling would take CPU from that start.
    page.wait_for_function(
        "() => document.activeElement.id === 'result-title'", timeout=READY_TIMEOUT_MS, polling=100
    )
    wait_outcome(page, expected["outcome"])
    assert page.get_attribute(RESULT, "data-reason") == expected["reason"]
    assert page.inner_text("#result-title") == expected["title"]
    assert fully_visible(page, "#result-title")
    # One request, for the latest form: the one the reader pressed for was never answered.
    assert page.evaluate(COUNT, "checker-submit") == 1
    assert answers_rendered(page) == 1
    assert page.inner_text("#checker-status") == site_text(lang, t.READY)
    assert page.get_attribute(FORM, "data-waiting") is None

    states: list[dict[str, Any]] = page.evaluate("checkerStates")
    assert_honest_until_ready(states, lang)


def assert_honest_until_ready(states: list[dict[str, Any]], lang: str) -> None:
    """Until the worker said ready, every state the reader could see said "starting" (or, after a
    press, that the answer will come), with the progress shown: the download's, then the start's,
    with no figure; never a full bar, which reads as done."""
    starting = [state for state in states if state["state"] == "starting"]
    assert starting and states[-1]["state"] == "ready", states
    texts = {site_text(lang, t.STARTING), site_text(lang, t.WAITING)}
    assert {state["status"] for state in starting} <= texts, starting
    assert all(state["progressShown"] for state in starting), starting
    assert all(state["value"] != "100" for state in starting), "a full bar while Python starts"
    downloading, preparing = site_text(lang, t.LOADING), site_text(lang, t.PREPARING)
    measured = [state for state in starting if state["value"] is not None]
    assert measured and all(state["phase"] == downloading for state in measured), starting
    assert any(state["phase"] == preparing and state["value"] is None for state in starting), (
        "the start after the download was never said"
    )
    phases = [state["phase"] for state in starting]
    assert phases.index(preparing) > max(i for i, p in enumerate(phases) if p == downloading)
