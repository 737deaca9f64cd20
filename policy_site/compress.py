"""Precompressed ``.br`` / ``.gz`` copies of a file, as static hosts serve them."""

from __future__ import annotations

import gzip
import hashlib
import os
from pathlib import Path

import brotli

from policy_site.config import ROOT

#: Brotli at quality 11 is slow on the 9.6 MB wasm, so results are cached by content hash.
CACHE = ROOT / ".cache" / "compressed"


def precompress(path: Path) -> None:
    """Writes ``.gz`` and ``.br`` beside ``path``."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    for suffix, compress in ((".gz", gzip_bytes), (".br", brotli_bytes)):
        target = path.with_name(path.name + suffix)
        cached = CACHE / f"{digest}{suffix}"
        if not cached.exists():
            CACHE.mkdir(parents=True, exist_ok=True)
            staging = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
            staging.write_bytes(compress(data))
            staging.replace(cached)  # atomic: a parallel build never reads half a file
        target.write_bytes(cached.read_bytes())


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def brotli_bytes(data: bytes) -> bytes:
    return bytes(brotli.compress(data, quality=11))
