"""The fewest bytes a first visit can download before the checker is ready, with Pyodide as the
npm package ships it: its wasm and its two modules, and the standard-library files its own
start-up imports (asyncio and what asyncio imports among them), compressed as the site ships
them. Before any byte of the checker, of its page or of the modules only the checker imports.
``make bench`` prints it beside ``bytes_before_ready_kb``: what is left above it is ours."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

from policy_site.compress import QUALITY, brotli_bytes
from policy_site.config import ROOT
from policy_site.pyodide_wiring import ASM_MODULE, LOCK, PYODIDE_DIR, PYODIDE_MODULE, STDLIB, WASM

SCRIPT = ROOT / "tools" / "bench_floor.mjs"


def startup_floor_kb(runtime: Path) -> float:
    """Kilobytes (brotli, as served) of what Pyodide needs to start, in the built ``runtime``
    folder of a site."""
    shipped = sum((runtime / f"{name}.br").stat().st_size for name in (WASM, ASM_MODULE, PYODIDE_MODULE))
    return (shipped + len(brotli_bytes(startup_stdlib(runtime), QUALITY))) / 1024


def startup_stdlib(runtime: Path) -> bytes:
    """The site's standard-library zip cut down to the files Pyodide's start-up imports."""
    listed = subprocess.run(
        ["node", str(SCRIPT), f"{runtime}/", PYODIDE_MODULE, str(PYODIDE_DIR / LOCK)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    needed = set(json.loads(listed.strip().splitlines()[-1]))
    cut = io.BytesIO()
    with zipfile.ZipFile(runtime / STDLIB) as full, zipfile.ZipFile(cut, "w") as out:
        for info in full.infolist():
            if info.filename in needed:
                out.writestr(info, full.read(info))
    return cut.getvalue()
