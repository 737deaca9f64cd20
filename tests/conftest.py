"""Shared fixtures: the site built once per test run, served on 127.0.0.1 under a subpath (as a
host with ``site_url: https://example.org/policy/`` would), so every test covers that case too;
and one Chromium.

With parallel workers (``make test`` runs four), the first worker builds the site and every worker
serves that one build on the same address (``SO_REUSEPORT``), the address it was built for. The
tests of a module in ``copies/`` that share a copy of the project made once per module run on one
worker; the others spread over every worker.

Tests are marked by what they need, so ``make test-quick`` can leave out the slow ones: ``site``
(the built site), ``browser`` (Chromium), ``build`` (builds of a changed copy of the project, in
tests/copies). The tests that use the started checker pages of one language run on one worker,
which starts Python once for that language.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from tools.chromium import CHROMIUM, FLAGS
from tools.static_server import SiteServer, build_site

SUBPATH = "/policy/"
SITE_FIXTURES = frozenset({"site_server", "built_site", "site_url"})


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        parts = Path(str(item.path)).parts
        fixtures = set(getattr(item, "fixturenames", ()))
        if "browser" in parts:
            item.add_marker(pytest.mark.browser)
        if "copies" in parts:
            item.add_marker(pytest.mark.build)
            if module_scoped(item):  # the module's copy of the project is made once, by one worker
                item.add_marker(pytest.mark.xdist_group(Path(str(item.path)).stem))
        if SITE_FIXTURES & fixtures:
            item.add_marker(pytest.mark.site)
        if "checker" in fixtures:
            # One worker per language starts its checker pages, which its tests share.
            params = getattr(getattr(item, "callspec", None), "params", {})
            item.add_marker(pytest.mark.xdist_group(f"started-checkers-{params.get('lang', '')}"))


def module_scoped(item: pytest.Item) -> bool:
    """Whether ``item`` uses a fixture made once per module (a copy of the project its tests
    share): its tests then run on one worker. The others spread over every worker."""
    info = getattr(item, "_fixtureinfo", None)
    definitions = getattr(info, "name2fixturedefs", {})
    return any(defs and defs[-1].scope == "module" for defs in definitions.values())


@pytest.fixture(scope="session")
def site_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The site built for, and served at, its own address (``site_url`` must be the address it is
    served from: the pages' absolute alternate links point there)."""
    base = tmp_path_factory.getbasetemp()
    # Each xdist worker has a folder of its own in the run's folder: that one is shared.
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    root, address = shared / "site", shared / "site.json"
    with (shared / "site.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if address.exists():
            port = json.loads(address.read_text())["port"]
            server = SiteServer(root, prefix=SUBPATH, port=port)
        else:
            root.mkdir()
            server = SiteServer(root, prefix=SUBPATH)
            build_site(root, site_url=server.url)
            server.reload_headers()
            address.write_text(json.dumps({"port": server.port}))
    with server:
        yield server


@pytest.fixture(scope="session")
def built_site(site_server: SiteServer) -> Path:
    return site_server.root


@pytest.fixture(scope="session")
def site_url(site_server: SiteServer) -> str:
    return site_server.url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One Debian Chromium for the whole run (for each worker)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()
