"""Localisation: puts a ``Decision`` (codes and dates) into words in one language.

This is the only layer that knows about text, and it computes nothing: every fact it states was
decided by the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from checker import messages as m
from checker.catalog import _, is_language, languages, policy_language, translations
from checker.contact import Contact
from checker.model import Decision
from checker.parse import EARLIEST, LATEST, InputError
from checker.policy import (
    ANSWER_WINDOW_FIRST_DAY,
    ANSWER_WINDOW_LAST_DAY,
    REQUEST_DEADLINE_DAYS,
)
from checker.questions import BY_NAME, LANGUAGE_LABEL

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
        """The object printed by ``--json``, written by batch mode and sent by the browser worker."""
        d = self.decision
        return {
            **decision_json(d),
            "message": self.message,
            "next_steps": list(self.next_steps),
            "lang": self.lang,
            "title": self.title,
            "facts": list(self.facts),
            "what_to_send": list(self.what_to_send),
            "what_to_send_clauses": [clause.value for clause in d.what_to_send],
            "disclaimer": self.disclaimer,
            "email_subject": self.email_subject,
            "email_body": self.email_body,
        }


def decision_json(decision: Decision) -> dict[str, Any]:
    """The decision's codes and dates, as every answer's JSON object begins."""
    window = decision.answer_window
    return {
        "outcome": decision.outcome.value,
        "reason": decision.reason.value,
        "clauses": [clause.value for clause in decision.clauses],
        "days_since_purchase": decision.days_since_purchase,
        "on_time": decision.on_time,
        "deadline": decision.deadline.isoformat(),
        "answer_window": [day.isoformat() for day in window] if window else None,
    }


def explain(decision: Decision, lang: str, contact: Contact) -> Answer:
    """``decision`` in words, in ``lang``."""
    gettext = translations(lang).gettext
    request = decision.request
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
    if decision.days_left is not None:
        facts.append(gettext(m.DAYS_LEFT_FACT).format(days=decision.days_left))
    if decision.answer_window:
        facts.append(say(m.WINDOW_FACT))
    return Answer(
        decision=decision,
        lang=lang,
        title=gettext(m.OUTCOME_TITLES[decision.outcome]),
        message=say(m.REASON_EXPLANATIONS[decision.reason]),
        facts=tuple(facts),
        next_steps=tuple(say(m.STEPS[next_step.step]) for next_step in decision.steps),
        what_to_send=tuple(gettext(m.WHAT_TO_SEND[clause]) for clause in decision.what_to_send),
        disclaimer=gettext(m.DISCLAIMER),
        email_subject=gettext(m.EMAIL_SUBJECT).format(order=gettext(m.ORDER_PLACEHOLDER)),
        email_body=gettext(m.EMAIL_BODY).format(
            name=gettext(m.NAME_PLACEHOLDER),
            purchase_email=gettext(m.PURCHASE_EMAIL_PLACEHOLDER),
            order=gettext(m.ORDER_PLACEHOLDER),
            purchased=format_date(request.purchased, lang),
            problem=gettext(BY_NAME["problem"].label_of(request.problem)),
            details=gettext(m.DETAILS_PLACEHOLDER),
        ),
    )


def format_date(day: date, lang: str) -> str:
    """A date written out in ``lang`` (« jeudi 3 décembre 2026 ») from the catalog's own words."""
    gettext = translations(lang).gettext
    return gettext(DATE_PATTERN).format(
        weekday=gettext(WEEKDAYS[day.weekday()]),
        day=gettext(FIRST_DAY_OF_MONTH) if day.day == 1 else day.day,
        month=gettext(MONTHS[day.month - 1]),
        year=day.year,
    )


def error_message(error: InputError, lang: object) -> str:
    """The localized text of a refusal; the field is named by its form label. An unknown ``lang``
    cannot be answered in itself: the policy's language is used."""
    gettext = translations(str(lang) if is_language(lang) else policy_language()).gettext
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
        earliest=EARLIEST.isoformat(),
        latest=LATEST.isoformat(),
    )
