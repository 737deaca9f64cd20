"""Translations kept in step part by part, followed as the README's workflow tells a maintainer:
one sentence of the French clause 6 changes; the site builds, and every translated page shows, at
clause 6 only, the French in force; ``make i18n-status`` and ``make i18n-diff`` name that clause and
that change; recording refuses a broken or unedited translation; ``make i18n-check`` passes once
the seven translations are recorded."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from policy_site.consistency import disagreements
from tests.support.languages import LANGUAGES, prefix
from tests.support.project import make, project_copy, run_tool

OLD = "Nous sommes là pour résoudre rapidement tout problème technique que vous pourriez rencontrer."
NEW = "Nous répondons à chaque message dans la journée."
CHANGED_ON = "2026-12-01"
RECORD = "tools.i18n_status"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy whose French clause 6 changed by one sentence, dated as the README says, built."""
    project = project_copy(tmp_path_factory.mktemp("tracking") / "project")
    french = project / "docs" / f"index.{LANGUAGES[0]}.md"
    edit(french, OLD, NEW)
    edit(french, "updated: 2026-11-26", f"updated: {CHANGED_ON}")
    built = make(project, "build", SITE_URL="http://127.0.0.1:8000/")
    assert built.returncode == 0, built.stderr
    yield project


def test_a_change_of_the_front_matter_alone_marks_nothing(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    edit(project / "docs" / f"index.{LANGUAGES[0]}.md", "updated: 2026-11-26", "updated: 2027-01-02")
    assert make(project, "i18n-check").returncode == 0


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_each_translation_shows_the_french_in_force_at_clause_6_only(changed: Path, lang: str) -> None:
    page = (changed / "site" / prefix(lang) / "index.html").read_text(encoding="utf-8")
    marks = re.findall(r'data-outdated-clause="([^"]+)"', page)
    assert marks == ["clause-6"]
    block = re.search(r'data-outdated-clause="clause-6">(.*?)</div></div>', page, re.DOTALL)
    assert block
    french = re.search(r'<div class="french-in-force" lang="fr" dir="ltr">(.*)', block[1], re.DOTALL)
    assert french and NEW in french[1]
    # The notice under the title names the part and the day of the French change.
    notice = re.search(r'data-translation="warning" data-outdated="([^"]+)"><p>(.*?)</p>', page)
    assert notice and notice[1] == "clause-6"
    assert "2026" in notice[2] and "6" in notice[2]
    checker = (changed / "site" / prefix(lang) / "checker" / "index.html").read_text("utf-8")
    assert "data-outdated-clause" not in checker and 'data-translation="info"' in checker


def test_the_build_checks_pass_with_translations_behind(changed: Path) -> None:
    assert disagreements(changed / "docs", LANGUAGES[1:]) == []


def test_status_and_diff_name_clause_6_and_its_change(changed: Path) -> None:
    status = make(changed, "i18n-status")
    assert status.returncode == 0
    outdated = re.findall(r"^\s+(\w+)\s+(\S+)\s+out of date since (\S+)$", status.stdout, re.MULTILINE)
    assert sorted(outdated) == sorted((lang, "clause-6", CHANGED_ON) for lang in LANGUAGES[1:])
    assert make(changed, "i18n-check").returncode != 0
    diff = make(changed, "i18n-diff", f"L={LANGUAGES[1]}")
    assert diff.returncode == 0
    assert (
        "Nous [-sommes là pour résoudre rapidement tout problème technique que vous pourriez "
        "rencontrer.-] {+répondons à chaque message dans la journée.+}"
    ) in diff.stdout


def test_recording_checks_first_and_records_part_by_part(changed: Path) -> None:
    translations = [changed / "docs" / f"index.{lang}.md" for lang in LANGUAGES[1:]]
    first = translations[0]
    # Unedited: the French changed, the translation did not.
    refused = run_tool(changed, RECORD, "--record", str(first), "--part", "clause-6")
    assert refused.returncode == 1 and "translate it" in refused.stderr
    # Broken: a clause id gone. Nothing is recorded, the file is left as it was.
    text = first.read_text(encoding="utf-8")
    first.write_text(text.replace("{#clause-3-2}", ""), encoding="utf-8")
    broken = run_tool(changed, RECORD, "--record", str(first))
    assert broken.returncode == 1 and "clause-3-2" in broken.stderr
    first.write_text(text, encoding="utf-8")
    # Translated (here: a sentence added to each clause 6), then recorded clause by clause.
    for page in translations:
        edit(page, "\n\n{{ contact.card }}", " ✔\n\n{{ contact.card }}")  # the end of clause 6
        done = run_tool(changed, RECORD, "--record", str(page), "--part", "clause-6")
        assert done.returncode == 0, done.stderr
    assert make(changed, "i18n-check").returncode == 0


def test_a_french_change_left_undated_is_warned(tmp_path: Path) -> None:
    """The French changed but its ``updated`` did not: the build goes on, and says what to set."""
    project = project_copy(tmp_path / "project")
    edit(project / "docs" / f"index.{LANGUAGES[0]}.md", OLD, NEW)
    built = make(project, "build", SITE_URL="http://127.0.0.1:8000/")
    assert built.returncode == 0, built.stderr
    assert "set it to the day of the change" in built.stderr
