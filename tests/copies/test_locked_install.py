"""The lock as a maintainer meets it, in a copy of the project whose package index is a folder of
small wheels made here (nothing is fetched): ``python -m tools.lock`` writes every package
``pyproject.toml`` needs with the sha256 of its file, keeps the pins it already has unless asked to
upgrade; ``make`` installs from the lock with ``--require-hashes``, so a file whose hash is not the
lock's, or a dependency the lock lacks, stops the install with nothing installed."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.support.project import project_copy, project_env
from tools.lockfile import read

#: name, version, its requirements: alpha 1.0 needs any beta, alpha 2.0 the second one.
WHEELS = (
    ("alpha", "1.0", ("beta>=1",)),
    ("alpha", "2.0", ("beta>=2",)),
    ("beta", "1.0", ()),
    ("beta", "2.0", ()),
)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("index")
    for name, version, requires in WHEELS:
        wheel(folder, name, version, requires)
    return folder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy whose pyproject.toml asks for alpha alone, with its own (absent) virtual env."""
    copy = project_copy(tmp_path / "project")
    (copy / ".venv").unlink()
    pyproject = copy / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^requires = \[.*\]$", "requires = []", text, count=1)
    text = re.sub(r"(?ms)^site = \[.*?^\]", 'site = ["alpha==1.0"]', text, count=1)
    text = re.sub(r"(?ms)^test = \[.*?^\]", "test = []", text, count=1)
    pyproject.write_text(text, encoding="utf-8")
    return copy


def wheel(folder: Path, name: str, version: str, requires: tuple[str, ...]) -> Path:
    """A minimal pure wheel, enough for pip to read its metadata and install it."""
    info = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": "",
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
        + "".join(f"Requires-Dist: {line}\n" for line in requires),
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    files[f"{info}/RECORD"] = "".join(f"{path},,\n" for path in [*files, f"{info}/RECORD"])
    path = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        for member, text in files.items():
            archive.writestr(member, text)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def offline(index: Path) -> dict[str, str]:
    """pip with the folder as its only index, and none of this machine's configuration."""
    return {"PIP_CONFIG_FILE": os.devnull, "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(index)}


def lock_tool(project: Path, index: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.lock", *args],
        cwd=project,
        env=project_env(project) | offline(index),
        capture_output=True,
        text=True,
        timeout=120,
    )


def install(project: Path, index: Path) -> subprocess.CompletedProcess[str]:
    """``make .venv/.installed`` in the copy: its own virtual env, from its lock."""
    return subprocess.run(
        ["make", "--no-print-directory", ".venv/.installed"],
        cwd=project,
        env=project_env(project) | offline(index),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_tool_pins_every_package_with_its_files_hash(project: Path, index: Path) -> None:
    result = lock_tool(project, index)
    assert result.returncode == 0, result.stderr
    pins = read((project / "requirements.lock").read_text(encoding="utf-8"))
    assert {key: (pin.version, pin.hashes) for key, pin in pins.items()} == {
        "alpha": ("1.0", {sha256(index / "alpha-1.0-py3-none-any.whl")}),
        "beta": ("2.0", {sha256(index / "beta-2.0-py3-none-any.whl")}),
    }


def test_the_tool_keeps_the_pins_unless_asked_to_upgrade(project: Path, index: Path) -> None:
    lock = project / "requirements.lock"
    beta = index / "beta-1.0-py3-none-any.whl"
    lock.write_text(f"beta==1.0 \\\n    --hash=sha256:{sha256(beta)}\n", encoding="utf-8")
    assert lock_tool(project, index).returncode == 0
    assert read(lock.read_text(encoding="utf-8"))["beta"].version == "1.0"
    assert lock_tool(project, index, "--upgrade").returncode == 0
    assert read(lock.read_text(encoding="utf-8"))["beta"].version == "2.0"


def test_a_kept_pin_in_conflict_stops_the_tool_with_nothing_written(project: Path, index: Path) -> None:
    lock, pyproject = project / "requirements.lock", project / "pyproject.toml"
    beta = index / "beta-1.0-py3-none-any.whl"
    lock.write_text(f"beta==1.0 \\\n    --hash=sha256:{sha256(beta)}\n", encoding="utf-8")
    before = lock.read_text(encoding="utf-8")
    pyproject.write_text(pyproject.read_text("utf-8").replace('"alpha==1.0"', '"alpha==2.0"'), "utf-8")
    result = lock_tool(project, index)
    assert result.returncode == 1
    assert "--upgrade" in result.stderr and "Traceback" not in result.stderr
    assert lock.read_text(encoding="utf-8") == before
    assert lock_tool(project, index, "--upgrade").returncode == 0
    pins = read(lock.read_text(encoding="utf-8"))
    assert (pins["alpha"].version, pins["beta"].version) == ("2.0", "2.0")


def test_make_refuses_a_file_whose_hash_is_not_the_locks(project: Path, index: Path) -> None:
    alpha, beta = index / "alpha-1.0-py3-none-any.whl", index / "beta-2.0-py3-none-any.whl"
    wrong = sha256(alpha).translate(str.maketrans("0123456789abcdef", "123456789abcdef0"))
    (project / "requirements.lock").write_text(
        f"alpha==1.0 \\\n    --hash=sha256:{wrong}\nbeta==2.0 \\\n    --hash=sha256:{sha256(beta)}\n",
        encoding="utf-8",
    )
    result = install(project, index)
    assert result.returncode != 0
    assert "DO NOT MATCH THE HASHES" in result.stderr, result.stderr[-3000:]
    assert not installed(project)


def test_make_refuses_a_dependency_the_lock_lacks(project: Path, index: Path) -> None:
    alpha = index / "alpha-1.0-py3-none-any.whl"
    (project / "requirements.lock").write_text(
        f"alpha==1.0 \\\n    --hash=sha256:{sha256(alpha)}\n", encoding="utf-8"
    )
    result = install(project, index)
    assert result.returncode != 0
    assert "--require-hashes mode" in result.stderr, result.stderr[-3000:]
    assert not installed(project)


def installed(project: Path) -> list[Path]:
    """The stamp, and any of the index's packages found in the copy's virtual env."""
    venv = project / ".venv"
    packages = venv.glob("lib/python*/site-packages/*")
    return [*venv.glob(".installed"), *(path for path in packages if path.name.startswith(("alpha", "beta")))]
