"""Checks, before anything is built, what the site takes from elsewhere: the languages of
``mkdocs.yml`` and of the catalogs agree, every catalog entry is translated with the right
placeholders, the contact details are usable, and a build meant for publishing knows its address.
Warns while a contact detail is still a placeholder, so nobody publishes ``support@example.com``."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from checker.contact import ContactError, load_contact
from policy_site.build_warning import warn
from policy_site.catalogs import DOMAINS, check
from policy_site.config import language_mismatches
from policy_site.dev_server import serving
from policy_site.i18n import catalog_languages

_checked: set[str] = set()


def on_config(config: MkDocsConfig) -> None:
    """Once per build: the i18n plugin runs ``on_config`` again for each language."""
    if config.config_file_path in _checked:
        return
    problems = language_mismatches(Path(config.config_file_path), catalog_languages())
    problems += [problem for domain in DOMAINS for problem in check(domain)]
    try:
        contact = load_contact()
    except ContactError as error:
        problems.append(f"contact details: {error}")
    else:
        if placeholders := contact.placeholders():
            warn(
                f"Contact details are placeholders ({', '.join(placeholders)}): set the real ones "
                "in checker/contact.toml before publishing."
            )
    if not serving() and not os.environ.get("SITE_URL"):
        problems.append(
            "SITE_URL is not set: a site built for publishing needs its address, or its pages "
            "would link to this machine. SITE_URL=https://example.org/policy/ make build (or "
            "SITE_URL=http://127.0.0.1:8000/ make build for a local look)."
        )
    if problems:
        raise PluginError("the site cannot be built:\n  " + "\n  ".join(problems))
    _checked.add(config.config_file_path)

