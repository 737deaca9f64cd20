"""``pip install`` of the project gives a ``refund-check`` that works from any directory: the
wheel carries the compiled catalogs and the contact details, and nothing of the site."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from datetime import timedelta
from pathlib import Path

from checker.policy import VERSIONS
from policy_site.config import site_languages
from tests.support.project import project_copy

#: A purchase under the first version, answered two days later: within any time limit.
FIRST = VERSIONS[0]


def test_the_wheel_alone_answers_from_anywhere(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    source = project_copy(tmp_path / "source")  # a build writes build/ and egg-info beside it
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(wheels)],
        check=True, capture_output=True, cwd=tmp_path,
    )  # fmt: skip
    (wheel,) = wheels.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for lang in site_languages():
        assert f"checker/locales/{lang}/LC_MESSAGES/checker.mo" in names
    assert "checker/contact.toml" in names
    assert not [name for name in names if name.startswith(("policy_site/", "tools/", "hooks/"))]

    environment = tmp_path / "env"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    # Nothing of this process's path (PYTHONPATH) may pass for an installed copy of the project.
    clean = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-index", str(wheel)], check=True, capture_output=True, env=clean)  # fmt: skip
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(environment / "bin" / "refund-check"), "--purchased", FIRST.effective.isoformat(),
         "--requested", (FIRST.effective + timedelta(days=2)).isoformat(), "--problem",
         "not_delivered", "--json", "--lang", "en"],
        capture_output=True, text=True, cwd=elsewhere, env={"PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["outcome"] == "full_refund" and answer["lang"] == "en"
