"""The command line as the tests run it: ``python -m checker`` in a process of its own, from the
project's root, and a request it answers, made under the first version of the policy (so the
tests outlive any later change of the figures)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

from checker.policy import VERSIONS, terms_of
from policy_site.config import ROOT

ENV = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
CHECKER = [sys.executable, "-m", "checker"]
#: A purchase on the first version's first day, and that version's time limit.
PURCHASED = VERSIONS[0].effective
LIMIT = terms_of(VERSIONS[0]).request_deadline_days


def day(n: int) -> str:
    """The date ``n`` days after the purchase."""
    return (PURCHASED + timedelta(days=n)).isoformat()


#: A request the checker answers: a problem the policy does not list, asked on the last day of the
#: time limit.
GOOD = {"purchased": day(0), "requested": day(LIMIT), "problem": "other"}
#: The same request as options.
GOOD_OPTIONS = ["--purchased", GOOD["purchased"], "--requested", GOOD["requested"], "--problem", GOOD["problem"]]  # fmt: skip


def run_checker(
    *args: str,
    stdin: str | bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: os.PathLike[str] | str = ROOT,
    timeout: float = 120,
) -> subprocess.CompletedProcess[bytes]:
    """``python -m checker ARGS``, its output as bytes."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    return subprocess.run(
        [*CHECKER, *args], input=data, capture_output=True, env=env or ENV, cwd=cwd, timeout=timeout
    )
