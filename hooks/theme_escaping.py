"""The theme's templates escape every value they print, as ``overrides/partials/`` do: MkDocs's
Jinja environment has no autoescape, and Material writes ``site_name``, ``page.meta.description``,
the page's ``title``, the palette toggles' and the languages' names into its HTML as they are.
Those come from translations, catalogs and ``mkdocs.yml``, which translators edit: the door refuses
markup in them (``policy_site.translated_text``), and here, whatever got past it, a value reaches
the HTML as text, escaped for attribute or text alike, in whichever template prints it. What is
HTML already, the page's content and its table of contents (Markdown's output), is marked so."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from jinja2 import Environment
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    env.autoescape = True
    return env


@event_priority(-1000)  # last: the content is final
def on_page_context(
    context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    page.content = Markup(page.content or "")
    mark_titles(page.toc)
    return context


def mark_titles(items: Iterable[AnchorLink]) -> None:
    """A table of contents' titles are HTML (MkDocs: "the text of the item, as HTML")."""
    for item in items:
        item.title = Markup(item.title)
        mark_titles(item.children)
