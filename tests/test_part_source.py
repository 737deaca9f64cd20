"""A part written back into a page in place (policy_site/part_source.py), on the real pages, which
it only reads: writing each part as it stands changes not a byte; a changed part lands at its
place only; what would break the page's parts is refused by name; a part marked as French is
announced as French by Python-Markdown's attr_list, as the build renders it."""

from __future__ import annotations

import re

import markdown
import pytest

from policy_site.config import DOCS
from policy_site.part_source import (
    DESCRIPTION,
    PartError,
    mark_language,
    normal,
    replace_parts,
    split_front_matter,
)
from policy_site.segments import parse_page, read_page
from policy_site.translations import parts, tracked_pages, translation_path
from tests.support.languages import LANGUAGES, POLICY_LANGUAGE

PAGES = [translation_path(french, lang) for french in tracked_pages(DOCS) for lang in LANGUAGES]
POLICY = DOCS / f"index.{POLICY_LANGUAGE}.md"


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.relative_to(DOCS).as_posix())
def test_writing_each_part_as_it_stands_changes_nothing(path: object) -> None:
    page = read_page(path)  # type: ignore[arg-type]
    source = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    same = {s.id: normal(s.markdown) for s in page.segments} | {DESCRIPTION: parts(page)[DESCRIPTION]}
    assert replace_parts(source, same) == source


def test_a_changed_part_lands_at_its_place_only() -> None:
    source = POLICY.read_text(encoding="utf-8")
    page = read_page(POLICY)
    # The part that has a list between its paragraphs, and a list item.
    split = next(s for s in page.segments if s.markdown.startswith("#") and "\n\n\n" in s.markdown)
    item = next(s for s in page.segments if s.markdown.startswith("- "))
    blocks = normal(split.markdown).split("\n\n")
    edited = "\n\n".join([*blocks[:-1], f"{blocks[-1]} (edited)"])
    written = parse_page(replace_parts(source, {split.id: edited, item.id: f"{item.markdown} (edited)"}))
    for segment in page.segments:
        now = written.get(segment.id)
        assert now is not None
        changed = segment.id in (split.id, item.id)
        assert (now.markdown != segment.markdown) == changed
    assert normal(written.get(split.id).markdown) == edited  # type: ignore[union-attr]


def test_what_would_break_the_parts_is_refused_by_name() -> None:
    source = POLICY.read_text(encoding="utf-8")
    page = read_page(POLICY)
    heading = next(s for s in page.segments if s.markdown.startswith("## "))
    item = next(s for s in page.segments if s.markdown.startswith("- "))
    other = next(s for s in page.segments if s.id != heading.id and s.markdown.startswith("## "))
    title, _, rest = normal(heading.markdown).partition("\n\n")
    for part, text in (
        (heading.id, rest),  # the heading gone
        (heading.id, f"{title}\n\n{other.markdown.splitlines()[0]} {{#{other.id}}}"),  # an id twice
        (item.id, item.markdown.removeprefix("- ")),  # no longer a list item
        (item.id, f"{item.markdown}\n\nA second paragraph."),
        (heading.id, ""),
    ):
        with pytest.raises(PartError) as refused:
            replace_parts(source, {part: text})
        assert part in str(refused.value)


def test_a_part_marked_as_french_is_rendered_as_french() -> None:
    body = split_front_matter(POLICY.read_text(encoding="utf-8"))[1]
    page = read_page(POLICY)
    marked = {s.id for s in page.segments[1::2]}
    html = markdown.markdown(
        mark_language(body, marked, POLICY_LANGUAGE), extensions=["attr_list"]
    )
    assert "{:" not in html and "{#" not in html
    for segment in page.segments:
        tag = re.search(rf'<(h[1-6]|li)\b[^>]*\bid="{segment.id}"[^>]*>', html)
        assert tag is not None, segment.id
        assert (f'lang="{POLICY_LANGUAGE}"' in tag[0]) == (segment.id in marked)
    paragraphs = html.count(f'<p dir="ltr" lang="{POLICY_LANGUAGE}">')
    expected = sum(
        len(normal(s.markdown).split("\n\n")) - 1 for s in page.segments if s.id in marked and s.markdown.startswith("#")
    )
    assert paragraphs == expected
