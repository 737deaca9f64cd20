"""The site's configuration as ``mkdocs.yml`` states it, read with MkDocs' own YAML loader: the one
home of the site's languages."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from mkdocs.utils.yaml import yaml_load

from checker.catalog import policy_language

ROOT = Path(__file__).resolve().parent.parent
MKDOCS_YML = ROOT / "mkdocs.yml"


@cache
def load_site_config(path: Path = MKDOCS_YML) -> dict[str, Any]:
    """``mkdocs.yml`` as MkDocs reads it (``!ENV`` tags resolved), without validating plugins."""
    with path.open(encoding="utf-8") as handle:
        config: dict[str, Any] = yaml_load(handle)
    return config


def docs_folder(path: Path = MKDOCS_YML) -> Path:
    """The pages' folder, ``docs_dir`` of ``mkdocs.yml`` (MkDocs' default: ``docs``)."""
    return path.parent / str(load_site_config(path).get("docs_dir", "docs"))


#: The project's pages: the policy, the checker page, the versions.
DOCS = docs_folder()


@cache
def site_languages(path: Path = MKDOCS_YML) -> tuple[str, ...]:
    """The site's published languages in the order of the i18n plugin's list, the default one
    first; a language declared with ``build: false`` is not one yet (languages_in_preparation)."""
    settings = i18n_settings(load_site_config(path))
    entries = [
        (entry["locale"], bool(entry.get("default")))
        for entry in settings["languages"]
        if entry.get("build", True) is not False
    ]
    return tuple(locale for locale, default in sorted(entries, key=lambda item: not item[1]))


@cache
def languages_in_preparation(path: Path = MKDOCS_YML) -> tuple[str, ...]:
    """The languages declared with ``build: false``: their catalogs and pages are being
    translated (``make language-add``), nothing of them is built or checked as published."""
    settings = i18n_settings(load_site_config(path))
    return tuple(
        entry["locale"] for entry in settings["languages"] if entry.get("build", True) is False
    )


def i18n_settings(config: dict[str, Any]) -> dict[str, Any]:
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            settings: dict[str, Any] = plugin["i18n"]
            return settings
    raise ValueError("mkdocs.yml: the i18n plugin is not configured")


#: The texts of ``mkdocs.yml`` that pages show, at its top and in a language's entry (the i18n
#: plugin reads the same keys there, for that language).
SHOWN_KEYS = ("site_name", "site_description", "copyright")


def shown_texts(path: Path = MKDOCS_YML) -> list[tuple[str, object]]:
    """Each text of ``mkdocs.yml`` that the pages show, with where it stands: the site's name,
    description and copyright, and in each language's entry (prepared ones too) its name and its
    own of those. Translators and ``make language-add`` write them; they are plain text."""
    config = load_site_config(path)
    found: list[tuple[str, object]] = [(key, config[key]) for key in SHOWN_KEYS if key in config]
    for entry in i18n_settings(config)["languages"]:
        found += [
            (f"languages: {entry.get('locale')}: {key}", entry[key])
            for key in ("name", *SHOWN_KEYS)
            if key in entry
        ]
    return found


def language_mismatches(path: Path, catalogs: dict[str, tuple[str, ...]]) -> list[str]:
    """What disagrees between the site's languages and each catalog domain's, and whether the
    site's default is the policy's language; an empty list when all agree."""
    site = site_languages(path)
    found = []
    if site[0] != policy_language():
        found.append(
            f"mkdocs.yml: the default language is {site[0]!r}, "
            f"but the policy's language (checker/policy.py LANGUAGE) is {policy_language()!r}"
        )
    for domain, codes in catalogs.items():
        if missing := sorted(set(site) - set(codes)):
            found.append(f"{domain} catalogs: no catalog for {', '.join(missing)}")
        if extra := sorted(set(codes) - set(site) - set(languages_in_preparation(path))):
            found.append(f"{domain} catalogs: {', '.join(extra)} is not a site language")
    return found
