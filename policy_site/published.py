"""Which text of the policy the site publishes where, on the day it is built.

``docs/index.<lang>.md`` holds the newest version, which ``make policy-version`` may have started
ahead of the day it takes effect; ``docs/versions/<date>/`` holds every other version, frozen. On
the build day, the version in force is published at the site's root (``/``, ``/<lang>/``) and every
other one under ``versions/<its date>/``. While the newest version is upcoming, the build reads a
copy of ``docs/`` with the two swapped, so that every hook sees the ordinary layout: the text in
force at the root, the others in ``versions/``.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from datetime import date
from pathlib import Path

from checker.catalog import policy_language
from checker.policy import Version, archive_path, latest_version, version_on
from policy_site.versions import POLICY_PAGE, SEARCH_EXCLUDED, excluded_from_search

_staged: dict[tuple[str, date], Path] = {}
#: Each staged copy and the ``docs/`` it was made from.
_sources: dict[Path, Path] = {}


def swapped(day: date) -> tuple[Version, Version] | None:
    """(the version in force, the newest) when they differ on ``day``; None when the newest
    version is in force and ``docs/`` is published as it is."""
    in_force, newest = version_on(day), latest_version()
    return None if in_force == newest else (in_force, newest)


def published_docs(docs: Path, day: date) -> Path:
    """``docs`` as the site publishes it on ``day``: itself, or a copy where the version in force
    is at the root and the newest one under ``versions/<its date>/``."""
    if (versions := swapped(day)) is None:
        return docs
    key = (str(docs.resolve()), day)
    if key not in _staged:
        _staged[key] = Path(tempfile.mkdtemp(prefix="policy-docs-"))
        atexit.register(shutil.rmtree, _staged[key], True)
    stage(docs, _staged[key], *versions)
    _sources[_staged[key]] = docs
    return _staged[key]


def source_docs(docs: Path) -> Path:
    """The ``docs/`` a published copy was made from (``docs`` itself when it is no copy): the
    checks of the text against the rules and of the translations read the sources."""
    return _sources.get(docs, docs)


def stage(docs: Path, target: Path, in_force: Version, newest: Version) -> None:
    """Fills ``target`` with ``docs``, the pages of ``in_force`` moved to the root and those of
    ``newest`` to its archive folder (kept out of search: readers look for the text in force)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(docs, target, ignore=shutil.ignore_patterns(".*"))
    frozen, upcoming = target / archive_path(in_force), target / archive_path(newest)
    upcoming.mkdir(parents=True)
    for page in sorted(target.glob(f"{POLICY_PAGE}.*.md")):
        text = page.read_text(encoding="utf-8")
        (upcoming / page.name).write_text(excluded_from_search(text), "utf-8")
        in_force_text = frozen / page.name
        if not in_force_text.exists():  # a language added since: the French in force stands in
            in_force_text = frozen / f"{POLICY_PAGE}.{policy_language()}.md"
        page.write_text(in_force_text.read_text(encoding="utf-8").replace(SEARCH_EXCLUDED, "", 1), "utf-8")
    shutil.rmtree(frozen)
