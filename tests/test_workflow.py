"""The GitHub Actions workflow that tests, publishes and rebuilds the site every day is checked by
``make lint`` (actionlint): the real one passes, a broken one is refused. What it runs cannot
change under it: every action is pinned by commit SHA, its container by digest."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from policy_site.config import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"
ACTIONLINT = Path(sys.executable).parent / "actionlint"
#: ``uses: owner/repo[/path]@<full commit SHA> # vX.Y.Z``
PINNED_ACTION = re.compile(r"(- )?uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){2}")
#: ``name:tag@sha256:<digest>``
PINNED_IMAGE = re.compile(r"[\w./-]+:[\w.-]+@sha256:[0-9a-f]{64}")


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


def test_every_action_is_pinned_by_commit_with_its_version() -> None:
    """A tag (``@v4``) can be moved to other code by whoever controls the action's repository; a
    commit SHA cannot. The comment says which release the SHA is, for the next update."""
    text = WORKFLOW.read_text("utf-8")
    lines = [line.strip() for line in text.splitlines() if re.match(r"\s*(- )?uses:", line)]
    workflow = yaml.safe_load(text)
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    assert len(lines) == sum("uses" in step for step in steps) > 0
    for line in lines:
        assert PINNED_ACTION.fullmatch(line), line


def test_the_container_is_pinned_by_digest() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    for name, job in workflow["jobs"].items():
        container = job.get("container")
        image = container.get("image") if isinstance(container, dict) else container
        assert image is not None and PINNED_IMAGE.fullmatch(image), (name, image)
