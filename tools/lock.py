"""Writes ``requirements.lock``: every Python package the project installs, pinned with the sha256
of the files pip may install, so that ``make`` installs them with ``pip --require-hashes``.

    python -m tools.lock             # after a change of pins in pyproject.toml (make lock)
    python -m tools.lock --upgrade   # also moves the packages pyproject.toml does not pin

The packages are those of ``.[site,test]`` and of the build backend (``[build-system]``: ``make``
installs the project without build isolation), resolved by pip on the platform the lock is for:
CPython 3.11 on x86_64 Linux with glibc 2.36 (Debian bookworm: these machines, and CI's
``python:3.11-bookworm``). The hashes are those the package index gives pip, which are PyPI's.
The packages the rule tests need inside Pyodide (``tools.pyodide_wheels``) also list the hash of
the wheel Pyodide gets, so that one file pins both. Without ``--upgrade``, the current lock's pins
are kept for every package pyproject.toml does not pin itself.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from policy_site.config import ROOT
from tools.lockfile import LOCK, PIN, LockfileError, Pin, canonical, read, render
from tools.pyodide_wheels import PACKAGES, pyodide_options

PYPROJECT = ROOT / "pyproject.toml"
EXTRAS = ("site", "test")
#: The platform the lock is for: pip picks one file per platform, and the hashes are those files'.
PLATFORM = {"implementation": "cpython", "python": "3.11", "machine": "x86_64", "libc": "glibc 2.36"}
HEADER = """\
# Every Python package of .[site,test] and of the build backend, with the sha256 of each file pip
# may install (CPython 3.11, x86_64 Linux, glibc 2.36: Debian bookworm, CI's python:3.11-bookworm).
# The packages the rule tests also run inside Pyodide list the hash of their Pyodide wheel too.
# make installs it with pip --require-hashes. Written by `make lock` (python -m tools.lock).
"""


class LockError(Exception):
    """pip could not resolve the requirements, or a file came without its hash."""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in ([], ["--upgrade"]):
        print(__doc__, file=sys.stderr)
        return 2
    if problem := wrong_platform():
        print(f"lock: {problem}", file=sys.stderr)
        return 2
    try:
        pins = locked_pins(upgrade=bool(args))
    except (LockError, LockfileError) as error:
        print(f"lock: {error}", file=sys.stderr)
        return 1
    written = LOCK.with_name(f".{LOCK.name}.new")  # whole or not at all
    written.write_text(render(HEADER, pins), encoding="utf-8")
    written.replace(LOCK)
    print(f"lock: {len(pins)} packages pinned with their hashes in {LOCK.name}")
    return 0


def locked_pins(*, upgrade: bool) -> dict[str, Pin]:
    wanted = requirements(tomllib.loads(PYPROJECT.read_text(encoding="utf-8")))
    direct = {canonical(match.group(1)) for line in wanted if (match := PIN.match(line))}
    kept = read(LOCK.read_text(encoding="utf-8")) if LOCK.exists() and not upgrade else {}
    constraints = [f"{pin.name}=={pin.version}" for key, pin in kept.items() if key not in direct]
    try:
        pins = pins_of(resolve(wanted, constraints))
    except LockError as error:
        if not constraints:
            raise
        raise LockError(f"{error}\n(the current lock's pins are kept: --upgrade drops them)") from None
    for_pyodide = [f"{pins[key].name}=={pins[key].version}" for key in map(canonical, PACKAGES) if key in pins]
    if for_pyodide:
        for key, pin in pins_of(resolve(for_pyodide, [], *pyodide_options())).items():
            pins[key].hashes |= pin.hashes
    return pins


def requirements(project: dict[str, Any]) -> list[str]:
    """The build backend's requirements, the project's and its extras', each once."""
    found = [
        *project["build-system"]["requires"],
        *project["project"].get("dependencies", []),
        *(line for extra in EXTRAS for line in project["project"]["optional-dependencies"][extra]),
    ]
    return list(dict.fromkeys(found))


def resolve(wanted: Iterable[str], constraints: Iterable[str], *elsewhere: str) -> Any:
    """pip's installation report for ``wanted``: every package it would install, with its file.
    ``elsewhere`` are the options of another platform: then the packages alone, without their
    dependencies (a report for another platform needs a ``--target``; nothing is written there)."""
    with tempfile.TemporaryDirectory() as folder:
        report, pinned = Path(folder, "report.json"), Path(folder, "constraints.txt")
        pinned.write_text("".join(f"{line}\n" for line in constraints), encoding="utf-8")
        other = ["--no-deps", "--target", str(Path(folder, "target")), *elsewhere] if elsewhere else []
        command = [
            sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
            "--disable-pip-version-check", "--report", str(report), "-c", str(pinned), *other,
            *wanted,
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not report.exists():
            raise LockError(f"pip could not resolve the requirements:\n{result.stderr.strip()}")
        return json.loads(report.read_text(encoding="utf-8"))


def pins_of(report: Any) -> dict[str, Pin]:
    pins = {}
    for item in report["install"]:
        name, version = item["metadata"]["name"], item["metadata"]["version"]
        digest = item["download_info"].get("archive_info", {}).get("hashes", {}).get("sha256")
        if not digest:
            url = item["download_info"]["url"]
            raise LockError(f"the package index gave no sha256 for {name}=={version} ({url})")
        pins[canonical(name)] = Pin(name, version, {digest})
    return pins


def wrong_platform() -> str | None:
    """Why this interpreter cannot write the lock, if it cannot."""
    here = {
        "implementation": sys.implementation.name,
        "python": ".".join(map(str, sys.version_info[:2])),
        "machine": platform.machine(),
        "libc": " ".join(platform.libc_ver()),
    }
    if here == PLATFORM:
        return None
    return (
        f"the lock is for {', '.join(PLATFORM.values())}; this is"
        f" {', '.join(value or '?' for value in here.values())}. Run it there, for example in"
        ' CI\'s container: docker run --rm -v "$PWD:/src" -w /src python:3.11-bookworm'
        " python -m tools.lock"
    )


if __name__ == "__main__":
    sys.exit(main())
