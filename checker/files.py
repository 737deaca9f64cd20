"""Opens a file named by a user (``--contact``, ``--batch``): a regular file, or nothing.

A named pipe would block the open until a writer comes, a device such as ``/dev/zero`` never
ends, and a directory is not text: each is refused at once, before anything is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


class NotARegularFile(OSError):
    """The path names a directory, a pipe, a device or a socket."""


def open_regular(path: Path | str) -> BinaryIO:
    """``path`` open for reading in binary; ``OSError`` when it cannot be opened, and
    ``NotARegularFile`` when it is not a regular file. It is opened without blocking (a pipe
    then opens at once, to be refused) and checked on the open descriptor, not by name."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise NotARegularFile(0, "not a regular file")
        return os.fdopen(handle, "rb")
    except BaseException:
        os.close(handle)
        raise
