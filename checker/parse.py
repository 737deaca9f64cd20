"""Turns untrusted input (CLI flags, a JSON line, a web form) into a valid ``Request``.

Every refusal is an ``InputError`` with a code that the catalogs translate; nothing else is ever
raised for bad input, whatever it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import TypeVar

from checker.model import App, Problem, Request, Support
from checker.policy import EARLIEST_DATE, LATEST_DATE

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only
EARLIEST = date(*EARLIEST_DATE)
LATEST = date(*LATEST_DATE)

#: The keys a request is made of, as in the CLI's JSON, the batch lines and the web form.
FIELDS = ("purchased", "requested", "problem", "app", "support")

E = TypeVar("E", bound=StrEnum)


class InputError(ValueError):
    """Bad input, described by a stable ``code`` and the offending ``field`` and ``value``."""

    def __init__(self, code: str, field: str = "", value: str = "") -> None:
        super().__init__(f"{code}: {field}={value!r}" if field else code)
        self.code = code
        self.field = field
        self.value = value


def parse_request(fields: Mapping[str, object], today: date) -> Request:
    """Validate ``fields``; a missing or empty ``requested`` means ``today``."""
    purchased = parse_date(fields, "purchased", default=None)
    requested = parse_date(fields, "requested", default=today)
    if requested < purchased:
        raise InputError("request_before_purchase", "requested", requested.isoformat())
    return Request(
        purchased=purchased,
        requested=requested,
        problem=parse_code(fields, "problem", Problem, default=None),
        app=parse_code(fields, "app", App, default=App.SMARTERS_PRO),
        support=parse_code(fields, "support", Support, default=Support.NOT_CONTACTED),
    )


def parse_date(fields: Mapping[str, object], key: str, default: date | None) -> date:
    """A strict YYYY-MM-DD calendar date within the supported range."""
    raw = fields.get(key)
    if raw is None or raw == "":
        if default is None:
            raise InputError("missing_field", key)
        raw = default.isoformat()  # "today" comes from a clock: it gets the same range check
    text = raw.strip() if isinstance(raw, str) else repr(raw)
    if not ISO_DATE.fullmatch(text):
        raise InputError("invalid_date", key, text)
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise InputError("impossible_date", key, text) from None
    if not EARLIEST <= value <= LATEST:
        raise InputError("date_out_of_range", key, text)
    return value


def parse_code(fields: Mapping[str, object], key: str, kind: type[E], default: E | None) -> E:
    """One of the codes of ``kind``; looked up by value, so no input can raise anything else."""
    raw = fields.get(key)
    if raw is None or raw == "":
        if default is None:
            raise InputError("missing_field", key)
        return default
    text = raw.strip() if isinstance(raw, str) else repr(raw)
    by_value: dict[str, E] = {member.value: member for member in kind}
    if text not in by_value:
        raise InputError(f"unknown_{key}", key, text)
    return by_value[text]
