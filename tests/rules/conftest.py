"""Shared set-up of the rule tests; it runs unchanged on CPython and inside Pyodide.

Hypothesis is made reproducible (derandomized, no example database, so nothing is written into
the repository, which Pyodide mounts read-write) and patient (no deadline: Pyodide is slower).
A missing compiled catalog (``.mo``) stops the run with the command that fixes it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

LOCALES = Path(__file__).resolve().parents[2] / "checker" / "locales"

settings.register_profile(
    "rules",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=False,
)
settings.load_profile("rules")


def uncompiled_catalogs() -> list[str]:
    """The ``.po`` files that have no ``.mo`` beside them."""
    return [
        str(po.relative_to(LOCALES))
        for po in sorted(LOCALES.glob("*/LC_MESSAGES/*.po"))
        if not po.with_suffix(".mo").exists()
    ]


def pytest_configure(config: pytest.Config) -> None:
    if missing := uncompiled_catalogs():
        raise pytest.UsageError(
            f"compiled catalogs missing for {', '.join(missing)}: "
            "run `make catalogs` first"
        )
