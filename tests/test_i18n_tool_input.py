"""The translation tools meet bad input as a maintainer may type it (issue 21): each is refused
with a message naming the file or the value and the problem, never a traceback, and the French
source is never written. Real processes on the real tree, which they only read."""

from __future__ import annotations

import shutil
from pathlib import Path

from policy_site.config import ROOT
from tests.support.languages import LANGUAGES, POLICY_LANGUAGE
from tests.support.project import make, run_tool

TOOL = "tools.i18n_status"
FRENCH = ROOT / "docs" / f"index.{POLICY_LANGUAGE}.md"


def refused(result: object, *names: str) -> str:
    stderr = str(getattr(result, "stderr", ""))
    assert getattr(result, "returncode", 0) != 0
    assert "Traceback" not in stderr, stderr
    for name in names:
        assert name in stderr, stderr
    return stderr


def test_recording_a_page_that_does_not_exist_or_the_french_is_refused() -> None:
    refused(run_tool(ROOT, TOOL, "--record", f"/nonexistent.{LANGUAGES[1]}.md"), "/nonexistent")
    before = FRENCH.read_bytes()
    refused(run_tool(ROOT, TOOL, "--record", str(FRENCH)), str(FRENCH), "source")
    assert FRENCH.read_bytes() == before


def test_a_page_whose_front_matter_does_not_read_is_named(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(FRENCH, docs / FRENCH.name)
    broken = docs / f"index.{LANGUAGES[1]}.md"
    broken.write_text("---\ntitle: [unclosed\n---\n\n# T {#x}\n", encoding="utf-8")
    refused(run_tool(ROOT, TOOL, "--record", str(broken)), str(broken), "YAML")
    refused(run_tool(ROOT, TOOL, "--docs", str(docs)), str(broken), "YAML")
    # Nine levels of nine aliases: a billion items for whatever walks it, refused unread.
    bomb = ["a0: &a0 [x]", *(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10))]
    broken.write_text("---\n" + "\n".join(bomb) + "\n---\n\n# T {#x}\n", encoding="utf-8")
    refused(run_tool(ROOT, TOOL, "--record", str(broken)), str(broken), "YAML anchor")


def test_an_unknown_language_or_the_french_is_refused_with_the_known_ones() -> None:
    for value in ("../etc", "xx", POLICY_LANGUAGE):
        stderr = refused(run_tool(ROOT, TOOL, "--diff", value), value)
        assert all(lang in stderr for lang in LANGUAGES[1:])
    stderr = refused(run_tool(ROOT, "tools.i18n_po", "export", "xx"), "xx")
    assert all(lang in stderr for lang in LANGUAGES[1:])


def test_the_make_targets_take_l_and_never_read_the_locale() -> None:
    for target in ("i18n-diff", "i18n-export"):
        usage = make(ROOT, target, LANG=LANGUAGES[1])
        assert usage.returncode != 0 and "L=<language code>" in usage.stdout
    assert make(ROOT, "i18n-import").returncode != 0
    unknown = make(ROOT, "i18n-diff", "L=xx")
    assert all(lang in refused(unknown, "xx") for lang in LANGUAGES[1:])
    known = make(ROOT, "i18n-diff", f"L={LANGUAGES[1]}", LANG="C.UTF-8")
    assert known.returncode == 0, known.stderr
