"""``python -m checker``: the command line."""

from checker.cli import entry

entry()
