"""Checks, before anything is built, that the facts the site takes from elsewhere agree: the
languages of ``mkdocs.yml`` and of the catalogs, and the contact details. Warns while a contact
detail is still a placeholder, so nobody publishes ``support@example.com`` by accident."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from checker.contact import ContactError, load_contact
from policy_site.config import language_mismatches
from policy_site.i18n import catalog_languages

_warned = False


def on_config(config: MkDocsConfig) -> None:
    global _warned
    if mismatches := language_mismatches(Path(config.config_file_path), catalog_languages()):
        raise PluginError("languages disagree:\n  " + "\n  ".join(mismatches))
    try:
        contact = load_contact()
    except ContactError as error:
        raise PluginError(f"contact details: {error}") from None
    if (placeholders := contact.placeholders()) and not _warned:
        _warned = True  # the i18n plugin runs on_config once per language: say it once
        print(
            "\033[33mWARNING  -  Contact details are placeholders "
            f"({', '.join(placeholders)}): set the real ones in checker/contact.toml "
            "before publishing.\033[0m",
            file=sys.stderr,
        )
