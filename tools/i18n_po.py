"""The policy's text as one gettext PO file per language, for the tools translators already use
(Poedit, Weblate, Crowdin, Lokalize): each part of each page is an entry, and a part whose French
changed since it was translated is fuzzy with that French as the previous msgid, which every PO
editor shows as a diff. The import puts the translated entries back into the pages and records them.

    python -m tools.i18n_po export es [--out FILE]   # make i18n-export L=es
    python -m tools.i18n_po import FILE [--unchanged]  # make i18n-import FILE=i18n/po/policy.es.po
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, normalize, read_po, write_po

from policy_site.config import ROOT
from policy_site.part_source import PartError, normal, replace_parts
from policy_site.segments import NUMBER, Page, SegmentError, parse_page, read_page, text_hash
from policy_site.tokens import TOKEN
from policy_site.translations import (
    DESCRIPTION,
    description,
    load_store,
    record,
    record_problems,
    recorded_hashes,
    tracked_pages,
    translation_path,
)
from tools.i18n_status import DOCS, language_problem

OUT = ROOT / "i18n" / "po"
#: A PO file of the whole policy is a few tens of KB; anything far larger is not one.
MAX_BYTES = 2_000_000
LINK = re.compile(r"\]\(([^)\s]+)\)")


@dataclass(frozen=True, slots=True)
class Edit:
    """What an import does to one page: the parts whose text changes, the parts it records."""

    translation: Path
    source: str
    written: dict[str, str]
    recorded: list[str]


def export(docs: Path, lang: str) -> Catalog:
    """Every part of every tracked page in ``lang``, in page order."""
    catalog = Catalog(
        locale=lang,
        project="Smarters Pro refund policy",
        header_comment=(
            f"# The policy's text in {lang}, part by part (make i18n-export L={lang}).\n"
            "# msgid is the French in force; translate msgstr, keep what each #. comment names,\n"
            "# then: make i18n-import FILE=<this file>"
        ),
        creation_date=datetime.now(UTC),
        fuzzy=False,
    )
    store = load_store()
    for french in tracked_pages(docs):
        key = page_key(docs, french)
        source = markdown_parts(read_page(french))
        translation = translation_path(french, lang)
        own = markdown_parts(read_page(translation)) if translation.exists() else {}
        recorded = recorded_hashes(read_page(translation)) if translation.exists() else {}
        french_text = plain_parts(read_page(french))
        for part, msgid in source.items():
            was = recorded.get(part)
            message = Message(
                msgid,
                own.get(part, "") if was else "",
                context=f"{key}:{part}",
                auto_comments=keep_notes(part, msgid),
            )
            message.flags.discard("python-format")  # prose: "%" is not a placeholder here
            if was and was != text_hash(french_text[part]):
                message.flags.add("fuzzy")
                message.previous_id = [store[was]] if was in store else []
                message.auto_comments.append(
                    "The French changed since this was translated: the previous msgid is the "
                    "French it was made from (without Markdown marks)."
                )
            catalog[msgid] = message
    return catalog


def page_key(docs: Path, french: Path) -> str:
    """``index``, ``checker``, ``versions/index``: the page in an entry's msgctxt."""
    return french.relative_to(docs).as_posix().rsplit(".", 2)[0]


def markdown_parts(page: Page) -> dict[str, str]:
    """Each part as a translator edits it, the description first."""
    return {DESCRIPTION: description(page), **{s.id: normal(s.markdown) for s in page.segments}}


def plain_parts(page: Page) -> dict[str, str]:
    """Each part's words as the records hash them."""
    return {DESCRIPTION: description(page), **{s.id: s.text for s in page.segments}}


def keep_notes(part: str, msgid: str) -> list[str]:
    """What the translator must keep, said rather than hidden: the Markdown of the part's
    shape (its id is the tool's business), the tokens, the link targets and the figures."""
    first = msgid.split("\n", 1)[0]
    if part == DESCRIPTION:
        notes = ["The page's description (search engines, link previews): one line."]
    elif heading := re.match(r"(#{1,6}) ", first):
        notes = [f"Keep the heading mark {heading[1]!r} at the start (its id {{#{part}}} is kept "
                 "by the import); paragraphs stay separated by a blank line, one for one."]
    else:
        notes = [f"A list item: keep {first[:2]!r} at the start and no blank line (its id "
                 f"{{#{part}}} is kept by the import)."]
    if tokens := TOKEN.findall(msgid):
        notes.append("Keep as they are: " + " ".join(dict.fromkeys(tokens)))
    if "**" in msgid:
        notes.append("Keep the bold marks **…** around the same words.")
    if links := LINK.findall(msgid):
        notes.append("Keep the link targets: " + " ".join(links))
    if figures := NUMBER.findall(msgid):
        notes.append("Figures, digit for digit and in this order: " + ", ".join(figures))
    return notes


def import_edits(docs: Path, catalog: Catalog, unchanged: bool) -> tuple[list[Edit], list[str]]:
    """What the import writes, page by page, or what stops it (each problem names its entry)."""
    lang = str(catalog.locale_identifier or "")
    pages = {page_key(docs, french): french for french in tracked_pages(docs)}
    wanted: dict[str, dict[str, str]] = {}
    problems = []
    for message in catalog:
        if not message.id:
            continue
        name = str(message.context or "")
        key, _, part = name.rpartition(":")
        msgid, msgstr = message.id, message.string or ""
        if not isinstance(msgid, str) or not isinstance(msgstr, str):
            problems.append(f"entry {name}: plural forms have no place in the policy's text")
        elif key not in pages:
            problems.append(f"entry {name!r}: no such page:part (the pages: {', '.join(pages)})")
        elif "fuzzy" in message.flags or not msgstr.strip():
            continue
        else:
            french = markdown_parts(read_page(pages[key]))
            if part not in french:
                problems.append(f"entry {name}: the French page has no part {part!r}")
            elif normal(msgid) != french[part]:
                problems.append(
                    f"entry {name}: its msgid is not the French in force (the French changed "
                    f"since the export): export again with make i18n-export L={lang}"
                )
            else:
                wanted.setdefault(key, {})[part] = normal(msgstr)
    edits = []
    for key, entries in wanted.items():
        edit, found = page_edit(pages[key], lang, key, entries, unchanged)
        problems += found
        if edit:
            edits.append(edit)
    return edits, problems


def page_edit(
    french_path: Path, lang: str, key: str, entries: dict[str, str], unchanged: bool
) -> tuple[Edit | None, list[str]]:
    """One page's edit, checked as ``--record`` checks, on the text it would have."""
    translation = translation_path(french_path, lang)
    if not translation.is_file():
        return None, [f"entries {key}:*: {translation} does not exist (make language-add adds a language)"]
    french, page = read_page(french_path), read_page(translation)
    own, recorded = markdown_parts(page), recorded_hashes(page)
    french_text = plain_parts(french)
    written = {part: text for part, text in entries.items() if text != own.get(part)}
    chosen = [
        part
        for part in entries
        if part in written or recorded.get(part) != text_hash(french_text[part])
    ]
    if not chosen:
        return None, []
    source = translation.read_text(encoding="utf-8")
    try:
        source = replace_parts(source, written) if written else source
        changed = parse_page(source)
    except PartError as error:
        return None, [f"entry {key}:{error.part}: {error.reason}"]
    except SegmentError as error:
        return None, [f"entries of {key}: {error}"]
    problems = []
    for part in chosen:
        for problem in record_problems(translation, french, changed, [part], unchanged):
            reason = problem.removeprefix(f"{translation} {part}: ").removeprefix(f"{translation}: ")
            problems.append(f"entry {key}:{part} ({translation.name}): {reason}")
    return Edit(translation, source, written, chosen), list(dict.fromkeys(problems))


def apply(edits: list[Edit], unchanged: bool) -> list[str]:
    """Writes every page, then records each; a failure puts every page back as it was."""
    before = {edit.translation: edit.translation.read_text(encoding="utf-8") for edit in edits}
    problems: list[str] = []
    for edit in edits:
        edit.translation.write_text(edit.source, encoding="utf-8")
    for edit in edits:
        problems += record(edit.translation, edit.recorded, unchanged=unchanged)
        if problems:
            break
    if problems:
        for path, text in before.items():
            path.write_text(text, encoding="utf-8")
    return problems


def write_catalog(target: Path, catalog: Catalog) -> None:
    """The PO file, each fuzzy entry's previous msgid written as gettext writes it (``#| msgid``
    then ``#| "..."`` lines): Babel's own writer wraps a long one into lines PO editors misread."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0)
    text = buffer.getvalue().decode("utf-8")
    for message in catalog:
        if message.previous_id and message.context:
            context = f"msgctxt {normalize(message.context, width=0)}\n"
            previous = f"#| msgid {normalize(message.previous_id[0], prefix='#| ', width=0)}\n"
            text = text.replace(context, previous + context, 1)
    target.write_text(text, encoding="utf-8")


def read_catalog(path: Path) -> Catalog:
    """The PO file, or ValueError saying why it cannot be one."""
    if not path.is_file():
        raise ValueError(f"{path}: not a file")
    if path.stat().st_size > MAX_BYTES:
        raise ValueError(f"{path}: larger than {MAX_BYTES:,} bytes, not a PO file of the policy")
    try:
        with path.open("rb") as handle:
            return read_po(handle, abort_invalid=True)
    except (PoFileError, UnicodeDecodeError, ValueError) as error:
        raise ValueError(f"{path}: not a readable PO file ({error})") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    out = commands.add_parser("export", help="write the language's PO file")
    out.add_argument("lang")
    out.add_argument("--out", type=Path, help=f"the file (default: {OUT.relative_to(ROOT)}/policy.<lang>.po)")
    back = commands.add_parser("import", help="put a PO file's translations into the pages")
    back.add_argument("file", type=Path)
    back.add_argument("--unchanged", action="store_true", help="the French change needs no new wording")
    parser.add_argument("--docs", type=Path, default=DOCS)
    args = parser.parse_args(argv)
    if args.command == "export":
        if problem := language_problem(args.lang):
            print(problem, file=sys.stderr)
            return 2
        target = args.out or OUT / f"policy.{args.lang}.po"
        target.parent.mkdir(parents=True, exist_ok=True)
        write_catalog(target, export(args.docs, args.lang))
        print(target)
        return 0
    try:
        catalog = read_catalog(args.file)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    lang = str(catalog.locale_identifier or "")
    if problem := language_problem(lang):
        print(f"{args.file}: its Language header: {problem}", file=sys.stderr)
        return 2
    edits, problems = import_edits(args.docs, catalog, args.unchanged)
    problems = problems or apply(edits, args.unchanged)
    if problems:
        print("\n".join(f"{args.file}: {problem}" for problem in problems), file=sys.stderr)
        print(f"{args.file}: nothing was written", file=sys.stderr)
        return 1
    for edit in edits:
        print(f"imported {edit.translation}: {', '.join(edit.recorded)}")
    if not edits:
        print(f"{args.file}: nothing to import, the pages already say what it says")
    return 0


if __name__ == "__main__":
    sys.exit(main())
