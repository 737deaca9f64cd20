"""A policy page cut into the parts a translation tracks: the title and introduction, each
clause (its heading and paragraphs) and each list item that has an id of its own.

The pages are Markdown written to a few rules, which this module checks rather than guesses: a
part starts at a heading with an id (``## 2. Délais {#clause-2}``) or at a list item whose id stands
on its own continuation line (``  {#clause-1-1}``); lines after a list go back to the heading's
part; a line that is only a ``{{ token }}`` belongs to no part.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.meta import get_data

from policy_site.tokens import TOKEN

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*\{#([\w-]+)\}\s*$")
ITEM_ID = re.compile(r"^\s+\{#([\w-]+)\}\s*$")
ITEM = re.compile(r"^[-*]\s+")
NUMBER = re.compile(r"\d+(?:/\d+)?")
#: The front matter block as MkDocs finds it (``mkdocs.utils.meta``).
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
#: A page's front matter holds dates, a description and what its translation records: a few KB.
MAX_FRONT_MATTER = 64 * 1024
#: The policy pages are a few tens of KB.
MAX_PAGE_BYTES = 1024 * 1024


class SegmentError(ValueError):
    """A page breaks the rules above; the message says where."""


@dataclass(frozen=True, slots=True)
class Segment:
    """One part of a page: its id (the HTML id of its heading or list item) and its Markdown."""

    id: str
    markdown: str

    @property
    def text(self) -> str:
        """The words, with Markdown's marks and the line breaks taken out."""
        text = re.sub(r"^#{1,6}\s+", "", self.markdown, flags=re.MULTILINE)
        text = re.sub(r"^[-*]\s+", "", text, flags=re.MULTILINE)
        text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
        return " ".join(text.split())

    @property
    def hash(self) -> str:
        """What a translation records of the French part it translates."""
        return text_hash(self.text)

    @property
    def figures(self) -> list[str]:
        """The numbers it holds ("24/7" is one): the same in every language."""
        return NUMBER.findall(self.text)


@dataclass(frozen=True, slots=True)
class Page:
    """A page's front matter and its parts, in order."""

    meta: dict[str, Any]
    segments: tuple[Segment, ...]

    def get(self, segment_id: str) -> Segment | None:
        return next((s for s in self.segments if s.id == segment_id), None)

    @property
    def ids(self) -> list[str]:
        return [segment.id for segment in self.segments]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def read_page(path: Path) -> Page:
    """The page of ``path``; any problem, the file's size included, is a ``SegmentError`` that
    names the file."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_PAGE_BYTES + 1)
        if len(data) > MAX_PAGE_BYTES:
            raise SegmentError(f"larger than {MAX_PAGE_BYTES} bytes: not a page of this site")
        return parse_page(data.decode("utf-8"))
    except SegmentError as error:
        raise SegmentError(f"{path}: {error}") from None


def parse_page(source: str) -> Page:
    """Cuts a page (front matter and Markdown) into its parts. A build reads each page dozens of
    times (every translation's status reads all its siblings), so the parts are kept by content;
    each caller gets its own copy of the front matter, a dict it may change."""
    page = _parsed(source)
    return Page(copy.deepcopy(page.meta), page.segments)


@functools.lru_cache(maxsize=512)
def _parsed(source: str) -> Page:
    check_front_matter(source)
    markdown, meta = get_data(source)
    parts: dict[str, list[str]] = {}
    heading = ""  # the part the heading above owns
    current = ""  # the part the line belongs to
    item: list[str] | None = None  # the lines of a list item whose id is not known yet
    for line in markdown.splitlines():
        if match := HEADING.match(line):
            flush_item(item, parts, heading)
            item = None
            heading = current = add_part(parts, match[3], f"{match[1]} {match[2]}")
        elif match := ITEM_ID.match(line):
            if item is None:
                raise SegmentError(f"the id {{#{match[1]}}} does not follow a list item")
            current = add_part(parts, match[1], *item)
            item = None
        elif ITEM.match(line):
            flush_item(item, parts, heading)
            item, current = [line.rstrip()], ""
        elif line.startswith((" ", "\t")) and line.strip() and (item is not None or current):
            (item if item is not None else parts[current]).append(line.strip())
        elif TOKEN.fullmatch(line.strip()):
            flush_item(item, parts, heading)
            item = None
        elif line.strip():
            flush_item(item, parts, heading)
            item = None
            if not heading:
                raise SegmentError(f"text before the first heading with an id: {line[:40]!r}")
            current = heading
            parts[heading].append(line.rstrip())
        else:
            flush_item(item, parts, heading)
            item = None
            if current and current != heading:
                current = heading  # a blank line ends a list item's part
            if current:
                parts[current].append("")
    flush_item(item, parts, heading)
    segments = tuple(Segment(key, "\n".join(lines).strip()) for key, lines in parts.items())
    return Page(meta, segments)


def check_front_matter(source: str) -> None:
    """Refuses front matter that does not read, is too large, or uses YAML anchors and aliases,
    before YAML builds anything from it: MkDocs would drop a front matter that does not read
    without a word (and with it what a translation records), and a few aliases of aliases (a
    "billion laughs") make a value that is small in memory but grows without bound once anything
    walks or prints it. The pages' front matter is a few dates and texts, written out; it never
    needs either."""
    if not source.startswith("---"):
        return
    found = FRONT_MATTER.match(source)
    if not found:
        raise SegmentError("its front matter has no closing '---' line")
    if len(found[1]) > MAX_FRONT_MATTER:
        raise SegmentError(
            f"front matter of {len(found[1])} characters, over the limit of {MAX_FRONT_MATTER}"
        )
    try:
        for token in yaml.scan(found[1], Loader=yaml.SafeLoader):
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                raise SegmentError(
                    f"front matter uses a YAML {'anchor' if isinstance(token, yaml.AnchorToken) else 'alias'} "
                    f"(&name or *name, line {token.start_mark.line + 2}): write each value out"
                )
        yaml.safe_load(found[1])
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" (line {where.line + 2})" if where else ""
        raise SegmentError(f"its front matter is not valid YAML{line}") from None


def add_part(parts: dict[str, list[str]], part_id: str, *lines: str) -> str:
    if part_id in parts:
        raise SegmentError(f"the id {part_id} is used twice")
    parts[part_id] = list(lines)
    return part_id


def flush_item(item: list[str] | None, parts: dict[str, list[str]], heading: str) -> None:
    """A list item without an id of its own belongs to the heading's part; the item is done."""
    if item is not None and heading:
        parts[heading].extend(item)
