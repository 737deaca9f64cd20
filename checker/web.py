"""The browser adapter: the Web Worker calls ``check_json`` with the form's fields as JSON.

It returns JSON too, so nothing but strings crosses between JavaScript and Python, and every
input, however malformed, gets an answer or localized errors rather than an exception; a key given
twice is refused, as batch mode refuses it, rather than one of its values kept. Unlike the
command line, the form has no defaults: a question it shows and the customer left unanswered, or
emptied (the request date the page fills in with the reader's today, then cleared), is an error at
that question, never a default. Dates in its errors are written out, as the reader reads them in
the date field, not as ISO.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from checker.check import check
from checker.explain import error_message
from checker.parse import MAX_LINE, InputError, field_errors, given, unique_keys
from checker.questions import QUESTIONS


def check_json(payload: str) -> str:
    """``{"fields": {...}, "lang", "today"}`` -> the answer, or ``{"error", "field", "message",
    "errors": [every field's {"field", "message"}]}``."""
    return json.dumps(answer_payload(payload), ensure_ascii=False)


def answer_payload(payload: str) -> dict[str, Any]:
    lang: object = None
    try:
        if len(payload) > MAX_LINE:
            raise ValueError("payload too long")
        try:
            data = json.loads(payload, object_pairs_hook=unique_keys)
        except InputError:
            lang = stated_language(payload)  # a key given twice: said in the reader's language
            raise
        lang = data.get("lang")
        today = date.fromisoformat(str(data["today"]))
        fields = data.get("fields")
        if not isinstance(fields, dict):
            raise InputError("not_an_object", "", "1")
        missing = unanswered(fields)
        try:
            answer = check(fields, lang, today)
        except InputError as error:
            return refusal(error, lang, in_form_order(field_errors(fields, today) + missing) or [error])
        if missing:
            return refusal(missing[0], lang, missing)
        return answer.to_json()
    except InputError as error:
        return refusal(error, lang, [error])
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        # A malformed message from our own page script: a bug, reported as such, never a crash.
        bug = InputError("invalid_json", "", "1")
        return refusal(bug, lang, [bug])


def stated_language(payload: str) -> object:
    """The ``lang`` a payload states, read leniently (a key given twice keeps its last value)."""
    data = json.loads(payload)
    return data.get("lang") if isinstance(data, dict) else None


def unanswered(fields: dict[str, object]) -> list[InputError]:
    """The questions the form shows for the chosen problem that have no answer: never a default."""
    problem = fields.get("problem")
    return [
        InputError("missing_field", question.name)
        for question in QUESTIONS
        if question.asked_for(problem) and not answered(fields, question.name)
    ]


def answered(fields: dict[str, object], name: str) -> bool:
    """Whether ``name`` has a value, read as every adapter reads one: absent, ``null``, ``""`` and
    blanks are none. A value that is not text is an answer, refused by its own error."""
    try:
        return given(fields, name) is not None
    except InputError:
        return True


def in_form_order(errors: list[InputError]) -> list[InputError]:
    """One error per field, in the order the form shows the fields."""
    by_field = {error.field: error for error in reversed(errors)}
    return [by_field[question.name] for question in QUESTIONS if question.name in by_field]


def refusal(error: InputError, lang: object, errors: list[InputError]) -> dict[str, Any]:
    """The first error (the one the command line would give) and every field's."""
    return {
        "error": error.code,
        "field": error.field,
        "message": error_message(error, lang, written_dates=True),
        "errors": [
            {
                "code": each.code,
                "field": each.field,
                "message": error_message(each, lang, written_dates=True),
            }
            for each in errors
        ],
    }
