"""Languages as the build sees them: which one a page is in, where the same page is in another,
and the catalog of the texts the build adds to pages."""

from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from checker.catalog import LOCALES as CHECKER_LOCALES
from checker.catalog import Plural, catalog_files, localize, policy_language

LOCALES = Path(__file__).parent / "locales"
DOMAIN = "site"


def page_language(page: Page, config: MkDocsConfig) -> str:
    """The language of ``page``: the i18n plugin's locale, else the theme's language."""
    locale: Any = getattr(page.file, "locale", None)
    return str(locale or config.theme["language"])


def building_a_language(config: MkDocsConfig) -> bool:
    """True inside the i18n plugin's per-language rebuilds, False in the outermost build, whose
    last ``on_post_build`` sees the whole site."""
    plugin: Any = config.plugins.get("i18n")
    return bool(getattr(plugin, "building", False))


@cache
def text_direction(lang: str) -> str:
    """``rtl`` or ``ltr``, as the Unicode CLDR says the language is written (Babel's data): no
    list of right-to-left languages to keep beside ``mkdocs.yml``'s."""
    return str(Locale.parse(lang).text_direction)


@cache
def site_translation(lang: str) -> gettext.NullTranslations:
    """The ``site`` catalog of ``lang``; a missing ``.mo`` fails the build."""
    return gettext.translation(DOMAIN, localedir=str(LOCALES), languages=[lang])


def site_gettext(lang: str) -> Callable[[str], str]:
    return site_translation(lang).gettext


def site_text(
    lang: str, message: str | Plural, /, count: int | None = None, **values: object
) -> str:
    """A text the build adds to pages, in ``lang``, its placeholders filled."""
    return localize(site_translation(lang), message, count, **values)


def catalog_languages() -> dict[str, tuple[str, ...]]:
    """The languages that have a ``.po`` catalog, per domain (the checker's and the site's)."""
    return {
        domain: tuple(lang for lang, _po in catalog_files(folder, domain, ".po"))
        for domain, folder in (("checker", CHECKER_LOCALES), (DOMAIN, LOCALES))
    }


def page_url_in(lang: str, path: str) -> str:
    """Site-relative URL, in ``lang``, of the page at ``path`` (``page_path``): French at the
    root, others under ``/<lang>/``."""
    return language_prefix(lang) + path


def page_path(page: Page, lang: str) -> str:
    """The page's URL without its language's folder, the same in every language (``""``,
    ``checker/``, ``versions/changes-2027-01-01/``)."""
    return page.url.removeprefix(language_prefix(lang))


def language_prefix(lang: str) -> str:
    return "" if lang == policy_language() else f"{lang}/"


def page_base(page: Page) -> str:
    """``index`` for ``index.en.md``, ``checker`` for ``checker.fr.md``: the page in any language."""
    name = Path(page.file.src_uri).name
    return name.split(".", 1)[0]


def language_root(page: Page, lang: str) -> str:
    """The relative path from ``page`` to its language's home (the site root for French)."""
    return relative_root(page) + ("" if lang == policy_language() else f"{lang}/")


def relative_root(page: Page) -> str:
    """The relative path from ``page`` to the site root, so the site works under a subpath."""
    depth = page.url.count("/")
    return "../" * depth if depth else "./"
