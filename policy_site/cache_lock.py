"""One process at a time makes a cache entry. Parallel builds that miss the same entry (pytest's
workers on a fresh clone, a build beside ``make serve``) wait for the first one's result instead
of making it again: brotli at quality 11 takes half a minute of a core on the 9.6 MB wasm, and the
Pyodide runtime three runs of Pyodide, so four workers each making them would cost minutes of CPU."""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def making(entry: Path) -> Iterator[None]:
    """Held while ``entry`` is made (a lock file beside it); inside, check again whether another
    process made it meanwhile."""
    entry.parent.mkdir(parents=True, exist_ok=True)
    with lock_path(entry).open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def lock_path(entry: Path) -> Path:
    return entry.with_name(f"{entry.name}.lock")
