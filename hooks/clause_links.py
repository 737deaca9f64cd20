"""Gives every clause a copyable link to itself and dates the policy (« Dernière mise à jour »).

Headings get Material's permalink already; list-item clauses (``clause-1-1``…) get one here.
The date comes from the French page's ``updated`` front matter, the one source for it.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from babel.dates import format_date
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from policy_site import messages as t
from policy_site.i18n import page_base, page_language, site_gettext
from policy_site.templates import render
from policy_site.translations import french_page, front_matter

CLAUSE_ITEM = re.compile(r'<li id="(clause-[\d-]+)">')


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = page_language(page, config)
    _ = site_gettext(lang)
    html = CLAUSE_ITEM.sub(
        lambda m: render("policy/clause-link.html", clause=m[1], title=_(t.CLAUSE_LINK)), html
    )
    updated = front_matter(french_page(Path(config.docs_dir), page_base(page))).get("updated")
    if isinstance(updated, date):
        html += "\n" + render(
            "policy/last-updated.html",
            text=_(t.LAST_UPDATED),
            updated=updated,
            when=format_date(updated, format="long", locale=lang),
        )
    return html
