"""Leads the reader of the policy to the checker, right after the introduction, before clause 1:
on a phone it is on the first screen, where a customer with a question starts. The policy text
itself is left as written."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from checker.clauses import Clause
from policy_site import messages as t
from policy_site.i18n import page_base, page_language, site_text
from policy_site.templates import render
from policy_site.versions import POLICY_PAGE


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page_base(page) != POLICY_PAGE or page.file.src_uri.count("/"):
        return html  # the current policy only: archived versions keep their text alone
    anchor = f'<h2 id="{Clause.CONDITIONS}"'
    link = render(
        "policy/checker-link.html",
        href="checker/",
        text=site_text(page_language(page, config), t.CHECKER_LINK),
    )
    return html.replace(anchor, f"{link}\n{anchor}", 1)
