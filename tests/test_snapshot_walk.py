"""The snapshot's walk is derived from the checker's questions and decision table: it reaches every
answer the rules give and the refusals the page can meet, in every language, and the answers the
worker checks a stored snapshot against are the checker's own."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from checker.catalog import languages
from checker.model import Outcome, Reason
from checker.web import check_json
from policy_site.bundle import answers_digest
from policy_site.snapshot_walk import walk


def answers() -> list[dict[str, Any]]:
    return [json.loads(check_json(request)) for request in walk()]


def test_the_walk_reaches_every_outcome_and_every_reason() -> None:
    given = answers()
    assert {answer.get("outcome") for answer in given} >= set(Outcome)
    assert {answer.get("reason") for answer in given} >= set(Reason)


def test_the_walk_meets_the_refusals_and_every_language() -> None:
    given = answers()
    assert {"missing_field", "invalid_date", "purchase_in_future", "request_before_purchase",
            "unknown_lang", "invalid_json", "not_an_object"} <= {a.get("error") for a in given}  # fmt: skip
    assert {answer["lang"] for answer in given if "lang" in answer} == set(languages())


def test_the_first_request_is_a_complete_form_that_gets_an_answer() -> None:
    """The first request is the one a restored snapshot answers first: an answer, not an error."""
    first = answers()[0]
    assert "error" not in first and first["outcome"] in set(Outcome)


def test_the_walk_does_not_depend_on_the_day() -> None:
    """Every request says its own day, so its answers are the same whenever the site is built."""
    assert all(json.loads(request)["today"] for request in walk() if request.startswith("{"))


def test_the_worker_checks_a_snapshot_against_the_checkers_own_answers(built_site: Path) -> None:
    (worker,) = (built_site / "assets" / "checker").glob("checker-worker.*.js")
    source = worker.read_text(encoding="utf-8")
    shipped_walk = json.loads(re.search(r"const WALK = (.*);\n", source)[1])  # type: ignore[index]
    shipped_digest = json.loads(re.search(r"const WALK_ANSWERS = (.*);\n", source)[1])  # type: ignore[index]
    assert tuple(shipped_walk) == walk()
    assert shipped_digest == answers_digest([check_json(request) for request in walk()])
