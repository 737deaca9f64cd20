"""``make audit``: Lighthouse (mobile preset) on the policy and checker pages in fr, en and ar.

A report, not a test: Lighthouse's performance score depends on the machine's load, so every page
is audited several times (``--runs``, 3 by default) and the table gives the median of each score
and of first contentful paint, largest contentful paint and total blocking time. The runs go
round the pages in turn rather than page after page, so a burst of load elsewhere on the machine
spreads over all pages instead of sinking one. Every run starts from an empty cache and storage,
as a new reader would. The site is built for, and served from, 127.0.0.1 exactly as a static host
would serve it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from policy_site.config import ROOT
from tools.chromium import CHROMIUM, FLAGS
from tools.static_server import SiteServer, build_site

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
#: Lighthouse audit id -> column title; values in milliseconds.
METRICS = {
    "first-contentful-paint": "FCP ms",
    "largest-contentful-paint": "LCP ms",
    "total-blocking-time": "TBT ms",
}
#: Issue 15's target for the median of every page.
TARGET = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
PAGES = ("", "checker/", "en/", "en/checker/", "ar/", "ar/checker/")
RUNS = 3


@dataclass(frozen=True)
class Run:
    """One Lighthouse run of one page: the four category scores (0-100) and the metrics (ms)."""

    scores: dict[str, int]
    metrics: dict[str, float]


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        root.mkdir()
        with SiteServer(root) as server:
            build_site(root, site_url=server.url)
            runs: dict[str, list[Run]] = {page: [] for page in options.pages}
            for number in range(options.runs):
                for page in options.pages:
                    report = Path(folder) / "report.json"
                    runs[page].append(audit(server.url + page, report))
                    if options.keep:
                        keep(report, options.keep, page, number)
    print(table(runs))
    print(verdict(runs))
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tools.audit", description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS, help="Lighthouse runs per page")
    parser.add_argument(
        "--pages", nargs="+", default=list(PAGES), help="site-relative pages ('' is the home)"
    )
    parser.add_argument(
        "--keep", type=Path, help="folder where each run's full JSON report is kept (with traces)"
    )
    return parser.parse_args(argv)


def audit(url: str, report: Path) -> Run:
    command = [
        str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={' '.join(FLAGS)}",
    ]  # fmt: skip
    subprocess.run(command, check=True, env=dict(os.environ, CHROME_PATH=CHROMIUM))
    result = json.loads(report.read_text(encoding="utf-8"))
    categories, audits = result["categories"], result["audits"]
    return Run(
        scores={name: round(100 * (categories[name]["score"] or 0)) for name in CATEGORIES},
        metrics={name: float(audits[name]["numericValue"]) for name in METRICS},
    )


def keep(report: Path, folder: Path, page: str, number: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    name = (page.strip("/").replace("/", "-") or "home") + f".{number + 1}.json"
    shutil.copyfile(report, folder / name)


def table(runs: dict[str, list[Run]]) -> str:
    """Medians per page; the performance column also lists every run, to show the spread."""
    count = max(len(page_runs) for page_runs in runs.values())
    titles = ["page", "perf (runs)", *CATEGORIES[1:], *METRICS.values()]
    rows = [titles]
    for page, page_runs in runs.items():
        performance = [run.scores["performance"] for run in page_runs]
        row = [
            "/" + page,
            f"{median(performance)} ({' '.join(map(str, performance))})",
            *(str(median([run.scores[name] for run in page_runs])) for name in CATEGORIES[1:]),
            *(str(median([run.metrics[name] for run in page_runs])) for name in METRICS),
        ]
        rows.append(row)
    widths = [max(len(row[column]) for row in rows) for column in range(len(titles))]
    lines = [f"Lighthouse, mobile preset, median of {count} runs per page"]
    for row in rows:
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells))
    return "\n".join(lines)


def verdict(runs: dict[str, list[Run]]) -> str:
    """The medians below target, if any: a report's last line, not a test's exit status."""
    misses = [
        f"/{page} {name} {score}"
        for page, page_runs in runs.items()
        for name, minimum in TARGET.items()
        if (score := median([run.scores[name] for run in page_runs])) < minimum
    ]
    target = ", ".join(f"{name} >= {minimum}" for name, minimum in TARGET.items())
    return f"Target ({target}): " + ("; ".join(misses) + " below" if misses else "met")


def median(values: list[int] | list[float]) -> int:
    return round(statistics.median(values))


if __name__ == "__main__":
    sys.exit(main())
