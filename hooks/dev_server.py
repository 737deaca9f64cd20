"""``mkdocs serve`` (``make serve``): every rebuild imports the checker, the build logic and the
hooks afresh, with the edited catalogs compiled (``policy_site.dev_server``), so that every edit
reaches the served site. The dev server injects an inline live-reload script, which the site's
CSP forbids; while serving, and only then, the CSP also allows that one script, by its hash, and
the server injects it as that very text: any other inline script stays forbidden."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer

from policy_site.dev_server import (
    FreshRebuild,
    live_reload_source,
    serving,
    started,
    with_live_reload,
)


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    started(command)


def on_config(config: MkDocsConfig) -> None:
    csp, source = config.extra["content_security_policy"], live_reload_source()
    if serving() and source not in csp:
        config.extra["content_security_policy"] = csp.replace(
            "script-src 'self'", f"script-src 'self' {source}"
        )


def on_serve(
    server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable[..., None]
) -> LiveReloadServer:
    """Called once, after the first build; the rebuilds all go through ``server.builder``."""
    watched = [config.docs_dir, config.config_file_path, *config.watch]
    server.builder = FreshRebuild(server.builder, watched)
    server._inject_js_into_html = with_live_reload  # type: ignore[method-assign]
    return server
