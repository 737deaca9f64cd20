"""Gives every list-item clause (``clause-1-1``…) a copyable link to itself, named in the page's
language; headings get Material's permalink already."""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from policy_site import messages as t
from policy_site.clauses import clause_number
from policy_site.i18n import page_language, site_text
from policy_site.templates import render

CLAUSE_ITEM = re.compile(r'<li id="(clause-[\d-]+)">')


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = page_language(page, config)
    html = CLAUSE_ITEM.sub(
        lambda m: render(
            "policy/clause-link.html",
            clause=m[1],
            title=site_text(lang, t.CLAUSE_LINK, number=clause_number(m[1])),
        ),
        html,
    )
    return html
