"""The policy over time, followed as the README's walkthrough tells a maintainer: a change of a
figure in the French alone stops the build; ``make policy-version`` starts a second version (14
days, 3 to 5 working days) in a copy of the project; purchases before its effective date get the
first version's answers with a link to its archived text, purchases after get the second's; the
versions page lists both, the comparison page shows the change, and translations lag visibly."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from checker.calendar_fr import nth_jour_ouvrable_after
from checker.policy import VERSIONS, archive_path
from tests.support.languages import LANGUAGES, prefix
from tests.support.project import make, project_copy, run_tool
from tools.static_server import SiteServer

FIRST = VERSIONS[0]
#: The day after the first version's: purchases on the first version's own day are the last it
#: governs, and none of the days used here is in the future (a purchase cannot be).
EFFECTIVE = (FIRST.effective + timedelta(days=1)).isoformat()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_figure_changed_in_the_french_alone_stops_the_build(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    edit(project / "docs" / "index.fr.md", "délai de 7 jours suivant", "délai de 14 jours suivant")
    result = make(project, "build", SITE_URL="http://127.0.0.1:8000/")
    assert result.returncode != 0
    assert "clause-2" in result.stderr
    assert "« dans un délai de 14 jours suivant l’achat »" in result.stderr
    assert "REQUEST_DEADLINE_DAYS" in result.stderr


@pytest.fixture(scope="module")
def second_version(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, SiteServer]]:
    """The README's walkthrough, command for command, in a copy; its site, served."""
    project = project_copy(tmp_path_factory.mktemp("versions") / "project")
    started = make(project, "policy-version", f"EFFECTIVE={EFFECTIVE}")
    assert started.returncode == 0, started.stderr
    french = project / "docs" / "index.fr.md"
    edit(french, "délai de 7 jours suivant", "délai de 14 jours suivant")
    edit(french, "délai de 7 jours, exclusions", "délai de 14 jours, exclusions")
    edit(french, "dans les 5 à 7 jours ouvrables", "dans les 3 à 5 jours ouvrables")
    policy = project / "checker" / "policy.py"
    edit(policy, '"REQUEST_DEADLINE_DAYS", Clause.TIME_LIMIT, {1: 7}', '"REQUEST_DEADLINE_DAYS", Clause.TIME_LIMIT, {1: 7, 2: 14}')
    edit(policy, '"PROCESSING_FIRST_DAY", Clause.PROCESS, {1: 5}', '"PROCESSING_FIRST_DAY", Clause.PROCESS, {1: 5, 2: 3}')
    edit(policy, '"PROCESSING_LAST_DAY", Clause.PROCESS, {1: 7}', '"PROCESSING_LAST_DAY", Clause.PROCESS, {1: 7, 2: 5}')
    site = project / "site"
    with SiteServer(site, prefix="/") as server:
        built = make(project, "build", SITE_URL=server.url)
        assert built.returncode == 0, built.stderr
        server.reload_headers()
        yield project, server


def answer(project: Path, purchased: str, requested: str) -> dict[str, object]:
    result = run_tool(
        project, "checker", "--purchased", purchased, "--requested", requested,
        "--problem", "not_delivered", "--json", "--lang", "en",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    answer: dict[str, object] = json.loads(result.stdout)
    return answer


def test_purchases_get_the_version_in_force_on_their_day(
    second_version: tuple[Path, SiteServer],
) -> None:
    project, _server = second_version
    # Ten days after a purchase: late under the first version (7 days), on time under the second.
    first_day, second_day = FIRST.effective, date.fromisoformat(EFFECTIVE)
    before = answer(project, first_day.isoformat(), (first_day + timedelta(days=10)).isoformat())
    after = answer(project, EFFECTIVE, (second_day + timedelta(days=10)).isoformat())
    assert (before["policy_version"], before["on_time"]) == (FIRST.effective.isoformat(), False)
    assert before["policy_version_page"] == archive_path(FIRST)
    assert FIRST.effective.strftime("%Y") in str(before["version_note"])
    assert (after["policy_version"], after["on_time"], after["version_note"]) == (EFFECTIVE, True, "")
    assert after["deadline"] == (second_day + timedelta(days=14)).isoformat()
    # Processing within 3 to 5 jours ouvrables of the request (counted as the rules' own tests do).
    received = second_day + timedelta(days=10)
    assert after["answer_window"] == [
        nth_jour_ouvrable_after(received, 3).isoformat(),
        nth_jour_ouvrable_after(received, 5).isoformat(),
    ]


def test_the_versions_page_and_the_archive(second_version: tuple[Path, SiteServer]) -> None:
    project, _server = second_version
    site = project / "site"
    for lang in LANGUAGES:
        listing = (site / prefix(lang) / "versions" / "index.html").read_text(encoding="utf-8")
        assert f'<time datetime="{EFFECTIVE}">' in listing
        assert f'<time datetime="{FIRST.effective}">' in listing
        archived = site / prefix(lang) / archive_path(FIRST) / "index.html"
        assert archived.exists(), archived
    french = (site / archive_path(FIRST) / "index.html").read_text(encoding="utf-8")
    assert "délai de 7 jours suivant" in french and "data-archived" in french
    changes = (site / "versions" / f"changes-{EFFECTIVE}" / "index.html").read_text("utf-8")
    assert re.search(r"<del>(<span[^>]*>[^<]*</span>)?7</del>\s*<ins>(<span[^>]*>[^<]*</span>)?14</ins>", changes)
    assert re.search(r"<del>(<span[^>]*>[^<]*</span>)?5 à 7</del>\s*<ins>(<span[^>]*>[^<]*</span>)?3 à 5</ins>", changes)


def test_translations_show_the_french_in_force_where_it_changed(
    second_version: tuple[Path, SiteServer],
) -> None:
    project, _server = second_version
    for lang in LANGUAGES[1:]:
        page = (project / "site" / lang / "index.html").read_text(encoding="utf-8")
        marked = re.findall(r'data-outdated-clause="([^"]+)"', page)
        assert marked == ["clause-2", "clause-4"], (lang, marked)
        assert "délai de 14 jours" in page


def test_the_checker_page_links_an_old_purchase_to_its_version(
    browser: Browser, second_version: tuple[Path, SiteServer]
) -> None:
    _project, server = second_version
    lang = LANGUAGES[1]
    with browser.new_context() as context:
        page = context.new_page()
        page.goto(f"{server.url}{prefix(lang)}checker/")
        page.wait_for_selector("form#refund-checker[data-state=ready]", state="attached", timeout=90_000)
        page.check("#problem-not_delivered")
        page.fill("#requested", EFFECTIVE)
        page.fill("#purchased", FIRST.effective.isoformat())
        page.wait_for_selector("#checker-result[data-outcome=full_refund]", state="attached")
        link = page.locator("#version-link")
        assert link.is_visible()
        assert link.get_attribute("href") == f"../{archive_path(FIRST)}"
        link.click()
        page.wait_for_url(f"{server.url}{prefix(lang)}{archive_path(FIRST)}")
        assert page.locator("[data-archived]").is_visible()
