"""A copy of the project (``tests/support/project.py``) holds every file the repository tracks:
it leaves out only what the project made or installed at its root, so ``tests/site`` (tests, not
a built site) is in it, and a suite run in a copy runs every test."""

from __future__ import annotations

import subprocess
from pathlib import Path

from policy_site.config import ROOT
from tests.support.project import project_copy


def test_a_copy_holds_every_tracked_file(tmp_path: Path) -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    copy = project_copy(tmp_path / "project")
    missing = [name for name in tracked if name and not (copy / name).is_file()]
    assert missing == []
    assert any(name.startswith("tests/site/") for name in tracked)
