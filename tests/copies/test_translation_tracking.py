"""Translations kept in step part by part, followed as the README's workflow tells a maintainer, in
a copy: the last sentence of the French clause 6 is reworded and dated; the site builds, and every
translated page shows, at clause 6, the French in force; ``make i18n-status`` and the diff name
that clause and that change; recording refuses a broken or unedited translation; once only two
languages are recorded, ``make i18n-check`` still names clause 6 for the others.

The sentence comes from ``docs/index.fr.md`` and the expectations from each translation's own
record, so the walk holds whatever the policy says and however far translations lag already."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from checker.clauses import Clause
from policy_site.build_day import build_day
from policy_site.config import DOCS
from policy_site.consistency import disagreements
from policy_site.segments import read_page
from policy_site.translations import recorded_date, status
from policy_site.word_diff import word_diff
from tests.support.html import built_page
from tests.support.languages import LANGUAGES
from tests.support.policy import newest_path
from tests.support.project import make, project_copy, run_tool

CLAUSE = Clause.SUPPORT.value  # clause-6
RECORD = "tools.i18n_status"
FRENCH = DOCS / f"index.{LANGUAGES[0]}.md"
#: The sentence a test owns, put in place of the French clause's last one.
NEW = "Nous répondons à chaque message dans la journée."


def last_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip())[-1]


OLD = last_sentence(read_page(FRENCH).get(CLAUSE).markdown.splitlines()[-1])  # type: ignore[union-attr]
#: The day of the change: never before a translation was recorded (the build checks it).
CHANGED_ON = max(
    [build_day()]
    + [d for lang in LANGUAGES[1:] if (d := recorded_date(read_page(DOCS / f"index.{lang}.md")))]
)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def updated_line(path: Path) -> str:
    line = next(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("updated:"))
    return line


def lagging(docs: Path, lang: str) -> list[str]:
    """The parts of the policy page in ``lang`` that show the French (in page order)."""
    return [part for part in status(docs / f"index.{lang}.md").outdated if part != "description"]


def status_lines(result: str) -> set[tuple[str, str]]:
    return set(re.findall(r"^\s+(\w+)\s+(\S+)\s+out of date since \S+$", result, re.MULTILINE))


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy whose French clause 6 changed by one sentence, dated as the README says, built."""
    assert OLD != NEW
    project = project_copy(tmp_path_factory.mktemp("tracking") / "project")
    french = project / "docs" / FRENCH.name
    edit(french, OLD, NEW)
    edit(french, updated_line(french), f"updated: {CHANGED_ON.isoformat()}")
    built = make(project, "build", SITE_URL="http://127.0.0.1:8000/")
    assert built.returncode == 0, built.stderr
    yield project


def test_a_change_of_the_front_matter_alone_marks_nothing(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    before = status_lines(make(project, "i18n-status").stdout)
    french = project / "docs" / FRENCH.name
    edit(french, updated_line(french), f"updated: {date(2099, 1, 2).isoformat()}")
    assert status_lines(make(project, "i18n-status").stdout) == before


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_each_translation_shows_the_french_in_force_at_clause_6(changed: Path, lang: str) -> None:
    # docs/index.<lang>.md is published at the root, or under versions/ while it is upcoming.
    page = built_page(changed / "site", lang, newest_path())
    marks = re.findall(r'data-outdated-clause="([^"]+)"', page)
    # Clause 6 lags now, and nothing else than what lagged before the change.
    assert marks == lagging(changed / "docs", lang)
    assert set(marks) == {*lagging(DOCS, lang), CLAUSE}
    block = re.search(rf'data-outdated-clause="{CLAUSE}">(.*?)</div></div>', page, re.DOTALL)
    assert block
    french = re.search(r'<div class="french-in-force" lang="fr" dir="ltr">(.*)', block[1], re.DOTALL)
    assert french and NEW in french[1]
    # The notice under the title names the parts and the day of the French change.
    notice = re.search(r'data-translation="warning" data-outdated="([^"]+)"><p>(.*?)</p>', page)
    assert notice and notice[1].split() == marks
    assert str(CHANGED_ON.year) in notice[2] and str(CHANGED_ON.day) in notice[2]


def test_the_build_checks_pass_with_translations_behind(changed: Path) -> None:
    assert disagreements(changed / "docs", LANGUAGES[1:]) == []


def test_status_and_diff_name_clause_6_and_its_change(changed: Path) -> None:
    status_ = make(changed, "i18n-status")
    assert status_.returncode == 0
    found = status_lines(status_.stdout)
    assert {(lang, CLAUSE) for lang in LANGUAGES[1:]} <= found
    assert f"{CLAUSE}  out of date since {CHANGED_ON.isoformat()}" in status_.stdout
    assert make(changed, "i18n-check").returncode != 0
    diff = make(changed, "i18n-diff", f"L={LANGUAGES[1]}")
    assert diff.returncode == 0
    old_clause = read_page(FRENCH).get(CLAUSE)
    new_clause = read_page(changed / "docs" / FRENCH.name).get(CLAUSE)
    assert old_clause and new_clause
    assert word_diff(old_clause.text, new_clause.text) in diff.stdout


def test_recording_checks_first_and_records_part_by_part(changed: Path) -> None:
    translations = [changed / "docs" / f"index.{lang}.md" for lang in LANGUAGES[1:]]
    first = translations[0]
    # Unedited: the French changed, the translation did not.
    refused = run_tool(changed, RECORD, "--record", str(first), "--part", CLAUSE)
    assert refused.returncode == 1 and "translate it" in refused.stderr
    # Broken: a clause id gone. Nothing is recorded, the file is left as it was.
    text = first.read_text(encoding="utf-8")
    gone = Clause.UNSUPPORTED_DEVICE.value
    first.write_text(text.replace(f"{{#{gone}}}", ""), encoding="utf-8")
    broken = run_tool(changed, RECORD, "--record", str(first))
    assert broken.returncode == 1 and gone in broken.stderr
    first.write_text(text, encoding="utf-8")
    # Translated (here: a mark added to each clause 6), then recorded clause by clause, the first
    # two languages first: with only those recorded, the gate names clause 6 for every other one.
    for page in translations:
        edit(page, "\n\n{{ contact.card }}", " ✔\n\n{{ contact.card }}")  # the end of clause 6
    for recorded in (translations[:2], translations[2:]):
        done = run_tool(changed, RECORD, "--record", *map(str, recorded), "--part", CLAUSE)
        assert done.returncode == 0, done.stderr
        if recorded == translations[:2]:
            check = make(changed, "i18n-check")
            assert check.returncode != 0
            named = {lang for lang, part in status_lines(check.stdout) if part == CLAUSE}
            assert named == set(LANGUAGES[3:])
    final = make(changed, "i18n-check")
    assert not {part for _lang, part in status_lines(final.stdout)} & {CLAUSE}
    # The gate passes unless something other than clause 6 lagged before the change.
    lagged_before = [set(status(DOCS / f"index.{lang}.md").outdated) - {CLAUSE} for lang in LANGUAGES[1:]]
    assert (final.returncode == 0) == (not any(lagged_before))


def test_a_french_change_left_undated_stops_the_build(tmp_path: Path) -> None:
    """The French changed after the translations were recorded, but its ``updated`` says an
    earlier day: readers would see a wrong date. The strict build stops and says what to set."""
    project = project_copy(tmp_path / "project")
    french = project / "docs" / FRENCH.name
    edit(french, OLD, NEW)
    earliest = min(d for lang in LANGUAGES[1:] if (d := recorded_date(read_page(DOCS / f"index.{lang}.md"))))
    edit(french, updated_line(french), f"updated: {date.fromordinal(earliest.toordinal() - 1)}")
    built = make(project, "build", SITE_URL="http://127.0.0.1:8000/")
    assert built.returncode != 0
    assert "set it to the day of the change" in built.stderr and FRENCH.name in built.stderr
