"""Search in the reader's language: points Material's search worker at a small wrapper
(``web/search-language.js``) that keeps only the page language's documents and stemmer."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from policy_site.config import ROOT, site_languages
from policy_site.i18n import page_language

WRAPPER = ROOT / "web" / "search-language.js"
WORKERS = "assets/javascripts/workers"
SEARCH_WORKER = re.compile(r'"search": "([^"]*/)(search\.[0-9a-f]+\.min\.js)"')


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    lang = page_language(page, config)
    languages = site_languages(Path(config.config_file_path))
    default, others = languages[0], ",".join(languages[1:])

    def wrap(match: re.Match[str]) -> str:
        query = f"lang={lang}&default={default}&others={others}&worker={match[2]}"
        return f'"search": "{match[1]}search-language.js?{query}"'

    output, count = SEARCH_WORKER.subn(wrap, output, count=1)
    if not count:
        raise PluginError("search_language: Material's search worker URL was not found")
    return output


def on_post_build(*, config: MkDocsConfig) -> None:
    target = Path(config.site_dir) / WORKERS / WRAPPER.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(WRAPPER, target)
