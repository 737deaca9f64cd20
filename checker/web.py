"""The browser adapter: the Web Worker calls ``check_json`` with the form's fields as JSON.

It returns JSON too, so nothing but strings crosses between JavaScript and Python, and every
input, however malformed, gets an answer or localized errors rather than an exception.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from checker.check import check
from checker.explain import error_message
from checker.parse import MAX_LINE, InputError, field_errors


def check_json(payload: str) -> str:
    """``{"fields": {...}, "lang", "today"}`` -> the answer, or ``{"error", "field", "message",
    "errors": [every field's {"field", "message"}]}``."""
    return json.dumps(answer_payload(payload), ensure_ascii=False)


def answer_payload(payload: str) -> dict[str, Any]:
    lang: object = None
    try:
        if len(payload) > MAX_LINE:
            raise ValueError("payload too long")
        data = json.loads(payload)
        lang = data.get("lang")
        today = date.fromisoformat(str(data["today"]))
        fields = data.get("fields")
        if not isinstance(fields, dict):
            raise InputError("not_an_object", "", "1")
        try:
            return check(fields, lang, today).to_json()
        except InputError as error:
            return refusal(error, lang, field_errors(fields, today) or [error])
    except InputError as error:
        return refusal(error, lang, [error])
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        # A malformed message from our own page script: a bug, reported as such, never a crash.
        bug = InputError("invalid_json", "", "1")
        return refusal(bug, lang, [bug])


def refusal(error: InputError, lang: object, errors: list[InputError]) -> dict[str, Any]:
    """The first error (the one the command line would give) and every field's."""
    return {
        "error": error.code,
        "field": error.field,
        "message": error_message(error, lang),
        "errors": [
            {"code": each.code, "field": each.field, "message": error_message(each, lang)}
            for each in errors
        ],
    }
