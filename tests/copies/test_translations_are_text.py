"""A translation is text (issue 27): what a hostile or careless translator sends is refused at every
door, naming where and what, with nothing written; and what the door lets through reaches the
pages as text, escaped, in whichever template prints it. In copies of the project, as a
maintainer meets it: ``--record`` and ``make i18n-import`` on the attacks of the issue and their
variants, the build on pages edited by hand, on catalog entries and on ``mkdocs.yml``'s names, the
built HTML (read with a parser) for values with quotes, ``<`` and ``&``, and the build on an id
given twice and on files that lead outside ``docs/``."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from policy_site import messages as t
from policy_site.catalogs import load, save
from policy_site.part_source import normal, replace_parts
from policy_site.segments import NUMBER, read_page
from policy_site.translations import DESCRIPTION, UNTRACKED, parts
from tests.support.html import built_page, parse
from tests.support.languages import LANGUAGES
from tests.support.policy import dated_today, french_in_force, source_in_force
from tests.support.project import build_copy, make, project_copy, run_tool

SPANISH, ITALIAN = "es", "it"
assert {SPANISH, ITALIAN} <= set(LANGUAGES)
#: The issue's meta refresh, which no CSP stops.
REFRESH = '"><meta http-equiv="refresh" content="7;url=https://evil.example/es/reembolso">'


@dataclass(frozen=True)
class Attack:
    """What a translator adds to a part, and what the refusal must name."""

    text: str
    found: str
    #: On a line of its own (an attribute list, a link definition), rather than in the text.
    own_line: bool = False


#: The attacks of issue 27, verbatim, then the variants an attacker tries next.
ATTACKS = {
    "template element": Attack("<template>", "raw HTML “<template>”"),
    "the checker's ids": Attack(
        '<div id="checker-result"></div> <a id="email-support" '
        'href="mailto:reembolsos@evil.example?subject=x">x</a>',
        'raw HTML “<div id="checker-result">”',
    ),
    "script link": Attack("[x](javascript:alert(document.domain))", "“javascript:alert(document.domain)”"),
    "attribute list": Attack("{: onclick=alert(1) }", "“{: onclick=alert(1) }”", own_line=True),
    "raw link": Attack('<a href="https://evil.example/">x</a>', 'raw HTML “<a href="https://evil.example/">”'),
    "script": Attack("<script>alert(1)</script>", "raw HTML “<script>”"),
    "include": Attack('{% include "mkdocs.yml" %}', 'template syntax “{% include "mkdocs.yml" %}”'),
    "escape": Attack("\x1b[2J", "U+001B"),
    "nul": Attack("a\x00b", "U+0000"),
    "right-to-left override": Attack("\u202etxt.exe", "U+202E"),
    "upper-case tag": Attack("<SCRIPT>alert(1)</SCRIPT>", "raw HTML “<SCRIPT>”"),
    "svg": Attack("<svg/onload=alert(1)>", "raw HTML “<svg/onload=alert(1)>”"),
    "comment": Attack("<!-- hidden -->", "raw HTML “<!-- hidden -->”"),
    "entities": Attack("&lt;script&gt;alert(1)&lt;/script&gt;", "character reference “&lt;”"),
    "numeric entity": Attack("&#x3C;img src=x&#x3E;", "character reference “&#x3C;”"),
    "mixed-case scheme": Attack("[x](JaVaScRiPt:alert(1))", "a link to “JaVaScRiPt:alert(1)”"),
    "spaced scheme": Attack("[x]( javascript:alert(1))", "a link to “javascript:alert(1)”"),
    "angle-bracket target": Attack("[x](<javascript:alert(1)>)", "raw HTML “<javascript:alert(1)>”"),
    "reference link": Attack("[x][1]\n[1]: javascript:alert(1)", "link definition “[1]: javascript:alert(1)”", own_line=True),
    "autolink": Attack("<javascript:alert(1)>", "raw HTML “<javascript:alert(1)>”"),
    "other host": Attack("[x](https://evil.example/)", "a link to “https://evil.example/”"),
    "data image": Attack("![x](data:image/svg+xml;base64,PHN2Zz4=)", "an image"),
    "raw": Attack("{%raw%}", "template syntax “{%raw%}”"),
    "token": Attack("{{ checker }}", "template syntax “{{ checker }}”"),
    "id": Attack("{#evil}", "attribute list or braces “{#evil}”"),
    "class": Attack("*x*{.evil}", "attribute list or braces “{.evil}”"),
    "emphasis": Attack("*x*", "emphasis"),
    "zero-width joiner": Attack("a\u200db", "U+200D"),
    "isolates": Attack("\u2066a\u2069 \u2067b\u2069 \u2068c\u2069", "U+2066"),
}  # fmt: skip
#: Plain texts (a description): no markup, no Markdown either.
DESCRIPTION_ATTACKS = {
    "meta refresh": Attack(REFRESH, "raw HTML “<meta"),
    "bold": Attack("**x**", "bold"),
    "link": Attack("[x](https://evil.example/)", "a link"),
    "bidi": Attack("\u202e", "U+202E"),
}


def attacked(markdown: str, attack: Attack) -> str:
    return f"{markdown}\n{attack.text}" if attack.own_line else f"{markdown} {attack.text}"


@dataclass(frozen=True)
class Placed:
    page: str  # as the tools name it: docs/index.es.md
    part: str
    attack: Attack


def place(project: Path, attacks: dict[str, Attack], plain: dict[str, Attack]) -> dict[str, Placed]:
    """Writes each attack into a part of a translated page of ``project``, as a translator editing
    the Markdown would (each part keeps its place: ``part_source``), the Spanish pages first, then
    the Italian ones; the plain-text attacks into their descriptions."""
    slots = [
        (page, part)
        for lang in (SPANISH, ITALIAN)
        for page in sorted((project / "docs").rglob(f"*.{lang}.md"))
        if not UNTRACKED.search(page.relative_to(project / "docs").as_posix())
        for part in parts(read_page(page))
    ]
    markdown = [slot for slot in slots if slot[1] != DESCRIPTION]
    described = [slot for slot in slots if slot[1] == DESCRIPTION]
    assert len(markdown) >= len(attacks) and len(described) >= len(plain), "too few parts"
    placed, edits = {}, {}
    chosen = [*zip(markdown, attacks.items(), strict=False), *zip(described, plain.items(), strict=False)]
    for (page, part), (name, attack) in chosen:
        segment = read_page(page).get(part)
        current = normal(segment.markdown) if segment else str(read_page(page).meta[DESCRIPTION])
        edits.setdefault(page, {})[part] = attacked(current, attack)
        placed[name] = Placed(page.relative_to(project).as_posix(), part, attack)
    for page, new in edits.items():
        page.write_text(replace_parts(page.read_text(encoding="utf-8"), new), encoding="utf-8")
    return placed


def snapshot(project: Path) -> dict[str, bytes]:
    files = [*(project / "docs").rglob("*.md"), project / "i18n" / "french.json"]
    return {str(path.relative_to(project)): path.read_bytes() for path in files}


def refusal_line(said: str, start: str) -> str:
    """The one line of ``said`` that starts with ``start`` (after the file a tool names first)."""
    lines = [line.strip() for line in said.splitlines() if re.match(rf"(\S+: )?{re.escape(start)}", line.strip())]
    assert len(lines) == 1, f"{start!r}: {lines}\n{said[-3000:]}"
    return lines[0]


def assert_each_named(said: str, placed: dict[str, Placed], where: str = "") -> None:
    """Every attack refused where it stands, saying what was found, and no traceback."""
    assert "Traceback" not in said
    for name, each in placed.items():
        line = refusal_line(said, f"{where}{each.page} {each.part}: holds more than text")
        assert each.attack.found in line, f"{name}: {line}"


def set_language_entry(config: Path, lang: str, **values: str) -> None:
    """Sets keys of ``lang``'s entry in the copy's ``mkdocs.yml`` (``values`` as YAML writes them)."""
    text = config.read_text(encoding="utf-8")
    entry = re.search(rf"(?m)^        - locale: {lang}\n(?:          .*\n)+", text)
    assert entry, f"no entry for {lang} in mkdocs.yml"
    changed = entry[0]
    for key, value in values.items():
        changed, found = re.subn(rf"(?m)^(          {key}: ).*$", lambda m, v=value: m[1] + v, changed)
        assert found == 1, f"{lang} has no {key} in mkdocs.yml"
    config.write_text(text.replace(entry[0], changed), encoding="utf-8")


def yaml_string(value: str) -> str:
    """``value`` as a YAML double-quoted scalar (JSON is YAML)."""
    return json.dumps(value, ensure_ascii=False)


# --- pages edited by hand: --record and the build ------------------------------------------------


@pytest.fixture(scope="module")
def hand_edited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, Placed]]]:
    project = project_copy(tmp_path_factory.mktemp("hand-edited") / "project")
    placed = place(project, ATTACKS, DESCRIPTION_ATTACKS)
    yield project, placed


def test_recording_refuses_every_attack_naming_the_part_and_writes_nothing(
    hand_edited: tuple[Path, dict[str, Placed]],
) -> None:
    project, placed = hand_edited
    pages = sorted({each.page for each in placed.values()})
    before = snapshot(project)
    result = run_tool(project, "tools.i18n_status", "--record", *pages)
    assert result.returncode == 1, result.stdout[-2000:]
    assert_each_named(result.stderr, placed)
    assert "nothing was recorded" in result.stderr
    assert snapshot(project) == before
    # A character other tools read as a line end is named by its line too.
    assert re.search(rf"{re.escape(placed['escape'].page)} line \d+: .*U\+001B", result.stderr)


def test_the_build_refuses_every_attack_in_pages_edited_by_hand(
    hand_edited: tuple[Path, dict[str, Placed]], tmp_path: Path
) -> None:
    project, placed = hand_edited
    result = build_copy(project, tmp_path / "site")
    assert result.returncode != 0
    assert "translations hold more than text" in result.stderr
    assert_each_named(result.stderr, placed)
    assert not (tmp_path / "site" / "index.html").exists()


def test_what_no_part_shows_is_refused_too(tmp_path: Path) -> None:
    """The page as a whole: a character that cuts a line for Python but not for Markdown, a
    line of tokens the French does not have (a second checker, with the checker's ids), front
    matter that picks Material's redirecting template, and a title that is not text."""
    project = project_copy(tmp_path / "project")
    name = f"docs/checker.{SPANISH}.md"
    page = project / name
    text = page.read_text(encoding="utf-8").replace(". ", ".\x85", 1) + "\n{{ checker }}\n"
    text = re.sub(r"(?m)^title: .*$", 'title: "x</title><meta http-equiv=refresh content=0;url=//evil.example>"', text, count=1)
    page.write_text(text.replace("---\n", "---\ntemplate: redirect.html\nlocation: https://evil.example/\n", 1), "utf-8")
    before = snapshot(project)
    record = run_tool(project, "tools.i18n_status", "--record", name)
    assert record.returncode == 1 and "Traceback" not in record.stderr
    assert snapshot(project) == before
    build = build_copy(project, tmp_path / "site")
    assert build.returncode != 0 and not (tmp_path / "site" / "index.html").exists()
    for said in (record.stderr, build.stderr):
        assert re.search(rf"{re.escape(name)} line \d+: the hidden character U\+0085", said), said[-2000:]
        assert f"{name}: its lines of tokens are" in said, said[-2000:]
        assert f"{name}: front matter location, template, which the French page has not" in said
        assert "raw HTML “</title>”" in refusal_line(said, f"{name} title: holds more than text")


# --- PO files: make i18n-import ----------------------------------------------------------------------


#: The issue's entries, verbatim, and what an import must refuse of them.
IMPORTED = {
    "index:description": Attack(REFRESH, "raw HTML “<meta"),
    "checker:verifier": ATTACKS["the checker's ids"],
    "index:clause-6": ATTACKS["template element"],
    "index:clause-2": ATTACKS["include"],
    "index:clause-5": ATTACKS["script link"],
    "index:clause-3": ATTACKS["attribute list"],
    "index:clause-1": ATTACKS["script"],
    "index:politique": ATTACKS["entities"],
    "index:clause-1-1": ATTACKS["autolink"],
}
#: The issue's characters, which the PO reader refuses before any entry is looked at.
HIDDEN = ("escape", "nul", "right-to-left override")


def import_attacks(tmp_path: Path, attacks: dict[str, Attack]) -> tuple[subprocess.CompletedProcess[str], bool]:
    """``make i18n-import`` of a Spanish export whose entries ``attacks`` carry their attack, in
    a copy of the project; and whether the copy's pages and records are as they were."""
    project = project_copy(tmp_path / "project")
    exported = make(project, "i18n-export", f"L={SPANISH}")
    assert exported.returncode == 0, exported.stderr
    po = Path(exported.stdout.strip().splitlines()[-1])
    with po.open("rb") as handle:
        catalog: Catalog = read_po(handle)
    for message in catalog:
        if (attack := attacks.get(str(message.context))) is not None:
            assert isinstance(message.string, str) and message.string, message.context
            message.string = attacked(message.string, attack)
            message.flags.discard("fuzzy")
    with po.open("wb") as handle:
        write_po(handle, catalog)
    before = snapshot(project)
    result = make(project, "i18n-import", f"FILE={po}")
    return result, snapshot(project) == before


def test_the_import_refuses_every_attack_naming_the_entry_and_writes_nothing(tmp_path: Path) -> None:
    result, unchanged = import_attacks(tmp_path, IMPORTED)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    for entry, attack in IMPORTED.items():
        line = refusal_line(result.stderr, f"entry {entry} ")
        assert "holds more than text" in line and attack.found in line, line
    assert unchanged


@pytest.mark.parametrize("name", HIDDEN)
def test_the_import_refuses_hidden_characters_and_writes_nothing(tmp_path: Path, name: str) -> None:
    attack = ATTACKS[name]
    result, unchanged = import_attacks(tmp_path, {"index:clause-4": attack})
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert attack.found in result.stderr, result.stderr[-2000:]
    assert unchanged


# --- catalogs and mkdocs.yml: the build ------------------------------------------------------------


def test_the_build_refuses_catalog_entries_and_names_that_are_not_text(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    site_po = project / "policy_site" / "locales" / SPANISH / "LC_MESSAGES" / "site.po"
    checker_po = project / "checker" / "locales" / ITALIAN / "LC_MESSAGES" / "checker.po"
    site, checker = load(site_po), load(checker_po)
    # The entry, verbatim: every Spanish page would redirect.
    site[t.PALETTE_TO_DARK].string = f'Modo oscuro{REFRESH}<x a="'
    first = next(m for m in checker if isinstance(m.id, str) and " " in m.id)
    plural = next(m for m in checker if m.id and not isinstance(m.id, str))
    first.string = f"{first.string}\x1b[2J\u202e"
    plural.string = (f"<b>{plural.string[0]}</b>", *plural.string[1:])
    save(site, site_po)
    save(checker, checker_po)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    set_language_entry(config, SPANISH, name='"<img src=x onerror=alert(1)>Español"')
    site_name = re.search(rf"(?m)^        - locale: {SPANISH}\n(?:          .*\n)*?          site_name: (.*)$", text)
    assert site_name, "no Spanish site_name in mkdocs.yml"
    set_language_entry(config, SPANISH, site_name=f"{site_name[1]}\u202e")

    result = build_copy(project, tmp_path / "site")
    said = result.stderr
    assert result.returncode != 0 and "Traceback" not in said
    assert not (tmp_path / "site" / "index.html").exists()
    palette = refusal_line(said, f"site {SPANISH}: {t.PALETTE_TO_DARK!r} holds more than text")
    assert "raw HTML “<meta" in palette and "raw HTML “<x a=" in palette
    hidden = refusal_line(said, f"checker {ITALIAN}: {first.id!r} holds more than text")
    assert "U+001B" in hidden and "U+202E" in hidden
    assert "raw HTML “<b>”" in refusal_line(said, f"checker {ITALIAN}: a plural form of")
    assert "raw HTML “<img" in refusal_line(said, f"mkdocs.yml: languages: {SPANISH}: name:")
    assert "U+202E" in refusal_line(said, f"mkdocs.yml: languages: {SPANISH}: site_name:")


# --- what the door lets through reaches the HTML as text --------------------------------------------


def test_quotes_angle_brackets_and_ampersands_reach_the_pages_as_text(tmp_path: Path) -> None:
    """Values the door accepts, with every character that matters to HTML, in every place a
    translator writes: the page's description and title, the site's name, the language's name,
    the palette toggle; each must read back from the built HTML as it was written."""
    project = project_copy(tmp_path / "project")
    odd = "“{}” \"de\" <-> & 'más'"
    page = source_in_force(SPANISH, project)  # the page the root shows
    figures = NUMBER.findall(str(read_page(french_in_force(project)).meta[DESCRIPTION]))
    values = {
        "description": odd.format("Política") + " " + " / ".join(figures),
        "title": odd.format("Reembolso"),
        "site_name": odd.format("Smarters Pro"),
        "name": odd.format("Español"),
        "palette": odd.format("Modo oscuro"),
    }
    source = page.read_text(encoding="utf-8")
    source = replace_parts(source, {DESCRIPTION: values["description"]})
    source = re.sub(r"(?m)^title: .*$", lambda _: f"title: {yaml_string(values['title'])}", source, count=1)
    page.write_text(source, encoding="utf-8")
    set_language_entry(
        project / "mkdocs.yml",
        SPANISH,
        name=yaml_string(values["name"]),
        site_name=yaml_string(values["site_name"]),
    )
    site_po = project / "policy_site" / "locales" / SPANISH / "LC_MESSAGES" / "site.po"
    catalog = load(site_po)
    catalog[t.PALETTE_TO_DARK].string = values["palette"]
    save(catalog, site_po)
    assert make(project, "catalogs").returncode == 0  # the build reads the compiled catalogs

    result = build_copy(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    html = parse(built_page(tmp_path / "site", SPANISH))
    assert html.meta["description"] == values["description"]
    assert html.title == f"{values['title']} - {values['site_name']}"
    assert values["site_name"] in html.texts_of("md-header__topic")
    assert values["title"] in html.texts_of("md-header__topic")
    menu = html.texts_of("md-select__link")
    assert values["name"] in menu
    assert html.attributes("label", "title").count(values["palette"]) == 1
    assert values["palette"] in html.attributes("input", "aria-label")
    assert [m["http-equiv"] for m in html.elements("meta", "http-equiv")] == ["Content-Security-Policy"]
    other = parse(built_page(tmp_path / "site", LANGUAGES[0]))
    assert values["name"] in other.texts_of("md-select__link")  # the menu of every language


# --- the checker's own ids, and nothing outside docs/ ------------------------------------------------


def test_the_build_refuses_a_page_that_gives_an_id_twice(tmp_path: Path) -> None:
    """Whatever brings it (here the French page, which the door trusts): a page whose HTML gives
    the checker's own id to another element is refused, naming the page and the id."""
    project = project_copy(tmp_path / "project")
    french = project / "docs" / f"checker.{LANGUAGES[0]}.md"
    intro = read_page(french).segments[0]
    text = french.read_text(encoding="utf-8")
    last = normal(intro.markdown).splitlines()[-1]
    assert text.count(last) == 1
    text = text.replace(last, f'{last} <span id="checker-result"></span>')
    french.write_text(dated_today(text, french), "utf-8")
    result = build_copy(project, tmp_path / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert re.search(r"checker\.\w+\.md: the id 'checker-result' is given to more than one", result.stderr), result.stderr[-2000:]


def outside_links(project: Path, elsewhere: Path) -> list[str]:
    """Links under the copy's ``docs/`` to what lies outside it, as the names a refusal shows."""
    secret = elsewhere / "secret.txt"
    secret.write_text("not for publishing\n", encoding="utf-8")
    links = {
        "docs/environ.txt": "/proc/self/environ",
        "docs/config.txt": "../pyproject.toml",
        "docs/assets/secret.txt": str(secret),
        "docs/above": "..",
    }
    for name, target in links.items():
        os.symlink(target, project / name)
    return list(links)


def test_the_build_refuses_links_that_lead_outside_docs(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    named = outside_links(project, tmp_path)
    result = build_copy(project, tmp_path / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    for name in named:
        assert re.search(rf"{re.escape(name)} -> .*\(outside docs/\)", result.stderr), result.stderr[-2000:]
    assert not (tmp_path / "site").exists() or not any((tmp_path / "site").iterdir())
