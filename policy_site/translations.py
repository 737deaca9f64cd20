"""What each translation translates, part by part: the parts of a page are its title and
introduction, each clause, each list item with an id, and its ``description`` (segments.py).

A translated page records in its front matter, under ``translation``, the day it was recorded and,
for each part, a hash of the French text it translates; ``i18n/french.json`` keeps those French
texts by hash, so the French a translation was made from is recovered offline (``make i18n-diff``).
A part whose French has changed since is out of date; nothing else is: the front matter's other
keys (``updated``...) are not translated text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from checker.catalog import policy_language
from checker.policy import VERSIONS_FOLDER, archive_path, latest_version, version_on
from policy_site.build_day import build_day
from policy_site.config import ROOT
from policy_site.part_source import split_front_matter
from policy_site.segments import NUMBER, Page, SegmentError, read_page, text_hash
from policy_site.tokens import TOKEN, unknown_tokens
from policy_site.translated_text import hidden_lines, part_problems, plain_problems
from policy_site.versions import CHANGES_PREFIX

RECORD_KEY = "translation"
DESCRIPTION = "description"
STORE = ROOT / "i18n" / "french.json"
#: Pages that are not translated by hand: archived versions (frozen with their records) and the
#: comparisons between versions (generated). One archive is the exception: see ``is_tracked``.
UNTRACKED = re.compile(rf"(^|/){VERSIONS_FOLDER}/(\d{{4}}-\d{{2}}-\d{{2}}/|{CHANGES_PREFIX})")


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


def recorded_date(page: Page) -> date | None:
    record = page.meta.get(RECORD_KEY) or {}
    value = record.get("date") if isinstance(record, dict) else None
    return value if isinstance(value, date) else None


def change_day(french: Path) -> date:
    """The day a change of ``french`` made now is dated (its ``updated:``): today in France, or,
    when the clock is behind the tree (set back, as ``make test-days`` does), the newest day one
    of its translations was recorded: the change comes after what they record, and the build
    refuses a French change dated before a record of it."""
    recorded = []
    for page in french.parent.glob(f"{french.name.split('.', 1)[0]}.*.md"):
        try:
            recorded.append(recorded_date(read_page(page)))
        except SegmentError:
            continue  # the build names a page it cannot read
    return max([build_day(), *(day for day in recorded if day is not None)])


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
    problems = page_problems(translation, french_of(translation), str(translation))
    problems += record_problems(translation, french, page, chosen, unchanged)
    if problems:
        return problems
    french_parts, translated = parts(french), parts(page)
    before_french, before_text = recorded_hashes(page), recorded_hashes(page, "text")
    for part in chosen:
        before_french[part] = text_hash(french_parts[part])
        before_text[part] = text_hash(translated[part])
    keep(french_parts[part] for part in chosen)
    write_record(translation, today or build_day(), {
        key: {part: hashes[part] for part in french_parts if part in hashes}
        for key, hashes in (("french", before_french), ("text", before_text))
    })
    return []


def record_problems(
    translation: Path, french: Page, page: Page, chosen: list[str], unchanged: bool = False
) -> list[str]:
    """What stops ``page`` (the text of ``translation``) from being recorded as translating the
    French parts ``chosen``: other parts or another order than the French's, an empty part, a part
    that holds more than text (``translated_text``), other figures than the French's, a text that
    is the French's or another language's, or a part
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
        elif found := text_problems(french, page, part):
            problems.append(not_text(f"{translation} {part}", found))
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


def text_problems(french: Page, page: Page, part: str) -> list[str]:
    """What the part ``part`` of ``page`` holds beyond text and its French part's own Markdown;
    the description is plain text (``translated_text``)."""
    if part == DESCRIPTION:
        return plain_problems(str(page.meta.get(DESCRIPTION) or ""))
    ours, theirs = page.get(part), french.get(part)
    return part_problems(theirs.markdown if theirs else "", ours.markdown if ours else "")


def not_text(where: str, found: list[str]) -> str:
    return (
        f"{where}: holds more than text: {'; '.join(found)} (a translation is text, with only "
        "the Markdown of the French it translates)"
    )


def page_text_problems(docs: Path, languages: tuple[str, ...]) -> list[str]:
    """Every translated page of ``docs`` in ``languages`` (archived versions and comparisons too,
    recorded or not: pages are edited by hand as well) against ``translated_text``'s rule: each
    part (the ``description`` included), and the page as a whole (``page_problems``). What the
    build refuses, naming the page and the part."""
    try:
        return _page_text_problems(docs, languages)
    except SegmentError as error:  # a page that does not read at all: named
        return [str(error)]


def _page_text_problems(docs: Path, languages: tuple[str, ...]) -> list[str]:
    problems = []
    for french_path in sorted(docs.rglob(f"*.{policy_language()}.md")):
        french = read_page(french_path)
        for lang in languages:
            path = translation_path(french_path, lang)
            if not path.is_file():
                continue
            where = f"docs/{path.relative_to(docs).as_posix()}"
            page = read_page(path)
            problems += page_problems(path, french_path, where)
            for part in parts(page):
                if found := text_problems(french, page, part):
                    problems.append(not_text(f"{where} {part}", found))
    return problems


def page_problems(translation: Path, french: Path, where: str) -> list[str]:
    """What a translated page holds beyond its parts' text: a hidden character on any line (one
    a tool reads as a line end too: ``\\x85``), a ``title`` that is not plain text, front matter
    keys the French page has not (``template:`` would pick another of the theme's templates,
    Material's ``redirect.html``), and other lines of tokens than the French's (a second
    ``{{ checker }}`` would be a second checker)."""
    source = translation.read_text(encoding="utf-8")
    problems = [f"{where} {line}" for line in hidden_lines(source)]
    page, french_page = read_page(translation), read_page(french)
    if found := plain_problems(str(page.meta.get("title") or "")):
        problems.append(not_text(f"{where} title", found))
    if extra := sorted(set(page.meta) - set(french_page.meta) - {RECORD_KEY}):
        problems.append(
            f"{where}: front matter {', '.join(extra)}, which the French page has not (a "
            f"translation's front matter holds the French's keys and {RECORD_KEY})"
        )
    ours, theirs = token_lines(source), token_lines(french.read_text(encoding="utf-8"))
    if ours != theirs:
        unknown = "".join(f" (unknown token {token})" for token in unknown_tokens("\n".join(ours)))
        problems.append(
            f"{where}: its lines of tokens are {ours}, the French's {theirs}{unknown} (each "
            "stands once, where the French's does)"
        )
    return problems


def token_lines(source: str) -> list[str]:
    """The lines of a page that are only a ``{{ token }}``: they belong to no part (segments.py)."""
    body = split_front_matter(source)[1]
    return [line.strip() for line in body.split("\n") if TOKEN.fullmatch(line.strip())]


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
