"""A part of a translated page written back into its Markdown source in place, the rest of the
file left byte for byte as it was: how a translation made outside the Markdown (a PO file,
``tools.i18n_po``) comes home. Where each line belongs follows segments.py's rules; the result is
read back with segments.py and must give the very text that was written, or nothing is written.
"""

from __future__ import annotations

import json
import re

from mkdocs.utils.meta import get_data

from policy_site.segments import HEADING, ITEM, ITEM_ID, SegmentError, parse_page
from policy_site.tokens import TOKEN

DESCRIPTION = "description"
FRONT_MATTER_END = "\n---"


class PartError(ValueError):
    """A part cannot be written as given; the message says why, in the translator's terms."""

    def __init__(self, part: str, reason: str) -> None:
        super().__init__(f"{part}: {reason}")
        self.part, self.reason = part, reason


def normal(markdown: str) -> str:
    """A part's Markdown as a translator edits it: its blocks (paragraphs, a heading, a list
    item) separated by one blank line, each line without the indentation the page gives it."""
    return "\n\n".join(blocks(markdown))


def blocks(markdown: str) -> list[str]:
    if not markdown.strip():
        return []
    found = re.split(r"\n(?:[ \t]*\n)+", markdown.strip())
    return ["\n".join(line.strip() for line in block.strip().splitlines()) for block in found]


def replace_parts(source: str, new: dict[str, str]) -> str:
    """``source`` (a whole page) with each part in ``new`` (id -> Markdown, or the description)
    replaced; raises PartError naming the part when its Markdown does not fit its place."""
    head, body = split_front_matter(source)
    if DESCRIPTION in new and words(get_data(source)[1].get(DESCRIPTION)) != words(new[DESCRIPTION]):
        head = replace_description(head, new[DESCRIPTION])
    lines = body.split("\n")
    owners = line_owners(lines)
    for part, markdown in new.items():
        if part != DESCRIPTION:
            lines, owners = replace_part(lines, owners, part, markdown)
    result = head + "\n".join(lines)
    check_round_trip(result, new)
    return result


def words(value: object) -> str:
    return " ".join(str(value or "").split())


def split_front_matter(source: str) -> tuple[str, str]:
    """The front matter with its closing line, and the Markdown after it."""
    if not source.startswith("---\n"):
        return "", source
    end = source.index(FRONT_MATTER_END, 3) + len(FRONT_MATTER_END)
    end = source.index("\n", end) + 1 if "\n" in source[end:] else len(source)
    return source[:end], source[end:]


def replace_description(head: str, value: str) -> str:
    """The front matter's ``description`` set to ``value`` (a JSON string is YAML too)."""
    line = f"{DESCRIPTION}: {json.dumps(' '.join(value.split()), ensure_ascii=False)}"
    lines = head.split("\n")
    start = next((i for i, text in enumerate(lines) if text.startswith(f"{DESCRIPTION}:")), None)
    if start is None:
        return "\n".join([lines[0], line, *lines[1:]])
    end = start + 1
    while end < len(lines) and lines[end].startswith((" ", "\t")):
        end += 1
    return "\n".join([*lines[:start], line, *lines[end:]])


def line_owners(lines: list[str]) -> list[str | None]:
    """The part each line belongs to: None for blank lines (they only separate) and for lines
    that are only a ``{{ token }}`` (they belong to no part)."""
    owners: list[str | None] = []
    heading: str | None = None
    item: list[int] | None = None  # the lines of a list item whose id is not known yet
    inside: str | None = None  # the part an indented line continues
    for index, line in enumerate(lines):
        owners.append(None)
        if match := HEADING.match(line):
            inside = heading = owners[index] = match[3]
            item = None
        elif match := ITEM_ID.match(line):
            for each in [*(item or []), index]:
                owners[each] = match[1]
            inside, item = match[1], None
        elif ITEM.match(line):
            item, inside = [index], None
            owners[index] = heading
        elif line.startswith((" ", "\t")) and line.strip() and (item is not None or inside):
            owners[index] = heading if item is not None else inside
            if item is not None:
                item.append(index)
        elif TOKEN.fullmatch(line.strip()) or not line.strip():
            item = None
            inside = heading if inside == heading else None
        else:
            item, inside = None, heading
            owners[index] = heading
    return owners


def chunks(lines: list[str], owners: list[str | None], part: str) -> list[tuple[int, int]]:
    """The runs of lines (start, end) that hold ``part``, blank lines inside a run included: a
    list item or a ``{{ token }}`` line of the page between two of its paragraphs splits it."""
    runs: list[tuple[int, int]] = []
    for index, owner in enumerate(owners):
        if owner != part:
            continue
        if runs and not any(line.strip() for line in lines[runs[-1][1] : index]):
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return runs


def replace_part(
    lines: list[str], owners: list[str | None], part: str, markdown: str
) -> tuple[list[str], list[str | None]]:
    """``lines`` with ``part`` rewritten from ``markdown``, each of its runs in place."""
    runs = chunks(lines, owners, part)
    if not runs:
        raise PartError(part, "the page has no such part")
    old = [blocks("\n".join(lines[start:end])) for start, end in runs]
    new = blocks(markdown)
    first = lines[runs[0][0]]
    if not new:
        raise PartError(part, "empty")
    if len(runs) > 1 and len(new) != sum(len(each) for each in old):
        raise PartError(
            part,
            f"{len(new)} paragraphs, where the page has {sum(len(e) for e in old)} around "
            "a list or a {{ token }} line: keep one paragraph for each paragraph of the French"
        )
    shares, taken = [], 0
    for index, each in enumerate(old):
        count = len(each) if index < len(old) - 1 else len(new) - taken
        shares.append(new[taken : taken + count])
        taken += count
    for (start, end), share in reversed(list(zip(runs, shares, strict=True))):
        written = "\n\n".join(share).split("\n")
        if start == runs[0][0]:
            written = shape_first(part, first, written)
        lines = lines[:start] + written + lines[end:]
        owners = owners[:start] + [part] * len(written) + owners[end:]
    return lines, owners


def shape_first(part: str, first: str, written: list[str]) -> list[str]:
    """The part's first lines as the page needs them: the heading with its id, or the list item
    with its continuation lines indented and its id on a line of its own."""
    if heading := HEADING.match(first):
        level = heading[1]
        title = re.fullmatch(rf"{level}\s+(\S.*)", written[0])
        if not title or title[1].startswith("#"):
            raise PartError(part, f"the first line must stay a heading starting with {level!r}")
        return [f"{level} {title[1]} {{#{part}}}", *written[1:]]
    if ITEM.match(first):
        marker = first[: ITEM.match(first).end()]  # type: ignore[union-attr]
        if not ITEM.match(written[0]):
            raise PartError(part, f"the list item must start with {marker.strip()!r}")
        if any(not line.strip() for line in written):
            raise PartError(part, "a list item is one paragraph (no blank line)")
        indent = " " * len(marker)
        return [written[0], *(indent + line for line in written[1:]), f"{indent}{{#{part}}}"]
    return written


def check_round_trip(source: str, new: dict[str, str]) -> None:
    """The page read back gives each written part exactly as given."""
    try:
        page = parse_page(source)
    except SegmentError as error:
        raise PartError(", ".join(new), f"the page would no longer read: {error}") from None
    meta = get_data(source)[1]
    for part, markdown in new.items():
        if part == DESCRIPTION:
            got = words(meta.get(DESCRIPTION))
            if got != words(markdown):
                raise PartError(part, f"reads back as {got!r}")
            continue
        segment = page.get(part)
        if segment is None or normal(segment.markdown) != normal(markdown):
            raise PartError(
                part,
                "its Markdown would change the page's parts (a heading with an id, a "
                "list item, an indented line or a {{ token }} line of its own?)"
            )


def mark_language(markdown: str, parts: set[str], lang: str) -> str:
    """``markdown`` (a page's body) with each block of ``parts`` marked as written in ``lang``
    (attr_list attributes: on the heading's and the list item's id, after each paragraph), so that
    a part shown in the French in force is announced as French where it stands."""
    attrs = f'lang="{lang}" dir="ltr"'
    lines = markdown.split("\n")
    owners = line_owners(lines)
    out = []
    for index, line in enumerate(lines):
        owner = owners[index]
        if owner not in parts:
            out.append(line)
            continue
        if HEADING.match(line) or ITEM_ID.match(line):
            out.append(line.replace(f"{{#{owner}}}", f"{{#{owner} {attrs}}}"))
            continue
        out.append(line)
        follows = owners[index + 1] if index + 1 < len(lines) else None
        # Not after raw HTML (a {{ token }} the page's hooks already replaced): it is no paragraph.
        if follows != owner and not ITEM.match(line) and not line.startswith((" ", "\t", "<")):
            out.append(f"{{: {attrs} }}")
    return "\n".join(out)
