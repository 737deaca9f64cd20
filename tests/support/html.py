"""Reads built HTML with the standard library: ids, links, text of the page's article."""

from __future__ import annotations

from html.parser import HTMLParser


class PageParser(HTMLParser):
    """Collects what the tests look at: ids in order, links, head links, ``<html>`` attributes,
    list items per section of the article, and the article's text."""

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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
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
        if tag == "article":
            self._in_article -= 1
        if tag in {"script", "style", "template"} or (tag == "a" and self._skip):
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data: str) -> None:
        if self._in_article and not self._skip:
            self.text.append(data)

    @property
    def article_text(self) -> str:
        return " ".join(" ".join(self.text).split())


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser
