"""Fails the build on a page that gives an id to two elements, naming the page and the id: read
from the page's final HTML with a parser, after every hook has added its part. A link to that id,
and the checker page's script looking for its elements, would find either; an element added by a
page's text with one of the checker's ids (``checker-result``, ``email-support``) is one."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from policy_site.links import duplicate_ids


@event_priority(-1000)  # last: the page as it is written
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    if twice := duplicate_ids(output):
        raise PluginError(
            f"{page.file.src_uri}: the id {', '.join(repr(each) for each in twice)} is given to "
            "more than one element of the page (a text that adds an element with an id of the "
            "page's own?)"
        )
    return output
