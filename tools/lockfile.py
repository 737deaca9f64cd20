"""The format of ``requirements.lock``, read and written in one place: one entry per package,
``name==version`` followed by the sha256 of each of its files pip may install, as pip's
``--require-hashes`` mode reads it (``tools.lock`` writes it, ``tools.pyodide_wheels`` reads it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policy_site.config import ROOT

LOCK = ROOT / "requirements.lock"
PIN = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")
HASH = re.compile(r"--hash=sha256:([0-9a-f]{64})")


@dataclass
class Pin:
    name: str
    version: str
    hashes: set[str] = field(default_factory=set)


class LockfileError(ValueError):
    """The lock holds something else than hashed pins."""


def canonical(name: str) -> str:
    """A distribution name as PEP 503 compares them (``Jinja2`` and ``jinja2`` are one)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read(text: str) -> dict[str, Pin]:
    """The pins of a lock by canonical name. An entry (its lines joined where they end with a
    backslash) that is not ``name==version --hash=sha256:…``, or a package pinned twice, is an
    error."""
    pins: dict[str, Pin] = {}
    for entry in text.replace("\\\n", " ").splitlines():
        words = entry.split()
        if not words or words[0].startswith("#"):
            continue
        pin, hashes = PIN.fullmatch(words[0]), [HASH.fullmatch(word) for word in words[1:]]
        if pin is None or not all(hashes):
            raise LockfileError(f"{LOCK.name}: not name==version --hash=sha256:…: {' '.join(words)}")
        name = canonical(pin.group(1))
        if name in pins:
            raise LockfileError(f"{LOCK.name}: {pin.group(1)} is pinned twice")
        pins[name] = Pin(pin.group(1), pin.group(2), {match.group(1) for match in hashes if match})
    return pins


def render(header: str, pins: dict[str, Pin]) -> str:
    """The lock's text: the header, then one entry per package in name order, a hash a line."""
    entries = [
        f"{pin.name}=={pin.version}"
        + "".join(f" \\\n    --hash=sha256:{digest}" for digest in sorted(pin.hashes))
        + "\n"
        for _, pin in sorted(pins.items())
    ]
    return header + "".join(entries)
