"""The policy as the tests read it, from its homes: the version in force on the day the site is
built, and where its French text and translations are in ``docs/`` (the root while it is the
newest version, its archive folder while a newer one is upcoming)."""

from __future__ import annotations

import re
from pathlib import Path

from checker.policy import Version, archive_path, latest_version, version_on
from policy_site.build_day import build_day
from policy_site.config import DOCS, ROOT
from policy_site.translations import change_day, translation_path
from policy_site.versions import french_of_version


def in_force() -> Version:
    """The version the site built for the tests (for today) shows at its root."""
    return version_on(build_day())


def french_in_force(project: Path = ROOT) -> Path:
    """The French text in force in ``project`` (the tree, or a copy of it)."""
    return french_of_version(project / DOCS.relative_to(ROOT), in_force())


def source_in_force(lang: str, project: Path = ROOT) -> Path:
    """The file the policy page of ``lang`` in force is built from, in ``project``."""
    return translation_path(french_in_force(project), lang)


def newest_path() -> str:
    """Where the site built today publishes ``docs/index.<lang>.md``, the newest version: at the
    root (``""``) once it is in force, under ``versions/<date>/`` while it is upcoming."""
    return "" if in_force() == latest_version() else archive_path(latest_version())


def dated_today(source: str, french: Path) -> str:
    """``source``, the new text of the French page ``french``, with its ``updated:`` moved to the
    day of a change made now, as the README asks of every change of the French: today, in Paris,
    unless the clock is set back before its translations' records."""
    day = change_day(french)
    return re.sub(r"(?m)^updated: .*$", f"updated: {day.isoformat()}", source, count=1)
