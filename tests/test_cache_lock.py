"""Parallel builds that miss the same cache entry make it once: the others wait for it (on a
fresh clone, pytest's workers would otherwise each compress the 9.6 MB wasm with brotli 11)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from policy_site import compress


def test_parallel_builds_compress_a_large_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def slow(name: str, real: Callable[..., bytes]) -> Callable[..., bytes]:
        def counted(data: bytes, **options: int) -> bytes:
            calls.append(name)
            time.sleep(0.3)  # long enough for the other builds to find the entry missing
            return real(data, **options)

        return counted

    monkeypatch.setattr(compress, "CACHE", tmp_path / "cache")
    monkeypatch.setattr(compress, "brotli_bytes", slow("br", compress.brotli_bytes))
    monkeypatch.setattr(compress, "gzip_bytes", slow("gz", compress.gzip_bytes))
    data = bytes(range(256)) * (compress.LOCKED_ABOVE // 256 + 1)
    files = []
    for build in range(3):
        (tmp_path / str(build)).mkdir()
        files.append(tmp_path / str(build) / "runtime.wasm")
        files[-1].write_bytes(data)

    builds = [threading.Thread(target=compress.precompress, args=(path,)) for path in files]
    for build in builds:
        build.start()
    for build in builds:
        build.join()

    assert sorted(calls) == ["br", "gz"]
    for suffix in (".br", ".gz"):
        assert len({path.with_name(path.name + suffix).read_bytes() for path in files}) == 1
