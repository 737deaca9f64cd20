"""Runs the test suite with the clock set to other days (``make test-days``), to prove that no test
depends on the day it runs: year ends, a leap day, a change to summer time, a French public
holiday.

    python -m tools.test_days [--day 2027-01-01T12:00Z ...] [pytest arguments]

Each run is the whole pytest suite under Debian's libfaketime (``faketime``), which moves the clock
of the test process and of every process it starts (the command line, the builds, Node, Chromium)
by the same offset, so they all agree on the day and the clock still runs. Three things cannot
run under libfaketime, and ``real_clock_env`` starts them on the machine's clock: Firefox does not
start at all; threads' timed waits never end (the dev server's file watcher); and a descriptor the
command closes is reused by libfaketime itself. Where one of them builds the site, it builds for
the test run's day (``BUILD_DATE``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from policy_site.build_day import SETTING as BUILD_DATE
from policy_site.build_day import build_day
from policy_site.config import ROOT

#: The days of issue 26, at midday in Paris (noon UTC is the same day everywhere in Europe and
#: the Americas), plus an evening when Paris has passed midnight and UTC has not.
DAYS: tuple[str, ...] = (
    "2026-12-06T12:00Z",  # a catalog's creation date is held by the snapshot (the red test)
    "2026-12-31T12:00Z",  # a year's last day: deadlines fall in the next year
    "2027-01-01T12:00Z",  # a public holiday and a new year
    "2027-02-28T12:00Z",  # the day before 1 March in a common year
    "2028-02-29T12:00Z",  # a leap day
    "2027-03-28T12:00Z",  # summer time starts in Paris that night
    "2027-05-01T12:00Z",  # Fête du travail, a French public holiday
    "2026-12-31T23:30Z",  # already 1 January in Paris, still 31 December in UTC
)
FAKETIME = "faketime"
#: The variables through which libfaketime reaches a process.
FAKE_CLOCK_KEYS = ("LD_PRELOAD", "FAKETIME", "FAKETIME_DONT_FAKE_MONOTONIC", "DONT_FAKE_MONOTONIC")


def real_clock_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """``env`` (the process's own by default) without libfaketime, and with ``BUILD_DATE`` set to
    the day the test run is at, for a process that cannot run under libfaketime (see above). Under
    the real clock it changes nothing but pins the build's day to the test's."""
    cleaned = {
        key: value
        for key, value in (os.environ if env is None else env).items()
        if key not in FAKE_CLOCK_KEYS or (key == "LD_PRELOAD" and "faketime" not in value)
    }
    cleaned.setdefault(BUILD_DATE, build_day().isoformat())
    return cleaned


def offset_seconds(moment: datetime, now: float) -> int:
    """libfaketime's relative offset (``+N`` seconds) that puts ``now`` at ``moment``."""
    return round(moment.timestamp() - now)


def parse_moment(text: str) -> datetime:
    """``2027-01-01T12:00Z`` (UTC); refuses anything else with a message."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not YYYY-MM-DDTHH:MMZ") from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no time zone: end it with Z (UTC)")
    return moment.astimezone(UTC)


def run_day(moment: datetime, pytest_args: Sequence[str]) -> tuple[int, float]:
    """The suite with the clock at ``moment``: pytest's exit status and the run's seconds."""
    started = time.monotonic()
    command = [
        FAKETIME, "-m", "-f", f"{offset_seconds(moment, time.time()):+d}",
        sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *pytest_args,
    ]  # fmt: skip
    environment = {key: value for key, value in os.environ.items() if key != BUILD_DATE}
    status = subprocess.run(command, cwd=ROOT, env=environment, check=False).returncode
    return status, time.monotonic() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], allow_abbrev=False)
    parser.add_argument(
        "--day", dest="days", action="append", type=parse_moment,
        help="a moment to run at, YYYY-MM-DDTHH:MMZ (repeatable; default: the days listed in DAYS)",
    )  # fmt: skip
    args, pytest_args = parser.parse_known_args(argv)
    if not shutil.which(FAKETIME):
        print("faketime is missing: make test-days installs it (apt-get install faketime)", file=sys.stderr)
        return 2
    moments = args.days or [parse_moment(day) for day in DAYS]
    results = []
    for moment in moments:
        print(f"\n=== the suite on {moment:%Y-%m-%d %H:%M} UTC ===", flush=True)
        results.append((moment, *run_day(moment, pytest_args)))
    print("\nday (UTC)          result   time")
    for moment, status, seconds in results:
        print(f"{moment:%Y-%m-%d %H:%M}   {'passed' if status == 0 else 'FAILED'}   {seconds:5.0f} s")
    return 0 if all(status == 0 for _, status, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
