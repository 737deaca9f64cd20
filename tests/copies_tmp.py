"""The maintainers' translation report: up to date on the real tree, out of date or missing in a
copy where the French changed or a translation is gone; ``--check`` fails then, and the built
translated page warns its reader."""

from __future__ import annotations

from pathlib import Path

from tests.support.languages import LANGUAGES, prefix
from tests.support.project import build_copy, project_copy, run_tool

TOOL = "tools.i18n_status"


def add_french_sentence(project: Path) -> None:
    french = project / "docs" / f"index.{LANGUAGES[0]}.md"
    french.write_text(french.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", "utf-8")


def test_real_tree_is_up_to_date(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    result = run_tool(project, TOOL, "--check")
    assert result.returncode == 0, result.stdout
    assert "out of date" not in result.stdout and "missing" not in result.stdout
    assert result.stdout.count("up to date") == 2 * len(LANGUAGES)


def test_changed_french_makes_translations_out_of_date(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    add_french_sentence(project)
    (project / "docs" / f"checker.{LANGUAGES[-1]}.md").unlink()
    result = run_tool(project, TOOL, "--check")
    assert result.returncode == 1
    index_row = next(line for line in result.stdout.splitlines() if line.startswith("index"))
    assert index_row.count("out of date") == len(LANGUAGES) - 1 and "up to date" in index_row
    checker_row = next(line for line in result.stdout.splitlines() if line.startswith("checker"))
    assert "missing" in checker_row
    assert run_tool(project, TOOL).returncode == 0  # without --check it only reports


def test_record_brings_a_translation_up_to_date(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    add_french_sentence(project)
    translations = [f"docs/index.{lang}.md" for lang in LANGUAGES[1:]]
    assert run_tool(project, TOOL, "--record", *translations).returncode == 0
    assert run_tool(project, TOOL, "--check").returncode == 0


def test_out_of_date_translation_shows_a_notice(tmp_path: Path) -> None:
    """Built from a copy whose French changed: the translated page warns, in its language."""
    project = project_copy(tmp_path / "project")
    add_french_sentence(project)
    result = build_copy(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    other = LANGUAGES[-1]
    page = (tmp_path / "site" / prefix(other) / "index.html").read_text(encoding="utf-8")
    assert 'data-translation="warning"' in page
    checker = (tmp_path / "site" / prefix(other) / "checker" / "index.html").read_text("utf-8")
    assert 'data-translation="info"' in checker  # its French did not change
