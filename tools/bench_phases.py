"""Where the checker page's start-up time goes: the page's and the worker's performance marks and
the runtime's downloads, from navigation, cold (fresh profile) and warm (reload), as medians.

    python -m tools.bench_phases URL [URL ...] [--runs 5]

Each URL is a checker page already served (``make bench`` builds and serves its own site; this
tool measures sites you serve, so that two builds can be compared in the same run: the runs go
round the URLs in turn). Worker times are moved onto the page's clock (``performance.timeOrigin``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
from typing import Any

from playwright.sync_api import Page, Playwright, sync_playwright

from tools.bench import fresh_context, mark_time, ready_time

#: Each entry's name, its end, and which end: a mark's start, a download's last byte.
ENTRIES = """JSON.stringify({
  origin: performance.timeOrigin,
  entries: performance.getEntries()
    .filter((e) => e.entryType === "mark" || e.entryType === "resource")
    .map((e) => [e.entryType === "mark" ? e.name : e.name.split("/").pop().split("?")[0],
                 e.entryType === "mark" ? e.startTime : e.responseEnd]),
})"""
#: Resource names are shortened: content hashes differ between builds.
SHORT = {"checker-worker": "worker script", "checker-page": "page script", "checker": "checker zip"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args(argv)
    samples: dict[str, dict[str, list[float]]] = {url: {} for url in options.urls}
    with sync_playwright() as playwright:
        for _ in range(options.runs):
            for url in options.urls:
                for name, value in visit(playwright, url).items():
                    samples[url].setdefault(name, []).append(value)
    for url, found in samples.items():
        print(f"\n{url} (median of {options.runs}, ms from navigation)")
        medians = {name: statistics.median(values) for name, values in found.items()}
        for name, value in sorted(medians.items(), key=lambda item: item[1]):
            print(f"  {value:8.0f}  {name}")
    return 0


def visit(playwright: Playwright, url: str) -> dict[str, float]:
    """Every entry of a cold visit and of a warm reload, as ``cold <name>`` / ``warm <name>``."""
    found: dict[str, float] = {}
    with fresh_context(playwright) as context:
        page = context.context.new_page()
        page.goto(url)
        found |= entries(page, "cold")
        with contextlib.suppress(TimeoutError):  # a build whose worker makes no snapshot
            mark_time(page, "worker:snapshot-stored", timeout_s=30)  # kept for the reload
        page.wait_for_load_state("networkidle")
        page.reload()
        found |= entries(page, "warm")
    return found


def entries(page: Page, visit: str) -> dict[str, float]:
    ready_time(page)
    found: dict[str, float] = {}
    own = json.loads(page.evaluate(ENTRIES))
    sources: list[tuple[str, dict[str, Any]]] = [("page", own)]
    for worker in page.workers:
        sources.append(("worker", json.loads(worker.evaluate(ENTRIES))))
    for where, source in sources:
        shift = source["origin"] - own["origin"]
        if where == "worker":
            found[f"{visit} worker start"] = shift
        for name, end in source["entries"]:
            if name.startswith("worker:"):
                continue  # the page's copy of a worker mark: the worker's own is exact
            short = next((label for prefix, label in SHORT.items() if name.startswith(prefix)), name)
            found.setdefault(f"{visit} {short}", end + shift)
    return found


if __name__ == "__main__":
    sys.exit(main())
