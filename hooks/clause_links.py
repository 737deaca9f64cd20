"""Gives every clause a copyable link to itself and dates the policy (« Dernière mise à jour »).

Headings get Material's permalink already; list-item clauses (``clause-1-1``…) get one here.
The date comes from the French page's ``updated`` front matter, the one source for it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import site_messages as t
import yaml
from babel.dates import format_date
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from site_i18n import SOURCE_LANGUAGE, page_base, page_language, site_gettext
from translation_status import front_matter

CLAUSE_ITEM = re.compile(r'<li id="(clause-[\d-]+)">')


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = page_language(page, config)
    _ = site_gettext(lang)
    title = _(t.CLAUSE_LINK)
    html = CLAUSE_ITEM.sub(
        lambda m: (
            f'<li id="{m[1]}"><a class="headerlink clause-link" href="#{m[1]}" '
            f'title="{title}" aria-label="{title} ({m[1]})">¶</a>'
        ),
        html,
    )
    updated = last_updated(Path(config.docs_dir) / f"{page_base(page)}.{SOURCE_LANGUAGE}.md")
    if updated:
        when = format_date(updated, format="long", locale=lang)
        stamp = _(t.LAST_UPDATED).format(date=f'<time datetime="{updated}">{when}</time>')
        html += f'\n<p class="last-updated">{stamp}</p>'
    return html


@cache
def last_updated(french: Path) -> date | None:
    meta = yaml.safe_load(front_matter(french.read_text(encoding="utf-8"))) or {}
    value = meta.get("updated")
    return value if isinstance(value, date) else None
