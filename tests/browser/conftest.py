"""Browser fixtures: one Debian Chromium per run; a fresh context for the tests that need one
(their own cache, routes, viewport or locale); and one started checker page per language, shared
by the tests that only need the checker ready (Python starts once per language, not per test).

Every page is watched: a console error, a page error (page or worker) or a dialog fails the test
during which it happened."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.browsing import Browsing
from tests.browser.pages import DEVICES, FORM, wait_ready
from tests.support.languages import prefix


@pytest.fixture
def browsing(browser: Browser, site_url: str) -> Iterator[Browsing]:
    """A fresh context for the test; the test fails on any console error, page error (page or
    worker) or dialog that happened in it."""
    session = Browsing(browser, site_url)
    yield session
    session.close()
    problems = session.problems()
    assert not problems, "\n".join(problems)


class StartedCheckers:
    """One ready checker page per language and device, kept for the whole run: one context per
    device, so that after the first page the runtime comes from the cache (a warm start, as a
    reader's second visit)."""

    def __init__(self, browser: Browser, site_url: str) -> None:
        self.browser = browser
        self.site_url = site_url
        self.sessions: dict[str, Browsing] = {}
        self.pages: dict[tuple[str, str], Page] = {}

    def page(self, lang: str, device: str = "desktop") -> Page:
        """The ready checker page in ``lang`` on ``device`` (``DEVICES``), its form reset to what a
        new visitor sees."""
        if device not in self.sessions:
            self.sessions[device] = Browsing(self.browser, self.site_url)
            self.sessions[device].start(**DEVICES[device])
        if (lang, device) not in self.pages:
            page = self.sessions[device].open(f"{prefix(lang)}checker/")
            wait_ready(page)
            self.pages[lang, device] = page
        page = self.pages[lang, device]
        page.bring_to_front()
        page.evaluate("form => document.querySelector(form).reset()", FORM)
        page.wait_for_function(
            "() => document.querySelector('#checker-result').dataset.outcome === ''"
        )
        page.evaluate("() => window.scrollTo(0, 0)")
        return page

    def problems(self) -> list[str]:
        """What went wrong on any page since the last call."""
        found = []
        for session in self.sessions.values():
            found += session.problems()
            session.forget_problems()
        return found

    def close(self) -> None:
        for session in self.sessions.values():
            session.close()


@pytest.fixture(scope="session")
def started_checkers(browser: Browser, site_url: str) -> Iterator[StartedCheckers]:
    checkers = StartedCheckers(browser, site_url)
    yield checkers
    checkers.close()


@pytest.fixture
def checker(started_checkers: StartedCheckers) -> Iterator[Callable[..., Page]]:
    """``checker(lang, device="desktop")``: the shared, ready checker page, reset for this test."""
    started_checkers.problems()  # what happened before this test is not its fault
    yield started_checkers.page
    problems = started_checkers.problems()
    assert not problems, "\n".join(problems)
