"""When Python cannot run (WebAssembly blocked or missing, the worker's script not loaded), the
checker page says so in its language, with the support's email and WhatsApp links in the notice,
and shows the decision table: never a spinner forever."""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from checker.contact import load_contact
from checker.model import Outcome
from policy_site import messages as t
from policy_site.catalogs import MSGID_LANGUAGE
from tests.browser.browsing import Browsing
from tests.browser.pages import site_text, wait_started
from tests.support.languages import LANGUAGES, SAMPLE, prefix


def block_wasm(context: BrowserContext) -> None:
    context.route("**/*.wasm", lambda route: route.abort())


def block_worker(context: BrowserContext) -> None:
    context.route("**/checker-worker*.js", lambda route: route.abort())


def no_webassembly(context: BrowserContext) -> None:
    """An old browser: no WebAssembly at all."""
    context.add_init_script("delete globalThis.WebAssembly;")


BREAKAGES = {
    "worker-blocked": block_worker,
    "wasm-blocked": block_wasm,
    "no-webassembly": no_webassembly,
}
#: Each way Python can fail, in the sample of languages (tests/site checks that every language's
#: page holds its fallback text); the text shown is the page's own.
CASES = [
    *((lang, "worker-blocked") for lang in SAMPLE),
    *((lang, "wasm-blocked") for lang in SAMPLE),
    (LANGUAGES[-1], "no-webassembly"),
]
#: A file that fails to load is known at once: the reader should not wait for the page's
#: last-resort timer (60 s) to be told.
PROMPT_MS = 15_000


@pytest.mark.parametrize(("lang", "breakage"), CASES)
def test_fallback_and_decision_table(browsing: Browsing, lang: str, breakage: str) -> None:
    context = browsing.start()
    BREAKAGES[breakage](context)
    page = browsing.open(f"{prefix(lang)}checker/")

    try:
        state = wait_started(page, timeout_ms=PROMPT_MS)
    except PlaywrightTimeoutError:
        state = "still starting"
    assert state == "failed", f"no fallback {PROMPT_MS / 1000:.0f} s after the page loaded"
    fallback = page.locator("#checker-fallback")
    assert fallback.is_visible()
    text = " ".join(fallback.locator("p").inner_text().split())
    assert text == site_text(lang, t.FALLBACK)
    if lang != MSGID_LANGUAGE:
        assert text != site_text(MSGID_LANGUAGE, t.FALLBACK)
    assert not page.locator("form#refund-checker").is_visible()

    table = page.locator("table.decision-table")
    assert table.is_visible()
    rows = table.locator("tbody tr")
    outcomes = set(rows.evaluate_all("rows => rows.map(row => row.dataset.outcome)"))
    assert outcomes == {outcome.value for outcome in Outcome}
    contact = load_contact()
    for href in (contact.mailto, contact.whatsapp_url):  # in the notice itself: one tap away
        assert fallback.locator(f'a[href="{href}"]').is_visible(), href
