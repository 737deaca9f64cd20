"""The wheels installed into Pyodide for the rule tests are the lock's files, by sha256: a wheel
changed after its download, or a wheel of a package the lock does not pin, is refused by the tool
that fills the folder (deleted and named, exit 1) and by the runner that installs them (nothing
installed, exit 3), in a temporary folder holding copies of the wheels ``make test`` downloads."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from policy_site.config import ROOT

#: The real Pyodide runner and the folder make test fills (tools/pyodide_wheels.py).
pytestmark = pytest.mark.pyodide

WHEELS = ROOT / ".cache" / "pyodide-wheels"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    assert WHEELS.is_dir(), "run `make test` (it downloads the wheels Pyodide needs)"
    copy = tmp_path / "wheels"
    copy.mkdir()
    for path in WHEELS.glob("*.whl"):
        shutil.copyfile(path, copy / path.name)
    return copy


def pytest_wheel(folder: Path) -> Path:
    (path,) = folder.glob("pytest-*.whl")
    return path


def tamper(path: Path) -> None:
    """Adds a module to the wheel: still a valid wheel, no longer the published file."""
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("tampered.py", "raise SystemExit('a tampered wheel ran')\n")


def another_package(folder: Path) -> Path:
    path = folder / "tampered-1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("tampered.py", "raise SystemExit('a stray wheel ran')\n")
    return path


def fill(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.pyodide_wheels", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_in_pyodide(folder: Path) -> subprocess.CompletedProcess[str]:
    command = [
        "node", str(ROOT / "tests" / "pyodide" / "run_pytest.mjs"), "--wheels", str(folder),
        "tests/rules/test_cases.py", "--confcutdir=tests/rules", "-q",
    ]  # fmt: skip
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_lock_s_wheels_are_kept_and_nothing_is_fetched(folder: Path) -> None:
    before = sorted(path.name for path in folder.iterdir())
    result = fill(folder)
    assert result.returncode == 0, result.stderr
    assert "downloading" not in result.stdout
    assert sorted(path.name for path in folder.iterdir()) == before


#: The two wheels the lock does not list: one of its packages changed, and a package it lacks.
CHANGES = ["a tampered wheel", "another package"]


def wrong_wheel(folder: Path, change: str) -> Path:
    """The wheel of ``CHANGES`` named by ``change``, written into ``folder``."""
    if change == "a tampered wheel":
        wrong = pytest_wheel(folder)
        tamper(wrong)
        return wrong
    return another_package(folder)


@pytest.mark.parametrize("change", CHANGES)
def test_the_tool_refuses_a_wheel_the_lock_does_not_list(folder: Path, change: str) -> None:
    wrong = wrong_wheel(folder, change)
    kept = sorted(path.name for path in folder.glob("*.whl") if path != wrong)
    result = fill(folder)
    assert result.returncode == 1
    assert f"refused and deleted {wrong.name}" in result.stderr
    assert not wrong.exists()
    assert sorted(path.name for path in folder.glob("*.whl")) == kept


@pytest.mark.parametrize("change", CHANGES)
def test_the_runner_installs_nothing_the_lock_does_not_list(folder: Path, change: str) -> None:
    wrong = wrong_wheel(folder, change)
    result = run_in_pyodide(folder)
    assert result.returncode == pytest.ExitCode.INTERNAL_ERROR, result.stdout[-2000:]
    assert f"refused {wrong.name}" in result.stderr
    assert "Python 3.14" not in result.stdout  # Pyodide never started: nothing was installed
