"""The policy's text through PO files, as a translator's tool meets it (issue 22), in a copy of
the project: a French sentence of clause 6 changes, the Spanish export shows clause 6 fuzzy with
the French it was translated from, a PO editor's work comes back into the Spanish page and is
recorded; an Italian clause 6 that drops a figure is refused and nothing is written."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import denormalize, read_po, write_po

from policy_site.segments import NUMBER, read_page
from policy_site.translations import load_store, parts, recorded_hashes
from policy_site.translations import status as translation_status
from tests.support.policy import dated_today
from tests.support.project import make, project_copy

CLAUSE = "clause-6"
ENTRY = f"index:{CLAUSE}"
#: Our own words, not the policy's: the French sentence the test writes and its translations.
NEW_FRENCH = "Nous répondons à chaque message reçu."
NEW_SPANISH = "Respondemos a cada mensaje recibido."
NEW_ITALIAN = "Rispondiamo a ogni messaggio ricevuto."


def test_a_french_change_goes_out_and_comes_back_through_po_files(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    french = project / "docs" / "index.fr.md"
    old = parts(read_page(french))[CLAUSE]
    sentence = last_sentence(read_page(french).get(CLAUSE).markdown)  # type: ignore[union-attr]
    source = french.read_text(encoding="utf-8")
    assert source.count(sentence) == 1 and not NUMBER.search(sentence)
    source = source.replace(sentence, NEW_FRENCH)
    french.write_text(dated_today(source, french), "utf-8")

    po = export(project, "es")
    catalog = read_catalog(po)
    entries = {str(m.context): m for m in catalog if m.id}
    assert set(entries) >= {f"index:{part}" for part in parts(read_page(french))}
    assert entries[ENTRY].fuzzy
    # The previous msgid is the French the Spanish was made from: today's, unless it lagged already.
    spanish_page = project / "docs" / "index.es.md"
    assert previous_msgid(po, ENTRY) == load_store().get(recorded_hashes(read_page(spanish_page))[CLAUSE], old)
    assert NEW_FRENCH in entries[ENTRY].id and entries[ENTRY].string
    # Fuzzy: exactly the parts out of date in Spanish (clause 6 now, and what lagged before).
    lagging = {f"index:{part}" for part in translation_status(spanish_page).outdated}
    assert {name for name, m in entries.items() if name.startswith("index:") and m.fuzzy} == lagging
    assert all(m.string for m in entries.values())
    assert "{{ contact.email }}" in " ".join(entries["index:clause-4"].auto_comments)
    check_format(po)

    # What a PO editor does: the new sentence translated, the fuzzy mark and previous msgid gone.
    spanish = entries[ENTRY]
    spanish.string = spanish.string.replace(last_sentence(spanish.string), NEW_SPANISH)
    spanish.flags.discard("fuzzy")
    spanish.previous_id = []
    write_catalog(po, catalog)
    imported = make(project, "i18n-import", f"FILE={po}")
    assert imported.returncode == 0, imported.stderr
    page = read_page(project / "docs" / "index.es.md")
    assert NEW_SPANISH in page.get(CLAUSE).markdown  # type: ignore[union-attr]
    status = make(project, "i18n-status")
    assert f"es  {CLAUSE}  out of date" not in status.stdout
    assert f"en  {CLAUSE}  out of date" in status.stdout  # the others still lag

    # An unchanged export comes back as a no-op: not a byte of the pages or the records moves.
    before = snapshot(project)
    again = make(project, "i18n-import", f"FILE={export(project, 'es')}")
    assert again.returncode == 0, again.stderr
    assert snapshot(project) == before

    # Italian: clause 6 translated but its « 24/7 » dropped, next to a good entry: all refused.
    po = export(project, "it")
    catalog = read_catalog(po)
    italian = next(m for m in catalog if m.context == ENTRY)
    assert "24/7" in italian.string, "the Italian clause 6 holds the French's 24/7"
    italian.string = italian.string.replace(last_sentence(italian.string), NEW_ITALIAN)
    italian.string = italian.string.replace("24/7", "")
    italian.flags.discard("fuzzy")
    good = next(m for m in catalog if m.context == "index:clause-5")
    good.string = f"{good.string} {NEW_ITALIAN}"
    write_catalog(po, catalog)
    refused = make(project, "i18n-import", f"FILE={po}")
    assert refused.returncode != 0, refused.stdout
    assert ENTRY in refused.stderr and "24/7" in refused.stderr
    assert "index:clause-5" not in refused.stderr
    assert snapshot(project) == before


def test_an_entry_made_from_another_french_or_for_another_language_is_refused(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    po = export(project, "de")
    catalog = read_catalog(po)
    entry = next(m for m in catalog if m.context == ENTRY)
    entry.id, entry.string = f"{entry.id} {NEW_FRENCH}", f"{entry.string} {NEW_FRENCH}"
    write_catalog(po, catalog)
    before = snapshot(project)
    stale = make(project, "i18n-import", f"FILE={po}")
    assert stale.returncode != 0 and ENTRY in stale.stderr and "export again" in stale.stderr
    unknown = write_catalog(po, catalog, language="xx")
    refused = make(project, "i18n-import", f"FILE={unknown}")
    assert refused.returncode != 0 and "xx" in refused.stderr and "Traceback" not in refused.stderr
    garbage = tmp_path / "garbage.po"
    garbage.write_bytes(b'msgid "unterminated\n\xff\xfe')
    broken = make(project, "i18n-import", f"FILE={garbage}")
    assert broken.returncode != 0 and str(garbage) in broken.stderr
    assert "Traceback" not in broken.stderr
    assert snapshot(project) == before


def export(project: Path, lang: str) -> Path:
    result = make(project, "i18n-export", f"L={lang}")
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip().splitlines()[-1])
    assert path.is_file()
    return path


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, abort_invalid=True)


def write_catalog(path: Path, catalog: Catalog, language: str | None = None) -> Path:
    with path.open("wb") as handle:
        write_po(handle, catalog, include_previous=True)
    if language:
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r'"Language: [^"]*\\n"', f'"Language: {language}\\\\n"', text), "utf-8")
    return path


def previous_msgid(po: Path, context: str) -> str:
    """The entry's ``#| msgid`` (Babel writes it but does not read it back)."""
    block = po.read_text(encoding="utf-8").split(f'msgctxt "{context}"')[0].rsplit("\n\n", 1)[-1]
    lines = [line[3:] for line in block.splitlines() if line.startswith("#| ")]
    assert lines and lines[0].startswith("msgid "), block
    return str(denormalize("\n".join(lines)[len("msgid ") :]))


def check_format(po: Path) -> None:
    """Babel's own checks; gettext's ``msgfmt --check`` too (header included, not one warning)
    where gettext is installed (make test installs it)."""
    assert all(not errors for _message, errors in read_catalog(po).check())
    if msgfmt := shutil.which("msgfmt"):
        result = subprocess.run(
            [msgfmt, "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True
        )
        assert (result.returncode, result.stderr) == (0, "")


def last_sentence(markdown: str) -> str:
    return re.split(r"(?<=[.!?])\s+", markdown.strip())[-1]


def snapshot(project: Path) -> dict[str, bytes]:
    files = [*(project / "docs").rglob("*.md"), project / "i18n" / "french.json"]
    return {str(path.relative_to(project)): path.read_bytes() for path in files}

