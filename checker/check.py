"""The one entry point of every adapter (command line, batch mode, browser): parse, decide, explain."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from checker.contact import Contact, load_contact
from checker.explain import Answer, explain
from checker.parse import parse_lang, parse_request
from checker.rules import decide


def check(
    fields: Mapping[str, object], lang: object, today: date, contact: Contact | None = None
) -> Answer:
    """The answer to ``fields`` in ``lang``; bad input raises ``InputError``, whose text
    ``explain.error_message`` gives. ``today`` is the caller's: the rules never read a clock."""
    language = parse_lang(lang)
    decision = decide(parse_request(fields, today), today=today)
    return explain(decision, language, contact or load_contact(), today)
