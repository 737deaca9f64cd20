"""Shared fixtures: the site built once per test run, served on 127.0.0.1 under a subpath (as a
host with ``site_url: https://example.org/policy/`` would), so every test covers that case too.

Tests are marked by what they need, so ``make test-quick`` can leave out the slow ones: ``site``
(the built site), ``browser`` (Chromium), ``build`` (builds of their own, in a copy).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.static_server import SiteServer, build_site

SUBPATH = "/policy/"
SITE_FIXTURES = frozenset({"site_server", "built_site", "site_url"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        parts = Path(str(item.path)).parts
        if "browser" in parts:
            item.add_marker(pytest.mark.browser)
        if "build" in parts:
            item.add_marker(pytest.mark.build)
        if SITE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.site)


@pytest.fixture(scope="session")
def site_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The site built for, and served at, its own address (``site_url`` must be the address it is
    served from: the pages' absolute alternate links point there)."""
    root = tmp_path_factory.mktemp("site")
    with SiteServer(root, prefix=SUBPATH) as server:
        build_site(root, site_url=server.url)
        server.reload_headers()
        yield server


@pytest.fixture(scope="session")
def built_site(site_server: SiteServer) -> Path:
    return site_server.root


@pytest.fixture(scope="session")
def site_url(site_server: SiteServer) -> str:
    return site_server.url
