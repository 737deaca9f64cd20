"""What an answer looks like: the verdict and the next step on the first screen of a phone, a
situation the policy does not list told as such (neutral, support first), a short headline for a
late request under clause 2's exception, opening with what is still possible, with dates that say
the time limit ended and an email that rests on the exception, the support
address and WhatsApp number as links, and the decision table in the answers' own words. On a phone
and a desktop, in fr, en and ar; every text is compared with what the rules say in Python."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from itertools import product

import pytest
from playwright.sync_api import Page

from checker import messages as m
from checker.catalog import localize, translations
from checker.check import check
from checker.contact import load_contact
from checker.dates import Written
from checker.model import App, Email, Outcome, Problem, Reason, Support
from tests.browser.browsing import Browsing
from tests.browser.pages import (
    DEVICES,
    FORM,
    LIMIT,
    RESULT,
    SITUATIONS,
    TODAY,
    day,
    expected_answer,
    fill_form,
    mailto_parts,
    sides,
    situation,
)
from tests.support.languages import SAMPLE, prefix

#: The policy's language, English and the right-to-left one.
SIDES = sides()
#: A headline a phone shows in two or three lines.
MAX_HEADLINE_WORDS = 14

ON_FIRST_SCREEN = """(selector) => {
  const box = document.querySelector(selector).getBoundingClientRect();
  const header = document.querySelector(".md-header").getBoundingClientRect();
  return box.height > 0 && box.top >= header.bottom - 1 && box.bottom <= innerHeight;
}"""


def words(text: str) -> int:
    """Words as a reader counts them: a lone punctuation mark (French « : ») is none."""
    return sum(1 for token in text.split() if re.search(r"\w", token))


def answer(page: Page, name: str) -> dict[str, object]:
    """Fills and submits the form for ``SITUATIONS[name]`` (pressing the button, as a reader);
    returns what the rules answer to it."""
    fields = situation(name)
    fill_form(page, fields)
    page.click(f"{FORM} button[type=submit]")
    page.wait_for_function("() => document.activeElement.id === 'result-title'")
    return expected_answer(fields, str(page.get_attribute("html", "lang")))


@pytest.mark.parametrize(("lang", "device"), SIDES)
def test_the_verdict_and_the_next_step_are_on_the_first_screen(
    checker: Callable[..., Page], lang: str, device: str
) -> None:
    page = checker(lang, device)
    for name in SITUATIONS:
        expected = answer(page, name)
        assert page.inner_text("#result-title") == expected["title"], name
        for part in ("#result-title", "#email-support"):
            assert page.evaluate(ON_FIRST_SCREEN, part), (name, part)
        primary = page.locator("#email-support")
        assert "md-button--primary" in str(primary.get_attribute("class"))
        assert primary.inner_text() == expected["email_button"]


@pytest.mark.parametrize(("lang", "device"), SIDES)
def test_a_situation_the_policy_does_not_list_is_left_to_support(
    checker: Callable[..., Page], lang: str, device: str
) -> None:
    page = checker(lang, device)
    colour = "() => getComputedStyle(document.querySelector('#checker-result .result-body')).borderInlineStartColor"
    expected = answer(page, "not_covered")
    assert (expected["outcome"], expected["reason"]) == ("not_eligible", Reason.NOT_COVERED)  # codes kept
    assert page.get_attribute(RESULT, "data-reason") == Reason.NOT_COVERED
    assert page.inner_text("#result-title") == expected["title"]
    assert page.get_attribute("#email-support", "data-kind") == Email.SUPPORT_REQUEST
    neutral = page.evaluate(colour)
    excluded = answer(page, "excluded")  # clause 3: a clear no
    assert page.inner_text("#result-title") == excluded["title"] != expected["title"]
    no = page.evaluate(colour)
    refund = answer(page, "full_refund")
    assert page.inner_text("#result-title") == refund["title"]
    assert len({neutral, no, page.evaluate(colour)}) == 3, "neither a yes nor a no"


@pytest.mark.parametrize(("lang", "device"), SIDES)
def test_a_late_request_under_the_exception_has_a_short_headline(
    checker: Callable[..., Page], lang: str, device: str
) -> None:
    """The headline opens with what is still possible, the dates say the time limit ended (the
    request day and today are after it), and the email rests on clause 2's exception. The
    headlines' length in every language: ``tests/rules/test_late_answers.py``."""
    page = checker(lang, device)
    expected = answer(page, "late_exception")
    assert expected["reason"] == Reason.LATE_EXCEPTION
    title = page.inner_text("#result-title")
    assert title == expected["title"] and words(title) <= MAX_HEADLINE_WORDS, title
    catalog = translations(lang)
    assert title == catalog.gettext(m.EXCEPTION_TITLES[Outcome(str(expected["outcome"]))])
    facts = page.locator(f'{RESULT} [data-list="facts"] li').all_inner_texts()
    assert facts == expected["facts"]
    deadline = Written(date.fromisoformat(str(expected["deadline"])), catalog)
    ended = localize(catalog, m.LIMIT_ENDED_FACT, None, limit=LIMIT, deadline=deadline)
    last_day = localize(catalog, m.DEADLINE_FACT, None, deadline=deadline)
    assert ended in facts and last_day not in facts  # the limit is over, said so
    email = page.locator("#email-support")
    assert email.get_attribute("data-kind") == Email.REFUND_REQUEST
    address, query = mailto_parts(str(email.get_attribute("href")))
    assert address == load_contact().email
    assert query == {"subject": expected["email_subject"], "body": expected["email_body"]}
    exception = m.EMAIL_BODIES_FOR_REASON[Reason.LATE_EXCEPTION]
    blank = dict.fromkeys(("name", "purchase_email", "order", "purchased", "problem", "details"), "")
    body = localize(catalog, exception, None, limit=LIMIT, **blank)
    assert query["body"].splitlines()[2] == body.splitlines()[2]  # the exception, support's failure


@pytest.mark.parametrize(("lang", "device"), SIDES)
def test_the_support_address_and_whatsapp_are_links(
    checker: Callable[..., Page], lang: str, device: str
) -> None:
    page = checker(lang, device)
    contact = load_contact()
    for name in ("contact_support_first", "not_covered"):
        expected = answer(page, name)
        links = page.eval_on_selector_all(
            f'{RESULT} [data-list="next_steps"] a',
            "links => links.map(a => ({text: a.textContent, href: a.getAttribute('href')}))",
        )
        texts = {link["text"]: link["href"] for link in links}
        assert texts.get(contact.whatsapp) == contact.whatsapp_url, (name, links)
        address, query = mailto_parts(texts[contact.email])
        assert address == contact.email
        assert query == {"subject": expected["email_subject"], "body": expected["email_body"]}
        steps = page.locator(f'{RESULT} [data-list="next_steps"] li').all_inner_texts()
        assert steps == expected["next_steps"], name  # the words are the rules' own


def titles_of_the_rules(lang: str) -> dict[tuple[str, str], str]:
    """Every (outcome, reason) the rules give, with the headline of its answer."""
    found = {}
    for problem, app, support, requested in product(Problem, App, Support, (day(0), day(LIMIT + 1))):
        fields = {"problem": problem, "app": app, "support": support, "purchased": day(0), "requested": requested}
        said = check(fields, lang, TODAY).to_json()
        found[said["outcome"], said["reason"]] = said["title"]
    return found


@pytest.mark.parametrize("lang", SAMPLE)
def test_the_decision_table_uses_the_answers_titles(browsing: Browsing, lang: str) -> None:
    browsing.start(java_script_enabled=False, **DEVICES["phone"])
    page = browsing.open(f"{prefix(lang)}checker/")
    rows = page.eval_on_selector_all(
        "table.decision-table tbody tr",
        "rows => rows.map(r => [r.dataset.outcome, r.dataset.reason, r.cells[2].textContent])",
    )
    titles = titles_of_the_rules(lang)
    assert {(outcome, reason) for outcome, reason, _t in rows} == set(titles)
    for outcome, reason, title in rows:
        assert title == titles[outcome, reason], (outcome, reason)
    assert any(reason == Reason.LATE_EXCEPTION for _o, reason, _t in rows)
