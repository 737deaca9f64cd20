"""Turns untrusted input (CLI options, a JSON line, the web form) into a valid ``Request``.

Every refusal is an ``InputError`` with a code that the catalogs translate; nothing else is ever
raised for bad input, whatever it is. The fields, their defaults and which are required come from
``questions``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from checker.catalog import is_language, policy_language
from checker.contact import HIDDEN_CATEGORIES
from checker.model import App, Problem, Request, Support
from checker.policy import EARLIEST_DATE, LATEST_DATE
from checker.questions import LANGUAGE_KEY, QUESTIONS, TODAY, Question

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only
EARLIEST = date(*EARLIEST_DATE)
LATEST = date(*LATEST_DATE)
#: How much of a refused value an error message shows.
SHOWN_VALUE = 200
#: Longer input is refused before parsing: real requests are a few hundred characters, and deeply
#: nested JSON can exhaust the stack (fatally so inside WebAssembly).
MAX_LINE = 4096

#: The keys a request is made of, as in the CLI's JSON, the batch lines and the web form.
FIELDS = tuple(question.name for question in QUESTIONS)
DATE_QUESTIONS = tuple(question for question in QUESTIONS if question.is_date)
CHOICE_QUESTIONS = tuple(question for question in QUESTIONS if not question.is_date)


class InputError(ValueError):
    """Bad input, described by a stable ``code`` and the offending ``field`` and ``value``."""

    def __init__(
        self,
        code: str,
        field: str = "",
        value: str = "",
        choices: str = "",
        *,
        reason: str = "",
        limit: int | None = None,
    ) -> None:
        super().__init__(f"{code}: {field}={value!r}" if field else code)
        self.code = code
        self.field = field
        self.value = value
        #: What would have been accepted, when the code's own list does not say it.
        self.choices = choices
        #: Why, as the system said it ("File name too long"): shown whole, however long the value.
        self.reason = reason
        #: The limit the value went past, when the message names one.
        self.limit = limit


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are each given once (``json.loads``'s ``object_pairs_hook``): with
    a key given twice, which value was meant cannot be known, so the input is refused rather than
    the last value silently kept."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InputError("duplicate_key", "", key)
        result[key] = value
    return result


def parse_request(fields: Mapping[str, object], today: date) -> Request:
    """Validate ``fields``; a missing or empty field takes its question's default.

    Dates are checked first, then how they relate, then the choices: the order in which refusals
    are reported.
    """
    dates = {question.name: parse_date(fields, question, today) for question in DATE_QUESTIONS}
    check_dates(dates["purchased"], dates["requested"], today)
    codes = {question.name: parse_choice(fields, question) for question in CHOICE_QUESTIONS}
    return Request(
        purchased=dates["purchased"],
        requested=dates["requested"],
        problem=Problem(codes["problem"]),
        app=App(codes["app"]),
        support=Support(codes["support"]),
    )


def field_errors(fields: Mapping[str, object], today: date) -> list[InputError]:
    """Every field's refusal, in the order the form shows the fields, so that a form can mark
    each field that needs correcting at once (``parse_request`` stops at the first)."""
    errors: dict[str, InputError] = {}
    dates: dict[str, date] = {}
    for question in QUESTIONS:
        try:
            if question.is_date:
                dates[question.name] = parse_date(fields, question, today)
            else:
                parse_choice(fields, question)
        except InputError as error:
            errors[question.name] = error
    if not errors.keys() & {"purchased", "requested"}:
        try:
            check_dates(dates["purchased"], dates["requested"], today)
        except InputError as error:
            errors[error.field] = error
    return [errors[question.name] for question in QUESTIONS if question.name in errors]


def check_dates(purchased: date, requested: date, today: date) -> None:
    """A purchase cannot be in the future, nor a request be sent before the purchase; when both
    are wrong, the purchase date is the one to correct."""
    if purchased > today:
        raise InputError("purchase_in_future", "purchased", purchased.isoformat())
    if requested < purchased:
        raise InputError("request_before_purchase", "requested", requested.isoformat())


def parse_date(fields: Mapping[str, object], question: Question, today: date) -> date:
    """A strict YYYY-MM-DD calendar date within the supported range."""
    raw = given(fields, question.name)
    if raw is None:
        if question.default != TODAY:
            raise InputError("missing_field", question.name)
        raw = today.isoformat()  # "today" comes from a clock: it gets the same range check
    return parse_day(raw if isinstance(raw, str) else as_json(raw), question.name)


def parse_day(text: str, field: str) -> date:
    """``text`` as a strict YYYY-MM-DD calendar date within the supported range; ``field`` names
    it in the refusal."""
    if not ISO_DATE.fullmatch(text):
        raise InputError("invalid_date", field, text)
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise InputError("impossible_date", field, text) from None
    if not EARLIEST <= value <= LATEST:
        raise InputError("date_out_of_range", field, text)
    return value


def parse_choice(fields: Mapping[str, object], question: Question) -> StrEnum:
    """One of the question's codes; looked up by value, so no input can raise anything else."""
    raw = given(fields, question.name)
    if raw is None:
        if question.default is None:
            raise InputError("missing_field", question.name)
        assert isinstance(question.default, StrEnum)  # a choice's default is one of its codes
        return question.default
    text = raw if isinstance(raw, str) else as_json(raw)
    by_value = {code.value: code for code, _label in question.choices}
    if text not in by_value:
        raise InputError(f"unknown_{question.name}", question.name, text)
    return by_value[text]


def given(fields: Mapping[str, object], name: str) -> object:
    """The value of ``name`` with surrounding whitespace taken off, or None when it is not given:
    absent, ``null``, ``""`` and blanks all mean the same, on the command line, in a batch line and
    in the form. Text that is not valid Unicode (a lone surrogate, from JSON's ``"\\ud800"`` or
    from bytes that are not UTF-8 in an argument) is refused by its field's name, never echoed."""
    raw = fields.get(name)
    if isinstance(raw, str):
        if not is_unicode(raw):
            raise InputError("invalid_text", name)
        raw = raw.strip()
    return None if raw is None or raw == "" else raw


def is_unicode(text: str) -> bool:
    """Whether ``text`` can be written as UTF-8 (it holds no lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def as_json(value: object) -> str:
    """A value that is not text, as it was written in JSON (``5``, ``["a"]``), not as Python
    writes it."""
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return type(value).__name__


def shown(value: str) -> str:
    """A value safe to echo in a message, on a terminal or a page: control and formatting
    characters (escape sequences, bidi overrides) and lone surrogates (which strict UTF-8 cannot
    carry) written as ``\\uXXXX``, and no longer than ``SHOWN_VALUE`` characters."""
    safe = "".join(
        f"\\u{ord(char):04x}" if unicodedata.category(char) in HIDDEN_CATEGORIES else char
        for char in value
    )
    return safe if len(safe) <= SHOWN_VALUE else safe[: SHOWN_VALUE - 1] + "…"


def parse_lang(lang: object) -> str:
    """A language with a catalog; not given means the policy's own language."""
    raw = given({LANGUAGE_KEY: lang}, LANGUAGE_KEY)
    if raw is None:
        return policy_language()
    if not is_language(raw):
        raise InputError("unknown_lang", LANGUAGE_KEY, raw if isinstance(raw, str) else as_json(raw))
    return str(raw)
