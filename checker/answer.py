"""Localisation: turns a ``Decision`` (codes and dates) into an ``Answer`` in one language.

This is the only layer that knows about text; the rules know nothing of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from checker import messages as m
from checker.catalog import DEFAULT_LANGUAGE, _, languages, translations
from checker.clauses import Clause
from checker.model import Decision, Outcome, Request
from checker.parse import InputError
from checker.policy import (
    ANSWER_WINDOW_FIRST_DAY,
    ANSWER_WINDOW_LAST_DAY,
    EARLIEST_DATE,
    LATEST_DATE,
    REQUEST_DEADLINE_DAYS,
)
from checker.questions import BY_NAME, LANGUAGE_LABEL
from checker.rules import decide

MONTHS = (
    _("January"), _("February"), _("March"), _("April"), _("May"), _("June"),
    _("July"), _("August"), _("September"), _("October"), _("November"), _("December"),
)  # fmt: skip
WEEKDAYS = (
    _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"),
    _("Sunday"),
)  # fmt: skip
#: Translators put the parts in their language's order: « jeudi 3 décembre 2026 ».
DATE_PATTERN = _("{weekday} {day} {month} {year}")
#: How the first day of a month is written, where it differs from "1" (French « 1er »).
FIRST_DAY_OF_MONTH = _("1")


@dataclass(frozen=True, slots=True)
class Contact:
    """The support contact details; the site's ``mkdocs.yml`` (``extra.contact``) holds the real ones."""

    email: str
    whatsapp: str


@dataclass(frozen=True, slots=True)
class Answer:
    """A decision told in one language: everything a customer needs, ready to print or render."""

    decision: Decision
    lang: str
    title: str
    message: str
    facts: tuple[str, ...]
    next_steps: tuple[str, ...]
    what_to_send: tuple[str, ...]
    disclaimer: str
    email_subject: str
    email_body: str

    def to_json(self) -> dict[str, Any]:
        """The object printed by ``--json`` and sent by the browser worker."""
        d = self.decision
        return {
            "outcome": d.outcome.value,
            "reason": d.reason.value,
            "clauses": [clause.value for clause in d.clauses],
            "days_since_purchase": d.days_since_purchase,
            "on_time": d.on_time,
            "deadline": d.deadline.isoformat(),
            "answer_window": [day.isoformat() for day in d.answer_window]
            if d.answer_window
            else None,
            "message": self.message,
            "next_steps": list(self.next_steps),
            "lang": self.lang,
            "title": self.title,
            "facts": list(self.facts),
            "what_to_send": list(self.what_to_send),
            "what_to_send_clauses": [
                Clause.SEND_NAME_AND_EMAIL.value,
                Clause.SEND_ORDER_NUMBER.value,
                Clause.SEND_REASON.value,
            ],
            "disclaimer": self.disclaimer,
            "email_subject": self.email_subject,
            "email_body": self.email_body,
        }


def answer(request: Request, lang: str, contact: Contact) -> Answer:
    """Decide ``request`` and explain the decision in ``lang``."""
    decision = decide(request)
    gettext = translations(lang).gettext
    values = {
        "limit": REQUEST_DEADLINE_DAYS,
        "deadline": format_date(decision.deadline, lang),
        "email": contact.email,
        "whatsapp": contact.whatsapp,
        "first_day": ANSWER_WINDOW_FIRST_DAY,
        "last_day": ANSWER_WINDOW_LAST_DAY,
    }
    if decision.answer_window:
        first, last = decision.answer_window
        values |= {"first": format_date(first, lang), "last": format_date(last, lang)}

    def say(message: str) -> str:
        return gettext(message).format(**values)

    facts = [gettext(m.DAYS_SINCE_FACT).format(days=decision.days_since_purchase)]
    facts.append(say(m.DEADLINE_FACT))
    if decision.on_time:
        days_left = (decision.deadline - request.requested).days
        facts.append(gettext(m.DAYS_LEFT_FACT).format(days=days_left))
    if decision.answer_window:
        facts.append(say(m.WINDOW_FACT))
    problem_label = gettext(dict(BY_NAME["problem"].choices)[request.problem])
    return Answer(
        decision=decision,
        lang=lang,
        title=gettext(m.OUTCOME_TITLES[decision.outcome]),
        message=say(m.REASON_EXPLANATIONS[decision.reason]),
        facts=tuple(facts),
        next_steps=tuple(say(step) for step in next_steps(decision)),
        what_to_send=tuple(gettext(item) for item in m.WHAT_TO_SEND),
        disclaimer=gettext(m.DISCLAIMER),
        email_subject=gettext(m.EMAIL_SUBJECT).format(order=gettext(m.ORDER_PLACEHOLDER)),
        email_body=gettext(m.EMAIL_BODY).format(
            name=gettext(m.NAME_PLACEHOLDER),
            purchase_email=gettext(m.PURCHASE_EMAIL_PLACEHOLDER),
            order=gettext(m.ORDER_PLACEHOLDER),
            purchased=format_date(request.purchased, lang),
            problem=problem_label,
            details=gettext(m.DETAILS_PLACEHOLDER),
        ),
    )


def next_steps(decision: Decision) -> list[str]:
    """The steps, as message ids, that follow from a decision (clauses 4, 5 and 6)."""
    if decision.outcome is Outcome.CONTACT_SUPPORT_FIRST:
        steps = [m.CONTACT_SUPPORT, m.SEND_IF_UNRESOLVED]
    elif decision.outcome.is_refund:
        steps = [m.SEND_BY_DEADLINE if decision.on_time else m.SEND_LATE_EXCEPTION, m.EXPECT_ANSWER]
    else:
        steps = [m.CONTACT_SUPPORT]
    return [*steps, m.NOTHING_TO_RETURN]


def format_date(day: date, lang: str) -> str:
    """A date written out in ``lang`` (« jeudi 3 décembre 2026 ») from the catalog's own words."""
    gettext = translations(lang).gettext
    return gettext(DATE_PATTERN).format(
        weekday=gettext(WEEKDAYS[day.weekday()]),
        day=gettext(FIRST_DAY_OF_MONTH) if day.day == 1 else day.day,
        month=gettext(MONTHS[day.month - 1]),
        year=day.year,
    )


def error_message(error: InputError, lang: str) -> str:
    """The localized text of a refusal; the field is named by its form label."""
    gettext = translations(lang if lang in languages() else DEFAULT_LANGUAGE).gettext
    question = BY_NAME.get(error.field)
    label = gettext(question.label) if question else gettext(LANGUAGE_LABEL)
    choices = ", ".join(code for code, _label in question.choices) if question else ""
    if error.code == "unknown_lang":
        choices = ", ".join(languages())
    return gettext(m.ERRORS[error.code]).format(
        field=label,
        value=error.value,
        choices=choices,
        line=error.value,
        earliest=date(*EARLIEST_DATE).isoformat(),
        latest=date(*LATEST_DATE).isoformat(),
    )
