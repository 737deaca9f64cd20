"""The checker package's files for the browser, as sources: one zip of stored members, which the
runtime build (``policy_site.pyodide_runtime``) runs to record what the checker imports, then ships
with its modules compiled, one archive per language; the worker writes that one into Pyodide's
file system (``web/stored-zip.mjs``)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from checker.catalog import DOMAIN, LOCALES, catalog_files, catalog_path
from checker.contact import DEFAULT_FILE, SHIPPED_FILE, details_json, load_contact
from policy_site.config import ROOT

CHECKER = ROOT / "checker"
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
#: The command line is not for the browser.
NOT_FOR_THE_BROWSER = frozenset({"cli.py", "__main__.py"})


class CatalogsNotCompiled(RuntimeError):
    pass


def checker_archive() -> bytes:
    """Its modules, compiled catalogs and contact details, as deterministic bytes: sorted
    members, fixed times. The contact details are the checked ones of ``contact.toml``, as JSON
    (``checker.contact.SHIPPED_FILE``)."""
    catalogs = [path for _, path in catalog_files(LOCALES, DOMAIN, ".mo")]
    if not catalogs:
        raise CatalogsNotCompiled("no compiled catalogs: run `make catalogs` first")
    modules = [path for path in CHECKER.glob("*.py") if path.name not in NOT_FOR_THE_BROWSER]
    files = {member(path): path.read_bytes() for path in [*modules, *catalogs]}
    files[member(CHECKER / SHIPPED_FILE.name)] = details_json(load_contact(DEFAULT_FILE)).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in sorted(files.items()):
            archive.writestr(zipfile.ZipInfo(name, FIXED_ZIP_TIME), data)
    return buffer.getvalue()


def catalog_member(lang: str) -> str:
    """The name of ``lang``'s compiled catalog in the archive."""
    return member(catalog_path(LOCALES, lang, DOMAIN, ".mo"))


def member(path: Path) -> str:
    """The name in the archive of the checker's file ``path``: ``checker/...``, as the package is
    imported."""
    return path.relative_to(CHECKER.parent).as_posix()
