"""Material's bundle off the start-up path: its parser-blocking ``<script>`` at the end of every
page becomes the small deferred loader ``docs/assets/material-defer.js``, which fetches the bundle
on the reader's first interaction. Done on the built HTML, so the bundle's content-hashed name
stays Material's own (a template override would have to repeat it)."""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from policy_site.templates import render

LOADER = "assets/material-defer.js"
BUNDLE = re.compile(
    r'<script src="(?P<root>[^"]*?)(?P<bundle>assets/javascripts/bundle\.[0-9a-f]+\.min\.js)">'
    r"</script>"
)


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return deferred(output, page.file.src_uri)


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    """The pages that are templates only (``404.html``) too."""
    if not template_name.endswith(".html"):
        return output_content
    return deferred(output_content, template_name)


def deferred(output: str, name: str) -> str:
    def loader(match: re.Match[str]) -> str:
        return render("material-loader.html", root=match["root"], loader=LOADER, bundle=match["bundle"])

    output, count = BUNDLE.subn(loader, output)
    if count != 1:
        raise PluginError(f"material_defer: {count} Material bundle scripts in {name}")
    return output
