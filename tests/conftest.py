"""Shared fixtures: the site built once per test run, served on 127.0.0.1 under a subpath (as a
host with ``site_url: https://example.org/policy/`` would), so every test covers that case too;
and one Chromium.

One process serves the site for the whole run: the one pytest was started in (with parallel
workers, ``make test`` runs four, xdist's controller, which waits on them); the first test that
needs the site builds it, for that server's address. A worker that ends before the others closes
nothing they still use. The tests of a module in ``copies/`` that share a copy of the project made
once per module run on one worker; the others spread over every worker.

Tests are marked by what they need, so ``make test-quick`` can leave out the slow ones: ``site``
(the built site), ``browser`` (Chromium), ``build`` (builds of a changed copy of the project, in
tests/copies). The tests that use the started checker pages of one language run on one worker,
which starts Python once for that language.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, sync_playwright

from tools.chromium import CHROMIUM, TEST_FLAGS
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


#: Where the run's site is served from, set by the process that serves it.
SERVED_SITE = pytest.StashKey[dict[str, str]]()
WORKER_INPUT = "served_site"


def pytest_configure(config: pytest.Config) -> None:
    """The process pytest was started in serves the run's site (from a folder of its own, built
    there by the first test that needs it); xdist's workers are told where."""
    if hasattr(config, "workerinput"):
        config.stash[SERVED_SITE] = json.loads(config.workerinput[WORKER_INPUT])
        return
    serving = contextlib.ExitStack()
    folder = Path(serving.enter_context(tempfile.TemporaryDirectory(prefix="policy-site-")))
    server = serving.enter_context(SiteServer(folder / "site", prefix=SUBPATH))
    config.stash[SERVED_SITE] = {"folder": str(folder), "url": server.url, "port": str(server.port)}
    config.add_cleanup(serving.close)  # the server stops, then its folder goes


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """xdist's hook: a worker is told where the site is served."""
    node.workerinput[WORKER_INPUT] = json.dumps(node.config.stash[SERVED_SITE])


@dataclass(frozen=True)
class ServedSite:
    """The run's site as the tests reach it: its folder, its address and port."""

    root: Path
    url: str
    port: int


@pytest.fixture(scope="session")
def site_server(pytestconfig: pytest.Config) -> ServedSite:
    """The site built for, and served at, its own address (``site_url`` must be the address it is
    served from: the pages' absolute alternate links point there); built once per run."""
    served = pytestconfig.stash[SERVED_SITE]
    folder = Path(served["folder"])
    site = ServedSite(folder / "site", served["url"], int(served["port"]))
    with (folder / "site.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / "site.built").exists():
            shutil.rmtree(site.root, ignore_errors=True)  # what a failed build left
            site.root.mkdir()
            build_site(site.root, site_url=site.url)
            (folder / "site.built").touch()
    return site


@pytest.fixture(scope="session")
def built_site(site_server: ServedSite) -> Path:
    return site_server.root


@pytest.fixture(scope="session")
def site_url(site_server: ServedSite) -> str:
    return site_server.url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One Debian Chromium for the whole run (for each worker)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=TEST_FLAGS)
        yield browser
        browser.close()
