"""What a translator's PO file may be, and where an export may write (issue 27 item 5, issue 28
items 4 and 10), through ``make i18n-import`` and ``make i18n-export`` in a copy of the project:
a file that does not read (an unknown charset, UTF-16, the same part twice, a control or bidi
character written out or spelt as an escape) is refused naming its line, with nothing written and
no traceback; a UTF-8 byte order mark is read; an entry under another part's msgctxt names that
part; an entry approved unchanged goes through make with UNCHANGED=1; an export never writes over
the sources, a tracked file, a directory or a device."""

from __future__ import annotations

import codecs
import re
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from policy_site.part_source import normal
from policy_site.segments import read_page
from policy_site.translations import status
from tests.support.languages import POLICY_LANGUAGE
from tests.support.policy import dated_today
from tests.support.project import make, make_command, project_copy, project_env

LANG = "es"
PAGE = "index"
#: Our own words, not the policy's.
ADDED = "Escríbanos cuando quiera."


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield project_copy(tmp_path_factory.mktemp("po-files") / "project")


def export(project: Path, *variables: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        make_command("i18n-export", f"L={LANG}", *variables),
        cwd=project, env=project_env(project), capture_output=True, text=True,
    )  # fmt: skip


def exported(project: Path) -> Path:
    result = export(project)
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip().splitlines()[-1])


def refused(result: subprocess.CompletedProcess[str], *said: str) -> None:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    for words in said:
        assert words in result.stderr, (words, result.stderr)


def snapshot(project: Path) -> dict[str, bytes]:
    files = [*(project / "docs").rglob("*.md"), project / "i18n" / "french.json"]
    return {str(path.relative_to(project)): path.read_bytes() for path in files}


def line_of(text: str, needle: str) -> int:
    """The number of the line where ``needle`` starts."""
    return text[: text.index(needle)].count("\n") + 1


def entry_block(text: str, context: str) -> str:
    """The entry of ``context``, from its first comment to its last line."""
    at = text.index(f'msgctxt "{context}"')
    start = text.rfind("\n\n", 0, at) + 2
    end = text.find("\n\n", at)
    return text[start : end if end >= 0 else len(text)]


def with_msgstr(text: str, context: str, edit: Callable[[str], str]) -> tuple[str, int]:
    """``text`` with the first line of the entry's msgstr edited, and that line's number."""
    block = entry_block(text, context)
    at = block.index("msgstr ")
    line = re.compile(r'"(?!")(.*)"$', re.M).search(block, at)
    assert line, block
    edited = block[: line.start(1)] + edit(line[1]) + block[line.end(1) :]
    return text.replace(block, edited, 1), line_of(text, block) + block[: line.start()].count("\n")


def parts_of_page(project: Path) -> list[str]:
    return [
        segment.id
        for segment in read_page(project / "docs" / f"{PAGE}.{POLICY_LANGUAGE}.md").segments
    ]


def test_a_file_that_does_not_read_is_refused_naming_its_line(
    project: Path, tmp_path: Path
) -> None:
    text = exported(project).read_text(encoding="utf-8")
    context = f"{PAGE}:{parts_of_page(project)[-1]}"
    block, ctxt = entry_block(text, context), f'msgctxt "{context}"'
    cases = {
        "KOI8-XYZ": (
            text.replace("charset=UTF-8", "charset=KOI8-XYZ"),
            line_of(text, "Content-Type:"),
        ),
        "U+001B": with_msgstr(text, context, lambda s: "\x1b[31m" + s),
        "U+0000": with_msgstr(text, context, lambda s: s + "\x00"),
        "U+202E": with_msgstr(text, context, lambda s: "\u202e" + s),
        "an escape gives U+001B": with_msgstr(text, context, lambda s: "\\033[31m" + s),
        f"a second entry for {context}, the first at line {line_of(text, ctxt)}": (
            f"{text}\n{block}\n",
            f"{text}\n{block}".count("\n") - block[block.index(ctxt) :].count("\n") + 1,
        ),
    }
    before = snapshot(project)
    for number, (said, (broken, line)) in enumerate(cases.items()):
        path = tmp_path / f"broken-{number}.po"
        path.write_text(broken, encoding="utf-8")
        refused(make(project, "i18n-import", f"FILE={path}"), f"{path}:{line}: ", said)
    utf16 = tmp_path / "utf16.po"
    utf16.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    refused(make(project, "i18n-import", f"FILE={utf16}"), str(utf16), "UTF-16")
    mismatch = tmp_path / "bom-latin.po"
    mismatch.write_bytes(
        codecs.BOM_UTF8 + text.replace("charset=UTF-8", "charset=ISO-8859-1").encode("utf-8")
    )
    refused(make(project, "i18n-import", f"FILE={mismatch}"), str(mismatch), "byte order mark")
    empty = tmp_path / "empty.po"
    empty.write_bytes(b"")
    refused(make(project, "i18n-import", f"FILE={empty}"), str(empty), "no Language header")
    assert snapshot(project) == before


def test_a_utf8_byte_order_mark_is_read(project: Path, tmp_path: Path) -> None:
    """Editors on Windows write one; it can only mean UTF-8 (gettext's own tools refuse it)."""
    part = parts_of_page(project)[-1]
    text = exported(project).read_text(encoding="utf-8")
    block = entry_block(text, f"{PAGE}:{part}")
    with_bom = tmp_path / "bom.po"
    with_bom.write_bytes(
        codecs.BOM_UTF8 + text.replace(block, f'{block[:-1]} {ADDED}"').encode("utf-8")
    )
    result = make(project, "i18n-import", f"FILE={with_bom}")
    assert result.returncode == 0, result.stderr
    assert (
        f"imported docs/{PAGE}.{LANG}.md: {part}" in result.stdout
    )  # the path as the README shows it
    page = read_page(project / "docs" / f"{PAGE}.{LANG}.md")
    assert ADDED in page.get(part).markdown  # type: ignore[union-attr]


def test_an_entry_under_another_parts_msgctxt_names_that_part(
    project: Path, tmp_path: Path
) -> None:
    po = exported(project)
    text = po.read_text(encoding="utf-8")
    one, other = (f"{PAGE}:{part}" for part in parts_of_page(project)[-2:])
    moved = entry_block(text, other).replace(f'msgctxt "{other}"', f'msgctxt "{one}"')
    swapped = text.replace(entry_block(text, one), moved).replace(
        entry_block(text, other) + "\n", ""
    )
    path = tmp_path / "swapped.po"
    path.write_text(swapped, encoding="utf-8")
    before = snapshot(project)
    result = make(project, "i18n-import", f"FILE={path}")
    refused(result, f"its msgid is the French of {other}, not of {one}")
    assert "changed since the export" not in result.stderr
    assert snapshot(project) == before


def test_an_entry_approved_unchanged_goes_through_make(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    french = project / "docs" / f"{PAGE}.{POLICY_LANGUAGE}.md"
    part = parts_of_page(project)[-1]
    markdown = normal(read_page(french).get(part).markdown)  # type: ignore[union-attr]
    last = markdown.split("\n")[-1]
    source = french.read_text(encoding="utf-8")
    assert source.count(last) == 1
    # A French edit that changes no meaning: its last paragraph's last full stop becomes « ! ».
    source = source.replace(last, last.rstrip(".") + " !")
    french.write_text(dated_today(source, french), "utf-8")
    po = exported(project)
    text = po.read_text(encoding="utf-8")
    block = entry_block(text, f"{PAGE}:{part}")
    assert "#, fuzzy" in block
    approved = re.sub(r"#\| [^\n]*\n", "", block.replace("#, fuzzy\n", ""))
    po.write_text(text.replace(block, approved), encoding="utf-8")

    refused(make(project, "i18n-import", f"FILE={po}"), "--unchanged", "UNCHANGED=1")
    done = make(project, "i18n-import", f"FILE={po}", "UNCHANGED=1")
    assert done.returncode == 0, done.stderr
    assert f"imported docs/{PAGE}.{LANG}.md: {part}" in done.stdout
    assert part not in status(project / "docs" / f"{PAGE}.{LANG}.md").outdated
    usage = make(project, "i18n-import", f"FILE={po}", "UNCHANGED=yes")
    assert usage.returncode != 0 and "[UNCHANGED=1]" in usage.stdout


def test_an_export_never_writes_over_the_sources_a_tracked_file_or_a_device(
    project: Path, tmp_path: Path
) -> None:
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run(["git", "add", "README.md"], cwd=project, check=True)
    link = project / "i18n" / "po" / "link.po"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(project / "docs" / f"{PAGE}.{POLICY_LANGUAGE}.md")
    cases = {
        f"docs/{PAGE}.{POLICY_LANGUAGE}.md": "under docs/",
        "docs/versions": "under docs/",
        "checker/policy.po": "under checker/",
        "policy_site/x.po": "under policy_site/",
        str(link): "under docs/",
        "README.md": "tracked by git",
        "i18n": "a directory",
        "/dev/full": "not a regular file",
        "README.md/x.po": "not a folder",
        "/proc/no-such-folder/x.po": "cannot be written",
    }
    if Path("/sys").is_dir():
        cases["/sys/x.po"] = "cannot be written"
    before = {
        path: path.read_bytes()
        for path in project.rglob("*")
        if path.is_file() and ".git" not in path.parts
    }
    for out, said in cases.items():
        refused(export(project, f"OUT={out}"), out, said)
    assert {path: path.read_bytes() for path in before} == before

    # A file that is not a PO file, or another language's, is never written over.
    notes = tmp_path / "notes.po"
    notes.write_text("my notes, not a PO file\n", encoding="utf-8")
    refused(export(project, f"OUT={notes}"), str(notes), "not a PO file")
    assert notes.read_text(encoding="utf-8") == "my notes, not a PO file\n"
    other = tmp_path / "other.po"
    other.write_text(
        exported(project).read_text(encoding="utf-8").replace(f"Language: {LANG}", "Language: de"),
        "utf-8",
    )
    refused(export(project, f"OUT={other}"), str(other), "'de'")
