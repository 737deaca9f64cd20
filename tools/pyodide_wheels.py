"""Downloads the wheels that the rule tests need inside Pyodide (pytest, Hypothesis, their deps).

    python -m tools.pyodide_wheels .cache/pyodide-wheels

Versions are read from ``requirements.lock``, so Pyodide runs the same pytest and Hypothesis as
CPython. All are pure-Python wheels except Hypothesis, which ships compiled wheels only; one of
them is built for Pyodide's ABI, whose tag is read from the npm runtime's ``pyodide-lock.json``.
Wheels already in the folder are kept (so ``make test`` can call this every time); wheels of
these packages at other versions are deleted, so the runner never installs two of one package.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
PYODIDE_LOCK = ROOT / "node_modules" / "pyodide" / "pyodide-lock.json"
#: pytest 9.0 and its dependencies on Python >= 3.11, then Hypothesis and its dependency.
PACKAGES = (
    "pytest", "iniconfig", "packaging", "pluggy", "pygments",
    "hypothesis", "sortedcontainers",
)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tools.pyodide_wheels DIR", file=sys.stderr)
        return 2
    folder = Path(args[0])
    folder.mkdir(parents=True, exist_ok=True)
    wanted = pins(LOCK.read_text(encoding="utf-8"))
    drop_other_versions(folder, wanted)
    missing = [
        f"{name}=={version}"
        for name, version in wanted.items()
        if not has_wheel(folder, name, version)
    ]
    if not missing:
        print(f"pyodide wheels: all {len(wanted)} present in {folder}")
        return 0
    python, platform = pyodide_target(json.loads(PYODIDE_LOCK.read_text(encoding="utf-8")))
    abi = "cp" + python.replace(".", "")
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
        "--python-version", python, "--implementation", "cp", "--abi", abi,
        "--platform", platform, "--dest", str(folder), *missing,
    ]  # fmt: skip
    print(f"pyodide wheels: downloading {' '.join(missing)} for {platform}")
    return subprocess.run(command, check=False).returncode


def normalize(name: str) -> str:
    """A distribution name as wheel file names spell it (PEP 427 / PEP 503)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def pins(lock: str) -> dict[str, str]:
    """The ``name==version`` lines of the lock for ``PACKAGES``; a missing one is an error."""
    found = {}
    for line in lock.splitlines():
        name, sep, version = line.split("#", 1)[0].strip().partition("==")
        if sep and normalize(name) in PACKAGES:
            found[normalize(name)] = version.strip()
    if missing := [name for name in PACKAGES if name not in found]:
        raise SystemExit(f"{LOCK.name} pins no version of {', '.join(missing)}")
    return found


def wheel_parts(path: Path) -> tuple[str, str]:
    """(normalized name, version) of a wheel file."""
    name, version = path.name.split("-")[:2]
    return normalize(name), version


def has_wheel(folder: Path, name: str, version: str) -> bool:
    return any(wheel_parts(path) == (name, version) for path in folder.glob("*.whl"))


def drop_other_versions(folder: Path, wanted: dict[str, str]) -> None:
    for path in folder.glob("*.whl"):
        name, version = wheel_parts(path)
        if name in wanted and version != wanted[name]:
            path.unlink()


def pyodide_target(lock: dict[str, dict[str, str]]) -> tuple[str, str]:
    """("3.14", "pyemscripten_2026_0_wasm32"): Pyodide's Python and its wheels' platform tag."""
    info = lock["info"]
    python = ".".join(info["python"].split(".")[:2])
    return python, f"pyemscripten_{info['abi_version']}_{info['arch']}"


if __name__ == "__main__":
    sys.exit(main())
