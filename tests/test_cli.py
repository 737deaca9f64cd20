"""The command line end to end, as a customer or a support agent runs it (CPython only).

Each test starts ``python -m checker`` in a subprocess and reads what it prints, so argument
parsing, exit statuses, standard streams and encodings are all exercised. Every test passes
``--requested`` (or ``today``) so that none depends on the day it runs, and its dates and figures
come from the policy (the first version's effective date, its time limit), so that a new version
leaves them true.
"""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from checker.catalog import languages
from checker.check import check
from checker.cli import ANSWERED, BAD_INPUT, BAD_LINES, main
from checker.contact import load_contact
from checker.dates import format_date
from checker.explain import error_message
from checker.model import Outcome
from checker.parse import LATEST, InputError
from checker.policy import terms_of, version_on
from checker.rules import answer_window
from policy_site.config import ROOT
from tests.support.cli import LIMIT, PURCHASED, day, run_checker

Result = subprocess.CompletedProcess[bytes]
TABLE = json.loads((ROOT / "tests" / "rules" / "cases.json").read_text(encoding="utf-8"))
CASES, TABLE_VERSION = TABLE["cases"], TABLE["version"]
JSON_KEYS = {
    "outcome", "reason", "clauses", "days_since_purchase", "on_time", "deadline",
    "answer_window", "message", "next_steps", "lang",
}  # fmt: skip
#: The terms a purchase on the first version's first day is answered under.
TERMS = terms_of(version_on(PURCHASED))

#: A request that the policy refunds: not delivered, on the last day of the time limit.
LAST_DAY_FIELDS = {"purchased": day(0), "requested": day(LIMIT), "problem": "not_delivered"}
LAST_DAY = " ".join(f"--{name} {value}" for name, value in LAST_DAY_FIELDS.items())
#: The day after the purchase: on time whatever the limit.
DAY_1 = f"--purchased {day(0)} --requested {day(1)}"


def run(args: str | list[str], stdin: str | bytes | None = None) -> Result:
    """``python -m checker ARGS`` from the repository root (a string is split on spaces)."""
    return run_checker(*(args.split() if isinstance(args, str) else args), stdin=stdin)


def out(result: Result) -> str:
    return result.stdout.decode("utf-8")


def err(result: Result) -> str:
    return result.stderr.decode("utf-8")


# --- one check ------------------------------------------------------------------------------------


def test_text_answer() -> None:
    """Without --json: the answer as the rule module words it (its headline, message, facts with
    the dates written out, and next steps) and the clauses it rests on."""
    today = date.fromisoformat(day(LIMIT))
    result = run(f"{LAST_DAY} --today {today} --lang en")
    assert result.returncode == ANSWERED, err(result)
    text = out(result)
    answer = check(LAST_DAY_FIELDS, "en", today)
    assert answer.decision.outcome is Outcome.FULL_REFUND  # what LAST_DAY is for
    for line in (answer.title, answer.message, *answer.facts, *answer.next_steps):
        assert line in text
    assert format_date(today, "en") in text  # the deadline
    last = answer_window(today, TERMS)[1]
    assert format_date(last, "en") in text  # the last jour ouvrable
    assert ", ".join(clause.value for clause in answer.decision.clauses) in text
    assert load_contact().email in text
    assert err(result) == ""


def test_json_answer() -> None:
    """--json prints one object with the documented keys and the policy's values."""
    result = run(f"{LAST_DAY} --lang en --json")
    assert result.returncode == ANSWERED, err(result)
    answer = json.loads(out(result))
    assert set(answer) >= JSON_KEYS
    assert {key: answer[key] for key in JSON_KEYS - {"message", "next_steps"}} == {
        "outcome": "full_refund",
        "reason": "not_delivered",
        "clauses": ["clause-1-1", "clause-2"],
        "days_since_purchase": LIMIT,
        "on_time": True,
        "deadline": day(LIMIT),
        "answer_window": [each.isoformat() for each in answer_window(date.fromisoformat(day(LIMIT)), TERMS)],
        "lang": "en",
    }
    assert answer["message"].strip()
    assert answer["next_steps"] and all(step.strip() for step in answer["next_steps"])


def test_json_without_refund_has_no_window() -> None:
    """The day after the time limit, support not contacted: no refund yet, so no answer window
    (null)."""
    late = f"--purchased {day(0)} --requested {day(LIMIT + 1)} --problem not_delivered --json"
    answer = json.loads(out(run(late)))
    assert (answer["outcome"], answer["reason"], answer["on_time"]) == (
        "contact_support_first",
        "late",
        False,
    )
    assert answer["answer_window"] is None


def test_defaults_are_smarters_pro_not_contacted_french() -> None:
    """--app smarters_pro, --support not_contacted and --lang fr when not given."""
    bare = f"{DAY_1} --problem not_working --json"
    implicit = json.loads(out(run(bare)))
    explicit = json.loads(out(run(f"{bare} --app smarters_pro --support not_contacted --lang fr")))
    assert implicit == explicit
    assert implicit["lang"] == "fr"
    # not_working on Smarters Pro, support not contacted yet: send to support (clause-1-2).
    assert implicit["reason"] == "support_attempt_required"


def test_requested_defaults_to_today(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --requested the request is sent today, the date the caller passes in."""
    argv = ["--purchased", day(0), "--problem", "not_delivered", "--json"]
    assert main(argv, today=date.fromisoformat(day(LIMIT + 1))) == 0
    answer = json.loads(capsys.readouterr().out)
    assert (answer["days_since_purchase"], answer["on_time"]) == (LIMIT + 1, False)


@pytest.mark.parametrize("lang", languages())
def test_every_language(lang: str) -> None:
    result = run(f"{LAST_DAY} --lang {lang} --json")
    assert result.returncode == ANSWERED, err(result)
    assert json.loads(out(result))["lang"] == lang


# --- bad input: exit 2, a localized message, no traceback -----------------------------------------

BAD_INPUTS: dict[str, tuple[str, InputError]] = {
    "unknown problem": (
        f"{DAY_1} --problem refund_me",
        InputError("unknown_problem", "problem", "refund_me"),
    ),
    "unknown app": (f"{LAST_DAY} --app vlc", InputError("unknown_app", "app", "vlc")),
    "unknown support": (
        f"{LAST_DAY} --support maybe",
        InputError("unknown_support", "support", "maybe"),
    ),
    "unknown language": (f"{LAST_DAY} --lang tlh", InputError("unknown_lang", "lang", "tlh")),
    "month 13": (
        f"--purchased {PURCHASED.year}-13-01 --requested {day(1)} --problem other",
        InputError("impossible_date", "purchased", f"{PURCHASED.year}-13-01"),
    ),
    "30 February": (
        f"--purchased {PURCHASED.year}-02-30 --requested {day(1)} --problem other",
        InputError("impossible_date", "purchased", f"{PURCHASED.year}-02-30"),
    ),
    "not ISO": (
        f"--purchased {PURCHASED:%d/%m/%Y} --requested {day(1)} --problem other",
        InputError("invalid_date", "purchased", f"{PURCHASED:%d/%m/%Y}"),
    ),
    "request before purchase": (
        f"--purchased {day(0)} --requested {day(-1)} --problem other",
        InputError("request_before_purchase", "requested", day(-1)),
    ),
    "no purchase date": (
        f"--requested {day(1)} --problem other",
        InputError("missing_field", "purchased"),
    ),
    "no problem": (DAY_1, InputError("missing_field", "problem")),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_refused_in_french_by_default(name: str) -> None:
    args, error = BAD_INPUTS[name]
    result = run(args)
    assert result.returncode == BAD_INPUT
    assert out(result) == ""
    assert "Traceback" not in err(result)
    assert err(result).strip() == error_message(error, "fr")
    if error.code != "unknown_lang":
        assert err(result).strip() != error_message(error, "en"), "not translated into French"


@pytest.mark.parametrize("name", sorted(set(BAD_INPUTS) - {"unknown language"}))
def test_bad_input_is_refused_in_english_with_lang_en(name: str) -> None:
    args, error = BAD_INPUTS[name]
    result = run(f"{args} --lang en")
    assert result.returncode == BAD_INPUT
    assert "Traceback" not in err(result)
    assert err(result).strip() == error_message(error, "en")


def test_bad_input_messages_in_english_say_what_is_wrong() -> None:
    """The English texts are the message ids: check two of them word for word."""
    problem = run(f"{DAY_1} --problem x --lang en")
    assert err(problem).startswith("“x” is not a valid choice for “What is the problem?”.")
    assert "not_delivered, not_working" in err(problem)
    date_ = run(f"--purchased {PURCHASED.year}-02-30 --requested {day(1)} --problem other --lang en")
    assert f"“{PURCHASED.year}-02-30” is not a real calendar date" in err(date_)


# --- batch mode -----------------------------------------------------------------------------------


def line(**fields: str) -> str:
    return json.dumps(fields)


GOOD = line(purchased=day(0), requested=day(LIMIT), problem="not_delivered")
GOOD_EN = line(purchased=day(0), requested=day(LIMIT + 1), problem="not_delivered", lang="en")
MIXED = [
    GOOD,
    "{not json",
    "[1, 2, 3]",
    line(purchased=day(0), requested=day(1), problem="refund_me"),
    GOOD_EN,
    line(purchased=day(0), requested=day(1), problem="other", lang="tlh"),
    '"just a string"',
]
MIXED_ERRORS = {
    2: "invalid_json",
    3: "not_an_object",
    4: "unknown_problem",
    6: "unknown_lang",
    7: "not_an_object",
}


def parse_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(row) for row in text.splitlines()]


def check_mixed(results: list[dict[str, Any]]) -> None:
    """One result per line, in order; the bad ones are refusals that name their line."""
    assert len(results) == len(MIXED)
    for number, result in enumerate(results, start=1):
        if number in MIXED_ERRORS:
            assert result["error"] == MIXED_ERRORS[number]
            assert result["message"].strip()
            assert result["line"] == number
        else:
            assert "error" not in result
    assert (results[0]["outcome"], results[0]["lang"]) == ("full_refund", "fr")
    assert (results[4]["outcome"], results[4]["lang"]) == ("contact_support_first", "en")


def test_batch_file_with_bad_lines(tmp_path: Path) -> None:
    batch = tmp_path / "requests.jsonl"
    batch.write_text("\n".join(MIXED) + "\n", encoding="utf-8")
    result = run(["--batch", str(batch)])
    assert result.returncode == BAD_LINES
    assert "Traceback" not in err(result)
    check_mixed(parse_lines(out(result)))


def test_batch_stdin_with_bad_lines() -> None:
    result = run("--batch -", stdin="\n".join(MIXED) + "\n")
    assert result.returncode == BAD_LINES
    check_mixed(parse_lines(out(result)))


def test_batch_all_good_exits_0() -> None:
    result = run("--batch -", stdin=f"{GOOD}\n{GOOD_EN}\n")
    assert result.returncode == ANSWERED
    assert [r["outcome"] for r in parse_lines(out(result))] == [
        "full_refund",
        "contact_support_first",
    ]


def test_batch_gives_the_table_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every case of the rule table that the version of its purchase date answers with the
    table's figures, through batch mode: the command line answers as the rules do."""
    cases = [case for case in CASES if version_on(date.fromisoformat(case["input"]["purchased"])).number == TABLE_VERSION]
    batch = tmp_path / "cases.jsonl"
    batch.write_text("".join(json.dumps(case["input"]) + "\n" for case in cases), "utf-8")
    # The last day the checker accepts: no purchase of the table is in the future.
    assert main(["--batch", str(batch)], today=LATEST) == 0
    answers = parse_lines(capsys.readouterr().out)
    for case, answer in zip(cases, answers, strict=True):
        assert {key: answer[key] for key in case["expected"]} == case["expected"], case["name"]


def test_batch_of_5000_lines_comes_back_whole_and_in_order() -> None:
    """Support agents send thousands of lines: all of them come back, in order (how fast is
    ``make bench``'s business)."""
    rows = [
        line(
            purchased=day(0),
            requested=day(1 + n % 9),
            problem=("not_delivered", "not_working", "other")[n % 3],
            support=("not_contacted", "pending", "resolved", "unresolved")[n % 4],
        )
        for n in range(5000)
    ]
    result = run("--batch -", stdin="\n".join(rows) + "\n")
    assert result.returncode == ANSWERED, err(result)
    results = parse_lines(out(result))
    assert len(results) == 5000
    assert all("outcome" in r for r in results)
    assert [r["days_since_purchase"] for r in results[:3]] == [1, 2, 3]


def test_batch_line_that_is_not_utf8_is_a_bad_line() -> None:
    """A file saved in another encoding must not stop the batch: that line is refused."""
    data = f"{GOOD}\n".encode() + b'{"problem": "caf\xe9"}\n' + f"{GOOD_EN}\n".encode()
    result = run("--batch -", stdin=data)
    assert "Traceback" not in err(result)
    results = parse_lines(out(result))
    assert len(results) == 3
    assert "error" in results[1] and "error" not in results[2]


def test_batch_value_with_lone_surrogate_is_a_bad_line() -> None:
    r"""JSON may escape a lone surrogate (``"\ud800"``): the field is refused by name, and the
    output stays strict UTF-8, with nothing of the surrogate echoed."""
    bad = json.dumps({"purchased": day(0), "requested": day(1), "problem": "\ud800"})
    result = run("--batch -", stdin=f"{bad}\n{GOOD}\n")
    assert "Traceback" not in err(result)
    results = parse_lines(result.stdout.decode("utf-8", errors="strict"))
    assert "ud800" not in out(result)
    assert [r.get("error") for r in results] == ["invalid_text", None]
    assert results[0]["message"] == error_message(InputError("invalid_text", "problem"), "fr")
