"""Batch mode: JSON Lines in, one JSON result per line out, in order, never stopping at a bad line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from checker.check import check
from checker.contact import Contact
from checker.explain import error_message
from checker.parse import InputError
from checker.questions import LANGUAGE_KEY

#: Longer lines are refused before parsing: real requests are a few hundred bytes, and deeply
#: nested JSON can exhaust the stack (fatally so inside WebAssembly).
MAX_LINE = 4096


def run_batch(
    lines: Iterable[str | bytes], today: date, contact: Contact | None = None
) -> Iterator[dict[str, Any]]:
    """One result object per input line: the ``--json`` object, or ``{"error", "message", "line"}``."""
    for number, line in enumerate(lines, start=1):
        lang: object = None
        try:
            fields = parse_line(line, number)
            lang = fields.get(LANGUAGE_KEY)
            yield check(fields, lang, today, contact).to_json()
        except InputError as error:
            yield {"error": error.code, "message": error_message(error, lang), "line": number}


def parse_line(line: str | bytes, number: int) -> dict[str, Any]:
    """One JSON object; undecodable bytes, overlong or malformed lines are ``invalid_json``."""
    try:
        text = line.decode("utf-8") if isinstance(line, bytes) else line
        if len(text) > MAX_LINE:
            raise ValueError("line too long")
        fields = json.loads(text)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        raise InputError("invalid_json", "", str(number)) from None
    if not isinstance(fields, dict):
        raise InputError("not_an_object", "", str(number))
    return fields


def to_line(result: dict[str, Any]) -> str:
    """A JSON line; text that cannot be UTF-8 (a lone surrogate echoed back) is escaped."""
    line = json.dumps(result, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(result)
    return line
