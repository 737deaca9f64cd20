"""Makes ``site/`` ready for any static host: a ``_headers`` file (Netlify / Cloudflare Pages)
with the CSP, the wasm type and cache lifetimes, and precompressed ``.br`` / ``.gz`` copies."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from policy_site.compress import precompress
from policy_site.i18n import building_a_language
from policy_site.templates import render

COMPRESSIBLE = {".html", ".js", ".mjs", ".css", ".json", ".wasm", ".zip", ".xml", ".svg", ".txt",
                ".snapshot"}  # fmt: skip
MIN_SIZE = 1024  # below this, compression saves less than a packet


@event_priority(-200)  # after the i18n plugin has built every language and merged the search index
def on_post_build(*, config: MkDocsConfig) -> None:
    """Once, when every language is built: the i18n plugin rewrites shared files (the search
    index, the sitemap) at the very end, so compressing earlier would ship stale copies."""
    if building_a_language(config):
        return
    site = Path(config.site_dir)
    headers = render("deploy/_headers", csp=config.extra["content_security_policy"])
    (site / "_headers").write_text(headers + "\n", encoding="utf-8")
    for path in sorted(site.rglob("*")):
        if path.suffix in COMPRESSIBLE and path.is_file() and path.stat().st_size >= MIN_SIZE:
            precompress(path)
