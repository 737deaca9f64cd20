"""``mkdocs serve`` (``make serve``): every rebuild imports the checker, the build logic and the
hooks afresh, with the edited catalogs compiled (``policy_site.dev_server``), so that every edit
reaches the served site. The dev server injects an inline live-reload script, which the site's
CSP forbids; while serving, and only then, the CSP also allows inline scripts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer

from policy_site.dev_server import FreshRebuild, serving, started


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    started(command)


def on_config(config: MkDocsConfig) -> None:
    csp = config.extra["content_security_policy"]
    if serving() and "'unsafe-inline'" not in csp:
        config.extra["content_security_policy"] = csp.replace(
            "script-src 'self'", "script-src 'self' 'unsafe-inline'"
        )


def on_serve(
    server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable[..., None]
) -> LiveReloadServer:
    """Called once, after the first build; the rebuilds all go through ``server.builder``."""
    watched = [config.docs_dir, config.config_file_path, *config.watch]
    server.builder = FreshRebuild(server.builder, watched)
    return server
