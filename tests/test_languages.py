"""The site's languages have one home, ``mkdocs.yml``: the catalogs of the checker and of the site
have exactly those languages, and the site's default is the policy's own language."""

from __future__ import annotations

from checker.catalog import languages
from policy_site.config import MKDOCS_YML, language_mismatches, site_languages
from policy_site.i18n import catalog_languages


def test_catalogs_and_config_agree() -> None:
    assert language_mismatches(MKDOCS_YML, catalog_languages()) == []


def test_the_compiled_catalogs_are_the_site_languages() -> None:
    assert languages() == (site_languages()[0], *sorted(site_languages()[1:]))


def test_a_missing_catalog_is_reported() -> None:
    catalogs = {domain: codes[1:] for domain, codes in catalog_languages().items()}
    found = language_mismatches(MKDOCS_YML, catalogs)
    assert len(found) == len(catalogs) and all("no catalog for" in line for line in found)
