"""Fixes what Material and the i18n plugin leave in each page's head: the Content-Security-Policy
first of all (right after the charset, before any stylesheet or script it must govern), ``dir`` on
``<html>`` (not only ``<body>``), and absolute ``hreflang`` alternates with ``x-default`` (French),
which search engines require; and a name for Material's search dialog. The page for an address
that leads nowhere (``404.html``) gets the same, without alternates."""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from checker.catalog import policy_language
from policy_site.config import site_languages
from policy_site.i18n import (
    page_language,
    page_path,
    page_url_in,
    text_direction,
)
from policy_site.templates import render

HTML_TAG = re.compile(r"<html lang=\"([^\"]+)\"")
CHARSET = re.compile(r'<meta charset="utf-8">')
SEARCH_DIALOG = re.compile(
    r'(<div class="md-search" data-md-component="search" role="dialog")(>.*?placeholder="([^"]+)")',
    re.DOTALL,
)
MATERIAL_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    output = with_policy(output, config, page.file.src_uri)
    output = with_direction_and_names(output, page_language(page, config))
    output = MATERIAL_ALTERNATE.sub("", output)
    return output.replace("</head>", alternates(page, config) + "\n</head>", 1)


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    """The pages that are templates only (``404.html``) get the same fixes, in the language of
    the build that writes them, and no alternates: the page for an address that leads nowhere has
    no other language (it has a line in each, hooks/not_found.py), and Material would fetch a
    sitemap next to each alternate."""
    if not template_name.endswith(".html"):
        return output_content
    output = with_policy(output_content, config, template_name)
    output = MATERIAL_ALTERNATE.sub("", output)
    return with_direction_and_names(output, str(config.theme["language"]))


def with_direction_and_names(output: str, lang: str) -> str:
    """``dir`` on ``<html>``; Material's search dialog, which has no accessible name, named by its
    own (translated) placeholder."""
    output = HTML_TAG.sub(
        lambda m: f'<html lang="{lang}" dir="{text_direction(lang)}"', output, count=1
    )
    return SEARCH_DIALOG.sub(lambda m: f'{m[1]} aria-label="{m[3]}"{m[2]}', output, count=1)


def with_policy(output: str, config: MkDocsConfig, name: str) -> str:
    """``output`` with the Content-Security-Policy right after its charset."""
    policy = render("policy/head-policy.html", csp=config.extra["content_security_policy"])
    output, found = CHARSET.subn(lambda m: f"{m[0]}\n{policy}", output, count=1)
    if not found:
        raise PluginError(f"{name}: no <meta charset> to put the CSP after")
    return output


def alternates(page: Page, config: MkDocsConfig) -> str:
    site_url = str(config.site_url or "/")
    path = page_path(page, page_language(page, config))
    links = [
        (lang, site_url + page_url_in(lang, path))
        for lang in site_languages(Path(config.config_file_path))
    ]
    return render(
        "policy/alternates.html",
        links=links,
        default=site_url + page_url_in(policy_language(), path),
    )
