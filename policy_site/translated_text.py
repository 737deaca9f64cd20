"""What a translation may hold: text, and of Markdown only what the French it translates holds.

Translations come from outside the project (PO files from translation platforms, volunteers and
agencies, pages and catalogs edited by hand): they cross a trust boundary. Whatever they hold is
published on every page of their language, so they are text, never markup. A translated part may
hold its French part's heading or list mark, its bold spans, links to the French's own targets
and its ``{{ tokens }}``; nothing else: no raw HTML (tags, comments, character references),
attribute lists, template syntax, other links, or control, formatting and bidi characters. A
plain text (a page's ``description`` and ``title``, a language's name, a ``site_name``, a catalog
entry) holds no markup at all. This module is the rule; the tools and the build apply it
(``translations.record_problems`` and ``page_text_problems``, ``catalogs``, and
``hooks/site_checks.py`` on ``config.shown_texts``). Each function returns what it found, as a
reader can act on it; an empty list when the text is only text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from html.parser import HTMLParser
from typing import Any

import markdown

from checker.catalog import PLACEHOLDER
from policy_site.config import load_site_config
from policy_site.tokens import TOKEN

#: What a text may hold of Unicode's controls (Cc) and formats (Cf): the ordinary whitespace.
ORDINARY = frozenset("\t\n")
#: What HTML reads as markup: ``<`` opening a tag, a closing tag, a comment, a declaration or a
#: processing instruction (an autolink ``<https:…>`` too); a ``<`` before a space or a digit is text.
HTML = re.compile(r"<[A-Za-z/!?][^>\n]{0,40}>?")
#: A character reference, which decodes to any character (``&lt;script&gt;``, ``&#27;``).
REFERENCE = re.compile(r"&(?:#[0-9A-Za-z]*;?|[A-Za-z][A-Za-z0-9]*;)")
#: What is left of braces once the allowed tokens are taken out: an attribute list
#: (``{: onclick=…}``, ``{#id}``, ``{.class}``) or template syntax (``{% raw %}``, ``{{ x }}``).
BRACES = re.compile(r"\{[^{}\n]{0,40}\}?|\}")
#: A reference-style link's definition (``[1]: javascript:…``), which any part of the page can use.
LINK_DEFINITION = re.compile(r"^[ \t]*\[[^\]\n]*\]:.{0,40}", re.MULTILINE)
#: A catalog's own placeholders (``{days}``), which the catalog check compares with the msgid's.
#: Elements a part may hold as many of as it likes once its French holds one: its words are free.
INLINE = frozenset({"strong", "a"})
#: The attributes that lead somewhere: compared with the French's targets, not by name.
TARGETS = frozenset({"href", "src"})
#: What a reader of a refusal calls each element Markdown makes.
MARKDOWN_NAMES = {
    "em": "emphasis (*…* or _…_)",
    "strong": "bold (**…**)",
    "code": "code (`…`)",
    "pre": "a code block",
    "a": "a link",
    "img": "an image (![…](…))",
    "blockquote": "a quotation (> …)",
    "hr": "a rule (---)",
    "ul": "a list",
    "ol": "a numbered list",
    "li": "a list item",
    "div": "a block (!!! …)",
    "br": "a line break (two spaces at a line's end)",
    **{f"h{level}": f"a heading ({'#' * level})" for level in range(1, 7)},
}


def part_problems(french: str, translated: str) -> list[str]:
    """What the Markdown part ``translated`` holds beyond text and the Markdown of its French part
    ``french``: raw HTML, a character reference, a token or braces the French has not, a link
    definition, a link to another target, Markdown the French part does not use."""
    tokens = TOKEN.findall(french)
    found = hidden_characters(translated) + markup(translated, allowed_tokens=tokens)
    found += [
        f"a link definition {shown(line)}"
        for line in LINK_DEFINITION.findall(translated)
        if line.strip() not in french
    ]
    if found:
        return found  # what Markdown would make of it says nothing more
    return structure_problems(rendered(french), rendered(translated))


def plain_problems(text: str) -> list[str]:
    """What ``text``, which a page shows as it is (a ``description``, a ``title``, a language's
    name, a ``site_name``), holds beyond text: any markup, and any Markdown."""
    found = hidden_characters(text) + markup(text)
    if found:
        return found
    return structure_problems(rendered(""), rendered(text))


def catalog_problems(text: str) -> list[str]:
    """What a catalog entry's ``text`` holds beyond text and its ``{placeholders}`` (compared
    with the msgid's by ``catalogs``): control characters, HTML, template syntax."""
    return hidden_characters(text) + markup(PLACEHOLDER.sub("", text))


def hidden_characters(text: str) -> list[str]:
    """Each control, formatting or bidi character of ``text`` (Unicode Cc and Cf, and the line and
    paragraph separators, which some tools read as line ends), but tab and newline: what would
    reorder, hide or cut a text without a reader seeing it. ``\\r\\n`` is a newline."""
    found = dict.fromkeys(
        char
        for char in text.replace("\r\n", "\n")
        if char not in ORDINARY and unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")
    )
    return [f"the hidden character {code_point(char)}" for char in found]


def hidden_lines(source: str) -> list[str]:
    """Each line of a file that holds a hidden character, and which (``line N: ...``): the lines
    as Python-Markdown cuts them (at ``\\n`` only), so that a character which other tools read
    as a line end (``\\x85``, ``\\x0b``) is found where it stands."""
    return [
        f"line {number}: {', '.join(found)}"
        for number, line in enumerate(source.split("\n"), start=1)
        if (found := hidden_characters(line.removesuffix("\r")))
    ]


def markup(text: str, allowed_tokens: list[str] | None = None) -> list[str]:
    """Raw HTML, character references, template syntax other than ``allowed_tokens``, and the
    braces left once those are taken out."""
    found = [f"raw HTML {shown(match)}" for match in HTML.findall(text)]
    found += [f"a character reference {shown(match)}" for match in REFERENCE.findall(text)]
    rest = text
    for token in TOKEN.findall(text):
        if token not in (allowed_tokens or ()):
            found.append(f"template syntax {shown(token)}")
        rest = rest.replace(token, " ")
    found += [f"an attribute list or braces {shown(match)}" for match in BRACES.findall(rest)]
    return list(dict.fromkeys(found))


def structure_problems(french: Elements, translated: Elements) -> list[str]:
    """The elements Markdown makes of the translation against those it makes of the French: no
    element the French has not (a paragraph is always allowed), no more headings or list items,
    no attribute the French's element has not, and links and images only to the French's own."""
    found, refused = [], set()
    for tag, count in translated.tags.items():
        allowed = french.tags.get(tag, 0)
        if tag in ("p", "a") or (tag in INLINE and allowed) or count <= allowed:
            continue  # a link is told by its target, below
        refused.add(tag)
        found.append(
            f"{named(tag)}, which the French part does not have" if not allowed else
            f"{count} × {named(tag)}, where the French part has {allowed}"
        )  # fmt: skip
    for tag, names in translated.attributes.items():
        if tag not in refused:
            found += [
                f"the attribute {name} on {named(tag)}"
                for name in sorted(names - french.attributes.get(tag, set()) - TARGETS)
            ]
    targets = ", ".join(dict.fromkeys(target for _tag, target in french.links)) or "nothing"
    for tag, target in dict.fromkeys(translated.links):
        if (tag, target) not in french.links and tag not in refused:
            found.append(f"{'a link to' if tag == 'a' else f'{named(tag)} of'} {shown(target)}, "
                         f"where the French part links to {targets}")  # fmt: skip
    return found


def named(tag: str) -> str:
    return MARKDOWN_NAMES.get(tag, f"<{tag}>")


@dataclass
class Elements:
    """What Markdown made of a text: each element's count, its attributes, the links' targets."""

    tags: Counter[str] = field(default_factory=Counter)
    attributes: dict[str, set[str]] = field(default_factory=dict)
    #: Each link's or image's element and target.
    links: list[tuple[str, str]] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = Elements()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.tags[tag] += 1
        self.found.attributes.setdefault(tag, set()).update(name for name, _value in attrs)
        self.found.links += [(tag, value or "") for name, value in attrs if name in TARGETS]


@lru_cache(maxsize=1024)
def rendered(text: str) -> Elements:
    """The elements the site's Markdown makes of ``text`` (the French parts are met once per
    language; nothing changes what is returned)."""
    converter = markdown_converter()
    converter.reset()
    reader = _Reader()
    reader.feed(converter.convert(text))
    reader.close()
    return reader.found


@cache
def markdown_converter() -> markdown.Markdown:
    """Python-Markdown with the site's extensions (``mkdocs.yml``), but for the table of contents,
    whose ids and permalinks the build makes, not the translator."""
    extensions: list[str] = []
    configs: dict[str, Any] = {}
    for entry in load_site_config().get("markdown_extensions", []):
        name, settings = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        if name != "toc":
            extensions.append(name)
            configs[name] = settings or {}
    return markdown.Markdown(extensions=extensions, extension_configs=configs)


def shown(text: str) -> str:
    """``text`` quoted for a message, its hidden characters written as code points, cut short."""
    visible = "".join(
        code_point(char) if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") else char
        for char in text.strip()
    )
    return f"“{visible[:60]}{'…' if len(visible) > 60 else ''}”"


def code_point(char: str) -> str:
    return f"U+{ord(char):04X} ({unicodedata.name(char, 'a control character')})"
