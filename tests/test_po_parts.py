"""Which parts an entry of a translator's PO file translates when a tool dropped its msgctxt, as
they come back while a version is upcoming: the text in force and the newer one then share most
of their French, so translate-toolkit's xliff2po keeps their entries apart with ``msgctxt ""``,
and an entry found by its msgid alone is the French of two parts, which a re-export merges."""

from __future__ import annotations

from pathlib import Path

from tools.po_file import Entry, PoFile
from tools.po_merge import merge
from tools.po_parts import BY_MSGID, French, part_note, resolve

FRENCH_WORDS = "Nous répondons à chaque message."
SPANISH = "Respondemos a cada mensaje."
NEWEST, IN_FORCE = "index:clause-6", "versions/2026-11-26/index:clause-6"
SHARED = French(
    pages={"index": Path("index.fr.md"), "versions/2026-11-26/index": Path("v/index.fr.md")},
    parts={NEWEST: FRENCH_WORDS, IN_FORCE: FRENCH_WORDS, "index:clause-7": "Autre chose."},
)


def names(entries: list[Entry]) -> list[tuple[int, str | None, str | None]]:
    return [(found.entry.line, found.name, found.problem) for found in resolve(entries, SHARED)]


def test_an_empty_msgctxt_is_none_and_the_part_comment_names_the_part() -> None:
    entries = [
        Entry(10, FRENCH_WORDS, SPANISH, context="", auto_comments=[part_note(NEWEST)]),
        Entry(20, FRENCH_WORDS, SPANISH, context="", auto_comments=[part_note(IN_FORCE)]),
    ]
    assert names(entries) == [(10, NEWEST, None), (20, IN_FORCE, None)]


def test_a_msgid_shared_by_two_parts_translates_both() -> None:
    found = resolve([Entry(10, FRENCH_WORDS, SPANISH)], SHARED)
    assert [(each.name, each.how) for each in found] == [(NEWEST, BY_MSGID), (IN_FORCE, BY_MSGID)]


def test_two_entries_of_the_same_french_agree_or_are_refused() -> None:
    alike = [Entry(10, FRENCH_WORDS, SPANISH), Entry(20, FRENCH_WORDS, SPANISH)]
    assert names(alike) == [(10, NEWEST, None), (10, IN_FORCE, None)]

    unlike = [Entry(10, FRENCH_WORDS, SPANISH), Entry(20, FRENCH_WORDS, "Otra traducción.")]
    refused = [problem for _, _, problem in names(unlike) if problem]
    assert refused == [
        f"a second entry for {NEWEST}, the first at line 10",
        f"a second entry for {IN_FORCE}, the first at line 10",
    ]


def test_a_msgid_of_no_part_is_named_once() -> None:
    (only,) = names([Entry(30, "Plus dit nulle part.", SPANISH)])
    assert only[1] is None and only[2] is not None and "no part in force" in only[2]


def test_a_msgid_entry_whose_other_part_is_no_longer_exported_is_merged_not_obsolete() -> None:
    """The upcoming version came into force: the export has one of the two parts the translator's
    entry stood for. The entry is merged into it, and is not kept a second time as obsolete."""
    theirs = PoFile(Path("es.po"), {}, [Entry(10, FRENCH_WORDS, SPANISH)])
    fresh = PoFile(Path("es.po"), {}, [Entry(1, FRENCH_WORDS, "", context=NEWEST)])
    merged = merge(fresh, theirs, SHARED)
    assert [(e.context, e.msgstr, e.obsolete) for e in merged.po.entries] == [
        (NEWEST, SPANISH, False)
    ]
    assert merged.kept == [NEWEST] and merged.obsolete == 0
