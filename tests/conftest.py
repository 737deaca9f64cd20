"""Shared fixtures: the site built once per test session, and served on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.server import SiteServer

ROOT = Path(__file__).resolve().parent.parent


def build_site(site_dir: Path, site_url: str | None = None) -> Path:
    """``mkdocs build --strict`` into ``site_dir``; fails the test session on any warning."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    if site_url:
        env["SITE_URL"] = site_url
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[SiteServer]:
    with SiteServer(built_site) as server:
        yield server
