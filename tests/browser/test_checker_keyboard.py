"""The whole checker form with the keyboard only: Tab, arrow keys, typed date digits and Enter,
with a visible focus on every control on the way, ending with the answer shown. From the top of the
page, on a phone and a desktop: the skip link leads to the checker's first question, and every
stop of the Tab key can be seen (Material's closed search results and a phone's closed navigation
drawer are out of the tab order; the results are reachable once search is open). On a phone, the
menu is a button named in the page's language that opens the navigation with Enter, whose links
then take the focus, and Escape closes it."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import Page

from checker.questions import QUESTIONS
from tests.browser.browsing import Browsing
from tests.browser.pages import (
    DEVICES,
    ON_TIME,
    RESULT,
    day,
    fully_visible,
    wait_outcome,
    wait_ready,
    wait_still,
    without_python,
)
from tests.support.languages import SAMPLE, prefix

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


# --- from the top of the page: the skip link, and no invisible focus -----------------------------

#: What the reader sees of the focused element once the page has answered the focus (Material
#: opens a phone's search field in its handler) and the transitions it started have ended (menus
#: and Material's skip link fade in): they are taken to their end at once, rather than waited for.
#: Material's palette toggle is a radio hidden by design: its face, which shows the focus, is the
#: label that follows it.
SEEN = """async () => {
  await new Promise((next) => setTimeout(next, 20));  // after a handler debounced by Material (1 ms)
  for (let frame = 0; frame < 2; frame++) await new Promise((next) => requestAnimationFrame(next));
  for (const animation of document.getAnimations()) animation.finish();
  const focused = document.activeElement;
  const element = focused.matches(".md-option") ? focused.nextElementSibling : focused;
  const box = element.getBoundingClientRect();
  let opacity = 1;
  for (let node = element; node; node = node.parentElement) opacity *= parseFloat(getComputedStyle(node).opacity);
  return {
    name: `${focused.tagName.toLowerCase()}#${focused.id}.${[...focused.classList].join(".")}`,
    body: focused === document.body,
    width: box.width, height: box.height, opacity,
    visibility: getComputedStyle(element).visibility,
    inViewport: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
  };
}"""
#: More Tabs than the page has stops (header, navigation, form, table, contacts, footer).
MAX_STOPS = 250


def first_choice() -> str:
    """The first radio of the first question, as the form renders it."""
    question = QUESTIONS[0]
    return f"#{question.name}-{question.choices[0][0]}"


def press_tab(page: Page) -> dict[str, object]:
    page.keyboard.press("Tab")
    return dict(page.evaluate(SEEN))


def unseen(state: dict[str, object]) -> bool:
    return not (
        float(state["width"]) > 0  # type: ignore[arg-type]
        and float(state["height"]) > 0  # type: ignore[arg-type]
        and float(state["opacity"]) > 0.5  # type: ignore[arg-type]
        and state["visibility"] == "visible"
        and state["inViewport"]
    )


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("lang", SAMPLE)
def test_the_skip_link_leads_to_the_first_question(
    browsing: Browsing, lang: str, device: str
) -> None:
    without_python(browsing.start(**DEVICES[device]))
    page = browsing.open(f"{prefix(lang)}checker/")
    first = press_tab(page)
    assert "md-skip" in str(first["name"]) and not unseen(first), first
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert_focus_shown(page, first_choice())
    assert fully_visible(page, '[data-field="problem"]'), "the question is under the header"


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("lang", SAMPLE)
def test_every_stop_of_the_tab_order_is_seen(browsing: Browsing, lang: str, device: str) -> None:
    """From the top of the page to its end, every element the Tab key focuses can be seen:
    it has a size, is not transparent or hidden, and is in the viewport once focused."""
    without_python(browsing.start(**DEVICES[device]))
    page = browsing.open(f"{prefix(lang)}checker/")
    stops = [press_tab(page)]
    page.wait_for_selector("html[data-material=ready]", state="attached")  # loaded by that Tab
    while not stops[-1]["body"] and len(stops) < MAX_STOPS:
        stops.append(press_tab(page))
    assert stops[-1]["body"], f"the page has more than {MAX_STOPS} stops"
    names = [str(stop["name"]) for stop in stops]
    assert any("md-search__input" in name for name in names), names  # the header was walked
    assert any(name.startswith(f"input{first_choice()}") for name in names), names
    assert [stop for stop in stops[:-1] if unseen(stop)] == []


@pytest.mark.parametrize("device", DEVICES)
def test_the_search_results_are_reachable_once_search_is_open(
    browsing: Browsing, device: str
) -> None:
    without_python(browsing.start(**DEVICES[device]))
    page = browsing.open("en/checker/")
    focusable = "() => { const box = document.querySelector('.md-search__scrollwrap'); box.focus(); return document.activeElement === box; }"
    assert not page.evaluate(focusable), "the closed search's results box takes the focus"
    # The search field is in the header on a desktop, behind the search button on a phone.
    page.locator("header [for=__search], .md-search__input").locator("visible=true").first.click()
    page.wait_for_selector("html[data-material=ready]", state="attached")
    page.keyboard.type("refund")
    page.wait_for_selector(".md-search-result__item")
    wait_still(page)
    assert page.evaluate(focusable), "the open search's results box cannot be reached"
    assert page.locator(".md-search__scrollwrap").is_visible()


#: The menu button material-defer.js puts in place of Material's label.
MENU = "header button.drawer-button"


@pytest.mark.parametrize("lang", SAMPLE)
def test_a_phones_menu_opens_and_closes_with_the_keyboard(browsing: Browsing, lang: str) -> None:
    without_python(browsing.start(**DEVICES["phone"]))
    page = browsing.open(f"{prefix(lang)}checker/")
    navigation = page.get_attribute("nav.md-nav--primary", "aria-label")
    assert navigation and page.get_attribute(MENU, "aria-label") == navigation
    assert page.locator("header label[for=__drawer]").count() == 0
    tab_to(page, MENU)
    assert page.get_attribute(MENU, "aria-expanded") == "false"

    page.keyboard.press("Enter")
    page.wait_for_function("() => document.getElementById('__drawer').checked")
    assert page.get_attribute(MENU, "aria-expanded") == "true"
    tab_to(page, ".md-sidebar--primary a.md-nav__link")
    link = dict(page.evaluate(SEEN))
    assert not unseen(link), link

    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.getElementById('__drawer').checked")
    assert_focus_shown(page, MENU)
    assert page.get_attribute(MENU, "aria-expanded") == "false"


@pytest.mark.parametrize("width", [360, 1400])
def test_the_menu_button_shows_only_where_the_navigation_is_hidden(browsing: Browsing, width: int) -> None:
    """Where the navigation is in the sidebar (a wide screen), Material hides its label: the button
    that replaces it is hidden there too, and shown wherever the navigation needs it."""
    without_python(browsing.start(viewport={"width": width, "height": 800}))
    page = browsing.open("checker/")
    page.wait_for_selector(MENU, state="attached")
    sidebar = page.locator(".md-sidebar--primary").is_visible()
    assert page.locator(MENU).is_visible() != sidebar, {"width": width, "sidebar": sidebar}
