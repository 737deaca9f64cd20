"""The values a maintainer gives make (issue 27 item 5, issue 28 item 10), in a copy of the
project: whatever a value holds (``$(shell ...)``, backquotes, ``$$(...)``, ``;``, quotes, spaces),
neither make nor the shell runs any of it: each target refuses it with its message or takes it
as written. And a report whose reader goes away (``make i18n-status | head``) ends quietly."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.project import make_command, project_copy, project_env

#: The ways a value could be run, each writing the file it names if it ever is.
FORMS = ("$(shell touch {0})", "`touch {0}`", "$$(touch {0})", "x; touch {0}", "x' \"; touch {0} #")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield project_copy(tmp_path_factory.mktemp("make-values") / "project")


def make(project: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """``make ARGUMENTS`` in the copy; a refusal is quick (a dev server that started is not)."""
    return subprocess.run(
        make_command(*arguments),
        cwd=project,
        env=project_env(project),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("target", "variable", "others", "said"),
    [
        ("i18n-diff", "L", (), "unknown language"),
        ("i18n-export", "L", (), "unknown language"),
        ("i18n-import", "FILE", (), "ran-"),  # the file named as it was given
        ("i18n-import", "UNCHANGED", ("FILE=x.po",), "usage: make i18n-import"),
        ("language-add", "L", ("NAME=Polski",), "a language code"),
        ("language-add", "NAME", ("L=xx",), "'xx'"),
        ("language-publish", "L", (), "not a language in preparation"),
        ("policy-version", "EFFECTIVE", (), "YYYY-MM-DD"),
        ("policy-version", "FORCE", ("EFFECTIVE=2099-01-01",), "usage: make policy-version"),
        ("serve", "PORT", (), "usage: make serve"),
        ("build", "SITE_URL", (), "site_url"),
    ],
)
def test_a_value_is_never_run(
    project: Path, tmp_path: Path, target: str, variable: str, others: tuple[str, ...], said: str
) -> None:
    """Every form through the recipes of three targets; make's own expansion through each."""
    forms = FORMS if target in ("i18n-diff", "i18n-import", "policy-version") else FORMS[:1]
    for number, form in enumerate(forms):
        marker = tmp_path / f"ran-{number}"
        result = make(project, target, *others, f"{variable}={form.format(marker)}")
        assert not marker.exists(), (form, result.stdout, result.stderr)
        assert result.returncode != 0, (form, result.stdout)
        assert said in result.stdout + result.stderr, (form, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr


def test_a_file_name_is_taken_as_written(project: Path, tmp_path: Path) -> None:
    """``OUT=$(shell touch g).po`` is an odd name for a file, and nothing more."""
    for number, form in enumerate(FORMS[:3]):
        marker = tmp_path / f"ran-{number}"
        out = tmp_path / f"{form.format(f'x{number}')}.po"
        result = make(project, "i18n-export", "L=es", f"OUT={out}")
        assert result.returncode == 0, result.stderr
        assert not marker.exists() and not (project / f"x{number}").exists()
        assert out.read_text(encoding="utf-8").startswith("# The policy's text in es")


def test_a_report_whose_reader_goes_away_ends_quietly(project: Path) -> None:
    """``| true`` reads nothing and is gone before the report is written: the write fails."""
    pipe = subprocess.run(
        ["bash", "-o", "pipefail", "-c", f"{' '.join(make_command('i18n-status'))} | true"],
        cwd=project, env=project_env(project), capture_output=True, text=True,
    )  # fmt: skip
    assert (pipe.returncode, pipe.stderr) == (0, "")
    tool = subprocess.run(
        ["bash", "-c", f"{sys.executable} -m tools.i18n_status | true; echo ${{PIPESTATUS[0]}}"],
        cwd=project, env=project_env(project), capture_output=True, text=True,
    )  # fmt: skip
    assert (tool.stdout.strip(), tool.stderr) == ("141", "")
