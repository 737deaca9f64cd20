"""The browser adapter: the Web Worker calls ``check_json`` with the form's fields as JSON.

It returns JSON too, so nothing but strings crosses between JavaScript and Python, and every
input, however malformed, gets an answer or a localized error rather than an exception.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from checker.answer import Contact, answer, error_message
from checker.batch import MAX_LINE, parse_lang
from checker.catalog import DEFAULT_LANGUAGE
from checker.parse import InputError, parse_request


def check_json(payload: str) -> str:
    """``{"fields": {...}, "lang", "today", "contact": {"email", "whatsapp"}}`` -> result JSON."""
    return json.dumps(check(payload), ensure_ascii=False)


def check(payload: str) -> dict[str, Any]:
    lang = DEFAULT_LANGUAGE
    try:
        if len(payload) > MAX_LINE:
            raise ValueError("payload too long")
        data = json.loads(payload)
        lang = parse_lang(data.get("lang"))
        contact = Contact(
            email=str(data["contact"]["email"]), whatsapp=str(data["contact"]["whatsapp"])
        )
        today = date.fromisoformat(str(data["today"]))
        fields = data.get("fields")
        if not isinstance(fields, dict):
            raise InputError("not_an_object", "", "1")
        return answer(parse_request(fields, today), lang, contact).to_json()
    except InputError as error:
        return {"error": error.code, "field": error.field, "message": error_message(error, lang)}
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        # A malformed message from our own page script: a bug, reported as such, never a crash.
        return {
            "error": "invalid_json",
            "field": "",
            "message": error_message(InputError("invalid_json", "", "1"), lang),
        }
