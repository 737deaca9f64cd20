"""Checks per second of the rule module, the same code on CPython and inside Pyodide."""

from __future__ import annotations

import json
import time
from datetime import date
from itertools import cycle

from checker.batch import run_batch, to_line
from checker.catalog import languages
from checker.model import Problem, Support
from checker.web import check_json


def payloads() -> list[str]:
    """A mix of problems, support answers, languages and delays (on time and late)."""
    result = []
    for i, (problem, support, lang) in enumerate(
        (p, s, lang) for p in Problem for s in Support for lang in languages()
    ):
        fields = {
            "purchased": "2026-11-02",
            "requested": f"2026-11-{3 + i % 20:02d}",
            "problem": problem,
            "support": support,
        }
        result.append(
            json.dumps(
                {
                    "fields": fields,
                    "lang": lang,
                    "today": "2026-11-26",
                }
            )
        )
    return result


def checks_per_second(seconds: float = 2.0) -> float:
    """Runs ``check_json`` (parse, decide, explain, serialise) for about ``seconds``."""
    source = cycle(payloads())
    for _ in range(200):  # warm the catalogs and caches first
        check_json(next(source))
    done, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for _ in range(100):
            check_json(next(source))
        done += 100
    return done / elapsed


def batch_lines_per_second(lines: int = 20_000) -> float:
    """Batch mode end to end in memory: JSON line in, JSON line out."""
    source = cycle(json.loads(payload)["fields"] | {"lang": "en"} for payload in payloads())
    text = [json.dumps(next(source)) for _ in range(lines)]
    start = time.perf_counter()
    for result in run_batch(text, date(2026, 11, 26)):
        to_line(result)
    return lines / (time.perf_counter() - start)
