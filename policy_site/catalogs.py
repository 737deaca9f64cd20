"""The gettext catalogs of the checker and of the site: extracted from the sources, checked, and
compiled. The build refuses catalogs with a problem, so a missing or broken translation is a build
error, never English text or a crash on a reader's page; and an entry that holds more than text
(markup, template syntax, hidden characters: ``translated_text``) is one, as it would reach every
page, answer and terminal of its language.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from checker.catalog import PLACEHOLDER, catalog_files, catalog_path
from checker.dates import catalog_problems as date_problems
from policy_site.config import ROOT, languages_in_preparation
from policy_site.translated_text import catalog_problems

#: The language of the message ids; its catalog is filled from them.
MSGID_LANGUAGE = "en"
#: A placeholder's name; a date's may carry its role (``{deadline:by}``, ``checker/dates.py``).
#: ``_("text")`` marks a message; ``_n("one day", "{days} days")`` a message with plural forms;
#: ``_p("context", "text")`` a message in a context (``checker/marks.py``).
KEYWORDS = {"_": None, "_n": (1, 2), "_p": ((1, "c"), 2)}
#: The comments above a marked text that the catalogs carry for translators (``#.``).
TRANSLATOR_COMMENTS = "Translators:"


@dataclass(frozen=True)
class Domain:
    """One gettext domain: where its sources and its catalogs live."""

    name: str
    sources: Path
    locales: Path

    def po_files(self, prepared: bool = False) -> Iterator[tuple[str, Path]]:
        """Each published language's catalog; with ``prepared``, also those of the languages
        in preparation (``build: false``), which are neither compiled nor checked yet."""
        skipped = () if prepared else languages_in_preparation()
        for lang, po in catalog_files(self.locales, self.name, ".po"):
            if lang not in skipped:
                yield lang, po

    def po_path(self, lang: str) -> Path:
        return catalog_path(self.locales, lang, self.name, ".po")

    @property
    def template_path(self) -> Path:
        return self.locales / f"{self.name}.pot"


DOMAINS = (
    Domain("checker", ROOT / "checker", ROOT / "checker" / "locales"),
    Domain("site", ROOT / "policy_site", ROOT / "policy_site" / "locales"),
)


def load(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def save(catalog: Catalog, path: Path) -> None:
    with path.open("wb") as handle:
        write_po(
            handle, catalog, width=100, no_location=True, sort_output=True, ignore_obsolete=True
        )


def template(domain: Domain) -> Catalog:
    """The messages the sources use now."""
    catalog = Catalog(project="Smarters Pro refund policy", copyright_holder="Smarters Pro")
    for _file, _lineno, message, comments, context in extract_from_dir(
        str(domain.sources),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=(TRANSLATOR_COMMENTS,),
        strip_comment_tags=True,
    ):
        catalog.add(message, None, [], auto_comments=comments, context=context)
    return catalog


def extract(domain: Domain) -> None:
    """Refresh the template from the sources, then merge it into every language's catalog. When
    the sources' messages are those of the template already, its creation date and its header's
    year (Babel writes the current one) stay: a catalog then compiles to the same bytes, and the
    checker's archive (and its Pyodide runtime, built for those bytes) is not made again for
    nothing, on 1 January as on any day."""
    fresh = template(domain)
    if domain.template_path.exists():
        before = load(domain.template_path)
        if messages_of(before) == messages_of(fresh):
            fresh.creation_date = before.creation_date
            fresh.header_comment = before.header_comment
    save(fresh, domain.template_path)
    for lang, po in domain.po_files(prepared=True):
        catalog = load(po)
        # A template of its own: Babel shares the template's new messages with the catalog.
        catalog.update(template(domain), no_fuzzy_matching=True)
        catalog.creation_date = fresh.creation_date
        if lang == MSGID_LANGUAGE:
            for entry in catalog:
                if entry.id:
                    entry.string = entry.id
        save(catalog, po)


def messages_of(catalog: Catalog) -> list[tuple[object, ...]]:
    """What a template says to translators: each message with its context and comments."""
    return sorted(
        (str(m.id), str(m.context), tuple(m.auto_comments), tuple(sorted(m.flags)))
        for m in catalog
        if m.id
    )


def compile_domain(domain: Domain) -> None:
    for _lang, po in domain.po_files():
        compile_catalog(po)


def compile_catalog(po: Path) -> None:
    """``po`` -> the ``.mo`` beside it, which gettext reads."""
    with po.with_suffix(".mo").open("wb") as handle:
        write_mo(handle, load(po))


def check(domain: Domain) -> list[str]:
    """Every problem of every catalog of ``domain``, including entries the sources added or no
    longer use (``python -m tools.catalogs extract`` brings them in step)."""
    wanted = {key(message) for message in template(domain) if message.id}
    found: list[str] = []
    for lang, po in domain.po_files():
        catalog = load(po)
        found.extend(problems(lang, catalog))
        ids = {key(message) for message in catalog if message.id}
        found.extend(f"{lang}: not in the catalog: {ident(*m)!r}" for m in sorted(wanted - ids, key=str))
        found.extend(f"{lang}: no longer used: {ident(*m)!r}" for m in sorted(ids - wanted, key=str))
    return [f"{domain.name} {line}" for line in found]


def problems(lang: str, catalog: Catalog) -> Iterator[str]:
    """What a translator still has to fix in one catalog."""
    for message in catalog:
        if not message.id:
            continue
        yield from message_problems(lang, message, catalog.num_plurals)
        yield from dates_problems(lang, message)


def dates_problems(lang: str, message: Message) -> Iterator[str]:
    """The roles a translation gives its dates, and a date pattern's forms (``checker/dates.py``)."""
    msgid = message.id if isinstance(message.id, str) else message.id[1]
    texts = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
    found_in = (date_problems(msgid, text) for text in texts if isinstance(text, str) and text)
    for found in dict.fromkeys(problem for problems in found_in for problem in problems):
        yield f"{lang}: {found} in {ident(message.id, message.context)!r}"


def message_problems(lang: str, message: Message, num_plurals: int) -> Iterator[str]:
    name = ident(message.id, message.context)
    if message.fuzzy:
        yield f"{lang}: fuzzy translation for {name!r}"
        return
    if isinstance(message.id, str):
        text = message.string if isinstance(message.string, str) else ""
        if not text.strip():
            yield f"{lang}: missing translation for {name!r}"
        elif placeholders(text) != placeholders(message.id):
            yield f"{lang}: placeholders differ in {name!r}: {text!r}"
        elif found := catalog_problems(text):
            yield f"{lang}: {name!r} holds more than text: {'; '.join(found)}"
        return
    forms = [form or "" for form in message.string] if isinstance(message.string, tuple) else []
    allowed = placeholders(message.id[1])
    if len(forms) != num_plurals or not all(form.strip() for form in forms):
        yield f"{lang}: missing plural forms for {name!r} ({num_plurals} needed)"
    elif any(not placeholders(form) <= allowed for form in forms):
        yield f"{lang}: unknown placeholder in a plural form of {name!r}"
    elif found := [problem for form in forms for problem in catalog_problems(form)]:
        yield f"{lang}: a plural form of {name!r} holds more than text: {'; '.join(dict.fromkeys(found))}"


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def key(message: Message) -> tuple[object, str | None]:
    """What tells two entries apart: the message id and its context."""
    return message.id, message.context


def ident(message_id: object, context: str | None = None) -> str:
    name = message_id if isinstance(message_id, str) else str(tuple(message_id))  # type: ignore[arg-type]
    return f"{name} ({context})" if context else name
