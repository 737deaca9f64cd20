"""Turns untrusted input (CLI options, a JSON line, the web form) into a valid ``Request``.

Every refusal is an ``InputError`` with a code that the catalogs translate; nothing else is ever
raised for bad input, whatever it is. The fields, their defaults and which are required come from
``questions``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from checker.catalog import is_language, policy_language
from checker.model import App, Problem, Request, Support
from checker.policy import EARLIEST_DATE, LATEST_DATE
from checker.questions import QUESTIONS, TODAY, Question

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only
EARLIEST = date(*EARLIEST_DATE)
LATEST = date(*LATEST_DATE)

#: The keys a request is made of, as in the CLI's JSON, the batch lines and the web form.
FIELDS = tuple(question.name for question in QUESTIONS)
DATE_QUESTIONS = tuple(question for question in QUESTIONS if question.is_date)
CHOICE_QUESTIONS = tuple(question for question in QUESTIONS if not question.is_date)


class InputError(ValueError):
    """Bad input, described by a stable ``code`` and the offending ``field`` and ``value``."""

    def __init__(self, code: str, field: str = "", value: str = "") -> None:
        super().__init__(f"{code}: {field}={value!r}" if field else code)
        self.code = code
        self.field = field
        self.value = value


def parse_request(fields: Mapping[str, object], today: date) -> Request:
    """Validate ``fields``; a missing or empty field takes its question's default.

    Dates are checked first, then how they relate, then the choices: the order in which refusals
    are reported.
    """
    dates = {question.name: parse_date(fields, question, today) for question in DATE_QUESTIONS}
    if dates["requested"] < dates["purchased"]:
        raise InputError("request_before_purchase", "requested", dates["requested"].isoformat())
    codes = {question.name: parse_choice(fields, question) for question in CHOICE_QUESTIONS}
    return Request(
        purchased=dates["purchased"],
        requested=dates["requested"],
        problem=Problem(codes["problem"]),
        app=App(codes["app"]),
        support=Support(codes["support"]),
    )


def parse_date(fields: Mapping[str, object], question: Question, today: date) -> date:
    """A strict YYYY-MM-DD calendar date within the supported range."""
    raw = fields.get(question.name)
    if raw is None or raw == "":
        if question.default != TODAY:
            raise InputError("missing_field", question.name)
        raw = today.isoformat()  # "today" comes from a clock: it gets the same range check
    text = raw.strip() if isinstance(raw, str) else repr(raw)
    if not ISO_DATE.fullmatch(text):
        raise InputError("invalid_date", question.name, text)
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise InputError("impossible_date", question.name, text) from None
    if not EARLIEST <= value <= LATEST:
        raise InputError("date_out_of_range", question.name, text)
    return value


def parse_choice(fields: Mapping[str, object], question: Question) -> StrEnum:
    """One of the question's codes; looked up by value, so no input can raise anything else."""
    raw = fields.get(question.name)
    if raw is None or raw == "":
        if question.default is None:
            raise InputError("missing_field", question.name)
        assert isinstance(question.default, StrEnum)  # a choice's default is one of its codes
        return question.default
    text = raw.strip() if isinstance(raw, str) else repr(raw)
    by_value = {code.value: code for code, _label in question.choices}
    if text not in by_value:
        raise InputError(f"unknown_{question.name}", question.name, text)
    return by_value[text]


def parse_lang(raw: object) -> str:
    """A language with a catalog; empty means the policy's own language."""
    if raw is None or raw == "":
        return policy_language()
    if not is_language(raw):
        raise InputError("unknown_lang", "lang", str(raw))
    return str(raw)
