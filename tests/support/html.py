"""Reads built HTML with the standard library: ids, links, text of the page's article, and any
element's attributes and text."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from tests.support.languages import prefix

#: Elements that have no end tag: they hold no text.
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)


class PageParser(HTMLParser):
    """Collects what the tests look at: ids in order, links, head links, ``<html>`` attributes,
    list items per section of the article, the article's text, and every element with its
    attributes and text (``elements``, ``attributes``, ``texts_of``, ``title``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.head_links: list[dict[str, str]] = []
        self.meta: dict[str, str] = {}
        self.html_attrs: dict[str, str] = {}
        self.text: list[str] = []
        self.section_items: dict[str, int] = {}
        self._section = ""
        self._in_article = 0
        self._skip = 0
        #: Every element, in order: its tag, attributes and text (its descendants' included).
        self.all: list[tuple[str, dict[str, str], list[str]]] = []
        self._open: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
        self.all.append((tag, a, []))
        if tag not in VOID:
            self._open.append((tag, self.all[-1][2]))
        if tag == "html":
            self.html_attrs = a
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "link":
            self.head_links.append(a)
        if tag == "meta" and "name" in a:
            self.meta[a["name"]] = a.get("content", "")
        if tag == "article":
            self._in_article += 1
        if tag in {"script", "style", "template"} or "headerlink" in a.get("class", ""):
            self._skip += 1
        if tag == "h2" and a.get("id", "").startswith("clause-"):
            self._section = a["id"]
            self.section_items[self._section] = 0
        if tag == "li" and self._section and self._in_article:
            self.section_items[self._section] += 1

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open.pop()[0] != tag:
            pass  # an element whose end tag HTML lets out (a <p> before a block)
        if tag == "article":
            self._in_article -= 1
        if tag in {"script", "style", "template"} or (tag == "a" and self._skip):
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data: str) -> None:
        for _tag, text in self._open:
            text.append(data)
        if self._in_article and not self._skip:
            self.text.append(data)

    @property
    def article_text(self) -> str:
        return " ".join(" ".join(self.text).split())

    def elements(self, tag: str, attribute: str | None = None) -> list[dict[str, str]]:
        """The attributes of every ``tag`` element (that has ``attribute``, if given)."""
        return [a for name, a, _ in self.all if name == tag and (attribute is None or attribute in a)]

    def attributes(self, tag: str, attribute: str) -> list[str]:
        """The value of ``attribute`` on every ``tag`` element that has it, decoded."""
        return [a[attribute] for a in self.elements(tag, attribute)]

    def texts_of(self, css_class: str) -> list[str]:
        """The text of every element of class ``css_class``, its spaces collapsed."""
        return [
            " ".join("".join(text).split())
            for _tag, a, text in self.all
            if css_class in a.get("class", "").split()
        ]

    @property
    def title(self) -> str:
        return next(("".join(text) for tag, _a, text in self.all if tag == "title"), "")


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser


def built_page(site: Path, lang: str, path: str = "") -> str:
    """The HTML of the page at ``path`` (``""``: the policy; ``checker/``…) in ``lang`` of the
    built ``site``."""
    return (site / prefix(lang) / path / "index.html").read_text(encoding="utf-8")
