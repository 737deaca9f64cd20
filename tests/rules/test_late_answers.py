"""A late request, in every language: the deadline in the tense of the calendar, the headline of
clause 2's exception, and the email it offers.

- A sending day chosen after the deadline, on a day the deadline is still to come: the answer
  says by which day a request is on time, never that the time limit ended (the rules decide
  ``deadline_to_come`` from the day of the answer; ``explain`` only words it).
- The exception's headline opens with what is still possible, in at most 14 words.
- Its email says that the request rests on clause 2's exception and that support could not solve
  the problem; its public code stays ``refund_request``.

The cases are about version 1 of the policy, its figures read from ``checker/policy.py``; every
text is compared with its catalog, so these tests hold in every language the catalogs have.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from checker import messages as m
from checker.catalog import languages, localize, translations
from checker.clauses import Clause
from checker.contact import load_contact
from checker.dates import ROLES, Written, format_date
from checker.explain import Answer, explain
from checker.model import App, Email, Outcome, Problem, Reason, Request, Support
from checker.policy import VERSIONS, terms_of
from checker.rules import decide

VERSION = VERSIONS[0]
TERMS = terms_of(VERSION)
LIMIT = TERMS.request_deadline_days
PURCHASED = VERSION.effective
DEADLINE = PURCHASED + timedelta(days=LIMIT)
#: A sending day chosen well after the deadline.
SENT = DEADLINE + timedelta(days=LIMIT)
#: The late requests whose answer states the deadline, by reason.
LATE_REQUESTS = {
    Reason.LATE_EXCEPTION: Request(
        PURCHASED, SENT, Problem.NOT_WORKING, App.SMARTERS_PRO, Support.UNRESOLVED
    ),
    Reason.LATE: Request(PURCHASED, SENT, Problem.NOT_DELIVERED, support=Support.PENDING),
}
#: The day of the answer: before the deadline, on it, after it.
ANSWERED = {
    "before": DEADLINE - timedelta(days=2),
    "on": DEADLINE,
    "after": DEADLINE + timedelta(days=1),
}
#: A headline a phone shows in two or three lines.
MAX_HEADLINE_WORDS = 14


def answer(request: Request, lang: str, today: date) -> Answer:
    return explain(decide(request, TERMS, today), lang, load_contact(), today)


def written_forms(day: date, lang: str) -> list[str]:
    """``day`` as ``lang`` may write it in a sentence: alone or in any role."""
    return [format_date(day, lang, role) for role in ("", *ROLES)]


@pytest.mark.parametrize("when", ANSWERED)
@pytest.mark.parametrize("reason", LATE_REQUESTS)
def test_the_rules_say_whether_the_deadline_is_still_to_come(reason: Reason, when: str) -> None:
    decision = decide(LATE_REQUESTS[reason], TERMS, ANSWERED[when])
    assert (decision.reason, decision.on_time, decision.deadline) == (reason, False, DEADLINE)
    assert decision.deadline_to_come is (when != "after")


def test_an_answer_on_time_keeps_its_last_day_whatever_the_day() -> None:
    """A sending day on time: its deadline is the last day to send, said alike before and after."""
    request = Request(PURCHASED, DEADLINE, Problem.NOT_DELIVERED)
    for today in ANSWERED.values():
        said = answer(request, "en", today)
        assert localize(translations("en"), m.DEADLINE_FACT, deadline=Written(DEADLINE, translations("en"))) in said.facts


@pytest.mark.parametrize("when", ANSWERED)
@pytest.mark.parametrize("reason", LATE_REQUESTS)
@pytest.mark.parametrize("lang", languages())
def test_a_deadline_still_to_come_is_never_said_to_have_ended(
    lang: str, reason: Reason, when: str
) -> None:
    """Before the deadline and on it, the facts and the explanation say by which day a request is
    on time; after it, that the time limit ended on that day."""
    translation = translations(lang)
    said = answer(LATE_REQUESTS[reason], lang, ANSWERED[when])
    values = {"limit": LIMIT, "deadline": Written(DEADLINE, translation), "received": Written(SENT, translation)}
    ended = localize(translation, m.LIMIT_ENDED_FACT, **values)
    on_time_by = localize(translation, m.ON_TIME_IF_SENT_BY_FACT, **values)
    ended_explanation = localize(translation, m.REASON_EXPLANATIONS[reason], **values)
    if when == "after":
        assert ended in said.facts and on_time_by not in said.facts
        assert said.message == ended_explanation
        return
    assert on_time_by in said.facts and ended not in said.facts
    assert said.message == localize(translation, m.LATE_WITH_TIME_LEFT[reason], **values)
    assert said.message != ended_explanation
    assert any(form in said.message for form in written_forms(DEADLINE, lang))


@pytest.mark.parametrize("lang", languages())
def test_the_exception_headlines_are_short(lang: str) -> None:
    """At most 14 words, as a reader counts them (a lone « : » is none), in every catalog."""
    for outcome, title in m.EXCEPTION_TITLES.items():
        text = translations(lang).gettext(title)
        assert sum(1 for token in text.split() if re.search(r"\w", token)) <= MAX_HEADLINE_WORDS, (
            lang,
            outcome,
            text,
        )


def test_the_exception_headlines_open_with_what_is_still_possible() -> None:
    """The message ids, which every translation follows: the refund first, never "Late"."""
    for outcome, title in m.EXCEPTION_TITLES.items():
        assert title.startswith(("Full refund", "Partial or full refund")), title
        assert "still possible" in title and "clause 2" in title
        assert outcome in (Outcome.FULL_REFUND, Outcome.PARTIAL_OR_FULL_REFUND)


@pytest.mark.parametrize("lang", languages())
def test_the_exception_email_rests_on_the_exception(lang: str) -> None:
    """The late exception's email is a refund request (its code is kept) of its own: it names
    clause 2 and its time limit, and says that support could not solve the problem."""
    exception = answer(LATE_REQUESTS[Reason.LATE_EXCEPTION], lang, ANSWERED["after"])
    on_time = answer(
        Request(PURCHASED, DEADLINE, Problem.NOT_WORKING, App.SMARTERS_PRO, Support.UNRESOLVED),
        lang,
        ANSWERED["after"],
    )
    assert exception.decision.email is on_time.decision.email is Email.REFUND_REQUEST
    assert exception.to_json()["email_kind"] == Email.REFUND_REQUEST.value
    assert exception.email_button == on_time.email_button
    assert exception.email_subject != on_time.email_subject
    assert exception.email_body != on_time.email_body
    clause = Clause.TIME_LIMIT.value.removeprefix("clause-")
    assert clause in exception.email_subject and clause in exception.email_body
    assert str(LIMIT) in exception.email_body or lang == "ar"  # Arabic spells out 1 and 2
    # The same details as any refund request: the order, the purchase, the problem.
    for line in on_time.email_body.splitlines()[3:]:
        assert line in exception.email_body, line


def test_the_exception_email_says_what_its_step_asks() -> None:
    """The message id, which every translation follows: the exception, and support's failure."""
    body = m.EMAIL_BODIES_FOR_REASON[Reason.LATE_EXCEPTION]
    for text in (body if isinstance(body, tuple) else (body,)):
        assert "clause 2" in text and "time limit" in text
        assert "technical support tried to solve my problem but could not" in text
    assert "exception of clause 2" in m.EMAIL_SUBJECTS_FOR_REASON[Reason.LATE_EXCEPTION]
