"""What each translation translates, part by part: the parts of a page are its title and
introduction, each clause, each list item with an id, and its ``description`` (segments.py).

A translated page records in its front matter, under ``translation``, the day it was recorded and,
for each part, a hash of the French text it translates; ``i18n/french.json`` keeps those French
texts by hash, so the French a translation was made from is recovered offline (``make i18n-diff``).
A part whose French has changed since is out of date; nothing else is: the front matter's other
keys (``updated``...) are not translated text.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from checker.catalog import policy_language
from checker.policy import archive_path, latest_version, version_on
from policy_site.build_day import build_day
from policy_site.config import ROOT
from policy_site.segments import NUMBER, Page, SegmentError, read_page, text_hash

RECORD_KEY = "translation"
DESCRIPTION = "description"
STORE = ROOT / "i18n" / "french.json"
#: Pages that are not translated by hand: archived versions (frozen with their records) and the
#: comparisons between versions (generated). One archive is the exception: see ``is_tracked``.
UNTRACKED = re.compile(r"(^|/)versions/(\d{4}-\d{2}-\d{2}/|changes-)")


@dataclass(frozen=True, slots=True)
class Status:
    """Where one translation of one page stands."""

    translation: Path
    lang: str
    exists: bool
    #: The parts whose French changed since the translation recorded them, in page order.
    outdated: tuple[str, ...] = ()
    #: The day the French page says it was last changed (its ``updated``).
    french_updated: date | None = None
    #: The day the translation was last recorded.
    recorded: date | None = None
    #: The recorded parts whose text is the French's or another language's: not a translation.
    copied: tuple[str, ...] = ()
    #: The outdated parts never recorded at all: not yet translated (a new language's).
    untranslated: tuple[str, ...] = ()

    @property
    def up_to_date(self) -> bool:
        return self.exists and not self.outdated and not self.copied


def french_of(page: Path) -> Path:
    """The French page that ``page`` (``docs/.../index.en.md``) translates."""
    base = page.name.split(".", 1)[0]
    return page.with_name(f"{base}.{policy_language()}.md")


def tracked_pages(docs: Path) -> list[Path]:
    """The French pages whose translations are tracked, in a stable order."""
    return sorted(
        path
        for path in docs.rglob(f"*.{policy_language()}.md")
        if is_tracked(path.relative_to(docs).as_posix())
    )


def is_tracked(path: str) -> bool:
    """Whether the page at ``path`` (under ``docs/``) is translated by hand: every page but the
    archived versions and the comparisons, except the archive of the version in force while a
    newer one is upcoming. Readers see that text at the root until the newer one takes effect, so
    a mistake in it is corrected there, French and translations (README: "Correcting the text in
    force")."""
    if not UNTRACKED.search(path):
        return True
    folder = in_force_archive()
    return folder is not None and re.search(rf"(^|/){re.escape(folder)}[^/]+$", path) is not None


def in_force_archive() -> str | None:
    """``versions/<date>/`` of the version in force on the build day while the newest version
    (the one at ``docs/``'s root) is upcoming; None when the newest is in force."""
    in_force = version_on(build_day())
    return None if in_force == latest_version() else archive_path(in_force)


def translation_path(french: Path, lang: str) -> Path:
    return french.with_name(french.name.replace(f".{policy_language()}.md", f".{lang}.md"))


def parts(page: Page) -> dict[str, str]:
    """Each part's text, the description first."""
    return {DESCRIPTION: description(page), **{s.id: s.text for s in page.segments}}


def description(page: Page) -> str:
    return " ".join(str(page.meta.get(DESCRIPTION, "")).split())


def recorded_hashes(page: Page, key: str = "french") -> dict[str, str]:
    """What the translation recorded, part by part: the hash of the French it translates
    (``french``) or of its own text at that moment (``text``)."""
    record = page.meta.get(RECORD_KEY) or {}
    hashes = record.get(key) if isinstance(record, dict) else None
    return {str(k): str(v) for k, v in hashes.items()} if isinstance(hashes, dict) else {}


def has_record(page: Page) -> bool:
    """Whether the page is a translation that records what it translates (the generated pages,
    such as the comparisons between versions, are written in every language and do not)."""
    return isinstance(page.meta.get(RECORD_KEY), dict)


def recorded_date(page: Page) -> date | None:
    record = page.meta.get(RECORD_KEY) or {}
    value = record.get("date") if isinstance(record, dict) else None
    return value if isinstance(value, date) else None


def status(translation: Path) -> Status:
    lang = translation.name.split(".")[-2]
    if not translation.exists():
        return Status(translation, lang, exists=False)
    french = read_page(french_of(translation))
    page = read_page(translation)
    hashes = recorded_hashes(page)
    outdated = tuple(
        part for part, text in parts(french).items() if hashes.get(part) != text_hash(text)
    )
    updated = french.meta.get("updated")
    own, siblings = parts(page), sibling_parts(translation)
    return Status(
        translation,
        lang,
        exists=True,
        outdated=outdated,
        french_updated=updated if isinstance(updated, date) else None,
        recorded=recorded_date(page),
        copied=tuple(
            part for part in own if part in hashes and copied_from(part, own[part], siblings)
        ),
        untranslated=tuple(part for part in outdated if part not in hashes),
    )


def sibling_parts(translation: Path) -> dict[str, dict[str, str]]:
    """The parts of every other language's page of the same page, French included, by language."""
    lang = translation.name.split(".")[-2]
    french = french_of(translation)
    found = {}
    for other in sorted(french.parent.glob(french.name.replace(f".{policy_language()}.", ".*."))):
        code = other.name.split(".")[-2]
        if code != lang:
            try:
                found[code] = parts(read_page(other))
            except (SegmentError, OSError, ValueError):
                continue
    return found


def copied_from(part: str, text: str, siblings: dict[str, dict[str, str]]) -> str | None:
    """The language whose text of ``part`` is ``text`` word for word, French included: a part
    that reads the same as another language's is a copy, never a translation (English pasted in
    as Polish). None when the text is the translation's own."""
    words = " ".join(text.split())
    return next(
        (code for code, theirs in siblings.items() if " ".join(theirs.get(part, "").split()) == words),
        None,
    )


def record(
    translation: Path,
    only: list[str] | None = None,
    today: date | None = None,
    unchanged: bool = False,
) -> list[str]:
    """Records that ``translation`` translates the French as it stands now (every part, or the
    parts in ``only``), after checking it (``record_problems``). Returns what is wrong; records
    nothing then."""
    if policy_language() == translation.name.split(".")[-2]:
        return [f"{translation}: the French is the source; only its translations are recorded"]
    if not translation.is_file():
        return [f"{translation}: no such page (make i18n-status lists the translations)"]
    if not is_tracked(translation.as_posix()):
        return [
            f"{translation}: an archived or generated page, never recorded by hand (only the "
            "archive of the version in force, while a newer one is upcoming, is)"
        ]
    try:
        french = read_page(french_of(translation))
        page = read_page(translation)
    except (SegmentError, OSError, ValueError) as error:
        return [str(error)]
    chosen = list(parts(french)) if only is None else only
    problems = record_problems(translation, french, page, chosen, unchanged)
    if problems:
        return problems
    french_parts, translated = parts(french), parts(page)
    before_french, before_text = recorded_hashes(page), recorded_hashes(page, "text")
    for part in chosen:
        before_french[part] = text_hash(french_parts[part])
        before_text[part] = text_hash(translated[part])
    keep(french_parts[part] for part in chosen)
    write_record(translation, today or date.today(), {
        key: {part: hashes[part] for part in french_parts if part in hashes}
        for key, hashes in (("french", before_french), ("text", before_text))
    })
    return []


def record_problems(
    translation: Path, french: Page, page: Page, chosen: list[str], unchanged: bool = False
) -> list[str]:
    """What stops ``page`` (the text of ``translation``) from being recorded as translating the
    French parts ``chosen``: other parts or another order than the French's, an empty part, other
    figures than the French's, a text that is the French's or another language's, or a part
    recorded as following a French change while its own text did not change (``unchanged`` says
    that is meant: a French edit that changes no meaning)."""
    french_parts, translated = parts(french), parts(page)
    problems = []
    if list(translated) != list(french_parts):
        problems.append(
            f"{translation}: its parts are {list(translated)}, the French's {list(french_parts)} "
            "(the same ids, in the same order)"
        )
    before_french, before_text = recorded_hashes(page), recorded_hashes(page, "text")
    siblings = sibling_parts(translation)
    for part in chosen:
        if part not in french_parts:
            problems.append(f"{translation}: the French has no part {part!r}")
        elif not translated.get(part, "").strip():
            problems.append(f"{translation} {part}: empty")
        elif NUMBER.findall(translated[part]) != NUMBER.findall(french_parts[part]):
            problems.append(
                f"{translation} {part}: the figures {NUMBER.findall(translated[part])} differ "
                f"from the French {NUMBER.findall(french_parts[part])}"
            )
        elif source := copied_from(part, translated[part], siblings):
            problems.append(
                f"{translation} {part}: its text is the {source} text word for word, not a "
                "translation (a part not yet translated stays unrecorded)"
            )
        elif (
            not unchanged
            and part in before_french
            and before_french[part] != text_hash(french_parts[part])
            and before_text.get(part) == text_hash(translated[part])
        ):
            problems.append(
                f"{translation} {part}: the French changed, its translation did not (make "
                "i18n-diff shows what changed); translate it, or say --unchanged if the French "
                "change needs no new wording"
            )
    return problems


def keep(texts: Any) -> None:
    """Adds French texts to the store, by hash (it only grows: old texts stay recoverable)."""
    store = load_store()
    new = {text_hash(text): text for text in texts}
    if new.items() <= store.items():
        return
    store.update(new)
    STORE.parent.mkdir(parents=True, exist_ok=True)
    STORE.write_text(json.dumps(store, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")


def load_store() -> dict[str, str]:
    if not STORE.exists():
        return {}
    store: dict[str, str] = json.loads(STORE.read_text(encoding="utf-8"))
    return store


def write_record(translation: Path, day: date, hashes: dict[str, dict[str, str]]) -> None:
    """Rewrites the front matter's ``translation`` block, leaving every other line as it was."""
    text = translation.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise ValueError(f"{translation}: no front matter")
    end = text.index("\n---", 4)
    lines = text[4:end].splitlines()
    kept, skipping = [], False
    for line in lines:
        if re.match(rf"({RECORD_KEY}|source_hash):", line):
            skipping = line.startswith(f"{RECORD_KEY}:")
            continue
        if skipping and line.startswith((" ", "\t")):
            continue
        skipping = False
        kept.append(line)
    block = [f"{RECORD_KEY}:", f"  date: {day.isoformat()}"]
    for key, values in hashes.items():
        block += [f"  {key}:", *(f"    {part}: {value}" for part, value in values.items())]
    translation.write_text("---\n" + "\n".join(kept + block) + text[end:], encoding="utf-8")


def word_diff(old: str, new: str) -> str:
    """``old`` -> ``new`` word by word: ``[-removed-]`` and ``{+added+}``, the rest as it was."""
    marks = {"equal": "{}", "removed": "[-{}-]", "added": "{{+{}+}}"}
    return " ".join(marks[kind].format(words) for kind, words in diff_words(old, new))


def diff_words(old: str, new: str) -> list[tuple[str, str]]:
    """``old`` -> ``new`` as runs of ("equal" | "removed" | "added", words). One or two words left
    alone between two changes join them, so « 5 à 7 » -> « 3 à 5 » reads as one replacement
    rather than as a puzzle of kept and moved words."""
    before, after = old.split(), new.split()
    opcodes = difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes()
    merged: list[tuple[str, int, int, int, int]] = []
    for index, (op, a1, a2, b1, b2) in enumerate(opcodes):
        between = 0 < index < len(opcodes) - 1 and a2 - a1 <= 2
        if op == "equal" and not between:
            merged.append(("equal", a1, a2, b1, b2))
        elif merged and merged[-1][0] == "change":
            merged[-1] = ("change", merged[-1][1], a2, merged[-1][3], b2)
        else:
            merged.append(("change", a1, a2, b1, b2))
    runs: list[tuple[str, str]] = []
    for kind, a1, a2, b1, b2 in merged:
        removed, added = before[a1:a2], after[b1:b2]
        if kind == "equal":
            runs.append(("equal", " ".join(removed)))
            continue
        if removed:
            runs.append(("removed", " ".join(removed)))
        if added:
            runs.append(("added", " ".join(added)))
    return runs
