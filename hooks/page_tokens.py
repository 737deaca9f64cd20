"""Replaces the contact tokens of the pages (``{{ contact.email }}``, ``{{ contact.card }}``) with
the details of ``checker/contact.toml``, and fails the build on any token no hook replaces."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from policy_site.blocks import contact_card, email_link
from policy_site.i18n import page_language
from policy_site.tokens import CONTACT_CARD, CONTACT_EMAIL, unknown_tokens


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if unknown := unknown_tokens(markdown):
        raise PluginError(
            f"{page.file.src_uri}: unknown token {', '.join(unknown)} "
            "(known tokens are listed in policy_site/tokens.py)"
        )
    return markdown.replace(CONTACT_EMAIL, email_link()).replace(
        CONTACT_CARD, contact_card(page_language(page, config))
    )
