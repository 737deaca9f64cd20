"""Downloads the wheels that the rule tests need inside Pyodide (pytest, Hypothesis, their deps),
each checked against its sha256 in ``requirements.lock``.

    python -m tools.pyodide_wheels .cache/pyodide-wheels

Versions and hashes are read from ``requirements.lock``, so Pyodide runs the same pytest and
Hypothesis as CPython, from the same files where they are pure Python. Hypothesis ships compiled
wheels only; one of them is built for Pyodide's ABI, whose tag is read from the npm runtime's
``pyodide-lock.json``, and the lock lists its hash beside the CPython wheel's (``tools.lock``).
Wheels already in the folder are kept when their hash is the lock's (so ``make test`` can call this
every time); wheels of these packages at other versions are deleted, so the runner never installs
two of one package. Any other wheel (another hash for a pinned version, a package the lock does
not pin) is refused: deleted, named, and the exit status is 1. pip downloads with
``--require-hashes``, and every file is checked again afterwards.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from policy_site import pyodide_wiring
from tools.lockfile import LOCK, LockfileError, Pin, canonical, read

PYODIDE_LOCK = pyodide_wiring.PYODIDE_DIR / pyodide_wiring.LOCK
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
    try:
        wanted = pins(LOCK.read_text(encoding="utf-8"))
    except LockfileError as error:
        print(f"pyodide wheels: {error}", file=sys.stderr)
        return 2
    if refused := screen(folder, wanted):
        print("\n".join(refused), file=sys.stderr)
        return 1
    present = {sha256(path) for path in folder.glob("*.whl")}
    missing = [pin for pin in wanted.values() if not pin.hashes & present]
    if not missing:
        print(f"pyodide wheels: all {len(wanted)} present in {folder}, their hashes the lock's")
        return 0
    print(f"pyodide wheels: downloading {' '.join(f'{p.name}=={p.version}' for p in missing)}")
    if status := download(folder, missing):
        return status
    if refused := screen(folder, wanted):
        print("\n".join(refused), file=sys.stderr)
        return 1
    return 0


def pins(lock: str) -> dict[str, Pin]:
    """The lock's pins of ``PACKAGES``, by the names wheel files use; a missing one is an error."""
    locked = read(lock)
    if missing := [name for name in PACKAGES if canonical(name) not in locked]:
        raise LockfileError(f"{LOCK.name} pins no version of {', '.join(missing)}")
    return {normalize(name): locked[canonical(name)] for name in PACKAGES}


def screen(folder: Path, wanted: dict[str, Pin]) -> list[str]:
    """Deletes every wheel of the folder that the runner must not install, and names those that
    are not merely an older version: a file the lock does not list is refused."""
    refused = []
    for path in sorted(folder.glob("*.whl")):
        name, version = wheel_parts(path)
        pin, digest = wanted.get(name), sha256(path)
        if pin is not None and digest in pin.hashes:
            continue
        path.unlink()
        if pin is not None and version != pin.version:
            continue  # a version the lock no longer pins
        reason = (
            f"its sha256 {digest} is not one {LOCK.name} lists for {pin.name}=={pin.version}"
            if pin
            else f"{LOCK.name} pins no such package"
        )
        refused.append(f"pyodide wheels: refused and deleted {path.name}: {reason}")
    return refused


def download(folder: Path, missing: list[Pin]) -> int:
    """``pip download --require-hashes`` of the missing pins, for Pyodide's platform."""
    with tempfile.TemporaryDirectory() as scratch:
        requirements = Path(scratch, "pyodide-wheels.txt")
        requirements.write_text(
            "".join(
                f"{pin.name}=={pin.version} "
                + " ".join(f"--hash=sha256:{digest}" for digest in sorted(pin.hashes))
                + "\n"
                for pin in missing
            ),
            encoding="utf-8",
        )
        command = [
            sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
            "--no-deps", "--require-hashes", *pyodide_options(), "--dest", str(folder),
            "-r", str(requirements),
        ]  # fmt: skip
        return subprocess.run(command, check=False).returncode


def pyodide_options() -> list[str]:
    """pip's options for the platform of the npm runtime's Pyodide (its Python, its wheels' tag)."""
    python, platform = pyodide_target(json.loads(PYODIDE_LOCK.read_text(encoding="utf-8")))
    abi = "cp" + python.replace(".", "")
    return [
        "--only-binary=:all:", "--python-version", python, "--implementation", "cp",
        "--abi", abi, "--platform", platform,
    ]  # fmt: skip


def normalize(name: str) -> str:
    """A distribution name as wheel file names spell it (PEP 427 / PEP 503)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def wheel_parts(path: Path) -> tuple[str, str]:
    """(normalized name, version) of a wheel file (no version if the name has none)."""
    name, _, rest = path.name.removesuffix(".whl").partition("-")
    return normalize(name), rest.partition("-")[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pyodide_target(lock: dict[str, dict[str, str]]) -> tuple[str, str]:
    """("3.14", "pyemscripten_2026_0_wasm32"): Pyodide's Python and its wheels' platform tag."""
    info = lock["info"]
    python = ".".join(info["python"].split(".")[:2])
    return python, f"pyemscripten_{info['abi_version']}_{info['arch']}"


if __name__ == "__main__":
    sys.exit(main())
