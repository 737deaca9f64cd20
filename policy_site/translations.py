"""Which translated pages lag behind the French.

Each translation records, in its front matter, ``source_hash``: the hash of the French page it
translates. The French changes, the hash no longer matches, the translation is out of date.
"""

from __future__ import annotations

import hashlib
import re
from enum import Enum
from pathlib import Path

from mkdocs.utils.meta import get_data

from checker.catalog import policy_language

HASH_KEY = "source_hash"
HASH_LINE = re.compile(rf"^{HASH_KEY}:\s*(\S*)\s*$", re.MULTILINE)


class Status(Enum):
    UP_TO_DATE = "up to date"
    OUT_OF_DATE = "out of date"
    MISSING = "missing"


def french_page(docs: Path, page: str) -> Path:
    return docs / f"{page}.{policy_language()}.md"


def source_hash(french: Path) -> str:
    """A short hash of the French page: what a translation says it translates."""
    return hashlib.sha256(french.read_bytes()).hexdigest()[:12]


def front_matter(path: Path) -> dict[str, object]:
    """The page's front matter, read as MkDocs reads it."""
    _markdown, meta = get_data(path.read_text(encoding="utf-8"))
    return meta


def recorded_hash(translation: Path) -> str:
    return str(front_matter(translation).get(HASH_KEY, ""))


def status(docs: Path, page: str, lang: str) -> Status:
    translation = docs / f"{page}.{lang}.md"
    if not translation.exists():
        return Status.MISSING
    if lang == policy_language():
        return Status.UP_TO_DATE
    current = source_hash(french_page(docs, page))
    return Status.UP_TO_DATE if recorded_hash(translation) == current else Status.OUT_OF_DATE


def pages(docs: Path) -> list[str]:
    return sorted(path.name.split(".")[0] for path in docs.glob(f"*.{policy_language()}.md"))


def record(translation: Path) -> None:
    """Write the current French hash into ``translation``'s front matter."""
    page = translation.name.split(".")[0]
    current = source_hash(french_page(translation.parent, page))
    text = translation.read_text(encoding="utf-8")
    if HASH_LINE.search(text):
        text = HASH_LINE.sub(f'{HASH_KEY}: "{current}"', text, count=1)
    else:
        text = text.replace("---\n", f'---\n{HASH_KEY}: "{current}"\n', 1)
    translation.write_text(text, encoding="utf-8")
