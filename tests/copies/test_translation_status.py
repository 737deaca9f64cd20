"""The maintainers' translation report on the real tree, whatever its translations' state (the
report names exactly the parts that lag, and the strict gate fails exactly when some do: a
publishing gate, not a test of today's translations), and on a copy where a translation is gone
(named, and the gate fails)."""

from __future__ import annotations

from pathlib import Path

from policy_site.config import ROOT
from policy_site.translations import status, tracked_pages, translation_path
from tests.support.languages import LANGUAGES
from tests.support.project import project_copy, run_tool

TOOL = "tools.i18n_status"


def test_the_report_on_the_real_tree_names_what_lags_and_the_gate_agrees() -> None:
    report = run_tool(ROOT, TOOL)
    assert report.returncode == 0, report.stderr
    docs = ROOT / "docs"
    lagging = False
    for french in tracked_pages(docs):
        assert french.relative_to(docs).as_posix().replace(".fr.md", ".*.md") in report.stdout
        for lang in LANGUAGES[1:]:
            found = status(translation_path(french, lang))
            lagging |= not found.up_to_date
            for part in found.outdated:
                assert f"  {lang}  {part}  " in report.stdout
    gate = run_tool(ROOT, TOOL, "--check")
    assert gate.returncode == (1 if lagging else 0), gate.stdout


def test_a_missing_translation_is_named_and_fails_the_gate(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    (project / "docs" / f"checker.{LANGUAGES[-1]}.md").unlink()
    result = run_tool(project, TOOL, "--check")
    assert result.returncode == 1
    assert f"{LANGUAGES[-1]}  missing: checker.{LANGUAGES[-1]}.md" in result.stdout
    assert run_tool(project, TOOL).returncode == 0  # without --check it only reports
