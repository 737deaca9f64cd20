"""A re-export merged into the PO file a translator already has, as gettext's ``msgmerge
--previous`` merges a new template into a translation: their msgstr, flags and comments kept; an
entry whose French moved since made fuzzy, with the French their msgstr was made from as the
previous msgid; the new parts added as exported; the entries of parts that are gone kept as
obsolete (``#~``). Entries are matched by part, however much the French changed (msgmerge matches
by likeness, and leaves a much changed entry untranslated)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from policy_site.part_source import normal
from tools.po_file import PoFile
from tools.po_parts import French, resolve

#: The header fields that are the translator's, kept from their file.
TRANSLATORS_FIELDS = ("PO-Revision-Date", "Last-Translator", "Language-Team")


@dataclass
class Merged:
    po: PoFile
    kept: list[str] = field(default_factory=list)  # their msgstr, the French unchanged
    moved: list[str] = field(default_factory=list)  # their msgstr, fuzzy: the French changed
    added: list[str] = field(default_factory=list)  # parts their file did not have
    #: Kept entries whose msgstr is not the page's text: their work, or a page changed since.
    differ: list[str] = field(default_factory=list)
    obsolete: int = 0  # their entries of no part in force, kept as #~


def merge(fresh: PoFile, old: PoFile, french: French) -> Merged:
    """``fresh`` (the export) merged into ``old`` (the file it is written over)."""
    found = resolve(old.entries, french)
    theirs = {each.name: each.entry for each in found if each.name}
    header = fresh.header | {
        name: old.header[name] for name in TRANSLATORS_FIELDS if name in old.header
    }
    merged = Merged(replace(fresh, header=header, entries=[]))
    # Their entries merged into a part in force: one found by its msgid may stand for parts of
    # which only some are still exported, and is not obsolete for the others.
    used: set[int] = set()
    for entry in fresh.entries:
        name = entry.context or ""
        mine = theirs.pop(name, None)
        if mine is None:
            merged.po.entries.append(entry)
            merged.added.append(name)
            continue
        used.add(id(mine))
        if not mine.msgstr.strip():  # their file has nothing of it yet: as exported
            merged.po.entries.append(replace(entry, user_comments=mine.user_comments))
            continue
        update = replace(entry, msgstr=mine.msgstr, user_comments=mine.user_comments)
        if mine.msgid == entry.msgid:
            update.flags, update.previous = list(mine.flags), mine.previous if mine.fuzzy else None
            merged.kept.append(name)
            if entry.msgstr and normal(mine.msgstr) != entry.msgstr:
                merged.differ.append(name)
        else:
            update.flags = list(dict.fromkeys([*mine.flags, "fuzzy"]))
            update.previous = mine.previous if mine.fuzzy and mine.previous else mine.msgid
            merged.moved.append(name)
        merged.po.entries.append(update)
    # Their entries of no part in force (a part gone, a second entry of a part) and their
    # obsolete ones stay, obsolete, as msgmerge keeps them.
    unused = ({id(entry) for entry in theirs.values()} - used) | {
        id(each.entry) for each in found if not each.name
    }
    gone = [
        replace(entry, obsolete=True)
        for entry in old.entries
        if entry.obsolete or id(entry) in unused
    ]
    merged.po.entries.extend(gone)
    merged.obsolete = len(gone)
    return merged
