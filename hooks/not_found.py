"""The page a static host serves for an address that leads nowhere (``404.html``, one file at the
site's root for every language): in the policy's language, with a line in each language that leads
to its policy and its checker, each in its own language. Material's own says "404 - Not found" in
English whatever the page's language, and each of the i18n plugin's rebuilds wrote it again, the
last language's (Arabic) staying. The markup is in ``overrides/404.html``."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from policy_site import messages as t
from policy_site.config import site_languages
from policy_site.i18n import building_a_language, language_prefix, site_text, text_direction

NOT_FOUND = "404.html"
#: The checker page, under each language's home (docs/checker.<lang>.md).
CHECKER_PAGE = "checker/"


@event_priority(-150)  # after the i18n plugin (-100) has set this build's language
def on_config(config: MkDocsConfig) -> None:
    """Only the first build, the policy language's, writes the page: the others would write
    theirs over it."""
    if building_a_language(config):
        config.theme.static_templates.discard(NOT_FOUND)


def on_template_context(
    context: dict[str, Any], *, template_name: str, config: MkDocsConfig
) -> dict[str, Any]:
    if template_name != NOT_FOUND:
        return context
    lang = str(config.theme["language"])
    # Absolute paths: the page is served at whatever address was asked for, at any depth.
    root = urlsplit(str(config.site_url or "/")).path
    context["not_found"] = {
        "heading": site_text(lang, t.NOT_FOUND),
        "languages": [
            {
                "lang": each,
                "dir": text_direction(each),
                "not_found": site_text(each, t.NOT_FOUND),
                "policy": root + language_prefix(each),
                "read_policy": site_text(each, t.READ_POLICY),
                "checker": root + language_prefix(each) + CHECKER_PAGE,
                "check": site_text(each, t.CHECK_BUTTON),
            }
            for each in site_languages(Path(config.config_file_path))
        ],
    }
    return context
