"""Adding a language (issue 18, item 5) in a copy of the project, as the README says: one command
prepares its catalogs, its pages and its declaration; the build still passes and publishes nothing
of it; what is left is listed; the PO route serves it; a copy of another language's text is never
recorded as a translation."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po, write_po
from mkdocs.utils.yaml import yaml_load

from policy_site import messages as t
from policy_site.catalogs import DOMAINS
from policy_site.config import ROOT, i18n_settings
from policy_site.part_source import normal, replace_parts
from policy_site.segments import read_page
from policy_site.translations import parts, tracked_pages, translation_path
from tests.support.languages import LANGUAGES, POLICY_LANGUAGE
from tests.support.project import build_copy, make, project_copy, run_tool

#: A language the site does not have yet.
NEW = next(code for code in ("pl", "sv", "fi", "cs") if code not in LANGUAGES)
NAME = Locale.parse(NEW).get_display_name(NEW) or NEW
ENGLISH = next(lang for lang in LANGUAGES if lang != POLICY_LANGUAGE)


@pytest.mark.build
def test_a_new_language_is_prepared_and_the_site_still_builds(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    added = make(project, "language-add", f"L={NEW}", f"NAME={NAME}")
    assert added.returncode == 0, added.stderr

    for domain in DOMAINS:
        with (project / domain.po_path(NEW).relative_to(ROOT)).open("rb") as handle:
            catalog = read_po(handle)
        with (project / domain.template_path.relative_to(ROOT)).open("rb") as handle:
            template = read_po(handle)
        assert {m.id for m in catalog if m.id} == {m.id for m in template if m.id}
        assert not any(m.string for m in catalog if m.id and isinstance(m.string, str))
        assert catalog.num_plurals == get_plural(NEW).num_plurals

    docs = project / "docs"
    expected = []
    for french in tracked_pages(docs):
        page = translation_path(french, NEW)
        assert parts(read_page(page)) == parts(read_page(french))
        expected += [f"{NEW}  {part}  not yet translated" for part in parts(read_page(french))]
    entry = language_entry(project, NEW)
    assert entry["build"] is False and entry["name"] == NAME

    status = make(project, "i18n-status")
    assert all(line in status.stdout for line in expected), status.stdout
    assert re.search(rf"{NEW}  \S+checker\.po  [1-9]\d* entries to translate", status.stdout)
    assert make(project, "i18n-check").returncode != 0

    # The PO route: every msgstr empty; an entry filled with another language's text is refused.
    exported = make(project, "i18n-export", f"L={NEW}")
    po = Path(exported.stdout.strip().splitlines()[-1])
    with po.open("rb") as handle:
        catalog = read_po(handle)
    assert [m for m in catalog if m.id] and not [m for m in catalog if m.id and m.string]
    french_page = docs / f"index.{POLICY_LANGUAGE}.md"
    clause = read_page(french_page).segments[-1].id
    entry_po = next(m for m in catalog if m.context == f"index:{clause}")
    entry_po.string = normal(read_page(docs / f"index.{ENGLISH}.md").get(clause).markdown)  # type: ignore[union-attr]
    with po.open("wb") as handle:
        write_po(handle, catalog)
    copied = make(project, "i18n-import", f"FILE={po}")
    assert copied.returncode != 0 and f"index:{clause}" in copied.stderr
    assert f"the {ENGLISH} text" in copied.stderr

    site = tmp_path / "site"
    built = build_copy(project, site)
    assert built.returncode == 0, built.stderr[-3000:]
    assert not (site / NEW).exists()
    assert f'hreflang="{NEW}"' not in (site / "index.html").read_text(encoding="utf-8")

    # Publishing waits for complete catalogs and says what is missing.
    before = (project / "mkdocs.yml").read_bytes()
    early = make(project, "language-publish", f"L={NEW}")
    assert early.returncode != 0 and "missing translation" in early.stderr
    assert (project / "mkdocs.yml").read_bytes() == before
    # Each catalog named once, by its path, above what it lacks.
    lines = early.stderr.splitlines()
    for domain in DOMAINS:
        named = [line for line in lines if line.startswith(str(domain.po_path(NEW).relative_to(ROOT)))]
        assert len(named) == 1 and "entries to translate" in named[0], early.stderr
    assert not [line for line in lines if line.startswith(f"{NEW}: ")], early.stderr

    # Its catalogs complete and its site_name translated, it is published with its pages still
    # untranslated but one part: they build, show the French and say they are not translated yet,
    # and nothing asks to change the French pages.
    fill_catalogs(project, NEW)
    settings = (project / "mkdocs.yml").read_text(encoding="utf-8")
    french_name = str(language_entry(project, NEW)["site_name"])
    translated_name = settings.replace(f'"{french_name}"', f'"{french_name} ({NAME})"')  # its entry's
    assert translated_name != settings
    (project / "mkdocs.yml").write_text(translated_name, "utf-8")
    published = make(project, "language-publish", f"L={NEW}")
    assert published.returncode == 0, published.stderr
    french_before = {path: path.read_bytes() for path in docs.rglob(f"*.{POLICY_LANGUAGE}.md")}
    built = make(project, "build", SITE_URL="http://127.0.0.1:8000/")  # as the README says
    assert built.returncode == 0, built.stderr[-3000:]
    site = project / "site"
    assert {path: path.read_bytes() for path in docs.rglob(f"*.{POLICY_LANGUAGE}.md")} == french_before
    notice = html_element(site / NEW / "index.html", "data-translation")
    untranslated = set(notice["data-untranslated"].split())
    assert untranslated == set(read_page(french_page).ids), notice
    assert "data-outdated" not in notice
    # Its catalog holds the English ids: the "changed on" notice would read as its msgid.
    changed_on = t.CLAUSE_OUTDATED.split("{")[0]
    assert changed_on not in (site / NEW / "index.html").read_text(encoding="utf-8")


def test_a_copied_part_is_never_a_translation(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    docs = project / "docs"
    french = docs / f"index.{POLICY_LANGUAGE}.md"
    clause = read_page(french).segments[-1].id
    other = next(lang for lang in LANGUAGES[1:] if lang != ENGLISH)
    page = translation_path(french, other)
    english = normal(read_page(translation_path(french, ENGLISH)).get(clause).markdown)  # type: ignore[union-attr]
    page.write_text(replace_parts(page.read_text(encoding="utf-8"), {clause: english}), "utf-8")

    check = make(project, "i18n-check")
    assert check.returncode != 0 and f"{other}  {clause}  copied" in check.stdout
    record = run_tool(project, "tools.i18n_status", "--record", str(page), "--part", clause)
    assert record.returncode == 1 and f"the {ENGLISH} text" in record.stderr

    french_copy = normal(read_page(french).get(clause).markdown)  # type: ignore[union-attr]
    page.write_text(replace_parts(page.read_text(encoding="utf-8"), {clause: french_copy}), "utf-8")
    record = run_tool(project, "tools.i18n_status", "--record", str(page), "--part", clause)
    assert record.returncode == 1 and f"the {POLICY_LANGUAGE} text" in record.stderr


def test_a_language_that_cannot_be_added_changes_nothing(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    before = (project / "mkdocs.yml").read_bytes()
    for code, name in (("xx", "Xx"), (ENGLISH, "English"), (NEW, "\u202eevil"), ("../x", "X")):
        result = run_tool(project, "tools.add_language", code, name)
        assert result.returncode == 1 and "nothing was changed" in result.stderr
        assert "Traceback" not in result.stderr
    # NAME only from make's command line: a shell's own NAME (the host's) is not a language name.
    assert make(project, "language-add", f"L={NEW}", NAME="host").returncode != 0
    assert (project / "mkdocs.yml").read_bytes() == before
    assert not list((project / "docs").glob(f"*.{NEW}.md"))


def fill_catalogs(project: Path, lang: str) -> None:
    """Every entry of ``lang``'s catalogs given a text (its msgid: enough for the build, which
    checks that each entry is filled with the same placeholders)."""
    for domain in DOMAINS:
        path = project / domain.po_path(lang).relative_to(ROOT)
        with path.open("rb") as handle:
            catalog = read_po(handle)
        for message in catalog:
            if isinstance(message.id, tuple):
                message.string = (message.id[1],) * catalog.num_plurals
            elif message.id:
                message.string = message.id
        with path.open("wb") as handle:
            write_po(handle, catalog)


def html_element(path: Path, attribute: str) -> dict[str, str]:
    """The attributes of the first element of a built page that has ``attribute``."""
    found: list[dict[str, str]] = []

    class Finder(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if not found and any(name == attribute for name, _ in attrs):
                found.append({name: value or "" for name, value in attrs})

    Finder().feed(path.read_text(encoding="utf-8"))
    assert found, f"no element with {attribute} in {path}"
    return found[0]


def language_entry(project: Path, lang: str) -> dict[str, object]:
    with (project / "mkdocs.yml").open(encoding="utf-8") as handle:
        settings = i18n_settings(yaml_load(handle))
    entry: dict[str, object] = next(e for e in settings["languages"] if e["locale"] == lang)
    return entry
