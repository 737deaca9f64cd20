"""Opens every translated page with the notice that the French prevails, plus a warning when the
French has changed since the translation was made (``policy_site.translations``)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from checker.catalog import policy_language
from policy_site import messages as t
from policy_site.i18n import page_base, page_language, relative_root, site_gettext
from policy_site.templates import render
from policy_site.translations import HASH_KEY, french_page, source_hash


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = page_language(page, config)
    if lang == policy_language():
        return markdown
    _ = site_gettext(lang)
    base = page_base(page)
    french = french_page(Path(config.docs_dir), base)
    outdated = str(page.meta.get(HASH_KEY, "")) != source_hash(french)
    notice = render(
        "policy/translation-notice.html",
        kind="warning" if outdated else "info",
        text=_(t.MAY_BE_OUTDATED) if outdated else _(t.FRENCH_PREVAILS),
        french_url=relative_root(page) + ("" if base == "index" else f"{base}/"),
        read_french=_(t.READ_FRENCH),
        french_lang=policy_language(),
    )
    title, _sep, rest = markdown.partition("\n")
    # Below the page title, so the heading stays the first thing a screen reader meets.
    if title.startswith("# "):
        return f"{title}\n\n{notice}\n\n{rest}"
    return f"{notice}\n\n{markdown}"
