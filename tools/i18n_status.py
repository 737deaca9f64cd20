"""Which parts of which translations lag behind the French, and what changed in the French.

    python -m tools.i18n_status                  # per language, the parts out of date (make i18n-status)
    python -m tools.i18n_status --check          # exit 1 while any part lags (make i18n-check)
    python -m tools.i18n_status --diff en        # the French change of each part out of date in en
    python -m tools.i18n_status --record docs/index.en.md [--part clause-6 ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from checker.cli import CLOSED_PIPE, silence_stdout
from policy_site.catalogs import DOMAINS, load, problems
from policy_site.config import DOCS, ROOT, languages_in_preparation, site_languages
from policy_site.segments import SegmentError, read_page
from policy_site.translations import (
    Status,
    load_store,
    parts,
    record,
    recorded_hashes,
    status,
    tracked_pages,
    translation_path,
)
from policy_site.word_diff import word_diff


def language_problem(lang: str) -> str | None:
    """Why ``lang`` is not a translation's language (None when it is one), naming those that are."""
    translated = translations()
    if lang in translated:
        return None
    known = ", ".join(translated)
    if lang == site_languages()[0]:
        return f"{lang} is the source, which every translation follows; the translations: {known}"
    return f"unknown language {lang!r}; the site's translations: {known} (mkdocs.yml)"


def translations() -> tuple[str, ...]:
    """The published translations, then the languages in preparation (make language-add)."""
    return (*site_languages()[1:], *languages_in_preparation())


def statuses(docs: Path) -> dict[Path, list[Status]]:
    """Each tracked French page and where each of its translations stands."""
    return {
        french: [status(translation_path(french, lang)) for lang in translations()]
        for french in tracked_pages(docs)
    }


def catalogs_left() -> list[tuple[str, Path, int | None]]:
    """For each language in preparation and each catalog: how many entries are still to
    translate (None: the catalog is missing)."""
    found = []
    for lang in languages_in_preparation():
        for domain in DOMAINS:
            po = domain.po_path(lang)
            found.append((lang, po, len(list(problems(lang, load(po)))) if po.exists() else None))
    return found


def report(docs: Path) -> tuple[str, bool]:
    """The report, and whether every translation is up to date."""
    lines, all_good = [], True
    for french, found in statuses(docs).items():
        name = french.relative_to(docs).as_posix().replace(".fr.md", ".*.md")
        lines.append(f"{name}")
        for each in found:
            if not each.exists:
                lines.append(f"  {each.lang}  missing: {each.translation.relative_to(docs)}")
            for part in each.outdated:
                since = f"out of date since {each.french_updated}"
                lines.append(f"  {each.lang}  {part}  {'not yet translated' if part in each.untranslated else since}")
            for part in each.copied:
                lines.append(f"  {each.lang}  {part}  copied: its text is another language's")
        good = [each for each in found if each.up_to_date]
        all_good &= len(good) == len(found)
        if len(good) == len(found):
            lines.append(f"  all {len(found)} translations up to date")
    if left := catalogs_left():
        lines.append("catalogs of the languages in preparation (make language-publish L=... once complete)")
    for lang, po, count in left:
        lines.append(f"  {lang}  {po.relative_to(ROOT)}  " + ("missing" if count is None else f"{count} entries to translate"))
        all_good &= count == 0
    return "\n".join(lines), all_good


def diff(docs: Path, lang: str) -> str:
    """For each part out of date in ``lang``, the French as the translation recorded it -> now."""
    store, out = load_store(), []
    for french in tracked_pages(docs):
        translation = translation_path(french, lang)
        found = status(translation)
        if not found.outdated:
            continue
        now, recorded = parts(read_page(french)), recorded_hashes(read_page(translation))
        for part in found.outdated:
            before = store.get(recorded.get(part, ""), "")
            heading = f"{translation.relative_to(docs)}  {part}  (French of {found.french_updated})"
            change = word_diff(before, now[part]) if before else f"{{+{now[part]}+}}"
            out += [heading, f"  {change}", ""]
    return "\n".join(out) or f"Nothing out of date in {lang}."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 unless all is up to date")
    parser.add_argument("--diff", metavar="LANG", help="the French changes to translate")
    parser.add_argument("--record", nargs="+", type=Path, metavar="PAGE", default=[])
    parser.add_argument("--part", action="append", metavar="ID", help="record only these parts")
    parser.add_argument(
        "--unchanged", action="store_true", help="the French change needs no new wording"
    )
    parser.add_argument("--docs", type=Path, default=DOCS)
    args = parser.parse_args(argv)
    try:
        return run(args)
    except BrokenPipeError:  # make i18n-status | head: the reader has all it wanted
        silence_stdout()
        return CLOSED_PIPE
    except (SegmentError, OSError, ValueError, yaml.YAMLError) as error:
        # A page that does not read (its front matter, its parts): named, never a traceback.
        print(f"{error}\nnothing was recorded" if args.record else str(error), file=sys.stderr)
        return 2


def run(args: argparse.Namespace) -> int:
    if args.diff is not None:
        if problem := language_problem(args.diff):
            print(problem, file=sys.stderr)
            return 2
        print(diff(args.docs, args.diff))
        return 0
    failed = False
    for translation in args.record:
        problems = record(translation, args.part, unchanged=args.unchanged)
        for problem in problems:
            print(problem, file=sys.stderr)
        failed |= bool(problems)
        if not problems:
            print(f"recorded {translation} ({', '.join(args.part or ['every part'])})")
    if failed:
        print("nothing was recorded for the pages above", file=sys.stderr)
        return 1
    text, all_good = report(args.docs)
    print(text)
    return 1 if args.check and not all_good else 0


if __name__ == "__main__":
    sys.exit(main())
