"""``site/`` is ready for a static host: ``_headers`` with the CSP, the wasm type and cache
lifetimes, and precompressed copies that decompress to the very same bytes."""

from __future__ import annotations

import gzip
import re
from fnmatch import fnmatch
from pathlib import Path

import brotli

from policy_site.pyodide_wiring import (
    CHECKER_FOLDER,
    HASH_LENGTH,
    RUNTIME_FOLDER_PREFIX,
    WASM,
    shipped,
)
from tests.support.languages import LANGUAGES, prefix


def rules(site: Path) -> list[tuple[str, dict[str, str]]]:
    parsed: list[tuple[str, dict[str, str]]] = []
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if not line[0].isspace():
            parsed.append((line.strip(), {}))
        else:
            name, _sep, value = line.strip().partition(":")
            parsed[-1][1][name.strip()] = value.strip()
    return parsed


def headers_of(site: Path, path: str) -> list[tuple[str, str]]:
    """Every header a host sends for ``path``: hosts add up the rules it matches (``*`` matches
    across folders)."""
    return [item for pattern, headers in rules(site) if fnmatch(path, pattern) for item in headers.items()]


def served_paths(site: Path) -> list[str]:
    """Every URL path of the site's files, as a host serves them (folders as ``/name/``)."""
    paths = []
    for file in site.rglob("*"):
        if file.is_file() and file.suffix not in {".br", ".gz"} and file.name != "_headers":
            path = "/" + file.relative_to(site).as_posix()
            paths.append(path.removesuffix("index.html"))
    return paths


def test_headers_file(built_site: Path) -> None:
    (csp,) = [value for name, value in headers_of(built_site, "/") if name == "Content-Security-Policy"]
    assert "script-src 'self' 'wasm-unsafe-eval'" in csp
    assert "default-src 'self'" in csp and "http" not in csp
    wasm = shipped(built_site, WASM).relative_to(built_site)
    assert ("Content-Type", "application/wasm") in headers_of(built_site, f"/{wasm.as_posix()}")


def test_every_file_has_one_cache_lifetime_immutable_only_when_content_hashed(
    built_site: Path,
) -> None:
    hashed = re.compile(r"[./-][0-9a-f]{8,}[./]")  # Material: 8 hex digits, ours: 10
    for path in served_paths(built_site):
        lifetimes = [value for name, value in headers_of(built_site, path) if name == "Cache-Control"]
        assert len(lifetimes) == 1, (path, lifetimes)
        if "immutable" in lifetimes[0]:
            assert hashed.search(path), path
        else:
            assert "max-age=0" in lifetimes[0], (path, lifetimes)
    material = [p for p in served_paths(built_site) if re.search(r"/(bundle|main)\.[0-9a-f]{8}\.min", p)]
    assert len(material) >= 2
    for path in material:
        assert "immutable" in dict(headers_of(built_site, path))["Cache-Control"], path


def test_csp_meta_matches_headers(built_site: Path) -> None:
    meta = re.search(
        r'http-equiv="Content-Security-Policy" content="([^"]+)"',
        (built_site / "index.html").read_text(encoding="utf-8"),
    )
    assert meta
    assert dict(headers_of(built_site, "/"))["Content-Security-Policy"].startswith(
        meta[1].replace("&#39;", "'")
    )


def test_content_hashed_assets_only_under_immutable_paths(built_site: Path) -> None:
    """Everything cached for a year has its content hash in its path."""
    content_hash = rf"[0-9a-f]{{{HASH_LENGTH}}}"
    runtime = [path.relative_to(built_site).as_posix() for path in built_site.glob(f"{RUNTIME_FOLDER_PREFIX}*")]
    assert len(runtime) == 1 and re.fullmatch(re.escape(RUNTIME_FOLDER_PREFIX) + content_hash, runtime[0])
    for path in (built_site / CHECKER_FOLDER).iterdir():
        assert re.fullmatch(rf"[a-z-]+\.{content_hash}\.(js|mjs|zip)(\.br|\.gz)?", path.name), path.name


def test_precompressed_copies_are_exact(built_site: Path) -> None:
    wasm = shipped(built_site, WASM)
    # The search index is rewritten by the i18n plugin at the very end: a stale copy would hold
    # only the French documents.
    search_index = built_site / "search" / "search_index.json"
    checker_page = built_site / prefix(LANGUAGES[-1]) / "checker" / "index.html"
    for original in (wasm, search_index, checker_page):
        data = original.read_bytes()
        assert gzip.decompress(original.with_name(original.name + ".gz").read_bytes()) == data
        assert brotli.decompress(original.with_name(original.name + ".br").read_bytes()) == data
    assert wasm.with_name(wasm.name + ".br").stat().st_size < wasm.stat().st_size / 2


def test_policy_pages_load_no_pyodide(built_site: Path) -> None:
    for page in (built_site / prefix(lang) / "index.html" for lang in LANGUAGES):
        html = page.read_text(encoding="utf-8")
        assert "pyodide" not in html and "checker-page" not in html, page


def test_the_csp_comes_first_in_every_head(built_site: Path) -> None:
    """Right after ``<meta charset>``, before any stylesheet or script it must govern."""
    for page in built_site.rglob("*.html"):
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        tags = re.findall(r"<(?:meta|link|script|style)\b[^>]*>", head)
        assert tags[0] == '<meta charset="utf-8">', page
        assert tags[1].startswith('<meta http-equiv="Content-Security-Policy"'), (page, tags[1])
