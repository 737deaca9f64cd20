"""Checks, before anything is built, what the site takes from elsewhere: the languages of
``mkdocs.yml`` and of the catalogs agree, every catalog entry is translated with the right
placeholders and holds only text, so do the names and texts of ``mkdocs.yml`` the pages show, the
contact details are usable, and a build meant for publishing knows its address.
A build for a public address refuses placeholder contact details (every answer would send customers
to ``support@example.com``); a local one (``make serve``, the tests) warns. A GitHub project site
gets a warning about the origin it shares."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from checker.contact import ContactError, load_contact
from policy_site.build_warning import warn
from policy_site.catalogs import DOMAINS, check
from policy_site.config import language_mismatches, shown_texts
from policy_site.dev_server import serving
from policy_site.i18n import building_a_language, catalog_languages
from policy_site.site_address import SETTING, is_local, shared_github_origin
from policy_site.translated_text import plain_problems


def on_config(config: MkDocsConfig) -> None:
    """Once per build: the i18n plugin runs ``on_config`` again for each language it builds."""
    if building_a_language(config):
        return
    problems = language_mismatches(Path(config.config_file_path), catalog_languages())
    problems += [problem for domain in DOMAINS for problem in check(domain)]
    problems += [
        f"mkdocs.yml: {where}: holds more than text: {'; '.join(found)}"
        for where, text in shown_texts(Path(config.config_file_path))
        if (found := plain_problems(str(text)))
    ]
    try:
        contact = load_contact()
    except ContactError as error:
        problems.append(f"contact details: {error}")
    else:
        problems += placeholder_contacts(contact.placeholders(), str(config.site_url or ""))
    address = os.environ.get(SETTING, "")
    if not serving() and not address:
        problems.append(
            "SITE_URL is not set: a site built for publishing needs its address, or its pages "
            "would link to this machine. SITE_URL=https://example.org/policy/ make build (or "
            "SITE_URL=http://127.0.0.1:8000/ make build for a local look)."
        )
    if origin := shared_github_origin(address):
        warn(
            f"SITE_URL {address} is a GitHub project site: it shares the origin {origin} with "
            f"every other site of {origin.split('.')[0]} (their scripts can read and replace what "
            "this site keeps in the browser, the checker's memory snapshot included), and GitHub "
            "Pages sends no headers (the checker's worker runs without a Content-Security-Policy). "
            "A custom domain gives the site an origin of its own (README, Deploying)."
        )
    if problems:
        raise PluginError("the site cannot be built:\n  " + "\n  ".join(problems))


def placeholder_contacts(placeholders: list[str], site_url: str) -> list[str]:
    """What stops a build for a public address while contact details are placeholders; a local
    build only warns."""
    if not placeholders:
        return []
    which = ", ".join(placeholders)
    if serving() or is_local(site_url):
        warn(
            f"Contact details are placeholders ({which}): set the real ones in "
            "checker/contact.toml before publishing."
        )
        return []
    problem = (
        f"checker/contact.toml: {which} still placeholders, and this build is for {site_url}: "
        "every answer would send customers to an address nobody reads. Set the real support "
        "contact details in checker/contact.toml (a local build, SITE_URL=http://127.0.0.1:8000/, "
        "works with the placeholders)."
    )
    if os.environ.get("GITHUB_ACTIONS") == "true":
        # A workflow command: GitHub shows it on the run's summary and on the file itself.
        print(f"::error file=checker/contact.toml,title=Placeholder contact details::{problem}")
    return [problem]
