"""Runs the scenario table ``cases.json``: the policy's answers, written by hand from its text.

The table is data so that someone who reads the policy but not Python can review it; this module
only feeds each case's input to the rules and compares the decision with the expected one. The
cases were counted by hand with the figures of one version of the policy (the table says which),
so they are run with that version's figures, whatever versions come after it.
"""

from __future__ import annotations

import json
from datetime import date
from itertools import product
from pathlib import Path
from typing import Any

import pytest

from checker.clauses import Clause
from checker.explain import decision_json
from checker.model import App, Decision, Outcome, Problem, Reason, Support
from checker.parse import parse_request
from checker.policy import VERSIONS, terms_of
from checker.rules import decide

TABLE = Path(__file__).with_name("cases.json")
DATA: dict[str, Any] = json.loads(TABLE.read_text(encoding="utf-8"))
CASES: list[dict[str, Any]] = DATA["cases"]
TERMS = terms_of(next(v for v in VERSIONS if v.number == DATA["version"]))
#: Every case gives its request date, so "today" must never be used; a far date would show it.
UNUSED_TODAY = date(2199, 12, 31)


#: What ``cases.json`` states of each decision.
EXPECTED_KEYS = (
    "outcome", "reason", "clauses", "on_time", "days_since_purchase", "deadline", "answer_window",
)  # fmt: skip


def as_table_row(decision: Decision) -> dict[str, Any]:
    """A decision written the way ``cases.json`` writes its expected outputs (the first keys of
    the answer's JSON object)."""
    codes = decision_json(decision)
    return {key: codes[key] for key in EXPECTED_KEYS}


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_case(case: dict[str, Any]) -> None:
    """The rules give exactly the answer the policy gives to this case."""
    request = parse_request(case["input"], today=UNUSED_TODAY)
    assert as_table_row(decide(request, TERMS)) == case["expected"]


# --- the table itself: a reviewer can trust it covers the policy -------------------------------


def test_names_are_unique() -> None:
    """Names are the test ids; a duplicate would hide a case."""
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))


def test_every_case_names_an_existing_clause() -> None:
    """The ``clause`` that justifies a case is one of the policy page's ids."""
    ids = {clause.value for clause in Clause}
    assert [case["name"] for case in CASES if case["clause"] not in ids] == []


def test_every_case_gives_every_input_and_output() -> None:
    """No case relies on a default: each states the whole request and the whole answer."""
    inputs = {"purchased", "requested", "problem", "app", "support"}
    for case in CASES:
        assert set(case["input"]) == inputs, case["name"]
        assert set(case["expected"]) == set(EXPECTED_KEYS), case["name"]


def test_every_code_appears() -> None:
    """Each problem, app, support answer, outcome and reason is exercised at least once."""
    seen = {key: {case["input"][key] for case in CASES} for key in ("problem", "app", "support")}
    assert seen["problem"] == {problem.value for problem in Problem}
    assert seen["app"] == {app.value for app in App}
    assert seen["support"] == {support.value for support in Support}
    assert {case["expected"]["outcome"] for case in CASES} == {o.value for o in Outcome}
    assert {case["expected"]["reason"] for case in CASES} == {r.value for r in Reason}


def test_every_branch_is_covered_on_time_and_late() -> None:
    """clause-1-1 and clause-1-2 depend on support and on clause-2: every pair, both sides of day 7.

    For ``not_working`` the pair must be met on one of the two apps clause-1-2 names; the
    exclusions and ``other`` must be met on time and late.
    """
    seen = {
        (case["input"]["problem"], case["input"]["support"], case["expected"]["on_time"])
        for case in CASES
        if case["input"]["problem"] != Problem.NOT_WORKING or case["input"]["app"] != App.OTHER
    }
    needed = set(
        product((Problem.NOT_DELIVERED, Problem.NOT_WORKING), list(Support), (True, False))
    )
    assert needed - seen == set()
    for problem in set(Problem) - {Problem.NOT_DELIVERED, Problem.NOT_WORKING}:
        sides = {
            case["expected"]["on_time"] for case in CASES if case["input"]["problem"] == problem
        }
        assert sides == {True, False}, problem


def test_edge_days_are_in_the_table() -> None:
    """The day of the purchase, the last two days on time and the first day late: each edge of
    clause-2's time limit appears in the table."""
    limit = TERMS.request_deadline_days
    days = {case["expected"]["days_since_purchase"] for case in CASES}
    assert {0, limit - 1, limit, limit + 1} <= days
