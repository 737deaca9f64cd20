"""The site works under a subpath (``site_url: https://example.org/policy/``): built for one,
served under one, the checker starts and answers there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tools.static_server import SiteServer, build_site


@pytest.fixture(scope="module")
def subpath_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    root = tmp_path_factory.mktemp("subpath-site")
    with SiteServer(root, prefix="/policy/") as server:
        build_site(root, site_url=server.url)
        server.reload_headers()
        yield server


@pytest.mark.browser
def test_checker_answers_under_a_subpath(browser: Browser, subpath_server: SiteServer) -> None:
    assert subpath_server.url.endswith("/policy/")
    failures: list[str] = []
    with browser.new_context() as context:
        page = context.new_page()
        page.on("response", lambda r: r.status >= 400 and failures.append(f"{r.status} {r.url}"))
        page.on("console", lambda m: m.type == "error" and failures.append(m.text))
        page.goto(subpath_server.url + "it/checker/")
        page.wait_for_selector(
            "#refund-checker[data-state=ready]", state="attached", timeout=90_000
        )
        page.check("#problem-changed_mind")
        page.fill("#requested", "2026-11-25")
        page.fill("#purchased", "2026-11-20")
        page.wait_for_selector("#checker-result[data-outcome=not_eligible]", state="attached")
        link = page.locator("[data-list=clauses] a").first
        assert link.get_attribute("href") == "../#clause-3-1"
        link.click()
        page.wait_for_url(subpath_server.url + "it/#clause-3-1")
        assert page.locator("#clause-3-1").is_visible()
    assert not failures


def test_alternates_carry_the_subpath(subpath_server: SiteServer) -> None:
    html = (Path(subpath_server.root) / "de" / "index.html").read_text(encoding="utf-8")
    assert f'hreflang="x-default" href="{subpath_server.url}"' in html
