"""``make bench``'s last line says, for each of issue 26's start-up targets, the figure measured
and whether it is met; each engine's marks are told in the order they came, up to ready."""

from __future__ import annotations

from typing import Any

import pytest

from tools.bench import TARGETS, median_marks, verdict

RECIPE_MS = 4000.0
FLOOR_KB = 3441.0


def figures(cold: float, warm: float, above_kb: float, webkit: list[str]) -> dict[str, Any]:
    """Figures as ``make bench`` gathers them, at the given ratios to the recipe."""
    return {
        "ready_cold_ms": cold * RECIPE_MS,
        "baseline_ready_cold_ms": RECIPE_MS,
        "ready_warm_ms": warm * RECIPE_MS,
        "baseline_ready_warm_ms": RECIPE_MS,
        "bytes_before_ready_kb": FLOOR_KB + above_kb,
        "startup_floor_kb": FLOOR_KB,
        "engines": {"webkit": {"second_visit": webkit}},
    }


MET = {
    "cold": TARGETS["cold_ratio"],
    "warm": TARGETS["warm_ratio"],
    "above_kb": TARGETS["above_floor_kb"],
    "webkit": [TARGETS["webkit_second_visit"]],
}
MISSED = {
    "cold": TARGETS["cold_ratio"] + 0.05,
    "warm": TARGETS["warm_ratio"] + 0.05,
    "above_kb": TARGETS["above_floor_kb"] + 1,
    "webkit": ["not kept by the engine"],
}


def test_a_run_that_meets_every_target_says_so() -> None:
    line = verdict(figures(**MET))
    assert line.startswith("Targets: ") and "NOT MET" not in line
    assert line.count(": met") == len(TARGETS)


@pytest.mark.parametrize("missed", sorted(MISSED))
def test_each_target_missed_is_said_missed_and_the_others_met(missed: str) -> None:
    parts = verdict(figures(**{**MET, missed: MISSED[missed]})).removeprefix("Targets: ").split("; ")
    assert [part.endswith("NOT MET") for part in parts] == [name == missed for name in MET]


def test_the_marks_are_medians_in_their_order_up_to_ready() -> None:
    timelines = [
        [("worker:wasm-compiled", 400.0), ("worker:python-started", 900.0), ("checker-ready", 1000.0),
         ("worker:snapshot-stored", 1300.0)],
        [("worker:wasm-compiled", 500.0), ("worker:python-started", 800.0), ("checker-ready", 1100.0)],
        [("worker:wasm-compiled", 600.0), ("worker:python-started", 1000.0), ("checker-ready", 1200.0)],
    ]  # fmt: skip
    assert median_marks(timelines, "checker-ready") == {
        "wasm-compiled": 500, "python-started": 900, "checker-ready": 1100,
    }  # fmt: skip
