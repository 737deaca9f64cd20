"""What the command line reads from outside, through real processes: the contact file (its
values end up in links), the files it is pointed at (a pipe, a device, a directory, a name too
long), and batch values that mean "not given" or are not text at all. Each refusal is the
catalog's message, names what to fix, and comes with the documented exit status."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from checker.catalog import policy_language
from checker.cli import ANSWERED, BAD_INPUT, UNUSABLE
from checker.contact import CONTACT_KEYS, DEFAULT_FILE, MAX_BYTES, load_contact
from checker.explain import error_message
from checker.parse import InputError
from policy_site.config import ROOT
from tests.support.cli import ENV, GOOD, GOOD_OPTIONS, run_checker

ONE = GOOD_OPTIONS


def checker(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    result = run_checker(*args, stdin=stdin, timeout=60)
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    return result


def said(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stderr.decode("utf-8").strip()


def batch(data: bytes, *args: str) -> list[dict[str, Any]]:
    """The answers to ``data``, whose output must be strict UTF-8 JSON, line by line."""
    result = checker("--batch", "-", *args, stdin=data)
    return [json.loads(line) for line in result.stdout.decode("utf-8", errors="strict").splitlines()]


def jsonl(*objects: dict[str, object]) -> bytes:
    return "".join(json.dumps(o) + "\n" for o in objects).encode()


# --- the contact details ------------------------------------------------------------------------


def contact_file(tmp_path: Path, key: str, value: str) -> Path:
    """The shipped contact file with one value replaced."""
    lines = DEFAULT_FILE.read_text(encoding="utf-8").splitlines()
    changed = [f"{key} = {json.dumps(value)}" if line.startswith(f"{key} =") else line for line in lines]
    assert changed != lines
    path = tmp_path / "contact.toml"
    path.write_text("\n".join(changed) + "\n", encoding="utf-8")
    return path


BAD_CONTACTS: dict[str, tuple[str, str, str]] = {
    "a Markdown link in the email": ("email", "a@b.c](javascript:alert(document.domain))", "contact_bad_email"),
    "a query in the email": ("email", "x@y.z?cc=boss%40evil.net&body=hi", "contact_bad_email"),
    "a space in the email": ("email", "sup port@example.com", "contact_bad_email"),
    "a bidi override in the company": ("company", "Smarters\u202eorP", "contact_hidden_characters"),
    "an escape sequence in the number": ("whatsapp", "+33 6\x1b[2J", "contact_hidden_characters"),
    "a zero-width space in the email": ("email", "support@exa\u200bmple.com", "contact_hidden_characters"),
    "a script URL for WhatsApp": ("whatsapp_url", "javascript:alert(1)", "contact_bad_whatsapp_url"),
    "another site for WhatsApp": ("whatsapp_url", "https://wa.me.evil.net/33600000000", "contact_bad_whatsapp_url"),
    "a query on the WhatsApp URL": ("whatsapp_url", "https://wa.me/336?text=hi", "contact_bad_whatsapp_url"),
}  # fmt: skip


@pytest.mark.parametrize("case", BAD_CONTACTS)
def test_an_unsafe_contact_detail_stops_the_command_naming_it(tmp_path: Path, case: str) -> None:
    key, value, code = BAD_CONTACTS[case]
    path = contact_file(tmp_path, key, value)
    result = checker(*ONE, "--contact", str(path), "--lang", "en")
    assert result.returncode == UNUSABLE
    assert result.stdout == b""
    assert said(result) == error_message(InputError(code, key, str(path)), "en")
    assert f"“{key}”" in said(result)
    for hidden in ("\x1b", "\u202e", "\u200b"):
        assert hidden not in said(result)


def test_a_contact_refusal_is_said_in_the_language_asked_for(tmp_path: Path) -> None:
    path = contact_file(tmp_path, "email", "x@y.z?cc=a")
    result = checker(*ONE, "--contact", str(path), "--lang", "de")
    expected = error_message(InputError("contact_bad_email", "email", str(path)), "de")
    assert said(result) == expected != error_message(InputError("contact_bad_email", "email", str(path)), "en")


def test_a_plain_address_is_accepted_and_linked_encoded(tmp_path: Path) -> None:
    """An address with characters a URL must encode (``'`` ``+``) is accepted, shown as it is,
    and its ``mailto:`` link is percent-encoded."""
    path = contact_file(tmp_path, "email", "o'brien+refunds@example.org")
    result = checker(*ONE, "--contact", str(path), "--lang", "en")
    assert result.returncode == ANSWERED, said(result)
    assert "o'brien+refunds@example.org" in result.stdout.decode()
    assert load_contact(path).mailto == "mailto:o%27brien%2Brefunds@example.org"


def test_a_broken_contact_file_names_the_keys_and_keeps_the_reason(tmp_path: Path) -> None:
    """Missing and unknown keys are named (escaped when they hold controls), and TOML's reason
    survives however long the file's name is."""
    shipped = DEFAULT_FILE.read_text(encoding="utf-8")
    cases = {
        "missing": (shipped.replace("email =", "# email ="), "contact_missing", "email"),
        "unknown": (shipped + '"e\\u001bmail" = "x"\n', "contact_unknown_key", "e\x1bmail"),  # TOML's escape
        "not TOML": (shipped + "email\n", "contact_not_toml", ""),
    }
    deep = tmp_path / ("d" * 200) / ("d" * 200)
    deep.mkdir(parents=True)
    for name, (text, code, key) in cases.items():
        path = deep / f"{name}.toml"
        path.write_text(text, encoding="utf-8")
        result = checker(*ONE, "--contact", str(path), "--lang", "en")
        assert result.returncode == UNUSABLE, name
        message = said(result)
        assert "\x1b" not in message
        if key:
            expected = InputError(code, key, str(path), ", ".join(CONTACT_KEYS))
            assert message == error_message(expected, "en"), name
        else:  # TOML's own words, whole after the cut path
            try:
                tomllib.loads(text)
            except tomllib.TOMLDecodeError as error:
                reason = str(error)
            assert message == error_message(InputError(code, "", str(path), reason=reason), "en")
            assert message.endswith(f"({reason}).")


def special_files(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """Paths that are not regular files, and the refusal each gets."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # nobody writes to it: opening it blocking would wait forever
    return {
        "/dev/zero": ("/dev/zero", "not_a_file"),
        "a named pipe": (str(fifo), "not_a_file"),
        "a directory": (str(tmp_path), "not_a_file"),
    }


def test_the_contact_file_must_be_a_small_regular_file(tmp_path: Path) -> None:
    for path, _kind in special_files(tmp_path).values():
        result = checker(*ONE, "--contact", path, "--lang", "en")
        assert result.returncode == UNUSABLE
        assert said(result) == error_message(InputError("contact_not_a_file", "", path), "en")
    big = tmp_path / "big.toml"
    big.write_bytes(DEFAULT_FILE.read_bytes() + b"#" * MAX_BYTES)
    result = checker(*ONE, "--contact", str(big), "--lang", "en")
    assert result.returncode == UNUSABLE
    assert said(result) == error_message(InputError("contact_too_large", "", str(big), limit=MAX_BYTES), "en")
    assert str(MAX_BYTES) in said(result)
    empty = checker(*ONE, "--contact", "", "--lang", "en")
    assert empty.returncode == UNUSABLE
    assert said(empty) == error_message(InputError("contact_no_file"), "en")


# --- the batch's input file ---------------------------------------------------------------------


def test_the_batch_file_must_be_a_regular_file_or_standard_input(tmp_path: Path) -> None:
    for path, _kind in special_files(tmp_path).values():
        result = checker("--batch", path, "--lang", "en")
        assert result.returncode == BAD_INPUT
        assert said(result) == error_message(InputError("input_not_a_file", "", path), "en")
    assert batch(jsonl(GOOD))[0]["outcome"]  # '-' is standard input


def test_a_long_file_name_keeps_its_reason() -> None:
    """The value is cut to what a message shows; the reason the system gave is kept whole."""
    name = "a" * 131_000  # under the kernel's limit for one argument, far over a file name's
    result = checker("--batch", name, "--lang", "en")
    assert result.returncode == BAD_INPUT
    reason = os.strerror(errno.ENAMETOOLONG)
    assert said(result) == error_message(InputError("cannot_read", "", name, reason=reason), "en")
    assert said(result).endswith(f"({reason}).")
    assert len(said(result)) < 400


# --- values that are not given, and text that is not text ---------------------------------------


NOT_GIVEN = (None, "", "   ", "\t")


def test_null_empty_and_blank_mean_not_given_in_every_field() -> None:
    """In a batch line, ``null``, ``""`` and blanks are the key left out: the field's default
    (``--lang`` for ``lang``), or the missing-field refusal for a required field."""
    rows = [GOOD]
    for blank in NOT_GIVEN:
        rows += [{**GOOD, "app": blank, "support": blank, "lang": blank}, {**GOOD, "purchased": blank}]
    baseline, *results = batch(jsonl(*rows), "--lang", "en")
    assert baseline["lang"] == "en"
    missing = error_message(InputError("missing_field", "purchased"), "en")
    for blank, defaults, refusal in zip(NOT_GIVEN, results[::2], results[1::2], strict=True):
        assert defaults == baseline, repr(blank)
        assert (refusal["error"], refusal["message"]) == ("missing_field", missing), repr(blank)


def test_surrounding_whitespace_is_ignored_in_batch_and_command_line_alike() -> None:
    padded = {key: f" {value}\t" for key, value in GOOD.items()}
    baseline, spaced_line = batch(jsonl({**GOOD, "lang": "en"}, {**padded, "lang": " en "}))
    assert spaced_line == baseline
    one = checker(*ONE, "--lang", "en", "--json")
    spaced = checker("--purchased", f" {GOOD['purchased']} ", "--requested", GOOD["requested"], "--problem", " other ", "--lang", "en ", "--json")  # fmt: skip
    assert spaced.returncode == ANSWERED, said(spaced)
    assert json.loads(spaced.stdout) == json.loads(one.stdout)
    blank = checker("--purchased", "  ", "--problem", "other", "--lang", "en")
    absent = checker("--problem", "other", "--lang", "en")
    assert blank.returncode == absent.returncode == BAD_INPUT
    assert said(blank) == said(absent)


def test_a_lone_surrogate_is_refused_by_field_and_never_echoed() -> None:
    """In any field; in a key, which is quoted, it is escaped (a backslash and letters). The
    output, read as strict UTF-8 by ``batch``, holds no surrogate."""
    fields = [*GOOD, "app", "support", "lang"]
    data = jsonl(*({**GOOD, field: "ok\ud800"} for field in fields))  # written as \ud800
    assert data.count(b"\\ud800") == len(fields)
    *results, key = batch(data + b'{"\\udc00": 1}\n', "--lang", "en")
    for field, result in zip(fields, results, strict=True):
        assert result["error"] == "invalid_text"
        # A line whose own language is unreadable is answered in the policy's language, as for
        # any unknown language.
        lang = policy_language() if field == "lang" else "en"
        assert result["message"] == error_message(InputError("invalid_text", field), lang)
    assert key["error"] == "unknown_key"
    assert "\\udc00" in key["message"]


def test_an_argument_that_is_not_utf8_is_refused_by_field() -> None:
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"checker", *(a.encode() for a in ONE[:4]), b"--problem", b"\xff", b"--lang", b"en"],
        capture_output=True, env=ENV, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert result.returncode == BAD_INPUT
    assert result.stderr.decode().strip() == error_message(InputError("invalid_text", "problem"), "en")


# --- lines that look blank ----------------------------------------------------------------------

#: Controls and separators that Python's ``str.strip`` would take for whitespace, but JSON not.
NOT_BLANK = ("\x1c", "\x1f", "\x0b", "\x0c", "\x85", "\u3000", "\u2028", "\xa0")


def test_a_line_of_controls_or_separators_is_invalid_not_blank() -> None:
    data = b"".join(char.encode() + b"\n" for char in NOT_BLANK) + b" \t \n\n" + jsonl(GOOD)
    results = batch(data, "--lang", "en")
    assert [r.get("error") for r in results] == ["invalid_json"] * len(NOT_BLANK) + [None]
    assert [r.get("line") for r in results[:-1]] == list(range(1, len(NOT_BLANK) + 1))
    assert results[0]["message"] == error_message(InputError("invalid_json", "", "1"), "en")
