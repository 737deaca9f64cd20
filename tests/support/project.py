"""A copy of the project to change and build in a test, sharing what is slow to make again: the
npm packages, the virtual environment, and what ``.cache`` holds (compressed files and Pyodide
runtimes, keyed by content and written atomically). A copy reads the project's cache entries but
makes its own in a cache of its own, so that a copy's changed checker neither evicts the entries
the project's own builds use nor is kept once the test is over."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from policy_site.config import ROOT
from tools.static_server import build_site

#: What a copy leaves out: the project's own folders of what it made or installed (at its root:
#: ``tests/site`` is tests), and caches anywhere.
AT_ROOT = frozenset({".venv", "node_modules", "site", ".git", ".cache"})
ANYWHERE = ("__pycache__", "*_cache", ".hypothesis")
SHARED = (".venv", "node_modules")
CACHE = ".cache"
#: The cache folders whose entries a copy makes apart (the others are shared whole).
KEPT_APART = ("pyodide-runtime",)
#: The installation stamps of the shared folders: the copy's make must not reinstall them.
STAMPS = (".venv/.installed", "node_modules/.installed")


def project_copy(target: Path) -> Path:
    shutil.copytree(ROOT, target, ignore=left_out)
    for name in SHARED:
        (target / name).symlink_to(ROOT / name)
    share_cache(ROOT / CACHE, target / CACHE)
    return target


def left_out(folder: str, names: list[str]) -> set[str]:
    """The names under ``folder`` a copy leaves out (``shutil.copytree``'s ``ignore``)."""
    anywhere = shutil.ignore_patterns(*ANYWHERE)(folder, names)
    return anywhere | (AT_ROOT & set(names) if Path(folder) == ROOT else set())


def share_cache(source: Path, target: Path) -> None:
    """``target`` links to each folder of ``source``, but for ``KEPT_APART``: there it links to
    each entry, and the copy's builds add theirs beside them (and prune only their own: a link is
    never removed as an entry)."""
    target.mkdir()
    source.mkdir(exist_ok=True)
    for name in KEPT_APART:
        (source / name).mkdir(exist_ok=True)
    for folder in source.iterdir():
        if folder.name not in KEPT_APART:
            (target / folder.name).symlink_to(folder)
            continue
        (target / folder.name).mkdir()
        for entry in folder.iterdir():
            if entry.is_dir() and not entry.name.startswith("staging-"):
                (target / folder.name / entry.name).symlink_to(entry)


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


#: What an outer make (``make test`` runs the suites with ``--jobs``) hands its children: a make run
#: in a copy is typed by a maintainer, in a shell of its own.
OUTER_MAKE = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES")


def project_env(project: Path) -> dict[str, str]:
    inherited = {key: value for key, value in os.environ.items() if key not in OUTER_MAKE}
    return dict(inherited, PYTHONPATH=str(project), NO_MKDOCS_2_WARNING="1")
