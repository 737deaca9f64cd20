"""The GitHub Actions workflow that tests, publishes and rebuilds the site every day is checked by
``make lint`` (actionlint): the real one passes, a broken one is refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from policy_site.config import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"
ACTIONLINT = Path(sys.executable).parent / "actionlint"


def actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(ACTIONLINT), str(path)], capture_output=True, text=True, timeout=60)


def test_the_workflow_passes_actionlint() -> None:
    result = actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout


def test_a_broken_workflow_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / ".github" / "workflows" / "site.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(WORKFLOW.read_text("utf-8").replace("needs: test", "needs: tset"), "utf-8")
    result = actionlint(broken)
    assert result.returncode != 0 and "tset" in result.stdout


def test_it_publishes_on_pushes_and_every_day() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key ``on`` as true
    assert "push" in triggers and len(triggers["schedule"]) >= 1
    assert "make test" in str(workflow["jobs"]["test"]["steps"])
    assert "make build" in str(workflow["jobs"]["publish"]["steps"])
