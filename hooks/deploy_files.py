"""Makes ``site/`` ready for any static host: a ``_headers`` file (Netlify / Cloudflare Pages)
with the CSP, the wasm type and cache lifetimes, and precompressed ``.br`` / ``.gz`` copies. The
runtime's large files are compressed beside the build, from its start; ``make serve``, whose
server sends no precompressed copy, makes none.

Every file gets one ``Cache-Control``: a year, immutable, for the files whose path carries their
content hash (ours and Material's); revalidation on every use for the others, whose content may
change under the same name."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from policy_site.compress import compress_early, precompress
from policy_site.dev_server import serving
from policy_site.i18n import building_a_language
from policy_site.pyodide_runtime import runtime_sources
from policy_site.pyodide_wiring import CHECKER_FOLDER, RUNTIME_FOLDER_PREFIX
from policy_site.templates import render

COMPRESSIBLE = {".html", ".js", ".mjs", ".css", ".json", ".wasm", ".zip", ".xml", ".svg", ".txt"}
MIN_SIZE = 1024  # below this, compression saves less than a packet
#: The content-hashed paths (``*`` matches across folders, as on the hosts): the runtime's folder
#: and the checker's files (policy_site.bundle), Material's bundle, search worker and styles.
IMMUTABLE = (
    f"/{RUNTIME_FOLDER_PREFIX}*",
    f"/{CHECKER_FOLDER}/*",
    "/assets/javascripts/bundle.*.min.js*",
    "/assets/javascripts/workers/search.*.min.js*",
    "/assets/stylesheets/*.*.min.css*",
)
#: Pages and sitemaps: revalidated through these patterns rather than one rule each.
PAGES = ("/", "/*/", "/*.html", "/*.xml")


def on_config(config: MkDocsConfig) -> None:
    if not serving() and not building_a_language(config):
        compress_early(runtime_sources())


@event_priority(-200)  # after the i18n plugin has built every language and merged the search index
def on_post_build(*, config: MkDocsConfig) -> None:
    """Once, when every language is built: the i18n plugin rewrites shared files (the search
    index, the sitemap) at the very end, so compressing earlier would ship stale copies."""
    if building_a_language(config):
        return
    site = Path(config.site_dir)
    headers = render(
        "deploy/_headers",
        csp=config.extra["content_security_policy"],
        immutable=IMMUTABLE,
        revalidated=(*PAGES, *revalidated(site)),
    )
    (site / "_headers").write_text(headers + "\n", encoding="utf-8")
    if serving():
        return
    for path in sorted(site.rglob("*")):
        if path.suffix in COMPRESSIBLE and path.is_file() and path.stat().st_size >= MIN_SIZE:
            precompress(path)


def revalidated(site: Path) -> list[str]:
    """A pattern for every file that ``PAGES`` and ``IMMUTABLE`` leave out: a folder's ``/*`` when
    all it holds is such files, else the file's own path."""
    files = {
        path.relative_to(site).as_posix()
        for path in site.rglob("*")
        if path.is_file() and path.suffix not in {".br", ".gz"} and path.name != "_headers"
    }
    others = {
        name
        for name in files
        if not any(fnmatch(f"/{name}", pattern) for pattern in (*PAGES, *IMMUTABLE))
    }
    patterns = set()
    for name in others:
        parts = name.split("/")
        folders = ("/".join(parts[:depth]) for depth in range(1, len(parts)))
        whole = next(
            (f"/{f}/*" for f in folders if all(g in others for g in files if g.startswith(f"{f}/"))),
            None,
        )
        patterns.add(whole or f"/{name}")
    return sorted(patterns)
