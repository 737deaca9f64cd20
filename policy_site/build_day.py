"""The day the site is built for: it decides which version of the policy is in force on the pages
(a version published ahead of its day is *upcoming* until then). It is also the maintainers' today:
the day their tools date what they record (a translation, a new language) and compare with.

The build's day is today in France, where the policy's days are counted, unless
``BUILD_DATE=YYYY-MM-DD`` gives another: a reproducible build, or a look at the site as it will be
on the day a version takes effect. A rebuild on that day (the daily scheduled build) is what puts
a new version in force.

The reader's day is another (``reader_day``): the checker page answers as of the browser's own
date.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

from checker.parse import InputError, parse_day

SETTING = "BUILD_DATE"
#: The policy's days are French days: a version takes effect at midnight in Paris.
POLICY_TIME_ZONE = ZoneInfo("Europe/Paris")


class BuildDayError(ValueError):
    """``BUILD_DATE`` is not a real day written ``YYYY-MM-DD``."""


def build_day() -> date:
    """The day the pages are built for (the docstring of this module)."""
    raw = os.environ.get(SETTING, "").strip()
    if not raw:
        return datetime.now(POLICY_TIME_ZONE).date()
    try:
        return parse_day(raw, SETTING)  # the checker's own reading of a day
    except InputError:
        raise BuildDayError(
            f"{SETTING}={raw[:40]!r} is not a day written YYYY-MM-DD (for example "
            f"{SETTING}=2027-01-01); leave it unset to build for today"
        ) from None


def reader_day() -> date:
    """A reader's today: the date of the machine the browser runs on, which the checker page fills
    the request date with and answers as of. The tests and ``make bench`` drive a browser on this
    machine, so their readers' day is this machine's local date, not the build's (Paris's)."""
    return date.today()
