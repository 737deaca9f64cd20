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

from checker.answer import Answer, Contact, answer, error_message
from checker.batch import parse_lang, run_batch, to_line
from checker.catalog import DEFAULT_LANGUAGE
from checker.contact import DEFAULT_CONFIG, load_contact
from checker.parse import InputError, parse_request


def main(argv: Sequence[str] | None = None, today: date | None = None) -> int:
    args = parser().parse_args(argv)
    today = today or date.today()
    contact = load_contact(Path(args.config))
    if args.batch is not None:
        try:
            return batch(args.batch, today, contact)
        except OSError:
            error = InputError("cannot_read", "", args.batch)
            print(error_message(error, DEFAULT_LANGUAGE), file=sys.stderr)
            return 2
    lang = DEFAULT_LANGUAGE
    try:
        lang = parse_lang(args.lang)
        fields = {
            key: getattr(args, key)
            for key in ("purchased", "requested", "problem", "app", "support")
        }
        result = answer(parse_request(fields, today), lang, contact)
    except InputError as error:
        print(error_message(error, lang), file=sys.stderr)
        return 2
    print(json.dumps(result.to_json(), ensure_ascii=False) if args.json else as_text(result))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="refund-check",
        description="Tells whether the Smarters Pro refund policy gives a refund, by when, "
        "and what to send.",
    )
    p.add_argument("--purchased", metavar="YYYY-MM-DD", help="date of purchase")
    p.add_argument("--requested", metavar="YYYY-MM-DD", help="date the request is sent (today)")
    p.add_argument(
        "--problem",
        help="not_delivered | not_working | changed_mind | unsupported_device | "
        "internet_connection | other",
    )
    p.add_argument("--app", help="smarters_pro (default) | smarters_pro_lite | other")
    p.add_argument("--support", help="not_contacted (default) | pending | resolved | unresolved")
    p.add_argument("--lang", help="fr (default) | en | es | de | it | pt | nl | ar")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--batch", metavar="FILE", help="JSON Lines in ('-' for standard input)")
    p.add_argument("--config", default=str(DEFAULT_CONFIG), help="mkdocs.yml with extra.contact")
    return p


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
