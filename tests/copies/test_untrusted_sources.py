"""What the build and the maintainers' tools take from files anyone may edit: contact details that
would become a script link or hide text, and front matter made to explode (a YAML "billion
laughs") or to be huge. Each is refused with a message naming the file and what is wrong, in a
copy of the project, as a maintainer would meet it."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from policy_site.segments import MAX_FRONT_MATTER
from tests.support.languages import LANGUAGES
from tests.support.project import build_copy, project_copy, project_env

OTHER = LANGUAGES[1]  # any translation
#: Far more than the tools need, far less than an expanded bomb.
MEMORY_LIMIT = 1 << 30


def set_contact(project: Path, key: str, value: str) -> None:
    path = project / "checker" / "contact.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text(
        "\n".join(f"{key} = {json.dumps(value)}" if line.startswith(f"{key} =") else line for line in lines) + "\n",
        encoding="utf-8",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("key", "value"),
    [("email", "a@b.c](javascript:alert(document.domain))"), ("company", "Smarters\u202eorP")],
)
def test_the_build_stops_on_an_unsafe_contact_detail(tmp_path: Path, key: str, value: str) -> None:
    project = project_copy(tmp_path / "project")
    set_contact(project, key, value)
    result = build_copy(project, tmp_path / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert f"contact.toml: {key}:" in result.stderr, result.stderr[-1500:]
    assert not (tmp_path / "site" / "index.html").exists()


def bomb(levels: int = 9) -> str:
    """Front matter whose ``description`` is 9**levels strings once its aliases are followed."""
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, levels)]
    return "\n".join([*lines, f"description: *l{levels - 1}"])


def with_front_matter(page: Path, front_matter: str) -> None:
    """``page`` with ``front_matter`` put before its own (the French's parts stay as they are)."""
    text = page.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    page.write_text("---\n" + front_matter + "\n" + text.removeprefix("---\n"), encoding="utf-8")


def record_limited(project: Path, page: str) -> subprocess.CompletedProcess[str]:
    """``python -m tools.i18n_status --record PAGE`` in the copy, its memory capped."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    return subprocess.run(
        [sys.executable, "-m", "tools.i18n_status", "--record", page],
        cwd=project, env=project_env(project), capture_output=True, text=True, timeout=60,
        preexec_fn=cap,
    )  # fmt: skip


@pytest.mark.parametrize("kind", ["alias bomb", "oversize"])
def test_recording_refuses_dangerous_front_matter_naming_the_file(tmp_path: Path, kind: str) -> None:
    project = project_copy(tmp_path / "project")
    page = project / "docs" / f"index.{OTHER}.md"
    before_french = (project / "docs" / "index.fr.md").read_bytes()
    padding = "padding: " + json.dumps("x" * MAX_FRONT_MATTER)
    with_front_matter(page, bomb() if kind == "alias bomb" else padding)
    before = page.read_bytes()
    result = record_limited(project, f"docs/index.{OTHER}.md")
    assert result.returncode == 1, result.stderr[-1500:]
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    assert f"index.{OTHER}.md" in result.stderr
    assert ("YAML anchor" if kind == "alias bomb" else "front matter of") in result.stderr
    assert page.read_bytes() == before  # nothing recorded
    assert (project / "docs" / "index.fr.md").read_bytes() == before_french
