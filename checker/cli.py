"""The command line: ``refund-check`` / ``python -m checker``, one check or a batch.

Exit status: 0 answered; 1 a batch had bad lines (every other line answered); 2 bad input (an
option, a value, an input file that cannot be read); 3 the answer cannot be written, or the
contact details or the catalogs cannot be used; 130 interrupted (Ctrl-C); 141 the reader of the
output went away (a closed pipe, as with ``| head``), quietly.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Sequence
from datetime import date
from typing import BinaryIO

from checker.batch import InputUnreadable, read_lines, run_batch, to_line
from checker.catalog import CatalogsMissing, languages, policy_language
from checker.check import check
from checker.contact import (
    CONTACT_KEYS,
    DEFAULT_FILE,
    MAX_BYTES,
    Contact,
    ContactError,
    load_contact,
)
from checker.explain import Answer, error_message
from checker.files import NotARegularFile, open_regular
from checker.parse import InputError, parse_day
from checker.policy import archive_path
from checker.questions import LANGUAGE_KEY, QUESTIONS, TODAY, TODAY_KEY, Question

ANSWERED, BAD_LINES, BAD_INPUT, UNUSABLE, INTERRUPTED, CLOSED_PIPE = 0, 1, 2, 3, 130, 141


class OutputFailed(OSError):
    """The answer could not be written to standard output."""


class OutputClosed(OutputFailed):
    """The command was started with its standard output closed (``>&-``)."""


def entry() -> None:
    """The ``refund-check`` command: a closed pipe ends the process as it does for any Unix tool."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())


def main(argv: Sequence[str] | None = None, today: date | None = None) -> int:
    try:
        return run(argv, today or date.today())
    except KeyboardInterrupt:
        return INTERRUPTED
    except BrokenPipeError:
        silence_stdout()
        return CLOSED_PIPE
    except CatalogsMissing as error:  # no catalog, so no language to say it in but English
        print(f"refund-check: {error}", file=sys.stderr)
        return UNUSABLE


def run(argv: Sequence[str] | None, today: date) -> int:
    args = parser().parse_args(argv)
    lang = getattr(args, LANGUAGE_KEY)
    lang = lang.strip() if isinstance(lang, str) else lang
    try:
        contact = load_contact(args.contact)
    except ContactError as error:
        return refuse(contact_refusal(error), lang, UNUSABLE)
    try:
        if args.today is not None:
            today = parse_day(args.today.strip(), TODAY_KEY)
        if args.batch is not None:
            return batch(args.batch, today, contact, lang)
        fields = {question.name: getattr(args, question.name) for question in QUESTIONS}
        result = check(fields, lang, today, contact)
        write(json.dumps(result.to_json(), ensure_ascii=False) if args.json else as_text(result))
        return ANSWERED
    except InputError as error:
        return refuse(error, lang, BAD_INPUT)
    except NotARegularFile:
        return refuse(InputError("input_not_a_file", "", args.batch), lang, BAD_INPUT)
    except InputUnreadable as error:
        unreadable = InputError("cannot_read", "", args.batch, reason=str(error.strerror))
        return refuse(unreadable, lang, BAD_INPUT)
    except OutputClosed:
        return refuse(InputError("output_closed"), lang, UNUSABLE)
    except OutputFailed as error:
        silence_stdout()
        return refuse(InputError("cannot_write", "", str(error.strerror)), lang, UNUSABLE)


def refuse(error: InputError, lang: object, status: int) -> int:
    print(error_message(error, lang), file=sys.stderr)
    return status


def contact_refusal(error: ContactError) -> InputError:
    """The contact file's problem, to be said in the reader's language: which file, which key,
    and the detail (TOML's own words, the system's) as the reason, which no cut can drop."""
    limit = MAX_BYTES if error.code == "contact_too_large" else None
    known = ", ".join(CONTACT_KEYS)
    return InputError(error.code, error.key, error.path, known, reason=error.reason, limit=limit)


def parser() -> argparse.ArgumentParser:
    """One option per question, named and documented from it."""
    p = argparse.ArgumentParser(
        prog="refund-check",
        description="Tells whether the Smarters Pro refund policy gives a refund, by when, "
        "and what to send.",
        epilog=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    for question in QUESTIONS:
        p.add_argument(f"--{question.name}", metavar=metavar(question), help=help_text(question))
    p.add_argument(
        f"--{LANGUAGE_KEY}",
        help=f"{' | '.join(languages())} (default: {policy_language()})",
    )
    p.add_argument(
        f"--{TODAY_KEY}",
        metavar="YYYY-MM-DD",
        help="answer as of this day (default: today): the default request date, the version of "
        "the policy in force and the latest possible purchase follow it",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--batch",
        metavar="FILE",
        help="JSON Lines in ('-' for standard input), one JSON object per line out",
    )
    p.add_argument(
        "--contact", default=str(DEFAULT_FILE), metavar="FILE", help="contact details (TOML)"
    )
    return p


def metavar(question: Question) -> str:
    return "YYYY-MM-DD" if question.is_date else "CODE"


def help_text(question: Question) -> str:
    """The question's label (the message id, in English), its choices and its default."""
    parts = [question.label]
    if question.choices:
        parts.append(" | ".join(code for code, _label in question.choices))
    if question.required:
        parts.append("(required)")
    elif question.default == TODAY:
        parts.append("(default: today)")
    else:
        parts.append(f"(default: {question.default})")
    return " ".join(parts)


def batch(source: str, today: date, contact: Contact, lang: object) -> int:
    """Lines are read as bytes, so one line that is not UTF-8 is one bad line, not a crash."""
    bad = 0
    with open_input(source) as stream:
        for result in run_batch(read_lines(stream), today, contact, lang):
            bad += "error" in result
            write(to_line(result))  # line by line: a reader at the other end of a pipe waits
    return BAD_LINES if bad else ANSWERED


def open_input(source: str) -> BinaryIO:
    """Standard input for ``-``, else a regular file (``NotARegularFile`` for anything else)."""
    try:
        return sys.stdin.buffer if source == "-" else open_regular(source)
    except NotARegularFile:
        raise
    except OSError as error:
        raise InputUnreadable(error.errno, error.strerror) from None


def write(text: str) -> None:
    """Writes a line to standard output; any failure but a closed pipe is an ``OutputFailed``."""
    if sys.stdout is None:  # started with standard output closed (``>&-``)
        raise OutputClosed()
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputFailed(error.errno, error.strerror) from None


def silence_stdout() -> None:
    """Points standard output at /dev/null, so that the interpreter's last flush of what could
    not be written does not print a traceback of its own."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass


def as_text(result: Answer) -> str:
    """A readable answer for a terminal."""
    lines = [result.title, "", result.message, ""]
    if result.version_note:
        page = result.decision.terms.version
        lines += [result.version_note, ""] if result.decision.current else [
            f"{result.version_note} ({archive_path(page)})", ""
        ]
    lines += [f"• {fact}" for fact in result.facts] + [""]
    lines += [f"{n}. {step}" for n, step in enumerate(result.next_steps, start=1)] + [""]
    if result.what_to_send:
        lines += [f"– {item}" for item in result.what_to_send] + [""]
    lines += ["§ " + ", ".join(clause.value for clause in result.decision.clauses), ""]
    lines += [result.disclaimer, result.answered_on]
    return "\n".join(lines)
