"""Which part of which page each entry of a PO file translates: its msgctxt (``index:clause-6``);
else its ``#. Part:`` comment, which the export writes for the tools that drop msgctxt
(translate-toolkit's po2xliff keeps the comments); else its msgid, where that is the French of
exactly one part."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from policy_site.part_source import normal
from policy_site.segments import Page, read_page
from policy_site.translations import DESCRIPTION, description, tracked_pages
from tools.po_file import Entry

#: The extracted comment that names an entry's part, for tools that drop msgctxt.
PART_NOTE = "Part: "


@dataclass(frozen=True)
class French:
    """The French in force, part by part, as the export writes it in msgid."""

    pages: dict[str, Path]  # "index" -> docs/index.fr.md
    parts: dict[str, str]  # "index:clause-6" -> its Markdown

    def named(self, msgid: str) -> list[str]:
        """The parts whose French in force is ``msgid``."""
        text = normal(msgid)
        return [name for name, french in self.parts.items() if french == text]


@dataclass(frozen=True)
class Found:
    """An entry and its part (``name``), or why it has none (``problem``); ``how`` says what
    named it when the msgctxt did not."""

    entry: Entry
    name: str | None
    problem: str | None = None
    how: str | None = None


def french_in_force(docs: Path) -> French:
    pages = {page_key(docs, french): french for french in tracked_pages(docs)}
    parts = {
        f"{key}:{part}": text
        for key, path in pages.items()
        for part, text in markdown_parts(read_page(path)).items()
    }
    return French(pages, parts)


def page_key(docs: Path, french: Path) -> str:
    """``index``, ``checker``, ``versions/index``: the page in an entry's msgctxt."""
    return french.relative_to(docs).as_posix().rsplit(".", 2)[0]


def markdown_parts(page: Page) -> dict[str, str]:
    """Each part as a translator edits it, the description first."""
    return {DESCRIPTION: description(page), **{s.id: normal(s.markdown) for s in page.segments}}


def part_note(name: str) -> str:
    return f"{PART_NOTE}{name}"


def resolve(entries: list[Entry], french: French) -> list[Found]:
    """Each live entry's part; a second entry for a part is refused, as msgfmt refuses the same
    msgctxt and msgid twice."""
    found: list[Found] = []
    first: dict[str, int] = {}
    for entry in entries:
        if entry.obsolete:
            continue
        each = part_of(entry, french)
        if each.name and each.name in first:
            each = Found(
                entry, None, f"a second entry for {each.name}, the first at line {first[each.name]}"
            )
        elif each.name:
            first[each.name] = entry.line
        found.append(each)
    return found


def part_of(entry: Entry, french: French) -> Found:
    if entry.context is not None:
        return Found(entry, entry.context)
    notes = [
        note.removeprefix(PART_NOTE).strip()
        for note in entry.auto_comments
        if note.startswith(PART_NOTE)
    ]
    if len(notes) == 1:
        return Found(entry, notes[0], how="its #. Part: comment")
    named = french.named(entry.msgid)
    if len(named) == 1:
        return Found(entry, named[0], how="its msgid")
    missing = "no msgctxt (translate-toolkit's po2xliff drops it) and no #. Part: comment"
    if named:
        return Found(
            entry,
            None,
            f"{missing}, and its msgid is the French of {len(named)} parts ({', '.join(named)}): give it its msgctxt",
        )
    return Found(
        entry, None, f"{missing}, and its msgid is the French of no part in force: export again"
    )
