"""Material's bundle comes on the reader's first interaction, not at start-up (issue 15): before
that nothing of Material's is fetched, and what readers use works from the first tap, with the
bundle held back by the network as on a slow connection: the palette toggle, search, the
language menu. The language menu and the table of contents also work without JavaScript."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect

from tests.browser.browsing import Browsing
from tests.browser.pages import search_results_elsewhere, wait_ready, without_python
from tests.support.languages import LANGUAGES, SAMPLE, prefix

pytestmark = pytest.mark.browser

BUNDLE = "**/assets/javascripts/bundle.*.min.js"
#: What Material fetches once its bundle runs: the bundle, the search worker and index, and (for
#: the language switch, no longer needed) a sitemap next to every alternate link.
MATERIAL_FILES = ("/assets/javascripts/", "/search/search_index.json", "sitemap.xml")
MOBILE: dict[str, Any] = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
}
DESKTOP: dict[str, Any] = {"viewport": {"width": 1280, "height": 800}}
DEVICES = {"mobile": MOBILE, "desktop": DESKTOP}
SEARCH_MS = 10_000  # the index is small and served locally: results come within a second
HOLD_MS = 10_000  # how long a held bundle request may take to reach the test's route handler


class HeldBundle:
    """Material's bundle, held back by the network until ``release``: the time between a
    reader's first tap and the bundle's arrival, made as long as the test needs."""

    def __init__(self, context: BrowserContext) -> None:
        self.routes: list[Route] = []
        context.route(BUNDLE, self._hold)

    def _hold(self, route: Route) -> None:
        self.routes.append(route)

    def release(self, page: Page) -> None:
        """Lets the requested bundle through and waits until Material has mounted."""
        waited = 0
        while not self.routes:  # the route reaches this process shortly after the request
            assert waited < HOLD_MS, "the bundle was never requested"
            page.wait_for_timeout(20)
            waited += 20
        for route in self.routes:
            route.continue_()
        page.wait_for_selector("html[data-material=ready]", state="attached")


def material_requests(browsing: Browsing) -> list[str]:
    return [
        request.url
        for request in browsing.requests
        if any(part in request.url for part in MATERIAL_FILES)
    ]


def tap(page: Page, device: str, selector: str) -> None:
    if device == "mobile":
        page.tap(selector)
    else:
        page.click(selector)


# --- (a) nothing of Material's before the first interaction ---------------------------------------


@pytest.mark.parametrize(("path", "device"), [("", "mobile"), ("ar/", "desktop")])
def test_policy_page_fetches_nothing_of_material_until_used(
    browsing: Browsing, path: str, device: str
) -> None:
    browsing.start(**DEVICES[device])
    page = browsing.open(path)
    page.wait_for_load_state("networkidle")
    assert material_requests(browsing) == []
    assert page.get_attribute("html", "data-material") is None

    if device == "mobile":
        page.touchscreen.tap(195, 600)  # on the text: a reader's first touch
    else:
        page.mouse.wheel(0, 400)
    page.wait_for_selector("html[data-material=ready]", state="attached")
    page.wait_for_load_state("networkidle")
    fetched = material_requests(browsing)
    assert any("/bundle." in url for url in fetched)
    assert [url for url in fetched if url.endswith("sitemap.xml")] == []


@pytest.mark.parametrize("lang", SAMPLE[1:2])
def test_checker_page_fetches_nothing_of_material_until_used(browsing: Browsing, lang: str) -> None:
    """Pyodide has the two cores to itself: Material waits for the reader (issue 14)."""
    browsing.start(**DESKTOP)
    page = browsing.open(f"{prefix(lang)}checker/")
    wait_ready(page)
    page.wait_for_load_state("networkidle")
    assert material_requests(browsing) == []

    page.keyboard.press("Tab")
    page.wait_for_selector("html[data-material=ready]", state="attached")
    assert any("/bundle." in url for url in material_requests(browsing))


# --- (b) the palette toggle -----------------------------------------------------------------------


@pytest.mark.parametrize("device", DEVICES)
def test_palette_tap_before_the_bundle_is_kept(browsing: Browsing, device: str) -> None:
    context = browsing.start(color_scheme="light", **DEVICES[device])
    bundle = HeldBundle(context)
    page = browsing.open("en/")
    toggle = "form[data-md-component=palette] label:visible"
    assert page.get_attribute(toggle, "for") == "__palette_1"  # shown before any script

    tap(page, device, toggle)
    assert page.get_attribute("html", "data-material") == "loading"  # requested, not there
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    assert page.get_attribute(toggle, "for") == "__palette_0"

    bundle.release(page)
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    assert page.get_attribute(toggle, "for") == "__palette_0"
    tap(page, device, toggle)  # Material's own component now
    page.wait_for_selector('body[data-md-color-scheme="default"]', state="attached")

    tap(page, device, toggle)
    page.wait_for_selector('body[data-md-color-scheme="slate"]', state="attached")
    page.reload()
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"  # stored


def test_palette_follows_the_system_preference_before_the_bundle(browsing: Browsing) -> None:
    """A first visit in dark mode paints dark at once, not light until the bundle arrives."""
    HeldBundle(without_python(browsing.start(color_scheme="dark", **MOBILE)))
    page = browsing.open(f"{prefix(LANGUAGES[-1])}checker/")
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    toggle = "form[data-md-component=palette] label:visible"
    assert page.get_attribute(toggle, "for") == "__palette_0"
    assert page.get_attribute("html", "data-material") is None


# --- (c) search -----------------------------------------------------------------------------------


def open_search(page: Page, how: str) -> None:
    if how == "tap":  # mobile: the header's search button opens the search dialog
        page.tap("header label[for=__search]")
    elif how == "click":  # desktop: the search field in the header
        page.click(".md-search__input")
    else:  # desktop: Material's shortcut
        page.keyboard.press("/")
    page.wait_for_selector(".md-search__input:focus")  # the caret is in the field


@pytest.mark.parametrize(
    ("device", "how", "lang", "query"),
    # A word every language's policy holds, in Latin letters: Playwright types Arabic as
    # inserted text, without the key events Material's search listens to.
    [
        ("mobile", "tap", LANGUAGES[0], "WhatsApp"),
        ("mobile", "tap", LANGUAGES[-1], "WhatsApp"),
        ("desktop", "click", LANGUAGES[1], "WhatsApp"),
        ("desktop", "key", LANGUAGES[3], "WhatsApp"),
    ],
)
def test_search_typed_before_the_bundle_is_searched(
    browsing: Browsing, site_url: str, device: str, how: str, lang: str, query: str
) -> None:
    bundle = HeldBundle(browsing.start(**DEVICES[device]))
    page = browsing.open(prefix(lang))
    open_search(page, how)
    page.keyboard.type(query)
    assert page.get_attribute("html", "data-material") == "loading"
    assert page.input_value(".md-search__input") == query
    # The panel opens in the task after the focus (material-defer.js), which a loaded machine
    # may run after Playwright's next question: waited for, within expect's few seconds.
    expect(page.locator("#__search")).to_be_checked()  # the search panel is open
    assert page.is_visible(".md-search__input")

    bundle.release(page)
    page.wait_for_selector(".md-search-result__item", timeout=SEARCH_MS)
    assert search_results_elsewhere(page, site_url, lang) == []


def test_search_closes_before_the_bundle(browsing: Browsing) -> None:
    """The search dialog's back arrow closes it, as without Material, wherever the focus is."""
    bundle = HeldBundle(without_python(browsing.start(**MOBILE)))
    page = browsing.open(f"{prefix(LANGUAGES[1])}checker/")
    page.tap("header label[for=__search]")
    page.wait_for_selector("#__search:checked", state="attached")
    page.focus(".md-search__scrollwrap")  # e.g. the reader scrolled the (empty) results
    page.tap(".md-search__form label[for=__search]")  # the back arrow
    page.wait_for_selector("#__search:not(:checked)", state="attached")
    assert page.get_attribute("html", "data-material") == "loading"
    bundle.release(page)
    assert not page.is_checked("#__search")


# --- the table of contents ------------------------------------------------------------------------


def test_table_of_contents_follows_from_the_first_scroll(browsing: Browsing) -> None:
    browsing.start(**DESKTOP)
    page = browsing.open("en/")
    active = ".md-sidebar--secondary .md-nav__link--active"
    assert page.locator(active).count() == 0
    page.mouse.move(640, 400)
    page.mouse.wheel(0, 900)
    page.wait_for_selector("html[data-material=ready]", state="attached")
    page.wait_for_selector(active)
    # The section marked is the one being read: its heading is above the middle of the screen,
    # and the next heading (if any) has not been scrolled past.
    active_top, next_top, height = page.eval_on_selector(
        active,
        """link => {
          const links = [...document.querySelectorAll('.md-sidebar--secondary .md-nav__link')];
          const top = a => document.querySelector(a.hash).getBoundingClientRect().top;
          const next = links[links.indexOf(link) + 1];
          return [top(link), next ? top(next) : innerHeight, innerHeight];
        }""",
    )
    assert active_top < height / 2 and next_top > 0, (active_top, next_top)
    assert page.get_attribute(active, "href") != "#clause-1"


# --- (d) the language menu ------------------------------------------------------------------------


@pytest.mark.parametrize("device", DEVICES)
def test_language_menu_lists_every_language_and_works(
    browsing: Browsing, site_url: str, device: str
) -> None:
    HeldBundle(without_python(browsing.start(**DEVICES[device])))
    page = browsing.open(f"{prefix(LANGUAGES[-1])}checker/")
    assert not menu_open(page)
    if device == "mobile":
        page.tap(".md-header__option .md-select button")
    else:
        page.hover(".md-header__option .md-select")
    assert menu_open(page)
    listed = page.eval_on_selector_all(
        ".md-select__link[hreflang]", "links => links.map(a => a.hreflang)"
    )
    assert listed == list(LANGUAGES)

    target = LANGUAGES[4]
    tap(page, device, f'.md-select__link[hreflang="{target}"]')
    page.wait_for_url(f"{site_url}{prefix(target)}checker/")
    assert page.get_attribute("html", "lang") == target
    assert [url for url in material_requests(browsing) if url.endswith("sitemap.xml")] == []


def menu_open(page: Page) -> bool:
    """Material's language menu is CSS only: closed, its list has no height."""
    return bool(
        page.eval_on_selector(
            ".md-header__option .md-select__inner", "el => getComputedStyle(el).maxHeight !== '0px'"
        )
    )


def test_without_javascript_language_menu_and_contents_work(
    browsing: Browsing, site_url: str
) -> None:
    browsing.start(java_script_enabled=False, **DESKTOP)
    start, target = LANGUAGES[1], LANGUAGES[3]
    page = browsing.open(prefix(start))
    assert page.get_attribute("html", "class") == "no-js"
    assert not page.is_visible("header label[for=__search]")  # search needs JavaScript
    page.click('.md-sidebar--secondary a[href="#clause-3"]')
    page.wait_for_url(f"{site_url}{prefix(start)}#clause-3")
    page.hover(".md-header__option .md-select")
    page.click(f'.md-select__link[hreflang="{target}"]')
    page.wait_for_url(f"{site_url}{prefix(target)}")
    assert page.get_attribute("html", "lang") == target
