"""Puts the Pyodide runtime, the checker archive and the page scripts into the built site.

Every file gets a content-hashed name (the runtime a hashed folder, since Pyodide finds its own
files by fixed names), so hosts can cache them for a year; the checker page links to them.
Only the checker page refers to these files: policy pages load no Pyodide byte.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from tools.pyodide_runtime import LOAD_OPTIONS, build_runtime

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
CHECKER = ROOT / "checker"
CACHE = ROOT / ".cache" / "bundle"
ASSETS = "assets/checker"
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Bundle:
    """The built files (site-relative path -> bytes or source folder) and the page script's URL."""

    files: dict[str, bytes]
    runtime_dir: str
    runtime_source: Path
    page_script: str


def on_post_build(config: MkDocsConfig) -> None:
    """Runs once per language build (i18n plugin); writing the same files again is harmless."""
    site = Path(config.site_dir)
    bundle = build()
    for relative, content in bundle.files.items():
        target = site / relative
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    runtime = site / bundle.runtime_dir
    if not runtime.exists():
        shutil.copytree(bundle.runtime_source, runtime)


def page_script_url() -> str:
    """Site-relative URL of the checker page's script."""
    return build().page_script


@cache
def build() -> Bundle:
    """Builds everything once per process (the i18n plugin rebuilds the site per language)."""
    runtime_source = CACHE / "runtime"
    if runtime_source.exists():
        shutil.rmtree(runtime_source)
    build_runtime(runtime_source)
    runtime_dir = f"assets/pyodide-{folder_hash(runtime_source)}"
    archive = checker_archive()
    archive_name = hashed("checker", ".zip", archive)
    worker = fill(
        (WEB / "checker-worker.js").read_text(encoding="utf-8"),
        __RUNTIME__=f"../{Path(runtime_dir).name}/",
        __ARCHIVE__=f"./{archive_name}",
        __LOAD_OPTIONS__=LOAD_OPTIONS,
    ).encode()
    worker_name = hashed("checker-worker", ".js", worker)
    page = fill(
        (WEB / "checker-page.js").read_text(encoding="utf-8"), __WORKER__=f"./{worker_name}"
    ).encode()
    page_name = hashed("checker-page", ".js", page)
    files = {
        f"{ASSETS}/{archive_name}": archive,
        f"{ASSETS}/{worker_name}": worker,
        f"{ASSETS}/{page_name}": page,
    }
    return Bundle(files, runtime_dir, runtime_source, f"{ASSETS}/{page_name}")


def checker_archive() -> bytes:
    """The checker package as the browser needs it: its modules and compiled catalogs, no CLI."""
    buffer = io.BytesIO()
    members = sorted(
        path
        for pattern in ("*.py", "py.typed", "locales/*/LC_MESSAGES/*.mo")
        for path in CHECKER.glob(pattern)
        if path.name not in {"cli.py", "__main__.py", "contact.py"}
    )
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in members:
            info = zipfile.ZipInfo(
                f"checker/{path.relative_to(CHECKER).as_posix()}", FIXED_ZIP_TIME
            )
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        if key not in template:
            raise ValueError(f"{key} is not in the template")
        template = template.replace(key, value)
    return template


def hashed(stem: str, suffix: str, content: bytes) -> str:
    return f"{stem}.{hashlib.sha256(content).hexdigest()[:10]}{suffix}"


def folder_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]
