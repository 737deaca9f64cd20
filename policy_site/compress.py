"""Precompressed ``.br`` / ``.gz`` copies of a file, as static hosts serve them.

    python -m policy_site.compress FILE...   # fills the cache for FILEs (compress_early starts it)

Brotli at its best quality takes about half a minute of one core on the 9.6 MB wasm, so each
result is cached by content hash, and the runtime's large files, known before anything is built,
are compressed by a process of their own while the site builds (``compress_early``).
"""

from __future__ import annotations

import contextlib
import fcntl
import gzip
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import brotli

from policy_site.cache_lock import lock_path, making
from policy_site.config import ROOT

CACHE = ROOT / ".cache" / "compressed"
QUALITY = 11  # brotli's best: each file is compressed once per content, then cached
#: Files this large are compressed by one process at a time (the runtime's): a parallel build
#: waits for the result. Smaller ones take less than the wait, and leave no lock file behind.
LOCKED_ABOVE = 1_000_000


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def brotli_bytes(data: bytes, quality: int) -> bytes:
    return bytes(brotli.compress(data, quality=quality))


#: Each encoding: the suffix of the copy, and its cache entry's.
ENCODINGS: tuple[tuple[str, str], ...] = ((".gz", ".gz"), (".br", f".q{QUALITY}.br"))


def encoded(suffix: str, data: bytes) -> bytes:
    """``data`` in the encoding of the copy ``suffix``."""
    return gzip_bytes(data) if suffix == ".gz" else brotli_bytes(data, quality=QUALITY)


def precompress(path: Path) -> None:
    """Writes ``.gz`` and ``.br`` beside ``path``."""
    for suffix, cached in cached_copies(path.read_bytes()).items():
        path.with_name(path.name + suffix).write_bytes(cached.read_bytes())


def cached_copies(data: bytes) -> dict[str, Path]:
    """The cache entry of each encoding of ``data``, made first where missing."""
    digest = hashlib.sha256(data).hexdigest()
    copies = {}
    for suffix, cache_suffix in ENCODINGS:
        cached = CACHE / f"{digest}{cache_suffix}"
        if not cached.exists():
            with making(cached) if len(data) > LOCKED_ABOVE else contextlib.nullcontext():
                if not cached.exists():
                    CACHE.mkdir(parents=True, exist_ok=True)
                    staging = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
                    staging.write_bytes(encoded(suffix, data))
                    staging.replace(cached)  # atomic: a parallel build never reads half a file
        copies[suffix] = cached
    return copies


def compress_early(paths: Iterable[Path]) -> subprocess.Popen[bytes] | None:
    """Starts a process that fills the cache for the large ``paths`` not cached yet and not being
    compressed by another process, so that their compression runs beside the build rather than at
    its end (a fresh clone's first build); None when there is nothing to do. The build's own
    ``precompress`` then finds the entries, or waits on their locks."""
    missing = [str(path) for path in paths if path.stat().st_size > LOCKED_ABOVE and not_cached(path)]
    if not missing:
        return None
    return subprocess.Popen([sys.executable, "-m", __name__, *missing], cwd=ROOT)


def not_cached(path: Path) -> bool:
    """Whether an encoding of ``path`` is neither cached nor being made by another process."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    for _suffix, cache_suffix in ENCODINGS:
        cached = CACHE / f"{digest}{cache_suffix}"
        if not cached.exists() and not being_made(cached):
            return True
    return False


def being_made(entry: Path) -> bool:
    """Whether another process holds ``entry``'s lock (``cache_lock.making``)."""
    lock = lock_path(entry)
    if not lock.exists():
        return False
    with lock.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def main(argv: list[str]) -> int:
    for name in argv:
        cached_copies(Path(name).read_bytes())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
