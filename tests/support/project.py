"""A copy of the project to change and build in a test, sharing what is slow to make again: the
npm packages and ``.cache`` (the built Pyodide runtime and compressed files, keyed by content,
written atomically, so a copy and the original can share it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from policy_site.config import ROOT
from tools.static_server import build_site

IGNORED = (".venv", "node_modules", "site", ".git", ".cache", "__pycache__", "*_cache", ".hypothesis")
SHARED = (".venv", "node_modules", ".cache")
#: The installation stamps of the shared folders: the copy's make must not reinstall them.
STAMPS = (".venv/.installed", "node_modules/.installed")


def project_copy(target: Path) -> Path:
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(*IGNORED))
    for name in SHARED:
        (target / name).symlink_to(ROOT / name)
    return target


def build_copy(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of the copy, which imports its own checker and build logic."""
    return build_site(site, site_url="http://127.0.0.1:8000/", project=project, check=False)


def run_tool(project: Path, module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m <module> ARGS`` in the copy, with the copy's packages first on the path."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=project,
        env=project_env(project),
        capture_output=True,
        text=True,
    )


def make(project: Path, *targets: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``make TARGETS`` in the copy, as a maintainer types it (the shared installation is left
    as it is)."""
    return subprocess.run(
        make_command(*targets),
        cwd=project,
        env=project_env(project) | env,
        capture_output=True,
        text=True,
    )


def make_command(*targets: str) -> list[str]:
    """``make TARGETS``, leaving the shared installation as it is."""
    keep = [option for stamp in STAMPS for option in ("-o", stamp)]
    return ["make", "--no-print-directory", *keep, *targets]


def project_env(project: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(project), NO_MKDOCS_2_WARNING="1")
