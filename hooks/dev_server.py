"""``mkdocs serve`` (``make serve``) injects an inline live-reload script, which the site's CSP
forbids; while serving, and only then, the CSP also allows inline scripts."""

from __future__ import annotations

from typing import Literal

from mkdocs.config.defaults import MkDocsConfig

_serving = False


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config: MkDocsConfig) -> None:
    csp = config.extra["content_security_policy"]
    if _serving and "'unsafe-inline'" not in csp:
        config.extra["content_security_policy"] = csp.replace(
            "script-src 'self'", "script-src 'self' 'unsafe-inline'"
        )
