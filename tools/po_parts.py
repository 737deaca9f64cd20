"""Which part of which page each entry of a PO file translates: its msgctxt (``index:clause-6``);
else its ``#. Part:`` comment, which the export writes for the tools that drop msgctxt
(translate-toolkit's po2xliff keeps the comments); else its msgid, the French of a part, or of
several parts that say the same (while a version is upcoming, most parts of the text in force and
of the newer one do): the entry translates each of them.

An empty msgctxt is no msgctxt: translate-toolkit's xliff2po writes ``msgctxt ""`` to keep apart
the entries whose French is the same."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from policy_site.part_source import normal
from policy_site.segments import Page, read_page
from policy_site.translations import DESCRIPTION, description, tracked_pages
from tools.po_file import Entry

#: The extracted comment that names an entry's part, for tools that drop msgctxt.
PART_NOTE = "Part: "
#: How an entry without msgctxt or comment was found.
BY_MSGID = "its msgid"


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
    """Each live entry's parts; a second entry for a part is refused, as msgfmt refuses the same
    msgctxt and msgid twice, unless both were found by their msgid and translate it alike (the
    same French, kept apart by a tool, translated the same)."""
    found: list[Found] = []
    first: dict[str, Found] = {}
    for entry in entries:
        if entry.obsolete:
            continue
        for each in parts_of(entry, french):
            earlier = first.get(each.name or "")
            if earlier and same_translation(earlier, each):
                continue
            if earlier:
                each = Found(
                    entry,
                    None,
                    f"a second entry for {each.name}, the first at line {earlier.entry.line}",
                )
            elif each.name:
                first[each.name] = each
            found.append(each)
    return found


def same_translation(one: Found, other: Found) -> bool:
    """Two entries found by their msgid (the same French) that give it the same translation."""
    return (
        one.how == other.how == BY_MSGID
        and normal(one.entry.msgstr) == normal(other.entry.msgstr)
        and one.entry.fuzzy == other.entry.fuzzy
    )


def parts_of(entry: Entry, french: French) -> list[Found]:
    """The parts ``entry`` translates (one but where its msgid alone names it), or why none."""
    if entry.context:
        return [Found(entry, entry.context)]
    notes = [
        note.removeprefix(PART_NOTE).strip()
        for note in entry.auto_comments
        if note.startswith(PART_NOTE)
    ]
    if len(notes) == 1:
        return [Found(entry, notes[0], how="its #. Part: comment")]
    if named := french.named(entry.msgid):
        return [Found(entry, name, how=BY_MSGID) for name in named]
    missing = "no msgctxt (translate-toolkit's po2xliff drops it) and no #. Part: comment"
    return [
        Found(entry, None, f"{missing}, and its msgid is the French of no part in force: export again")
    ]
