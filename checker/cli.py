"""The command line: ``refund-check`` / ``python -m checker``, one check or a batch.

Exit status: 0 answered; 1 a batch had bad lines (all others answered); 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from checker.batch import run_batch, to_line
from checker.catalog import languages, policy_language
from checker.check import check
from checker.contact import DEFAULT_FILE, Contact, load_contact
from checker.explain import Answer, error_message
from checker.parse import InputError
from checker.questions import LANGUAGE_KEY, QUESTIONS, TODAY, Question


def main(argv: Sequence[str] | None = None, today: date | None = None) -> int:
    args = parser().parse_args(argv)
    today = today or date.today()
    contact = load_contact(Path(args.contact))
    if args.batch is not None:
        try:
            return batch(args.batch, today, contact)
        except OSError:
            error = InputError("cannot_read", "", args.batch)
            print(error_message(error, policy_language()), file=sys.stderr)
            return 2
    lang = getattr(args, LANGUAGE_KEY)
    try:
        fields = {question.name: getattr(args, question.name) for question in QUESTIONS}
        result = check(fields, lang, today, contact)
    except InputError as error:
        print(error_message(error, lang), file=sys.stderr)
        return 2
    print(json.dumps(result.to_json(), ensure_ascii=False) if args.json else as_text(result))
    return 0


def parser() -> argparse.ArgumentParser:
    """One option per question, named and documented from it."""
    p = argparse.ArgumentParser(
        prog="refund-check",
        description="Tells whether the Smarters Pro refund policy gives a refund, by when, "
        "and what to send.",
    )
    for question in QUESTIONS:
        p.add_argument(f"--{question.name}", metavar=metavar(question), help=help_text(question))
    p.add_argument(
        f"--{LANGUAGE_KEY}",
        help=f"{' | '.join(languages())} (default: {policy_language()})",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--batch", metavar="FILE", help="JSON Lines in ('-' for standard input)")
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


def batch(source: str, today: date, contact: Contact) -> int:
    """Lines are read as bytes, so one line that is not UTF-8 is one bad line, not a crash."""
    stream: BinaryIO = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115
    bad = 0
    with stream:
        for result in run_batch(stream, today, contact):
            bad += "error" in result
            sys.stdout.write(to_line(result) + "\n")
    return 1 if bad else 0


def as_text(result: Answer) -> str:
    """A readable answer for a terminal."""
    lines = [result.title, "", result.message, ""]
    lines += [f"• {fact}" for fact in result.facts] + [""]
    lines += [f"{n}. {step}" for n, step in enumerate(result.next_steps, start=1)] + [""]
    lines += [f"– {item}" for item in result.what_to_send] + [""]
    lines += ["§ " + ", ".join(clause.value for clause in result.decision.clauses), ""]
    lines.append(result.disclaimer)
    return "\n".join(lines)
