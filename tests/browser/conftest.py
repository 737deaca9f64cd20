"""Browser fixtures: one Debian Chromium per session, a fresh context (profile, cache) per test,
and a watch on every page and worker that fails the test on a console error, a page error or a
dialog."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.browser.browsing import Browsing
from tests.browser_support import CHROMIUM, FLAGS


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def browsing(browser: Browser, site_url: str) -> Iterator[Browsing]:
    """A fresh context for the test; the test fails on any console error, page error (page or
    worker) or dialog that happened in it."""
    session = Browsing(browser, site_url)
    yield session
    if session.context is not None:
        session.context.close()
    problems = session.problems()
    assert not problems, "\n".join(problems)
