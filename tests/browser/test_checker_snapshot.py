"""A later visit starts Python from the memory snapshot in the HTTP cache, and answers exactly as a
first visit does; a snapshot that cannot be used is discarded and Python starts as on a first
visit, the reader seeing nothing of it. A first visit never waits for the snapshot: it fetches it
in the background once the checker is ready."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.browsing import Browsing, ProfileBrowsing
from tests.browser.pages import (
    FORM,
    RESULT,
    expected_answer,
    fill_form,
    submit_and_wait,
    wait_ready,
)
from tests.support.languages import prefix
from tools.static_server import SiteServer

LANG = "en"
#: Answers that walk different paths of the rules: a refund, a refusal, a partial refund.
CASES = (
    {"problem": "not_delivered", "purchased": "2026-11-20", "requested": "2026-11-24"},
    {"problem": "changed_mind", "purchased": "2026-11-20"},
    {
        "problem": "not_working",
        "app": "smarters_pro",
        "support": "unresolved",
        "purchased": "2026-11-20",
    },
)


def worker_marks(page: Page) -> list[str]:
    """The performance marks of the page's checker worker."""
    (worker,) = [w for w in page.workers if "checker-worker" in w.url]
    return list(worker.evaluate("performance.getEntriesByType('mark').map(e => e.name)"))


def answers(page: Page) -> list[tuple[str | None, str]]:
    """Each case's outcome and text as the page shows them."""
    shown = []
    for fields in CASES:
        page.evaluate("form => document.querySelector(form).reset()", FORM)
        fill_form(page, fields)
        submit_and_wait(page)
        shown.append((page.get_attribute(RESULT, "data-outcome"), page.inner_text(RESULT)))
    return shown


def first_visit(browsing: Browsing) -> Page:
    """The checker page opened on a fresh profile, ready, its snapshot fetched in the background."""
    page = browsing.open(f"{prefix(LANG)}checker/")
    with page.expect_request_finished(lambda r: r.url.endswith(".snapshot"), timeout=60_000):
        wait_ready(page)
    return page


def later_visit(page: Page) -> None:
    """The same page reloaded: a later visit, with the same HTTP cache."""
    page.wait_for_timeout(300)  # the cache entry is written once the body has arrived
    page.reload()
    wait_ready(page)


def expected_outcomes() -> list[str]:
    return [expected_answer(fields, LANG)["outcome"] for fields in CASES]


@pytest.fixture
def profile(browser: Browser, site_url: str, tmp_path: Path) -> Iterator[Browsing]:
    """A watched context on a profile folder (its HTTP cache on disk, as a reader's)."""
    session = ProfileBrowsing(browser, site_url, tmp_path / "profile")
    yield session
    session.close()
    assert not session.problems(), "\n".join(session.problems())


def test_a_later_visit_starts_from_the_snapshot_and_answers_the_same(profile: Browsing) -> None:
    page = first_visit(profile)
    first_marks = worker_marks(page)
    first = answers(page)
    later_visit(page)

    assert "python-started" in first_marks and "snapshot-used" not in first_marks
    assert "snapshot-used" in worker_marks(page)
    assert answers(page) == first
    assert [outcome for outcome, _ in first] == expected_outcomes()


@pytest.fixture
def broken_snapshot_site(built_site: Path, tmp_path: Path) -> Iterator[str]:
    """A copy of the built site whose snapshot is damaged (its header overwritten), served
    without compressed copies: what a damaged cache entry or a bad deployment would give."""
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy)
    (snapshot,) = copy.glob("assets/checker/*.snapshot")
    with snapshot.open("r+b") as file:
        file.write(b"\0" * 64)
    for compressed in copy.glob("assets/checker/*.snapshot.*"):
        compressed.unlink()
    with SiteServer(copy) as server:
        yield server.url


def test_a_snapshot_that_cannot_be_used_is_discarded(
    browser: Browser, broken_snapshot_site: str, tmp_path: Path
) -> None:
    browsing = ProfileBrowsing(browser, broken_snapshot_site, tmp_path / "profile")
    try:
        page = first_visit(browsing)
        later_visit(page)

        marks = worker_marks(page)
        assert "snapshot-discarded" in marks and "snapshot-used" not in marks
        assert [outcome for outcome, _ in answers(page)] == expected_outcomes()
    finally:
        browsing.close()
    assert not browsing.problems(), "\n".join(browsing.problems())
