"""Localisation: puts a ``Decision`` (codes and dates) into words in one language.

This is the only layer that knows about text, and it computes nothing: every fact it states was
decided by the rules, with the figures of the version of the policy they applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from checker import messages as m
from checker.catalog import Plural, is_language, languages, localize, policy_language, translations
from checker.contact import Contact
from checker.dates import AsTyped, Written, format_date, written
from checker.model import Decision, Request
from checker.parse import EARLIEST, LATEST, MAX_LINE, InputError, shown
from checker.policy import Terms
from checker.questions import BY_NAME, LANGUAGE_LABEL, OPTION_LABELS, QUESTIONS

#: The refusals whose value is a real calendar date (the others quote what was typed).
REAL_DATE_ERRORS = frozenset({"date_out_of_range", "purchase_in_future", "request_before_purchase"})


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
    #: What the customer said, in words: (question label, answer), for the printed answer.
    inputs: tuple[tuple[str, str], ...]
    #: Which version of the policy applied, when it is not the one in force today ("" otherwise).
    version_note: str
    #: The line printed with the answer: when it was given, under which version.
    answered_on: str
    disclaimer: str
    email_button: str
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
            "inputs": [{"label": label, "value": value} for label, value in self.inputs],
            "version_note": self.version_note,
            "answered_on": self.answered_on,
            "disclaimer": self.disclaimer,
            "email_kind": d.email.value,
            "email_button": self.email_button,
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
        "policy_version": decision.terms.version.effective.isoformat(),
        "policy_version_current": decision.current,
        # Where that version's text stays published, from the site's root in any language.
        "policy_version_page": decision.version_page,
        "deadline_to_come": decision.deadline_to_come,
        "steps": [step.step.value for step in decision.steps],
    }


def figure_values(terms: Terms) -> dict[str, int]:
    """The version's figures as the messages name them (``{limit}``, ``{first_day}``,
    ``{last_day}``): for the answers and for the checker page's notes and table alike."""
    return {
        "limit": terms.request_deadline_days,
        "first_day": terms.processing_first_day,
        "last_day": terms.processing_last_day,
    }


def explain(decision: Decision, lang: str, contact: Contact, today: date) -> Answer:
    """``decision`` in words, in ``lang``; ``today`` is the day the answer is given."""
    catalog = translations(lang)
    request, terms = decision.request, decision.terms
    values: dict[str, object] = {
        **figure_values(terms),
        "deadline": Written(decision.deadline, catalog),
        "received": Written(request.requested, catalog),
        "email": contact.email,
        "whatsapp": contact.whatsapp,
        "start": Written(terms.version.effective, catalog),
        "today": Written(today, catalog),
        "days": decision.days_since_purchase,
    }
    if decision.answer_window:
        first, last = decision.answer_window
        values |= {"first": Written(first, catalog), "last": Written(last, catalog)}

    def say(message: str | Plural, **more: object) -> str:
        return localize(catalog, message, None, **(values | more))

    facts = [say(m.DAYS_SINCE_FACT)]
    deadline = m.deadline_fact(
        decision.outcome, decision.reason, decision.on_time, decision.deadline_to_come
    )
    if deadline is not None:
        facts.append(say(deadline))
    if decision.days_left is not None:
        facts.append(say(m.DAYS_LEFT_FACT, days=decision.days_left))
    if decision.answer_window:
        facts.append(say(m.PROCESSED_BY_FACT))
    placeholders = {
        "name": say(m.NAME_PLACEHOLDER),
        "purchase_email": say(m.PURCHASE_EMAIL_PLACEHOLDER),
        "order": say(m.ORDER_PLACEHOLDER),
        "purchased": format_date(request.purchased, lang),
        "problem": say(BY_NAME["problem"].label_of(request.problem)),
        "details": say(m.DETAILS_PLACEHOLDER),
    }
    return Answer(
        decision=decision,
        lang=lang,
        title=say(m.title(decision.outcome, decision.reason)),
        message=say(m.explanation(decision.reason, decision.deadline_to_come)),
        facts=tuple(facts),
        next_steps=tuple(
            say(m.STEPS_FOR_REASON.get((decision.reason, next_step.step), m.STEPS[next_step.step]))
            for next_step in decision.steps
        ),
        inputs=inputs(request, lang, say),
        what_to_send=tuple(say(m.WHAT_TO_SEND[clause]) for clause in decision.what_to_send),
        version_note=version_note(decision, lang, say),
        answered_on=say(m.ANSWERED_ON),
        disclaimer=say(m.DISCLAIMER),
        email_button=say(m.EMAIL_BUTTONS[decision.email]),
        email_subject=say(
            m.EMAIL_SUBJECTS_FOR_REASON.get(decision.reason, m.EMAIL_SUBJECTS[decision.email]),
            **placeholders,
        ),
        email_body=say(
            m.EMAIL_BODIES_FOR_REASON.get(decision.reason, m.EMAIL_BODIES[decision.email]),
            **placeholders,
        ),
    )


def inputs(request: Request, lang: str, say: Any) -> tuple[tuple[str, str], ...]:
    """Each question the customer answered and their answer, in the form's order and words; the
    questions the problem does not ask are left out, as the form hides them."""
    told: list[tuple[str, str]] = []
    for question in QUESTIONS:
        if not question.asked_for(request.problem):
            continue
        value = getattr(request, question.name)
        words = format_date(value, lang) if question.is_date else say(question.label_of(value))
        told.append((str(say(question.label)), str(words)))
    return tuple(told)


def version_note(decision: Decision, lang: str, say: Any) -> str:
    """Says which version applied, when it is not today's, or when the purchase came before the
    first version (which then applies)."""
    if decision.before_first_version:
        return str(say(m.VERSION_BEFORE_FIRST))
    if decision.version_end is None:
        return ""
    return str(say(m.VERSION_PAST, end=written(decision.version_end, lang)))


def error_message(error: InputError, lang: object, *, written_dates: bool = False) -> str:
    """The localized text of a refusal; the field is named by its form label. An unknown ``lang``
    cannot be answered in itself: the policy's language is used. With ``written_dates`` (the web
    form, whose date fields show dates in the reader's own way), a date is written out
    (« vendredi 20 décembre 2026 ») rather than quoted as ISO."""
    language = str(lang) if is_language(lang) else policy_language()
    gettext = translations(language).gettext
    question = BY_NAME.get(error.field)
    if question or error.field in ("", *OPTION_LABELS):
        label = gettext(question.label if question else OPTION_LABELS.get(error.field, LANGUAGE_LABEL))
    else:
        label = shown(error.field)  # keys of a file the reader edits (contact.toml), as written
    choices = ", ".join(code for code, _label in question.choices) if question else ""
    if error.code == "unknown_lang":
        choices = ", ".join(languages())

    def shown_date(day: date) -> Written | AsTyped:
        return written(day, language) if written_dates else AsTyped(day.isoformat())

    value = shown(error.value)
    if written_dates and error.code in REAL_DATE_ERRORS:
        value = format_date(date.fromisoformat(error.value), language)
    return gettext(m.ERRORS[error.code]).format(
        field=label,
        value=value,
        choices=error.choices or choices,
        line=error.value,
        limit=MAX_LINE if error.limit is None else error.limit,
        reason=shown(error.reason),
        earliest=shown_date(EARLIEST),
        latest=shown_date(LATEST),
    )
