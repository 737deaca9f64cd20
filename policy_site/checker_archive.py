"""The checker package's files for the browser, as sources: one zip of stored members, which the
runtime build (``policy_site.pyodide_runtime``) runs to record what the checker imports, then ships
with its modules compiled, one archive per language; the worker writes that one into Pyodide's
file system (``web/stored-zip.mjs``)."""

from __future__ import annotations

import io
import zipfile

from checker.catalog import DOMAIN, LOCALES
from checker.contact import DEFAULT_FILE, SHIPPED_FILE, details_json, load_contact
from policy_site.config import ROOT

CHECKER = ROOT / "checker"
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
#: Its modules and compiled catalogs; the command line is not for the browser.
PATTERNS = ("*.py", f"{LOCALES.name}/*/LC_MESSAGES/{DOMAIN}.mo")
NOT_FOR_THE_BROWSER = frozenset({"cli.py", "__main__.py"})


class CatalogsNotCompiled(RuntimeError):
    pass


def checker_archive() -> bytes:
    """Deterministic bytes: sorted members, fixed times. The contact details are the checked
    ones of ``contact.toml``, as JSON (``checker.contact.SHIPPED_FILE``)."""
    members = sorted(
        path
        for pattern in PATTERNS
        for path in CHECKER.glob(pattern)
        if path.name not in NOT_FOR_THE_BROWSER
    )
    if not any(path.suffix == ".mo" for path in members):
        raise CatalogsNotCompiled("no compiled catalogs: run `make catalogs` first")
    files = {path.relative_to(CHECKER).as_posix(): path.read_bytes() for path in members}
    files[SHIPPED_FILE.name] = details_json(load_contact(DEFAULT_FILE)).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in sorted(files.items()):
            archive.writestr(zipfile.ZipInfo(f"checker/{name}", FIXED_ZIP_TIME), data)
    return buffer.getvalue()
