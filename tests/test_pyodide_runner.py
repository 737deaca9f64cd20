"""The Pyodide run can fail: the same rule tests, run inside Pyodide on a copy of the project
whose day-7 rule is broken, exit non-zero (``make test-pyodide`` shows they pass on the real one)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

#: It runs the real Pyodide runtime with pytest's wheels (make test fetches them): not in the edit
#: loop of make test-quick.
pytestmark = pytest.mark.pyodide

ROOT = Path(__file__).resolve().parent.parent
WHEELS = ROOT / ".cache" / "pyodide-wheels"
ON_TIME = "return days <= terms.request_deadline_days"


def project_copy(folder: Path) -> Path:
    for part in ("checker", "tests/rules", "tests/pyodide"):
        shutil.copytree(ROOT / part, folder / part, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "requirements.lock"):  # the runner checks the wheels' hashes
        shutil.copyfile(ROOT / name, folder / name)
    (folder / "node_modules").symlink_to(ROOT / "node_modules")
    return folder


def run_in_pyodide(project: Path) -> subprocess.CompletedProcess[str]:
    assert WHEELS.is_dir(), "run `make test` (it downloads the wheels Pyodide needs)"
    command = [
        "node", str(project / "tests" / "pyodide" / "run_pytest.mjs"), "--wheels", str(WHEELS),
        "tests/rules/test_cases.py", "--confcutdir=tests/rules", "-q",
    ]  # fmt: skip
    return subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=300)


def test_pyodide_run_fails_on_a_broken_rule(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    rules = project / "checker" / "rules.py"
    source = rules.read_text(encoding="utf-8")
    assert ON_TIME in source
    rules.write_text(source.replace(ON_TIME, ON_TIME.replace("<=", "<")), "utf-8")
    result = run_in_pyodide(project)
    assert "Python 3.14" in result.stdout
    assert result.returncode == 1, result.stdout[-2000:]
    assert "day 7" in result.stdout or "FAILED" in result.stdout
