"""The whole checker form with the keyboard only: Tab, arrow keys, typed date digits and Enter,
with a visible focus on every control on the way, ending with the answer shown."""

from __future__ import annotations

from datetime import date

from playwright.sync_api import Page

from tests.browser.browsing import Browsing
from tests.browser.pages import ON_TIME, RESULT, day, wait_outcome, wait_ready

MAX_TABS = 80  # more than the header, the navigation and the page's intro hold

FOCUS = """(selector) => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    id: element.id,
    matches: element.matches(selector),
    tag: element.tagName.toLowerCase(),
    checked: Boolean(element.checked),
    focusVisible: element.matches(":focus-visible"),
    indicator: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
      || style.boxShadow !== "none",
    onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight
      && box.right > 0 && box.left < innerWidth,
  };
}"""


def focused(page: Page, selector: str = "*") -> dict[str, object]:
    return dict(page.evaluate(FOCUS, selector))


def assert_focus_shown(page: Page, selector: str) -> None:
    state = focused(page, selector)
    assert state["matches"], f"the focus is not on {selector}: {state}"
    assert state["focusVisible"] and state["indicator"], f"focus not visible: {state}"
    assert state["onScreen"], f"focused control is off screen: {state}"


def tab_to(page: Page, selector: str) -> None:
    """Presses Tab until the element at ``selector`` has the focus, then checks it shows."""
    seen = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        state = focused(page, selector)
        if state["matches"]:
            assert_focus_shown(page, selector)
            return
        seen.append(f"{state['tag']}#{state['id']}")
    raise AssertionError(f"Tab never reached {selector}; went through {seen}")


def typed_in_en_us(iso: str) -> str:
    """The digits of a date as typed in an en-US date field: month, day, year."""
    return date.fromisoformat(iso).strftime("%m%d%Y")


def test_whole_form_by_keyboard(browsing: Browsing) -> None:
    browsing.start(locale="en-US")  # date fields take month, day, year in that order
    page = browsing.open("en/checker/")
    wait_ready(page)

    # The problem: Tab into the group (nothing chosen yet: the first choice), arrow to the next.
    tab_to(page, "#problem-not_delivered")
    page.keyboard.press("ArrowDown")
    assert_focus_shown(page, "#problem-not_working")
    page.keyboard.press("Space")
    assert page.is_checked("#problem-not_working")

    # The dates, typed as digits.
    tab_to(page, "#purchased")
    page.keyboard.type(typed_in_en_us(day(0)))
    assert page.input_value("#purchased") == day(0)
    tab_to(page, "#requested")
    page.keyboard.type(typed_in_en_us(ON_TIME))
    assert page.input_value("#requested") == ON_TIME

    # The app (shown now that the problem needs it): nothing chosen yet, Space chooses the first.
    tab_to(page, "#app-smarters_pro")
    assert not page.is_checked("#app-smarters_pro")
    page.keyboard.press("Space")
    assert page.is_checked("#app-smarters_pro")

    # What support said: down to "could not solve it".
    tab_to(page, "#support-not_contacted")
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    assert_focus_shown(page, "#support-unresolved")
    assert page.is_checked("#support-unresolved")

    # Submit with Enter on the button: the answer is shown and gets the focus.
    tab_to(page, "form#refund-checker button[type=submit]")
    page.keyboard.press("Enter")
    wait_outcome(page, "partial_or_full_refund")
    page.locator(f"{RESULT} #result-title").wait_for(state="visible")
    page.wait_for_function("() => document.activeElement.id === 'result-title'")
    state = focused(page, "#result-title")
    assert state["onScreen"], state
