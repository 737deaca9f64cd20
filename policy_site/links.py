"""Every internal link of the built site resolves: pages, assets, every ``#id``, and the absolute
``hreflang`` alternates in each page's head. The build runs it on the whole site (hooks/site_links.py),
so a page that links to nowhere is never published; and no page gives an id twice
(hooks/unique_ids.py): a link to it, and a script looking for it, would find either."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LINK = re.compile(r'(?:href|src)="([^"]+)"')


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids += [value for key, value in attrs if key == "id" and value]


def ids_in(html: str) -> list[str]:
    """Every id of ``html``'s elements, in order, as a browser reads them."""
    parser = _Ids()
    parser.feed(html)
    parser.close()
    return parser.ids


@cache
def ids_of(page: Path) -> frozenset[str]:
    return frozenset(ids_in(page.read_text(encoding="utf-8")))


def duplicate_ids(html: str) -> list[str]:
    """The ids that ``html`` gives more than one element, in order."""
    return [value for value, count in Counter(ids_in(html)).items() if count > 1]


def target_file(site: Path, url_path: str, root_path: str) -> Path:
    """The file the site serves at ``url_path``, the site being served from ``root_path``."""
    path = site / unquote(url_path).removeprefix(root_path)
    return path / "index.html" if url_path.endswith("/") or path.is_dir() else path


def broken_links(site: Path, site_url: str) -> list[str]:
    """Each link of each page of ``site`` (published at ``site_url``) that leads nowhere on the
    site, as ``page: link (what is missing)``; links to other hosts (mailto:, WhatsApp) are not
    the site's."""
    origin = site_url.rstrip("/")
    root_path = urlsplit(site_url).path
    broken = []
    ids_of.cache_clear()  # a rebuild (make serve) writes the same paths anew
    for page in sorted(site.rglob("*.html")):
        page_url = site_url + page.relative_to(site).as_posix().removesuffix("index.html")
        for link in LINK.findall(page.read_text(encoding="utf-8")):
            absolute = urljoin(page_url, link.replace("&amp;", "&"))
            if not absolute.startswith(origin):
                continue
            parts = urlsplit(absolute)
            target = target_file(site, parts.path, root_path)
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {link} (no {shown(target, site)})")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in ids_of(target):
                broken.append(f"{page.relative_to(site)}: {link} (no #{parts.fragment})")
    return broken


def shown(target: Path, site: Path) -> str:
    try:
        return target.relative_to(site).as_posix()
    except ValueError:
        return str(target)
