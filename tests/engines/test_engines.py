"""The checker in Firefox (WebDriver BiDi) and WebKitGTK, Safari's engine family (its own API, with
a profile on disk as a reader's browser keeps one): it gets ready, its worker answers as the
command line does, a first visit neither downloads nor starts from a snapshot, and a second visit
starts from the first one's snapshot.

Timings are ``make bench``'s: these tests only check what happens."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.model import Problem
from tests.conftest import SUBPATH
from tools.engines import ENGINES, requests_and_cli_answers, started, visit_twice
from tools.static_server import SiteServer

#: A refund, a refusal and a partial refund.
PROBLEMS = (Problem.NOT_DELIVERED, Problem.CHANGED_MIND, Problem.NOT_WORKING)


@pytest.mark.parametrize("name", sorted(ENGINES))
def test_the_checker_starts_and_answers_as_the_command_line(name: str, built_site: Path) -> None:
    requests, expected = requests_and_cli_answers(("en",), PROBLEMS)
    # A server of this test's own: its log of what was sent is this engine's alone.
    with SiteServer(built_site, prefix=SUBPATH) as server, started(name) as engine:
        visits = visit_twice(engine, server, "en", requests)

    assert visits.answers == expected
    assert not visits.snapshot_on_first_visit
    assert "worker:snapshot-stored" in visits.first_marks
    assert visits.second_visit == "used", visits.second_marks
    assert not visits.problems
