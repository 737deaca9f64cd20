"""The PO route walked to its end with the translators' own tools (issue 28 items 2 and 3), in a
copy of the project: the XLIFF route through translate-toolkit as Debian ships it (po2xliff drops
msgctxt, xliff2po gives the entries back without it), and a translation done while the French
changed again, whose re-export merges into the translator's file as GNU gettext's ``msgmerge
--previous`` does (msgmerge itself is the reference). ``make translators-tools`` installs both."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from policy_site.part_source import normal
from policy_site.segments import read_page
from policy_site.translations import status
from tests.support.languages import POLICY_LANGUAGE
from tests.support.policy import dated_today, french_in_force
from tests.support.project import make, make_command, project_copy, project_env
from tools.po_file import PoFile, read

LANG = "es"
PAGE = "index"
XLIFF = "urn:oasis:names:tc:xliff:document:1.1"
#: Our own words, not the policy's: French sentences a test writes, and their translations.
FIRST_FRENCH = "Nous répondons à chaque message reçu."
SECOND_FRENCH = "Nous répondons à chaque message reçu dans la journée."
FIRST_SPANISH = "Respondemos a cada mensaje recibido."
SECOND_SPANISH = "Respondemos a cada mensaje recibido en el día."
ADDED = "Escríbanos cuando quiera."


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, (
        f"{name} is missing: make translators-tools installs it (gettext, translate-toolkit)"
    )
    return found


def run(*command: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def export(project: Path, *variables: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        make_command("i18n-export", f"L={LANG}", *variables),
        cwd=project, env=project_env(project), capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result


def exported(result: subprocess.CompletedProcess[str]) -> Path:
    return Path(result.stdout.strip().splitlines()[-1])


def parts_of_page(project: Path) -> list[str]:
    return [
        segment.id
        for segment in read_page(project / "docs" / f"{PAGE}.{POLICY_LANGUAGE}.md").segments
    ]


def french_of(project: Path, part: str) -> str:
    return normal(read_page(project / "docs" / f"{PAGE}.{POLICY_LANGUAGE}.md").get(part).markdown)  # type: ignore[union-attr]


def spanish_of(project: Path, part: str) -> str:
    return normal(read_page(project / "docs" / f"{PAGE}.{LANG}.md").get(part).markdown)  # type: ignore[union-attr]


def last_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip())[-1]


def change_the_french(project: Path, part: str, new: str, everywhere: bool = False) -> None:
    """The part's last sentence becomes ``new``, dated today, as the README says; ``everywhere``:
    in the text in force too, where a newer version is upcoming and says the same."""
    newest = project / "docs" / f"{PAGE}.{POLICY_LANGUAGE}.md"
    old = last_sentence(french_of(project, part))
    texts = {newest: newest.read_text(encoding="utf-8")}
    in_force = french_in_force(project)
    if everywhere and in_force != newest and old in (source := in_force.read_text(encoding="utf-8")):
        texts[in_force] = source
    for french, source in texts.items():
        assert source.count(old) == 1
        french.write_text(dated_today(source.replace(old, new), french), encoding="utf-8")


def entry_block(text: str, context: str) -> str:
    """The lines of the entry whose msgctxt is ``context``, comments included."""
    start = text.rfind("\n\n", 0, text.index(f'msgctxt "{context}"')) + 2
    return text[start:].split("\n\n")[0]


def translate(units: list[ET.Element]) -> None:
    """A translator's XLIFF editor: the target of a French sentence changed, in each unit that
    holds it (editors carry a translation to the repeats of its source)."""
    assert units
    for unit in units:
        target = unit.find(f"{{{XLIFF}}}target")
        assert target is not None and target.text
        target.text = f"{target.text} {ADDED}"


def meaning(po: PoFile) -> dict[tuple[str | None, bool], tuple[str, str, bool, str | None]]:
    """What a merge decides, entry by entry: msgid, msgstr, fuzzy, previous msgid."""
    return {(e.context, e.obsolete): (e.msgid, e.msgstr, e.fuzzy, e.previous) for e in po.entries}


def test_the_xliff_route_round_trips_through_translate_toolkit(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    one, other = parts_of_page(project)[-2:]
    po = exported(export(project))
    xliff, back = tmp_path / "policy.es.xlf", tmp_path / "policy.es.back.po"
    run(tool("po2xliff"), "--progress=none", str(po), str(xliff))

    # A translator's XLIFF editor: one target changed.
    ET.register_namespace("", XLIFF)
    tree = ET.parse(xliff)
    units: dict[str | None, list[ET.Element]] = {}
    for unit in tree.iter(f"{{{XLIFF}}}trans-unit"):
        units.setdefault(unit.findtext(f"{{{XLIFF}}}source"), []).append(unit)
    translate(units[french_of(project, one)])
    tree.write(xliff, encoding="UTF-8", xml_declaration=True)
    run(tool("xliff2po"), "--progress=none", str(xliff), str(back))
    # xliff2po writes an empty msgctxt only to keep apart the entries of the same French.
    assert not re.search(r'msgctxt "[^"]', back.read_text(encoding="utf-8")), "po2xliff keeps msgctxt now: simplify"

    imported = make(project, "i18n-import", f"FILE={back}")
    assert imported.returncode == 0, imported.stderr
    assert f"imported docs/{PAGE}.{LANG}.md: {one}" in imported.stdout
    assert "without msgctxt" in imported.stdout and "#. Part:" in imported.stdout
    assert spanish_of(project, one).endswith(ADDED)

    # Without the Part comments too, each entry is found by its msgid, the French of one part.
    translate(units[french_of(project, other)])
    tree.write(xliff, encoding="UTF-8", xml_declaration=True)
    run(tool("xliff2po"), "--progress=none", str(xliff), str(back))
    bare = re.sub(r"(?m)^#\. Part: .*\n", "", back.read_text(encoding="utf-8"))
    back.write_text(bare, encoding="utf-8")
    imported = make(project, "i18n-import", f"FILE={back}")
    assert imported.returncode == 0, imported.stderr
    assert f"imported docs/{PAGE}.{LANG}.md: {other}" in imported.stdout
    assert "found by its msgid" in imported.stdout
    assert spanish_of(project, other).endswith(ADDED)

    # Once the French moved, each entry without msgctxt or comment is named by its line, once.
    stale_french = french_of(project, other)
    change_the_french(project, other, FIRST_FRENCH, everywhere=True)
    stale = make(project, "i18n-import", f"FILE={back}")
    assert stale.returncode != 0 and "Traceback" not in stale.stderr
    lines = [line for line in stale.stderr.splitlines() if "no msgctxt" in line]
    entries = [e.line for e in read(back).entries if normal(e.msgid) == stale_french]
    assert len(lines) == len(entries) >= 1, stale.stderr
    for line, number in zip(lines, entries, strict=True):
        assert line.startswith(f"{back}:{number}: ") and "the French of no part in force" in line
    assert "no such page:part" not in stale.stderr


def test_a_re_export_merges_into_the_translators_file_as_msgmerge_does(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    other, part = parts_of_page(project)[-2:]
    context = f"{PAGE}:{part}"
    change_the_french(project, part, FIRST_FRENCH)
    po = exported(export(project))
    first = read(po)
    entry = next(e for e in first.entries if e.context == context)
    assert entry.fuzzy and FIRST_FRENCH in entry.msgid

    # The translator translates the change (the editor clears the fuzzy mark, adds a note) ...
    text = po.read_text(encoding="utf-8")
    block = entry_block(text, context)
    spanish = last_sentence(entry.msgstr)
    assert block.count(spanish) == 1
    done = re.sub(r"(?m)^#[,|] .*\n", "", block).replace(spanish, FIRST_SPANISH)
    text = text.replace(block, f"# Revisado por la traductora\n{done}")
    # ... edits another entry, not imported yet ...
    last = next(e for e in first.entries if e.context == f"{PAGE}:{other}").msgstr.split("\n")[-1]
    theirs_block = entry_block(text, f"{PAGE}:{other}")
    assert theirs_block.count(last) == 1
    text = text.replace(theirs_block, theirs_block.replace(last, f"{last} {ADDED}"))
    # ... and their file holds an entry of a part that is gone.
    text += '\nmsgctxt "index:gone"\nmsgid "Supprimé."\nmsgstr "Eliminado."\n'
    po.write_text(text, encoding="utf-8")
    # Meanwhile the French changed again: the import refuses, and says to export again.
    change_the_french(project, part, SECOND_FRENCH)
    before = {path: path.read_bytes() for path in (project / "docs").rglob("*.md")}
    refused = make(project, "i18n-import", f"FILE={po}")
    assert refused.returncode != 0 and "export again" in refused.stderr, refused.stderr
    assert {path: path.read_bytes() for path in before} == before

    theirs = tmp_path / "theirs.po"
    shutil.copy(po, theirs)
    merged = export(project)
    assert exported(merged) == po
    assert f"1 fuzzy where the French changed ({context})" in merged.stdout
    assert f"not the page's text in {PAGE}:{other}: kept" in merged.stdout
    fresh = exported(export(project, f"OUT={tmp_path / 'fresh.po'}"))
    reference = tmp_path / "msgmerge.po"
    run(tool("msgmerge"), "--quiet", "--previous", "-o", str(reference), str(theirs), str(fresh))
    assert meaning(read(po)) == meaning(read(reference))
    entry = next(e for e in read(po).entries if e.context == context)
    assert entry.fuzzy and FIRST_SPANISH in entry.msgstr and SECOND_FRENCH in entry.msgid
    assert entry.previous is not None and FIRST_FRENCH in entry.previous
    assert "Revisado por la traductora" in entry.user_comments
    assert any(e.obsolete and e.context == "index:gone" for e in read(po).entries)
    check = subprocess.run(
        [tool("msgfmt"), "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True
    )
    assert (check.returncode, check.stderr) == (0, "")

    # The translator follows the second change; the import takes it.
    text = po.read_text(encoding="utf-8")
    block = entry_block(text, context)
    done = re.sub(r"(?m)^#[,|] .*\n", "", block).replace(FIRST_SPANISH, SECOND_SPANISH)
    po.write_text(text.replace(block, done), encoding="utf-8")
    imported = make(project, "i18n-import", f"FILE={po}")
    assert imported.returncode == 0, imported.stderr
    assert spanish_of(project, part).endswith(SECOND_SPANISH)
    assert spanish_of(project, other).endswith(ADDED)
    assert part not in status(project / "docs" / f"{PAGE}.{LANG}.md").outdated
