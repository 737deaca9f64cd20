"""The support contact details, read from ``contact.toml`` (their one home) with ``tomllib``.

The file ships inside the package, so the command line works from any directory once installed,
and the browser reads the same file from the checker's archive.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Final

DEFAULT_FILE: Final = Path(__file__).with_name("contact.toml")
#: What a published placeholder looks like: the build warns while one is in use.
PLACEHOLDER_MARKS: Final = ("example.com", "example.org", "000 000", "000000")
EMAIL: Final = re.compile(r"[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+")


class ContactError(ValueError):
    """The contact file cannot be read or holds an unusable value; the message says which."""


@dataclass(frozen=True, slots=True)
class Contact:
    """How customers reach support."""

    company: str
    email: str
    whatsapp: str
    whatsapp_url: str

    def placeholders(self) -> list[str]:
        """The names of the details that are still placeholders."""
        return [
            item.name
            for item in fields(self)
            if any(mark in getattr(self, item.name) for mark in PLACEHOLDER_MARKS)
        ]


@cache
def load_contact(path: Path = DEFAULT_FILE) -> Contact:
    """The details of ``path``, checked: every key present, a plain email address, and a WhatsApp
    link that is ``https:`` (a ``javascript:`` URL would run in the reader's browser)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ContactError(f"{path}: cannot be read ({error.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContactError(f"{path}: not valid TOML ({error})") from None
    names = [item.name for item in fields(Contact)]
    missing = [name for name in names if not isinstance(data.get(name), str) or not data[name]]
    if missing:
        raise ContactError(f"{path}: missing or empty: {', '.join(missing)}")
    if unknown := sorted(set(data) - set(names)):
        raise ContactError(f"{path}: unknown keys: {', '.join(unknown)}")
    contact = Contact(**{name: data[name].strip() for name in names})
    if not EMAIL.fullmatch(contact.email):
        raise ContactError(f"{path}: email is not an email address: {contact.email!r}")
    if not contact.whatsapp_url.startswith("https://"):
        raise ContactError(f"{path}: whatsapp_url must start with https:// ({contact.whatsapp_url!r})")
    return contact
