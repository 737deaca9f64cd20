"""Fixes what Material and the i18n plugin leave in each page's head: the Content-Security-Policy
first of all (right after the charset, before any stylesheet or script it must govern), ``dir`` on
``<html>`` (not only ``<body>``), and absolute ``hreflang`` alternates with ``x-default`` (French),
which search engines require."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from checker.catalog import policy_language
from policy_site.config import site_languages
from policy_site.i18n import (
    building_a_language,
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
    lang = page_language(page, config)
    output = with_policy(output, config, page.file.src_uri)
    output = HTML_TAG.sub(
        lambda m: f'<html lang="{lang}" dir="{text_direction(lang)}"', output, count=1
    )
    output = MATERIAL_ALTERNATE.sub("", output)
    # Material's search dialog has no accessible name: give it its own (translated) placeholder.
    output = SEARCH_DIALOG.sub(lambda m: f'{m[1]} aria-label="{m[3]}"{m[2]}', output, count=1)
    return output.replace("</head>", alternates(page, config) + "\n</head>", 1)


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    """The pages that are templates only (``404.html``) get the policy too."""
    if template_name.endswith(".html"):
        return with_policy(output_content, config, template_name)
    return output_content


def with_policy(output: str, config: MkDocsConfig, name: str) -> str:
    """``output`` with the Content-Security-Policy right after its charset."""
    policy = render("policy/head-policy.html", csp=config.extra["content_security_policy"])
    output, found = CHARSET.subn(lambda m: f"{m[0]}\n{policy}", output, count=1)
    if not found:
        raise PluginError(f"{name}: no <meta charset> to put the CSP after")
    return output


@event_priority(-200)  # after the i18n plugin has built every language and the sitemap
def on_post_build(*, config: MkDocsConfig) -> None:
    """Material fetches ``sitemap.xml`` next to every alternate URL (to keep the reader on the
    same page when switching language); a copy of the site's sitemap there answers it, instead
    of a 404 in the console for each language. The pages no longer ask (their language menu links
    to the same page already, and ``material-defer.js`` keeps the alternates out of Material's
    sight); the 404 page, whose Material runs as shipped, still does."""
    if building_a_language(config):
        return
    site = Path(config.site_dir)
    sitemap = site / "sitemap.xml"
    for page in site.rglob("index.html"):
        if page.parent != site:
            shutil.copyfile(sitemap, page.parent / "sitemap.xml")


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
