"""Tells the reader of a translated page where it stands against the French, which prevails: a
notice under the title (with the day of the French text and of the translation), and at each part
whose French changed since it was translated, that part's French text in force
(``data-outdated-clause``). A part not translated yet (a new language's, or one the French gained)
is said to be so, with its own words, and shows the French. Parts that did not change carry no
mark."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from checker.catalog import policy_language
from checker.dates import AsTyped, Written, written
from policy_site import messages as t
from policy_site.clauses import part_label
from policy_site.french_parts import french_part_html
from policy_site.i18n import page_base, page_language, relative_root, site_text
from policy_site.part_source import mark_language
from policy_site.segments import read_page
from policy_site.templates import render
from policy_site.translations import DESCRIPTION, RECORD_KEY, Status, french_of, status


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = page_language(page, config)
    if lang == policy_language() or RECORD_KEY not in page.meta:
        return markdown
    found = status(source_of(page))
    lagging, untranslated = lagging_parts(found), untranslated_parts(found)
    since = when(found.french_updated, lang)
    said = []
    if lagging:
        said.append(
            site_text(
                lang, t.PAGE_OUTDATED, count=len(lagging), date=since, parts=listed(lagging, lang)
            )
        )
    if untranslated:
        said.append(
            site_text(
                lang, t.PAGE_UNTRANSLATED, count=len(untranslated), parts=listed(untranslated, lang)
            )
        )
    # The French prevails, whether or not a part lags: the notice always says so.
    said.append(site_text(lang, t.FRENCH_PREVAILS))
    notice = render(
        "policy/translation-notice.html",
        kind="warning" if lagging or untranslated else "info",
        text=" ".join(said),
        outdated=" ".join(lagging),
        untranslated=" ".join(untranslated),
        dates=site_text(
            lang, t.TRANSLATION_DATES, french=since, translation=when(found.recorded, lang)
        ),
        french_url=french_url(page),
        read_french=site_text(lang, t.READ_FRENCH),
        french_lang=policy_language(),
    )
    markdown = mark_language(markdown, shown_as_french(found), policy_language())
    title, _sep, rest = markdown.partition("\n")
    # Below the page title, so the heading stays the first thing a screen reader meets.
    if title.startswith("# "):
        return f"{title}\n\n{notice}\n\n{rest}"
    return f"{notice}\n\n{markdown}"


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = page_language(page, config)
    if lang == policy_language() or RECORD_KEY not in page.meta:
        return html
    found = status(source_of(page))
    if not visible_parts(found):
        return html
    french = read_page(french_of(found.translation))
    notices = {
        **dict.fromkeys(lagging_parts(found), site_text(
            lang, t.CLAUSE_OUTDATED, date=when(found.french_updated, lang)
        )),
        **dict.fromkeys(untranslated_parts(found), site_text(lang, t.CLAUSE_UNTRANSLATED)),
    }  # fmt: skip
    as_french = shown_as_french(found)
    for part, notice in notices.items():
        segment = french.get(part)
        if segment is None or part in as_french:
            continue
        block = render(
            "policy/outdated-part.html",
            part=part,
            notice=notice,
            french_html=french_part_html(segment),
            french_lang=policy_language(),
        )
        html = insert_at(html, part, block)
    return html


def visible_parts(found: Status) -> list[str]:
    """The outdated parts a reader sees (the description is only in the page's head)."""
    return [part for part in found.outdated if part != DESCRIPTION]


def lagging_parts(found: Status) -> list[str]:
    """The visible parts translated once, whose French changed since."""
    return [part for part in visible_parts(found) if part not in found.untranslated]


def untranslated_parts(found: Status) -> list[str]:
    """The visible parts never translated."""
    return [part for part in visible_parts(found) if part in found.untranslated]


def listed(parts: list[str], lang: str) -> str:
    """« Clause 2, Clause 6 »: the parts' names in the page's language."""
    return site_text(lang, t.LIST_SEPARATOR).join(part_label(part, lang) for part in parts)


def shown_as_french(found: Status) -> set[str]:
    """The parts not yet translated whose text on the page is the French in force itself (a
    language added with ``make language-add``): marked as French where they stand (lang, dir),
    rather than shown twice."""
    if not found.untranslated:
        return set()
    own, french = read_page(found.translation), read_page(french_of(found.translation))
    return {
        part
        for part in found.untranslated
        if (mine := own.get(part)) and (theirs := french.get(part)) and mine.text == theirs.text
    }


def insert_at(html: str, part: str, block: str) -> str:
    """``block`` right after the heading with id ``part``, or at the end of the list item."""
    heading = re.search(rf'<h([1-6]) id="{re.escape(part)}"[^>]*>.*?</h\1>', html, re.DOTALL)
    if heading:
        return html[: heading.end()] + block + html[heading.end() :]
    item = html.find(f'<li id="{part}">')
    if item < 0:
        return html
    end = html.index("</li>", item)
    return html[:end] + block + html[end:]


def source_of(page: Page) -> Path:
    return Path(str(page.file.abs_src_path))


def french_url(page: Page) -> str:
    folder = Path(page.file.src_uri).parent.as_posix()
    base = page_base(page)
    path = "" if folder == "." else f"{folder}/"
    return relative_root(page) + path + ("" if base == "index" else f"{base}/")


def when(day: date | None, lang: str) -> Written | AsTyped:
    """A day of the notice, written in ``lang`` in the role its sentence gives it."""
    return written(day, lang) if day else AsTyped("?")
