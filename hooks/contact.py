"""Renders the support contact details of ``extra.contact`` into every page, and warns while any
of them is still a placeholder, so nobody publishes ``support@example.com`` by accident."""

from __future__ import annotations

import html
import sys

import site_messages as t
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from site_i18n import page_language, site_gettext

REQUIRED = ("company", "email", "whatsapp", "whatsapp_url")
PLACEHOLDER_MARKS = ("example.com", "example.org", "000 000", "000000")
_warned = False


def on_config(config: MkDocsConfig) -> None:
    global _warned
    contact = config.extra.get("contact") or {}
    missing = [key for key in REQUIRED if not str(contact.get(key, "")).strip()]
    if missing:
        raise PluginError(f"mkdocs.yml: extra.contact is missing {', '.join(missing)}")
    placeholders = [key for key in REQUIRED if is_placeholder(str(contact[key]))]
    if placeholders and not _warned:
        _warned = True  # the i18n plugin runs on_config once per language: say it once
        print(
            "\033[33mWARNING  -  Contact details are placeholders "
            f"({', '.join(placeholders)}): set the real ones in mkdocs.yml, extra.contact, "
            "before publishing.\033[0m",
            file=sys.stderr,
        )


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    contact = config.extra["contact"]
    lang = page_language(page, config)
    email = contact["email"]
    return markdown.replace("{{ contact.email }}", f"[{email}](mailto:{email})").replace(
        "{{ contact.card }}", contact_card(contact, lang)
    )


def is_placeholder(value: str) -> bool:
    return any(mark in value for mark in PLACEHOLDER_MARKS)


def contact_card(contact: dict[str, str], lang: str) -> str:
    """The contact block, as HTML (escaped) so it renders the same in every language."""
    _ = site_gettext(lang)
    e = {key: html.escape(str(value)) for key, value in contact.items()}
    return (
        f'<aside class="contact-card" aria-labelledby="contact-heading">\n'
        f'<h2 id="contact-heading">{_(t.CONTACT_HEADING)}</h2>\n<dl>\n'
        f"<dt>{_(t.CONTACT_COMPANY)}</dt><dd>{e['company']}</dd>\n"
        f'<dt>{_(t.CONTACT_EMAIL)}</dt><dd><a href="mailto:{e["email"]}" dir="ltr">'
        f"{e['email']}</a></dd>\n"
        f'<dt>{_(t.CONTACT_WHATSAPP)}</dt><dd><a href="{e["whatsapp_url"]}" dir="ltr">'
        f"{e['whatsapp']}</a></dd>\n</dl>\n</aside>"
    )
