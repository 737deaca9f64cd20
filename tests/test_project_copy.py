"""A copy of the project (``tests/support/project.py``) holds every file of its sources: it leaves
out only what the project made or installed at its root, and caches, so ``tests/site`` (tests, not
a built site) is in it, and a suite run in a copy runs every test."""

from __future__ import annotations

import fnmatch
from pathlib import Path

from policy_site.config import ROOT
from tests.support.project import ANYWHERE, AT_ROOT, project_copy


def is_cache(path: Path) -> bool:
    return any(fnmatch.fnmatch(part, pattern) for part in path.parts for pattern in ANYWHERE)


def test_a_copy_holds_every_source_file(tmp_path: Path) -> None:
    sources = [
        path.relative_to(ROOT)
        for path in ROOT.rglob("*")
        if path.is_file()
        and path.relative_to(ROOT).parts[0] not in AT_ROOT
        and not is_cache(path.relative_to(ROOT))
    ]
    copy = project_copy(tmp_path / "project")
    assert [path for path in sources if not (copy / path).is_file()] == []
    assert any(path.parts[:2] == ("tests", "site") for path in sources)
