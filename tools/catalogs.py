"""Extracts, updates, checks and compiles the gettext catalogs of the checker and of the site.

python -m tools.catalogs extract   # after changing a message id: refresh .pot and every .po
python -m tools.catalogs compile   # .po -> .mo (the build and the tests run it)
python -m tools.catalogs check     # exit 1 on a missing/fuzzy translation or a placeholder mismatch
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE_LANGUAGE = "en"  # the language of the message ids; its catalog is filled from them
PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Domain:
    """One gettext domain: where its sources and its catalogs live."""

    name: str
    sources: Path
    locales: Path

    def po_files(self) -> Iterator[tuple[str, Path]]:
        for po in sorted(self.locales.glob(f"*/LC_MESSAGES/{self.name}.po")):
            yield po.parent.parent.name, po


DOMAINS = (
    Domain("checker", ROOT / "checker", ROOT / "checker" / "locales"),
    Domain("site", ROOT / "hooks", ROOT / "hooks" / "locales"),
)


def load(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def save(catalog: Catalog, path: Path) -> None:
    with path.open("wb") as handle:
        write_po(
            handle, catalog, width=100, no_location=True, sort_output=True, ignore_obsolete=True
        )


def extract(domain: Domain) -> None:
    """Refresh the template from the sources, then merge it into every language's catalog."""
    template = Catalog(project="Smarters Pro refund policy", copyright_holder="Smarters Pro")
    for _file, _lineno, message, comments, context in extract_from_dir(
        str(domain.sources), method_map=[("**.py", "python")], keywords={"_": None}
    ):
        template.add(message, None, [], auto_comments=comments, context=context)
    save(template, domain.locales / f"{domain.name}.pot")
    for lang, po in domain.po_files():
        catalog = load(po)
        catalog.update(template, no_fuzzy_matching=True)
        if lang == SOURCE_LANGUAGE:
            for entry in catalog:
                if entry.id:
                    entry.string = entry.id
        save(catalog, po)


def compile_domain(domain: Domain) -> None:
    for _lang, po in domain.po_files():
        with po.with_suffix(".mo").open("wb") as handle:
            write_mo(handle, load(po))


def problems(lang: str, catalog: Catalog) -> Iterator[str]:
    """What a translator still has to fix in one catalog."""
    for message in catalog:
        if not message.id:
            continue
        ident = message_text(message.id)
        text = message_text(message.string)
        if not text:
            yield f"{lang}: missing translation for {ident!r}"
        elif message.fuzzy:
            yield f"{lang}: fuzzy translation for {ident!r}"
        elif sorted(PLACEHOLDER.findall(ident)) != sorted(PLACEHOLDER.findall(text)):
            yield f"{lang}: placeholders differ in {ident!r}"


def message_text(value: object) -> str:
    return value if isinstance(value, str) else ""


def check(domain: Domain) -> list[str]:
    """Every problem in every catalog of ``domain``, plus catalogs that lag behind the template."""
    template_ids = {m.id for m in load(domain.locales / f"{domain.name}.pot") if m.id}
    found: list[str] = []
    for lang, po in domain.po_files():
        catalog = load(po)
        found.extend(problems(lang, catalog))
        ids = {message.id for message in catalog if message.id}
        found.extend(f"{lang}: not in the catalog: {m!r}" for m in sorted(template_ids - ids))
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "extract":
        for domain in DOMAINS:
            extract(domain)
    elif command == "compile":
        for domain in DOMAINS:
            compile_domain(domain)
    elif command == "check":
        found = [problem for domain in DOMAINS for problem in check(domain)]
        print("\n".join(found) or "All catalogs are complete.")
        return 1 if found else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
