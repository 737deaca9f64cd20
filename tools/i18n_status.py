"""Which translated pages lag behind the French: the maintainers' report and the build's notice.

Each translation records, in its front matter, ``source_hash``: the hash of the French page it
translates. The French changes, the hash no longer matches, the translation is out of date.

    python hooks/translation_status.py              # table page × language
    python hooks/translation_status.py --check      # exit 1 if anything is out of date or missing
    python hooks/translation_status.py --record docs/index.en.md   # after updating a translation
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from enum import Enum
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
SOURCE_LANGUAGE = "fr"
LANGUAGES = ("fr", "en", "es", "de", "it", "pt", "nl", "ar")
HASH_KEY = "source_hash"
HASH_LINE = re.compile(rf"^{HASH_KEY}:\s*(\S*)\s*$", re.MULTILINE)


class Status(Enum):
    UP_TO_DATE = "up to date"
    OUT_OF_DATE = "out of date"
    MISSING = "missing"


def source_hash(french: Path) -> str:
    """A short hash of the French page: what a translation says it translates."""
    return hashlib.sha256(french.read_bytes()).hexdigest()[:12]


def recorded_hash(translation: Path) -> str:
    match = HASH_LINE.search(front_matter(translation.read_text(encoding="utf-8")))
    return match.group(1).strip("\"'") if match else ""


def front_matter(text: str) -> str:
    if not text.startswith("---\n"):
        return ""
    end = text.find("\n---", 4)
    return text[4:end] if end > 0 else ""


def status(docs: Path, page: str, lang: str) -> Status:
    translation = docs / f"{page}.{lang}.md"
    if not translation.exists():
        return Status.MISSING
    if lang == SOURCE_LANGUAGE:
        return Status.UP_TO_DATE
    current = source_hash(docs / f"{page}.{SOURCE_LANGUAGE}.md")
    return Status.UP_TO_DATE if recorded_hash(translation) == current else Status.OUT_OF_DATE


def pages(docs: Path) -> list[str]:
    return sorted(path.name.split(".")[0] for path in docs.glob(f"*.{SOURCE_LANGUAGE}.md"))


def table(docs: Path) -> tuple[str, bool]:
    """The report, and whether every translation is up to date."""
    rows = [["page", *LANGUAGES]]
    all_good = True
    for page in pages(docs):
        statuses = [status(docs, page, lang) for lang in LANGUAGES]
        all_good &= all(s is Status.UP_TO_DATE for s in statuses)
        rows.append([page, *(s.value for s in statuses)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    return "\n".join(lines), all_good


def record(translation: Path) -> None:
    """Write the current French hash into ``translation``'s front matter."""
    page = translation.name.split(".")[0]
    current = source_hash(translation.parent / f"{page}.{SOURCE_LANGUAGE}.md")
    text = translation.read_text(encoding="utf-8")
    if HASH_LINE.search(front_matter(text)):
        text = HASH_LINE.sub(f'{HASH_KEY}: "{current}"', text, count=1)
    else:
        text = text.replace("---\n", f'---\n{HASH_KEY}: "{current}"\n', 1)
    translation.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 unless all is up to date")
    parser.add_argument("--docs", type=Path, default=DOCS)
    parser.add_argument("--record", nargs="+", type=Path, metavar="PAGE", default=[])
    args = parser.parse_args(argv)
    for translation in args.record:
        record(translation)
        print(f"recorded {translation}")
    report, all_good = table(args.docs)
    print(report)
    return 1 if args.check and not all_good else 0


if __name__ == "__main__":
    sys.exit(main())
