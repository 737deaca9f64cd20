"""Checks per second of the rule module, the same code on CPython and inside Pyodide."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from itertools import cycle

from checker.batch import run_batch, to_line
from checker.catalog import languages
from checker.model import Problem, Support
from checker.policy import VERSIONS, terms_of
from checker.questions import QUESTIONS
from checker.web import check_json

#: A purchase on the first version's first day, and the day of the answers, after every request.
PURCHASED = VERSIONS[0].effective
TODAY = PURCHASED + timedelta(days=3 * terms_of(VERSIONS[0]).request_deadline_days)


def payloads() -> list[str]:
    """A mix of problems, support answers, languages and delays (on time and late), each a form
    the page could send: every question the problem asks answered."""
    limit = terms_of(VERSIONS[0]).request_deadline_days
    result = []
    for i, (problem, support, lang) in enumerate(
        (p, s, lang) for p in Problem for s in Support for lang in languages()
    ):
        asked = {q.name: q.choices[0][0] for q in QUESTIONS if q.choices and q.asked_for(problem)}
        fields = asked | {
            "purchased": PURCHASED.isoformat(),
            "requested": (PURCHASED + timedelta(days=1 + i % (2 * limit))).isoformat(),
            "problem": problem,
            "support": support,
        }
        result.append(json.dumps({"fields": fields, "lang": lang, "today": TODAY.isoformat()}))
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
    for result in run_batch(text, TODAY):
        to_line(result)
    return lines / (time.perf_counter() - start)
