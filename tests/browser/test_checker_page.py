"""The checker page as customers meet it, on a phone and a desktop, left-to-right and right-to-left:
the answer and the errors are seen and announced, a "no" is honest, the answer prints, and the
page works while the runtime downloads."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, Route

from checker.contact import load_contact
from checker.messages import EMAIL_BUTTONS
from checker.model import Email
from policy_site import messages as t
from tests.browser.browsing import Browsing
from tests.browser.pages import (
    BOX,
    DEVICES,
    FORM,
    RESULT,
    expected_answer,
    fill_form,
    fully_visible,
    mailto_parts,
    sides,
    site_text,
    situation,
    submit_and_wait,
    wait_outcome,
)
from tests.support.languages import LANGUAGES, POLICY_LANGUAGE, RIGHT_TO_LEFT, SAMPLE, prefix

#: The policy's language and the right-to-left one, each on both devices.
SIDES = sides((POLICY_LANGUAGE, *sorted(RIGHT_TO_LEFT)))

def focused_id(page: Page) -> str:
    return str(page.evaluate("document.activeElement.id"))


def submit(page: Page) -> None:
    page.click(f"{FORM} button[type=submit]")


@pytest.mark.parametrize(("lang", "device"), SIDES)
def test_the_verdict_is_seen_and_focused(
    checker: Callable[..., Page], lang: str, device: str
) -> None:
    page = checker(lang, device)
    fill_form(page, situation("partial_or_full_refund"))
    submit(page)
    wait_outcome(page, "partial_or_full_refund")
    page.wait_for_function("() => document.activeElement.id === 'result-title'")
    assert fully_visible(page, "#result-title"), page.evaluate(BOX, "#result-title")


@pytest.mark.parametrize(("lang", "device"), SIDES)
def test_errors_are_next_to_their_fields_seen_and_announced(
    checker: Callable[..., Page], lang: str, device: str
) -> None:
    page = checker(lang, device)
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    submit(page)  # no problem chosen, no date of purchase
    page.wait_for_selector('[data-error-for="purchased"]:not(:empty)')
    for field in ("problem", "purchased"):
        slot = page.locator(f'[data-error-for="{field}"]')
        assert slot.inner_text().strip(), field
        assert slot.get_attribute("aria-live") == "polite"
    # The first field in error, the problem group, has the focus and is on screen.
    assert focused_id(page).startswith("problem-")
    assert fully_visible(page, '[data-field="problem"]')
    assert page.get_attribute('[data-field="problem"]', "aria-invalid") == "true"
    assert page.get_attribute("#problem-other", "aria-invalid") == "true"
    assert page.get_attribute("#purchased", "aria-invalid") == "true"
    assert "problem-error" in str(page.get_attribute('[data-field="problem"]', "aria-describedby"))
    assert page.get_attribute(RESULT, "data-outcome") == ""

    page.check("#problem-other")  # corrected: its error goes, the other stays
    page.wait_for_selector('[data-error-for="problem"]:empty', state="attached")
    submit(page)
    page.wait_for_function("() => document.activeElement.id === 'purchased'")
    assert fully_visible(page, '[data-field="purchased"]')
    assert page.get_attribute('[data-field="problem"]', "aria-invalid") is None


@pytest.mark.parametrize("lang", SAMPLE)
def test_a_no_comes_without_refund_paperwork(checker: Callable[..., Page], lang: str) -> None:
    page = checker(lang)
    fields = situation("excluded")
    fill_form(page, fields)
    submit_and_wait(page)
    expected = expected_answer(fields, lang)
    assert not page.locator(f'{RESULT} [data-section="what_to_send"]').is_visible()
    facts = page.locator(f'{RESULT} [data-list="facts"] li').all_inner_texts()
    assert facts == expected["facts"] and len(facts) == 1  # days since the purchase, no deadline
    steps = page.locator(f'{RESULT} [data-list="next_steps"] li').all_inner_texts()
    assert steps == expected["next_steps"]
    button = page.locator("#email-support")
    assert button.inner_text() == expected["email_button"]
    assert expected["email_kind"] == Email.SUPPORT_REQUEST
    _address, query = mailto_parts(str(button.get_attribute("href")))
    assert query["subject"] == expected["email_subject"]
    refund = situation("full_refund")
    assert expected_answer(refund, lang)["email_kind"] == Email.REFUND_REQUEST
    assert query["subject"] != expected_answer(refund, lang)["email_subject"]


def test_contact_support_first_offers_a_support_email(checker: Callable[..., Page]) -> None:
    page = checker(LANGUAGES[1])
    fill_form(page, {**situation("partial_or_full_refund"), "support": "pending"})
    submit_and_wait(page)
    assert page.get_attribute(RESULT, "data-outcome") == "contact_support_first"
    assert page.get_attribute("#email-support", "data-kind") == Email.SUPPORT_REQUEST
    assert page.inner_text("#email-support") == EMAIL_BUTTONS[Email.SUPPORT_REQUEST]


@pytest.mark.parametrize("lang", (POLICY_LANGUAGE, LANGUAGES[-1]))
def test_the_answer_prints_without_the_form(checker: Callable[..., Page], lang: str) -> None:
    page = checker(lang)
    fields = situation("full_refund")
    fill_form(page, fields)
    submit_and_wait(page)
    expected = expected_answer(fields, lang)
    page.emulate_media(media="print")
    try:
        for part in ("#result-title", '[data-list="facts"]', '[data-list="next_steps"]',
                     '[data-list="clauses"]', ".answered-on"):  # fmt: skip
            assert page.locator(f"{RESULT} {part}").is_visible(), part
        # The day it was given and the version applied, written out.
        assert page.inner_text(f"{RESULT} .answered-on") == expected["answered_on"]
        # What the customer said, in their language: the sheet can be read alone.
        assert page.locator(f"{RESULT} .result-inputs").is_visible()
        terms = page.locator(f'{RESULT} [data-list="inputs"] dt').all_inner_texts()
        values = page.locator(f'{RESULT} [data-list="inputs"] dd').all_inner_texts()
        told = [(item["label"], item["value"]) for item in expected["inputs"]]
        assert list(zip(terms, values, strict=True)) == told
        assert len(told) == 4  # the problem, both dates, and what support said
        for chrome in (FORM, "#email-support", ".md-header", "table.decision-table"):
            assert not page.locator(chrome).first.is_visible(), chrome
        after = page.evaluate(
            "() => [...document.querySelectorAll('a[href^=\"mailto:\"]')]"
            ".map(a => getComputedStyle(a, '::after').content)"
        )
        assert set(after) <= {"none", "normal"}, after  # an address printed once, as its text
    finally:
        page.emulate_media(media="screen")


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("lang", SAMPLE)
def test_without_javascript_the_table_and_contacts_are_the_page(
    browsing: Browsing, lang: str, device: str
) -> None:
    """The warning says what works and links support, on the first screen: the address as the
    contact card links it (``mailto:``), and WhatsApp."""
    browsing.start(java_script_enabled=False, **DEVICES[device])
    page = browsing.open(f"{prefix(lang)}checker/")
    assert not page.locator(FORM).is_visible()
    assert not page.locator("#checker-status").is_visible()
    assert not page.get_by_text(site_text(lang, t.STARTING)).is_visible()
    notice = page.locator("noscript .admonition")  # Playwright's text search skips <noscript>
    assert notice.is_visible()
    assert " ".join(notice.locator("p").inner_text().split()) == site_text(lang, t.FALLBACK)
    contact = load_contact()
    card = page.locator(".contact-card")
    for href, text in ((contact.mailto, contact.email), (contact.whatsapp_url, contact.whatsapp)):
        link = notice.locator(f'a[href="{href}"]')
        assert link.inner_text() == text
        assert card.locator(f'a[href="{href}"]').inner_text() == text  # as the card links it
        box = link.bounding_box()
        screen = DEVICES[device]["viewport"]["height"]
        assert box is not None and box["y"] + box["height"] <= screen, f"{text} below: {box}"
    assert page.locator("table.decision-table").is_visible()
    assert card.is_visible()


def test_the_form_works_while_the_runtime_downloads(browsing: Browsing) -> None:
    """On a slow connection: a progress bar fed by the bytes received, the table one tap away,
    and an answer the moment Python is ready for a form filled and submitted meanwhile. The wasm
    is held back until the form is sent: however slowly a loaded machine fills the form, the
    download cannot end first."""
    context = browsing.start()
    held: list[Route] = []
    context.route("**/*.wasm", lambda route: held.append(route))
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 40, "downloadThroughput": 1_500_000, "uploadThroughput": 1_500_000},
    )
    page = browsing.watch(page)
    page.goto(f"{browsing.site_url}{prefix(LANGUAGES[1])}checker/")
    page.wait_for_function("() => document.getElementById('checker-progress-bar').value > 0")
    fill_form(page, situation("full_refund"))
    submit(page)
    seen = page.evaluate("document.getElementById('checker-progress-bar').value")
    assert page.get_attribute(FORM, "data-state") == "starting", "the download was not slowed"
    assert 0 < seen < 100
    assert page.locator('#checker-progress a[href="#decision-table"]').is_visible()
    for route in held:
        route.continue_()
    page.wait_for_selector(f'{RESULT}[data-outcome="full_refund"]', state="attached", timeout=90_000)
    assert not page.locator("#checker-progress").is_visible()
