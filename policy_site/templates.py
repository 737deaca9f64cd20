"""Renders the markup the build adds to pages from Jinja templates in ``overrides/partials/``.

HTML is autoescaped and undefined names fail, so a text can never become markup and a typo in a
template fails the build instead of shipping an empty string.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from policy_site.config import ROOT

PARTIALS = ROOT / "overrides" / "partials"


@cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(PARTIALS),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def render(template: str, **context: Any) -> str:
    """``template`` (a path under ``overrides/partials/``) filled with ``context``."""
    return environment().get_template(template).render(**context).strip()
