"""The maintainers' translation report on the real tree (every translation up to date, so the
strict gate passes) and on a copy where a translation is gone (named, and the gate fails)."""

from __future__ import annotations

from pathlib import Path

from policy_site.config import ROOT
from tests.support.languages import LANGUAGES
from tests.support.project import project_copy, run_tool

TOOL = "tools.i18n_status"


def test_the_real_tree_is_up_to_date() -> None:
    result = run_tool(ROOT, TOOL, "--check")
    assert result.returncode == 0, result.stdout
    assert "out of date" not in result.stdout and "missing" not in result.stdout
    assert result.stdout.count(f"all {len(LANGUAGES) - 1} translations up to date") >= 2


def test_a_missing_translation_is_named_and_fails_the_gate(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    (project / "docs" / f"checker.{LANGUAGES[-1]}.md").unlink()
    result = run_tool(project, TOOL, "--check")
    assert result.returncode == 1
    assert f"{LANGUAGES[-1]}  missing: checker.{LANGUAGES[-1]}.md" in result.stdout
    assert run_tool(project, TOOL).returncode == 0  # without --check it only reports
