"""Precompressed ``.br`` / ``.gz`` copies of a file, as static hosts serve them."""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import os
from pathlib import Path

import brotli

from policy_site.cache_lock import making
from policy_site.config import ROOT

#: Brotli at quality 11 is slow on the 9.6 MB wasm, so results are cached by content hash.
CACHE = ROOT / ".cache" / "compressed"
QUALITY = 11  # brotli's best: each file is compressed once per content, then cached
#: Files this large are compressed by one process at a time (the runtime's): a parallel build
#: waits for the result. Smaller ones take less than the wait, and leave no lock file behind.
LOCKED_ABOVE = 1_000_000


def precompress(path: Path) -> None:
    """Writes ``.gz`` and ``.br`` beside ``path``."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    encodings = (
        (".gz", f"{digest}.gz", gzip_bytes),
        (".br", f"{digest}.q{QUALITY}.br", functools.partial(brotli_bytes, quality=QUALITY)),
    )
    for suffix, cache_name, compress in encodings:
        target = path.with_name(path.name + suffix)
        cached = CACHE / cache_name
        if not cached.exists():
            with making(cached) if len(data) > LOCKED_ABOVE else contextlib.nullcontext():
                if not cached.exists():
                    CACHE.mkdir(parents=True, exist_ok=True)
                    staging = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
                    staging.write_bytes(compress(data))
                    staging.replace(cached)  # atomic: a parallel build never reads half a file
        target.write_bytes(cached.read_bytes())


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def brotli_bytes(data: bytes, quality: int) -> bytes:
    return bytes(brotli.compress(data, quality=quality))
