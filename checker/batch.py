"""Batch mode: JSON Lines in, one JSON result per line out, in order, never stopping at a bad line.

A line is one JSON object with the keys of the questions and ``lang``. The reader accepts what
editors and spreadsheets write (a UTF-8 byte order mark, CRLF or CR line ends), skips blank lines,
and never holds more than one line's worth of bytes, however long a line is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, BinaryIO

from checker.check import check
from checker.contact import Contact
from checker.explain import error_message
from checker.parse import FIELDS, MAX_LINE, InputError, is_unicode, unique_keys
from checker.questions import LANGUAGE_KEY

#: The keys a line may have.
LINE_KEYS = (*FIELDS, LANGUAGE_KEY)
BOM = "\ufeff"
#: A line longer than this many bytes is longer than ``MAX_LINE`` characters too (UTF-8 uses at
#: most four bytes a character): the reader keeps no more than this of any line.
MAX_LINE_BYTES = 4 * MAX_LINE
CHUNK = 1 << 16
LINE_END = re.compile(rb"\r\n|\r|\n")
#: What a blank line may hold: JSON's own whitespace. A line of other controls or separators
#: (``\x1c``, ``\x0b``, U+0085, U+3000) is not blank but damaged, and is said to be.
JSON_BLANKS = " \t\r\n"


class TooLong:
    """A line the reader did not keep: longer than ``MAX_LINE_BYTES``."""


class InputUnreadable(OSError):
    """The batch's input could not be read (as opposed to its output not written)."""


def run_batch(
    lines: Iterable[str | bytes | TooLong],
    today: date,
    contact: Contact | None = None,
    lang: object = None,
) -> Iterator[dict[str, Any]]:
    """One result per non-blank line: the ``--json`` object, or ``{"error", "message", "line"}``
    (``line`` is the line's number in the input, blank lines included). ``lang`` is the language
    of lines that do not say theirs."""
    for number, line in enumerate(lines, start=1):
        line_lang = lang
        try:
            fields = parse_line(line, number)
            if fields is None:
                continue
            line_lang = language_of(fields, lang)
            yield check(fields, line_lang, today, contact).to_json()
        except InputError as error:
            yield {"error": error.code, "message": error_message(error, line_lang), "line": number}


def language_of(fields: dict[str, Any], lang: object) -> object:
    """The line's language, or ``lang`` when the line does not give one (absent, ``null``, ``""``
    or blank: the same for every field)."""
    raw = fields.get(LANGUAGE_KEY)
    if isinstance(raw, str):
        raw = raw.strip()
    return lang if raw is None or raw == "" else raw


def parse_line(line: str | bytes | TooLong, number: int) -> dict[str, Any] | None:
    """One JSON object with known keys, each given once; None for a blank line."""
    if isinstance(line, TooLong):
        raise InputError("line_too_long", "", str(number))
    try:
        text = line.decode("utf-8") if isinstance(line, bytes) else line
    except UnicodeDecodeError:
        raise InputError("invalid_json", "", str(number)) from None
    if number == 1:
        text = text.removeprefix(BOM)
    if not text.strip(JSON_BLANKS):
        return None
    if len(text) > MAX_LINE:
        raise InputError("line_too_long", "", str(number))
    try:
        fields = json.loads(text, object_pairs_hook=unique_keys)
    except InputError:
        raise
    except (ValueError, RecursionError):
        raise InputError("invalid_json", "", str(number)) from None
    if not isinstance(fields, dict):
        raise InputError("not_an_object", "", str(number))
    for key in fields:
        if key not in LINE_KEYS:
            raise InputError("unknown_key", "", key, choices=", ".join(LINE_KEYS))
    return fields


def read_lines(stream: BinaryIO) -> Iterator[bytes | TooLong]:
    """The lines of ``stream``, split at LF, CRLF or CR, without their ends; a line longer than
    ``MAX_LINE_BYTES`` comes as ``TooLong``, its bytes read and dropped as they come."""
    current = bytearray()
    too_long = False
    after_cr = False  # a CR ended the last chunk: an LF starting the next one belongs to it
    while chunk := read_chunk(stream):
        if after_cr and chunk.startswith(b"\n"):
            chunk = chunk[1:]
        after_cr = chunk.endswith(b"\r")
        start = 0
        for end in LINE_END.finditer(chunk):
            too_long = keep(current, chunk[start : end.start()], too_long)
            yield TooLong() if too_long else bytes(current)
            current.clear()
            too_long = False
            start = end.end()
        too_long = keep(current, chunk[start:], too_long)
    if current or too_long:
        yield TooLong() if too_long else bytes(current)


def keep(current: bytearray, piece: bytes, too_long: bool) -> bool:
    """Adds ``piece`` to the line, unless the line is already, or thereby becomes, too long."""
    if too_long or len(current) + len(piece) > MAX_LINE_BYTES:
        current.clear()
        return True
    current.extend(piece)
    return False


def read_chunk(stream: BinaryIO) -> bytes:
    """What the stream has now (up to ``CHUNK``): a line typed or piped in is answered at once,
    not when 64 KB have come."""
    read = getattr(stream, "read1", stream.read)
    try:
        chunk: bytes = read(CHUNK)
        return chunk
    except OSError as error:
        raise InputUnreadable(error.errno, error.strerror) from None


def to_line(result: dict[str, Any]) -> str:
    """A JSON line in strict UTF-8. No value can hold a lone surrogate (``parse.given`` refuses
    them, ``parse.shown`` escapes them in messages); were one to slip through, it is replaced
    rather than written as ``\\ud800``, which strict JSON parsers reject."""
    line = json.dumps(result, ensure_ascii=False)
    return line if is_unicode(line) else line.encode("utf-8", "replace").decode("utf-8")
