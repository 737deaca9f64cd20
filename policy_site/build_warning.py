"""A loud warning that does not stop the build: MkDocs' own warnings would, under ``--strict``."""

from __future__ import annotations

import sys


def warn(text: str) -> None:
    print(f"\033[33mWARNING  -  {text}\033[0m", file=sys.stderr)
