"""The checker package's files for the browser, as sources: one zip, which the runtime build
(``policy_site.pyodide_runtime``) runs to record what the checker imports, then ships with its
modules compiled; the worker unpacks that one into Pyodide's file system."""

from __future__ import annotations

import io
import zipfile

from policy_site.config import ROOT

CHECKER = ROOT / "checker"
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
#: Its modules, compiled catalogs and contact details; the command line is not for the browser.
PATTERNS = ("*.py", "*.toml", "py.typed", "locales/*/LC_MESSAGES/*.mo")
NOT_FOR_THE_BROWSER = frozenset({"cli.py", "__main__.py"})


class CatalogsNotCompiled(RuntimeError):
    pass


def checker_archive() -> bytes:
    """Deterministic bytes: sorted members, fixed times."""
    members = sorted(
        path
        for pattern in PATTERNS
        for path in CHECKER.glob(pattern)
        if path.name not in NOT_FOR_THE_BROWSER
    )
    if not any(path.suffix == ".mo" for path in members):
        raise CatalogsNotCompiled("no compiled catalogs: run `make catalogs` first")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in members:
            info = zipfile.ZipInfo(f"checker/{path.relative_to(CHECKER).as_posix()}", FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()
