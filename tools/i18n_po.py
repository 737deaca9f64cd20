"""The policy's text as one gettext PO file per language, for the tools translators already use
(Poedit, Weblate, Crowdin, Lokalize; XLIFF through translate-toolkit): each part of each page is an
entry, and a part whose French changed since it was translated is fuzzy with that French as the
previous msgid, which every PO editor shows as a diff. An export over an existing file merges into
it (po_merge.py), so a translator's work is never lost. The import puts the translated entries back
into the pages and records them.

    python -m tools.i18n_po export es [--out FILE]   # make i18n-export L=es [OUT=FILE]
    python -m tools.i18n_po import FILE [--unchanged]  # make i18n-import FILE=... [UNCHANGED=1]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.plurals import get_plural

from checker.cli import CLOSED_PIPE, silence_stdout
from policy_site.config import DOCS, ROOT
from policy_site.part_source import PartError, normal, replace_parts
from policy_site.segments import NUMBER, SegmentError, parse_page, read_page, text_hash
from policy_site.tokens import TOKEN
from policy_site.translations import (
    DESCRIPTION,
    load_store,
    parts,
    record,
    record_problems,
    recorded_hashes,
    translation_path,
)
from tools import po_file, po_target
from tools.i18n_status import language_problem
from tools.po_file import Entry, PoError, PoFile
from tools.po_merge import merge
from tools.po_parts import French, french_in_force, markdown_parts, part_note, resolve
from tools.po_target import TargetError

OUT = ROOT / "i18n" / "po"
LINK = re.compile(r"\]\(([^)\s]+)\)")
FUZZY_NOTE = (
    "The French changed since this was translated: the previous msgid (#|) is the French it was "
    "made from."
)
REFUSED, FAILED = 2, 1


@dataclass(frozen=True, slots=True)
class Edit:
    """What an import does to one page: the parts whose text changes, the parts it records."""

    translation: Path
    source: str
    written: dict[str, str]
    recorded: list[str]


def export(lang: str, french: French) -> PoFile:
    """Every part of every tracked page in ``lang``, in page order."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M+0000")
    header = {
        "Project-Id-Version": "Smarters Pro refund policy",
        "POT-Creation-Date": now,
        "PO-Revision-Date": now,
        "Last-Translator": "",
        "Language-Team": "",
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": get_plural(lang).plural_forms,
    }
    comments = [
        f"The policy's text in {lang}, part by part (make i18n-export L={lang}).",
        "msgid is the French in force; translate msgstr, keep what each #. comment names,",
        "then: make i18n-import FILE=<this file>",
    ]
    store, entries = load_store(), []
    for key, path in french.pages.items():
        translation = translation_path(path, lang)
        page = read_page(translation) if translation.exists() else None
        own, recorded = (markdown_parts(page), recorded_hashes(page)) if page else ({}, {})
        words = parts(read_page(path))
        for part in words:
            name, was = f"{key}:{part}", recorded.get(part)
            msgid = french.parts[name]
            entry = Entry(0, msgid, own.get(part, "") if was else "", name)
            entry.auto_comments = [part_note(name), *keep_notes(part, msgid)]
            if was and was != text_hash(words[part]):
                entry.flags.append("fuzzy")
                entry.previous = store.get(was)
            entries.append(entry)
    return PoFile(OUT, header, entries, comments)


def with_fuzzy_notes(po: PoFile) -> PoFile:
    """Each fuzzy entry says what its previous msgid is."""
    for entry in po.live:
        notes = [note for note in entry.auto_comments if note != FUZZY_NOTE]
        entry.auto_comments = [*notes, FUZZY_NOTE] if entry.fuzzy else notes
    return po


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


def import_edits(
    docs: Path, po: PoFile, unchanged: bool
) -> tuple[list[Edit], list[str], list[str]]:
    """What the import writes, page by page, or what stops it (each problem names its line and
    entry); and how the entries without msgctxt were found."""
    french = french_in_force(docs)
    wanted: dict[str, dict[str, str]] = {}
    lines: dict[str, int] = {}
    problems, found_by = [], []
    for found in resolve(po.entries, french):
        entry, name, where = found.entry, found.name, f"{po.path}:{found.entry.line}"
        key, _, part = (name or "").rpartition(":")
        if found.problem or name is None:
            problems.append(f"{where}: {found.problem}")
        elif entry.plural:
            problems.append(f"{where}: entry {name}: plural forms have no place in the policy")
        elif key not in french.pages:
            pages = ", ".join(french.pages)
            problems.append(f"{where}: entry {name!r}: no such page:part (the pages: {pages})")
        elif name not in french.parts:
            problems.append(f"{where}: entry {name}: the French page has no part {part!r}")
        elif problem := msgid_problem(entry, name, french, po):
            problems.append(f"{where}: entry {name}: {problem}")
        elif not entry.fuzzy and entry.msgstr.strip():
            wanted.setdefault(key, {})[part] = normal(entry.msgstr)
            lines[name] = entry.line
            if found.how:
                found_by.append(found.how)
    edits = []
    for key, entries in wanted.items():
        edit, found_problems = page_edit(french.pages[key], po, key, entries, unchanged, lines)
        problems += found_problems
        if edit:
            edits.append(edit)
    notes = [
        f"{po.path}: {found_by.count(how)} entries without msgctxt (translate-toolkit's po2xliff "
        f"drops it), each found by {how}"
        for how in dict.fromkeys(found_by)
    ]
    return edits, problems, notes


def msgid_problem(entry: Entry, name: str, french: French, po: PoFile) -> str | None:
    """Why ``entry``'s msgid is not the French of its part ``name`` now, if it is not."""
    if normal(entry.msgid) == french.parts[name]:
        return None
    if others := [other for other in french.named(entry.msgid) if other != name]:
        return (
            f"its msgid is the French of {others[0]}, not of {name} (its msgctxt or its msgid was "
            "changed: an entry keeps both as exported)"
        )
    return (
        "its msgid is not the French in force (the French changed since the export): export again "
        f"into this file, make i18n-export L={po.language} OUT={po.path}: your msgstr are kept, "
        "fuzzy where the French changed"
    )


def page_edit(
    french_path: Path,
    po: PoFile,
    key: str,
    entries: dict[str, str],
    unchanged: bool,
    lines: dict[str, int],
) -> tuple[Edit | None, list[str]]:
    """One page's edit, checked as ``--record`` checks, on the text it would have; ``lines``
    gives each entry's line in the file."""
    translation = translation_path(french_path, po.language)
    if not translation.is_file():
        missing = f"{shown(translation)} does not exist (make language-add adds a language)"
        return None, [f"{po.path}: entries {key}:*: {missing}"]
    french, page = read_page(french_path), read_page(translation)
    own, recorded = markdown_parts(page), recorded_hashes(page)
    french_words = parts(french)
    written = {part: text for part, text in entries.items() if text != own.get(part)}
    chosen = [
        part
        for part in entries
        if part in written or recorded.get(part) != text_hash(french_words[part])
    ]
    if not chosen:
        return None, []
    source = translation.read_text(encoding="utf-8")
    try:
        source = replace_parts(source, written) if written else source
        changed = parse_page(source)
    except PartError as error:
        name = f"{key}:{error.part}"
        return None, [f"{po.path}:{lines[name]}: entry {name}: {error.reason}"]
    except SegmentError as error:
        return None, [f"{po.path}: entries of {key}: {error}"]
    problems = []
    for part in chosen:
        name = f"{key}:{part}"
        for problem in record_problems(translation, french, changed, [part], unchanged):
            reason = problem.removeprefix(f"{translation} {part}: ").removeprefix(f"{translation}: ")
            problems.append(f"{po.path}:{lines[name]}: entry {name} ({translation.name}): {reason}")
    return Edit(translation, source, written, chosen), list(dict.fromkeys(problems))


def apply(edits: list[Edit], unchanged: bool) -> list[str]:
    """Writes every page, then records each; a failure puts every page back as it was."""
    before = {edit.translation: edit.translation.read_text(encoding="utf-8") for edit in edits}
    problems: list[str] = []
    try:
        for edit in edits:
            edit.translation.write_text(edit.source, encoding="utf-8")
        for edit in edits:
            problems += record(edit.translation, edit.recorded, unchanged=unchanged)
            if problems:
                break
    except OSError as error:
        problems.append(f"{error.filename or ''}: cannot be written ({error.strerror or error})")
    if problems:
        for path, text in before.items():
            path.write_text(text, encoding="utf-8")
    return problems


def shown(path: Path) -> str:
    """``path`` as the README writes it: from the project's folder when it is inside."""
    absolute = path.absolute()
    return str(absolute.relative_to(ROOT)) if absolute.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    out = commands.add_parser("export", help="write the language's PO file (merged if it exists)")
    out.add_argument("lang")
    default = f"{OUT.relative_to(ROOT)}/policy.<lang>.po"
    out.add_argument("--out", type=Path, help=f"the file (default: {default})")
    back = commands.add_parser("import", help="put a PO file's translations into the pages")
    back.add_argument("file", type=Path)
    back.add_argument(
        "--unchanged", action="store_true", help="the French change needs no new wording"
    )
    parser.add_argument("--docs", type=Path, default=DOCS)
    args = parser.parse_args(argv)
    try:
        return export_command(args) if args.command == "export" else import_command(args)
    except (PoError, TargetError) as error:
        print(error, file=sys.stderr)
        return REFUSED
    except BrokenPipeError:
        silence_stdout()
        return CLOSED_PIPE


def export_command(args: argparse.Namespace) -> int:
    if problem := language_problem(args.lang):
        print(problem, file=sys.stderr)
        return REFUSED
    out = args.out or OUT / f"policy.{args.lang}.po"
    target = po_target.checked(out)
    french = french_in_force(args.docs)
    po = export(args.lang, french)
    if target.exists():
        try:
            old = po_file.read(target)
        except PoError as error:
            raise TargetError(
                f"{out}: exists, and is not a PO file to merge into ({error}): nothing was written"
            ) from None
        if old.language != args.lang:
            raise TargetError(
                f"{out}: exists, and holds the language {old.language!r}, not {args.lang}: "
                "nothing was written"
            )
        merged = merge(po, old, french)
        po = merged.po
        moved = f" ({', '.join(merged.moved)})" if merged.moved else ""
        print(
            f"{out}: merged with the translations it held, as msgmerge --previous does: "
            f"{len(merged.kept)} kept, {len(merged.moved)} fuzzy where the French changed{moved}, "
            f"{len(merged.added)} new, {merged.obsolete} obsolete (#~)"
        )
        if merged.differ:
            print(
                f"{out}: its msgstr is not the page's text in {', '.join(merged.differ)}: kept "
                "(the import writes it over the page's)"
            )
    po_target.write(target, po_file.text(with_fuzzy_notes(po)), out)
    print(target)
    return 0


def import_command(args: argparse.Namespace) -> int:
    po = po_file.read(args.file)
    if not po.language:
        print(f"{args.file}: no Language header: not a PO file of the policy", file=sys.stderr)
        return REFUSED
    if problem := language_problem(po.language):
        print(f"{args.file}: its Language header: {problem}", file=sys.stderr)
        return REFUSED
    edits, problems, notes = import_edits(args.docs, po, args.unchanged)
    problems = problems or apply(edits, args.unchanged)
    for note in notes:
        print(note)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        if any("--unchanged" in problem for problem in problems):
            print(f"{args.file}: through make, --unchanged is UNCHANGED=1", file=sys.stderr)
        print(f"{args.file}: nothing was written", file=sys.stderr)
        return FAILED
    for edit in edits:
        print(f"imported {shown(edit.translation)}: {', '.join(edit.recorded)}")
    if not edits:
        print(f"{args.file}: nothing to import, the pages already say what it says")
    return 0


if __name__ == "__main__":
    sys.exit(main())
