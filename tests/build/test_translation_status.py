"""The maintainers' translation report: up to date on the real tree, out of date or missing on a
copy where the French changed or a translation is gone; ``--check`` fails then."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "hooks" / "translation_status.py"


def status(docs: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SCRIPT), "--docs", str(docs), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def rows(output: str) -> dict[str, list[str]]:
    lines = output.strip().splitlines()
    return {line.split()[0]: line.split("  ")[1:] for line in lines[1:]}


def test_real_tree_is_up_to_date() -> None:
    result = status(ROOT / "docs", "--check")
    assert result.returncode == 0, result.stdout
    assert "out of date" not in result.stdout and "missing" not in result.stdout
    assert result.stdout.count("up to date") == 2 * 8


def test_changed_french_makes_translations_out_of_date(tmp_path: Path) -> None:
    docs = shutil.copytree(ROOT / "docs", tmp_path / "docs")
    french = docs / "index.fr.md"
    french.write_text(french.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", "utf-8")
    (docs / "checker.nl.md").unlink()
    result = status(docs, "--check")
    assert result.returncode == 1
    index_row = next(line for line in result.stdout.splitlines() if line.startswith("index"))
    assert index_row.count("out of date") == 7 and "up to date" in index_row  # fr itself
    checker_row = next(line for line in result.stdout.splitlines() if line.startswith("checker"))
    assert "missing" in checker_row
    assert status(docs).returncode == 0  # without --check it only reports


def test_record_brings_a_translation_up_to_date(tmp_path: Path) -> None:
    docs = shutil.copytree(ROOT / "docs", tmp_path / "docs")
    french = docs / "index.fr.md"
    french.write_text(french.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", "utf-8")
    result = status(
        docs, "--record", *(str(p) for p in sorted(docs.glob("index.*.md")) if ".fr." not in p.name)
    )
    assert result.returncode == 0
    assert status(docs, "--check").returncode == 0


def test_out_of_date_translation_shows_a_notice(tmp_path: Path) -> None:
    """Built from a copy whose French changed: the translated page warns, in its language."""
    project = tmp_path / "project"
    shutil.copytree(
        ROOT,
        project,
        ignore=shutil.ignore_patterns(".venv", "node_modules", "site", ".git", ".cache"),
    )
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    french = project / "docs" / "index.fr.md"
    french.write_text(french.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    german = (tmp_path / "site" / "de" / "index.html").read_text(encoding="utf-8")
    assert 'data-translation="warning"' in german
    checker_de = (tmp_path / "site" / "de" / "checker" / "index.html").read_text(encoding="utf-8")
    assert 'data-translation="info"' in checker_de  # its French did not change
