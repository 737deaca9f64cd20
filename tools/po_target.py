"""Where ``make i18n-export`` may write its PO file (``OUT=``): never over a file git tracks, nor
anywhere under the project's sources, whatever path or symlink leads there; only a regular file
(not a directory, a device such as /dev/full, a pipe). The file is written whole or not at all:
into a new file beside it, then renamed over it, so a full disk never leaves half a translator's
file."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
import subprocess
from pathlib import Path

from policy_site.config import ROOT

#: The project's folders of sources, tools and history: an export never writes under them.
SOURCES = (
    "docs",
    "checker",
    "policy_site",
    "hooks",
    "tools",
    "web",
    "overrides",
    "tests",
    ".git",
    ".github",
    ".ci",
)


class TargetError(ValueError):
    """The export cannot write there; the message says why and names the path."""


def checked(out: Path, root: Path = ROOT) -> Path:
    """The file ``out`` leads to (symlinks followed), if an export may write it."""
    try:
        target = out.resolve()
    except (OSError, RuntimeError) as error:  # a symlink loop
        raise TargetError(f"{out}: cannot be followed ({error})") from None
    if target.is_relative_to(root.resolve()):
        inside = target.relative_to(root.resolve())
        if inside.parts and inside.parts[0] in SOURCES:
            raise TargetError(
                f"{out}: under {inside.parts[0]}/, the project's own files: an export never writes "
                "there (the default is i18n/po/policy.<lang>.po; any path outside the sources will do)"
            )
        if tracked(root, inside):
            raise TargetError(f"{out}: a file tracked by git: an export never writes over one")
    if target.is_dir():
        raise TargetError(
            f"{out}: a directory: name the PO file to write (OUT=folder/policy.es.po)"
        )
    if target.exists() and not target.is_file():
        raise TargetError(f"{out}: not a regular file (a device, a pipe): name a PO file to write")
    folder = next(parent for parent in target.parents if parent.exists())
    if not folder.is_dir():
        raise TargetError(f"{out}: {folder} is a file, not a folder")
    return target


def tracked(root: Path, inside: Path) -> bool:
    git = shutil.which("git")
    if not git or not (root / ".git").exists() or not inside.parts:
        return False
    found = subprocess.run(
        [git, "-C", str(root), "ls-files", "--error-unmatch", "--", inside.as_posix()],
        capture_output=True,
    )
    return found.returncode == 0


def write(target: Path, text: str, shown: Path) -> None:
    """``text`` into ``target`` whole, or TargetError (``shown`` is the path as given)."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            if target.exists():  # the translator's file keeps its permissions
                os.fchmod(handle, stat.S_IMODE(target.stat().st_mode))
            stream.write(text)
            stream.flush()
            os.fsync(handle)
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise TargetError(
            f"{shown}: cannot be written ({error.strerror or error}): nothing was written"
        ) from None
