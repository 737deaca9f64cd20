"""A new language for the site in one command: its two gettext catalogs from the templates
(Babel's ``init``), its pages with every part not yet translated (the French in force, recorded
as translating nothing), its comparison pages of the versions (copies of the French's: the build
writes their body in the page's language; their title stays the French one), and its entry in
``mkdocs.yml`` with ``build: false``, so that nothing of it is built, published or checked as
published while it is translated. Publishing it is the second command, once its catalogs are
complete.

    python -m tools.add_language pl Polski        # make language-add L=pl NAME=Polski
    python -m tools.add_language --publish pl     # make language-publish L=pl
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog
from mkdocs.utils.yaml import yaml_load

from policy_site.build_day import build_day
from policy_site.catalogs import DOMAINS, load, problems, save
from policy_site.config import (
    DOCS,
    MKDOCS_YML,
    ROOT,
    i18n_settings,
    languages_in_preparation,
    load_site_config,
    site_languages,
)
from policy_site.translations import tracked_pages, translation_path, write_record
from policy_site.versions import french_comparison_pages

CODE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")
BUILD_FALSE = "build: false"


def add(lang: str, name: str, docs: Path = DOCS, config: Path = MKDOCS_YML) -> list[str]:
    """Creates everything, or nothing and says why."""
    if found := language_problems(lang, name):
        return found
    pages = [translation_path(french, lang) for french in tracked_pages(docs)]
    comparisons = french_comparison_pages(docs)  # its versions page links to its own
    copies = [translation_path(french, lang) for french in comparisons]
    catalogs = [domain.po_path(lang) for domain in DOMAINS]
    if found := [f"{path}: already exists" for path in [*pages, *copies, *catalogs] if path.exists()]:
        return found
    declared = declare(config.read_text(encoding="utf-8"), lang, name)
    for domain, po in zip(DOMAINS, catalogs, strict=True):
        init_catalog(domain.template_path, po, lang)
    today = build_day()
    for french, page in zip(tracked_pages(docs), pages, strict=True):
        page.write_text(french.read_text(encoding="utf-8"), encoding="utf-8")
        write_record(page, today, {"french": {}, "text": {}})
    for french, copy in zip(comparisons, copies, strict=True):
        copy.write_text(french.read_text(encoding="utf-8"), encoding="utf-8")
    config.write_text(declared, encoding="utf-8")
    return []


def language_problems(lang: str, name: str) -> list[str]:
    if not CODE.fullmatch(lang):
        return [f"{lang!r}: a language code is two or three lower-case letters (pl, pt_BR)"]
    try:
        Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return [f"{lang!r}: not a language Babel knows (its plural forms, dates and names)"]
    if lang in (*site_languages(), *languages_in_preparation()):
        return [f"{lang}: already a language of the site (mkdocs.yml)"]
    if not name.strip() or len(name) > 40 or any(
        unicodedata.category(char)[0] in "CZ" and char != " " for char in name
    ):
        return [f"NAME={name!r}: the language's name in itself (Polski), one line of text"]
    return []


def init_catalog(template: Path, po: Path, lang: str) -> None:
    """Babel's ``init``: the template's every message, empty, in a catalog of the language's own
    (its plural forms from Babel's data, not the template's header)."""
    source = load(template)
    catalog = Catalog(
        locale=Locale.parse(lang),
        project=source.project,
        copyright_holder=source.copyright_holder,
        revision_date=datetime.now(UTC),
        fuzzy=False,
    )
    for message in source:
        if message.id:
            catalog.add(
                message.id,
                None,
                auto_comments=message.auto_comments,
                user_comments=message.user_comments,
                flags=message.flags,
                context=message.context,
            )
    po.parent.mkdir(parents=True, exist_ok=True)
    save(catalog, po)


def declare(text: str, lang: str, name: str) -> str:
    """``mkdocs.yml`` with the language appended to the i18n plugin's list, not built yet."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip() == "languages:")
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines) and (
        not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
    ):
        end += 1
    while not lines[end - 1].strip():
        end -= 1
    item = next(line for line in lines[start + 1 : end] if line.strip().startswith("- "))
    pad = " " * (len(item) - len(item.lstrip()))
    site_name = load_site_config(MKDOCS_YML).get("site_name", "")
    entry = [
        f"{pad}- locale: {lang}",
        f"{pad}  name: {quoted(name)}",
        f"{pad}  {BUILD_FALSE}  # in preparation: make language-publish L={lang}",
        f"{pad}  site_name: {quoted(site_name)}",
    ]
    result = "\n".join([*lines[:end], *entry, *lines[end:]])
    declared = i18n_settings(yaml_load(result))["languages"]
    assert any(each["locale"] == lang and each["build"] is False for each in declared)
    return result


def quoted(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def publish(lang: str, config: Path = MKDOCS_YML) -> list[str]:
    """``build: true`` for a language in preparation whose catalogs are complete and whose site
    name is its own; its pages may still lag (they show the French in force where they do)."""
    if lang not in languages_in_preparation():
        return [f"{lang}: not a language in preparation ({', '.join(languages_in_preparation()) or 'none'})"]
    found = [line for domain in DOMAINS for line in catalog_problems(domain.po_path(lang), lang)]
    settings = i18n_settings(load_site_config(config))
    entry = next(each for each in settings["languages"] if each["locale"] == lang)
    if entry.get("site_name") == load_site_config(config).get("site_name"):
        found.append(f"mkdocs.yml: the site_name of {lang} is still the French one: translate it")
    if found:
        return found
    text = config.read_text(encoding="utf-8")
    at = text.index(f"- locale: {lang}\n")
    flag = re.compile(rf"{BUILD_FALSE}[^\n]*")
    config.write_text(text[:at] + flag.sub("build: true", text[at:], count=1), encoding="utf-8")
    return []


def catalog_problems(po: Path, lang: str) -> list[str]:
    """What is left to translate in one catalog, under its path (both catalogs hold some of the
    same messages: each is named under the catalog it is missing from)."""
    if not po.is_file():
        return [f"{po.relative_to(ROOT)}: missing (make language-add L={lang} creates it)"]
    left = [problem.removeprefix(f"{lang}: ") for problem in problems(lang, load(po))]
    if not left:
        return []
    heading = f"{po.relative_to(ROOT)}: {len(left)} entries to translate"
    return [heading, *(f"  {each}" for each in left)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang")
    parser.add_argument("name", nargs="?", default="")
    parser.add_argument("--publish", action="store_true", help="build and publish it from now on")
    args = parser.parse_args(argv)
    found = publish(args.lang) if args.publish else add(args.lang, args.name)
    if found:
        print("\n".join(found), file=sys.stderr)
        print("nothing was changed", file=sys.stderr)
        return 1
    if args.publish:
        print(f"{args.lang} is built and published from now on (mkdocs.yml: build: true)")
    else:
        print(
            f"{args.lang} added, not built yet: its catalogs, its pages (every part not yet "
            f"translated) and mkdocs.yml (build: false).\nmake i18n-status lists what is left; "
            f"make i18n-export L={args.lang} gives its text to translate; make language-publish "
            f"L={args.lang} publishes it once its catalogs are complete."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
