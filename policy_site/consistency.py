"""Whether the text and the rules agree, as the build checks them before building anything: a
figure of the French that is not the figure of ``checker/policy.py`` for its version, a
translation whose parts are not the French's (a clause id missing or moved), or whose parts hold
other figures than the French parts they translate. A part recorded as out of date is exempt: its
page shows the French in force."""

from __future__ import annotations

from pathlib import Path

from policy_site.figures import french_problems, translation_problems, untracked_numbers
from policy_site.segments import SegmentError, read_page
from policy_site.translations import change_day, status, tracked_pages, translation_path
from policy_site.versions import policy_pages


def disagreements(docs: Path, translated: tuple[str, ...]) -> list[str]:
    """Every disagreement, each saying where and what to change; an empty list when all agree."""
    try:
        return _disagreements(docs, translated)
    except SegmentError as error:
        return [str(error)]


def _disagreements(docs: Path, translated: tuple[str, ...]) -> list[str]:
    problems = []
    for french, version in policy_pages(docs).items():
        page = read_page(french)
        problems += french_problems(page, version, shown(french, docs))
        problems += untracked_numbers(page, shown(french, docs))
    for french in sorted({*tracked_pages(docs), *policy_pages(docs)}):
        source = read_page(french)
        for lang in translated:
            path = translation_path(french, lang)
            if not path.exists():
                problems.append(f"{shown(path, docs)}: missing")
                continue
            page = read_page(path)
            if page.ids != source.ids:
                problems.append(
                    f"{shown(path, docs)}: its clause ids are {page.ids}, the French's "
                    f"{source.ids} (the same ids, in the same places)"
                )
                continue
            exempt = status(path).outdated
            problems += translation_problems(source, page, exempt, shown(path, docs))
    return problems


def undated_changes(docs: Path, translated: tuple[str, ...]) -> list[str]:
    """French pages changed since a translation was recorded whose ``updated`` date was not moved
    on: readers and ``make i18n-status`` would date the change too early. A part never translated
    (a new language's) is behind the French without the French having changed: it says nothing of
    the French's date."""
    found = []
    for french in tracked_pages(docs):
        for lang in translated:
            each = status(translation_path(french, lang))
            changed = set(each.outdated) - set(each.untranslated)
            if changed and each.recorded and each.french_updated and each.french_updated < each.recorded:
                found.append(
                    f"{shown(french, docs)} changed after {lang} was recorded ({each.recorded}), "
                    f"but its updated: is {each.french_updated}: set it to the day of the change "
                    f"(updated: {change_day(french).isoformat()} if it changed today)"
                )
                break
    return found


def shown(path: Path, docs: Path) -> str:
    return f"docs/{path.relative_to(docs).as_posix()}"
