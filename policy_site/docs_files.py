"""Nothing outside ``docs/`` is published: MkDocs copies every file under ``docs_dir`` into the
site, following symbolic links, and ``mkdocs serve`` serves them. A link under ``docs/`` to
``/proc/self/environ``, to ``../.git/config`` or to a folder above would publish what it points to;
a named pipe or a device would hang or flood the build. The build refuses each, naming it
(``hooks/docs_files.py``), before anything reads ``docs/``."""

from __future__ import annotations

import os
from pathlib import Path


def unpublishable(docs: Path) -> list[str]:
    """Each entry under ``docs`` that is a symbolic link resolving outside it (or to a folder that
    holds it: an endless folder), or neither a regular file nor a folder, as
    ``docs/x -> /proc/self/environ (outside docs/)``."""
    root = docs.resolve()
    found = []
    # Links are looked at, never followed: a link to a folder is an entry like any other.
    for folder, dirs, files in os.walk(docs):
        for name in sorted([*dirs, *files]):
            path = Path(folder, name)
            shown = f"docs/{path.relative_to(docs).as_posix()}"
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(root):
                    found.append(f"{shown} -> {os.readlink(path)} (outside docs/)")
                elif path.parent.resolve().is_relative_to(target):
                    found.append(f"{shown} -> {os.readlink(path)} (a folder that holds the link)")
                elif not (target.is_file() or target.is_dir()):
                    found.append(f"{shown} -> {os.readlink(path)} (not a file)")
            elif not (path.is_file() or path.is_dir()):
                found.append(f"{shown} (not a file: a pipe, a device or a socket)")
    return found
