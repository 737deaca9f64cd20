"""The decision table: every distinct answer the rules give to each problem, with the inputs that
lead to it, found by asking ``decide`` about every combination of the answers that matter.

It is what the checker page shows without JavaScript, so it must never be written by hand.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from datetime import timedelta
from enum import StrEnum
from typing import Any

from checker.clauses import Clause
from checker.model import Outcome, Problem, Reason, Request
from checker.policy import REQUEST_DEADLINE_DAYS, Version
from checker.questions import QUESTIONS, Question
from checker.rules import decide


class TableError(ValueError):
    """The inputs leading to one answer are not a plain product of values: a table row could not
    describe them truthfully."""


@dataclass(frozen=True, slots=True)
class Row:
    """One answer to one problem, and the inputs that lead to it.

    ``on_time`` holds True, False or both; ``answers`` holds, for each question that matters to
    the problem and does not take every value in this row, the codes that lead here.
    """

    problem: Problem
    on_time: frozenset[bool]
    answers: tuple[tuple[Question, frozenset[StrEnum]], ...]
    outcome: Outcome
    reason: Reason
    clauses: tuple[Clause, ...]


def decision_rows(version: Version) -> list[Row]:
    """For each problem, one row per distinct decision, in the order the form lists problems, for
    a purchase under ``version`` (the site shows the version in force on the day it is built)."""
    return [row for problem in Problem for row in rows_for(problem, version)]


def rows_for(problem: Problem, version: Version) -> list[Row]:
    questions = [question for question in QUESTIONS if problem in question.shown_when]
    dimensions = [(True, False), *(tuple(code for code, _l in q.choices) for q in questions)]
    groups: dict[tuple[Outcome, Reason, tuple[Clause, ...]], list[tuple[Any, ...]]] = {}
    for combo in itertools.product(*dimensions):
        on_time, *codes = combo
        limit = REQUEST_DEADLINE_DAYS.on(version)
        days = limit if on_time else limit + 1
        purchase = version.effective
        request = Request(purchase, purchase + timedelta(days=days), problem)
        chosen: dict[str, Any] = {q.name: code for q, code in zip(questions, codes, strict=True)}
        decision = decide(replace(request, **chosen))
        groups.setdefault((decision.outcome, decision.reason, decision.clauses), []).append(combo)
    rows = []
    for (outcome, reason, clauses), combos in groups.items():
        values: list[frozenset[Any]] = [
            frozenset(combo[i] for combo in combos) for i in range(len(dimensions))
        ]
        size = 1
        for found in values:
            size *= len(found)
        if size != len(combos):
            raise TableError(f"decision table: {problem} {reason} is not a product of inputs")
        narrowed = tuple(
            (question, found)
            for question, found in zip(questions, values[1:], strict=True)
            if len(found) < len(question.choices)
        )
        rows.append(Row(problem, values[0], narrowed, outcome, reason, clauses))
    return rows
