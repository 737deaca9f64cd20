"""What every program does first: the unpacked checker on ``sys.path``, then every build request
sent through the browser's entry point (their answers, and the lazy imports they make)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence


def answers(app_dir: str, entry: Sequence[str], payloads: Sequence[str]) -> list[str]:
    if app_dir not in sys.path:
        sys.path.insert(0, app_dir)
    module, function = entry
    call: Callable[[str], str] = getattr(importlib.import_module(module), function)
    return [call(payload) for payload in payloads]


def origin(module: object) -> str:
    """Where a module was loaded from ("" for a built-in or namespace one)."""
    spec = getattr(module, "__spec__", None)
    return str(getattr(spec, "origin", None) or "")


def loaded_from(prefixes: str | tuple[str, ...]) -> dict[str, str]:
    """The modules imported so far from under ``prefixes``: name -> origin."""
    return {
        name: origin(module)
        for name, module in list(sys.modules.items())
        if origin(module).startswith(prefixes)
    }


def stdlib_prefix() -> str:
    """The standard library zip's path on ``sys.path``, with a trailing slash."""
    return next(entry for entry in sys.path if entry.endswith(".zip")) + "/"
