"""Shared fixtures: the site built once per test session, and served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.static_server import SiteServer, build_site


@pytest.fixture(scope="session")
def site_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The site built for, and served at, its own address on 127.0.0.1 (``site_url`` must be the
    origin it is served from: the pages' absolute alternate links point there)."""
    root = tmp_path_factory.mktemp("site")
    with SiteServer(root) as server:
        build_site(root, site_url=server.url)
        server.reload_headers()
        yield server


@pytest.fixture(scope="session")
def built_site(site_server: SiteServer) -> Path:
    return site_server.root


@pytest.fixture(scope="session")
def site_url(site_server: SiteServer) -> str:
    return site_server.url
