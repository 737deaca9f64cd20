"""The support contact details, read from ``contact.toml`` (their one home) with ``tomllib``.

The file ships inside the package, so the command line works from any directory once installed,
and the browser reads the same file from the checker's archive. Every value is checked here, once,
because each ends up in a link (``mailto:``, ``https://wa.me/``) on every page and in every answer.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Final
from urllib.parse import quote

from checker.files import NotARegularFile, open_regular

DEFAULT_FILE: Final = Path(__file__).with_name("contact.toml")
#: A contact file is a few lines: anything larger is not one, and is not read further.
MAX_BYTES: Final = 16 * 1024
#: Domains reserved for examples and tests (RFC 2606, RFC 6761): an address there reaches nobody,
#: so the contact details are still placeholders (a build for a public address refuses them).
RESERVED_DOMAINS: Final = ("example.com", "example.net", "example.org")
RESERVED_TOP_LEVEL: Final = ("test", "example", "invalid", "localhost")
#: A plain address: nothing that would end a Markdown link, start a query or an HTML tag, or be
#: read as an escape (``[]()<>?&%``), and no spaces (controls are refused for every field).
EMAIL: Final = re.compile(r"[^@\s\[\]()<>?&%\"\\,;:]+@[^@\s\[\]()<>?&%\"\\,;:/#]+\.[^@\s\[\]()<>?&%\"\\,;:/#]+")
WHATSAPP_URL: Final = re.compile(r"https://wa\.me/[0-9]+")
#: Controls (escape sequences), formatting characters (the bidi overrides such as U+202E),
#: line and paragraph separators and lone surrogates: never part of a contact detail.
HIDDEN_CATEGORIES: Final = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


class ContactError(ValueError):
    """The contact file cannot be read or holds an unusable value. ``code`` is the message id of
    ``checker.messages.ERRORS``, ``key`` the detail (or details) at fault, ``reason`` the words of
    the system or of the TOML parser, which the message quotes; ``str()`` says it all in English
    (for the build)."""

    def __init__(
        self, code: str, path: Path | str, key: str = "", detail: str = "", reason: str = ""
    ) -> None:
        self.code, self.path, self.key, self.reason = code, str(path), key, reason
        where = f"{path}: {key}" if key else f"{path}"
        super().__init__(f"{where}: {detail}" if detail else where)


@dataclass(frozen=True, slots=True)
class Contact:
    """How customers reach support."""

    company: str
    email: str
    whatsapp: str
    whatsapp_url: str

    @property
    def mailto(self) -> str:
        """The ``mailto:`` link of the address, percent-encoded (RFC 6068): the only way a page
        or an answer links to it."""
        return "mailto:" + quote(self.email, safe="@")

    def placeholders(self) -> list[str]:
        """The names of the details that are still placeholders: an address at a domain reserved
        for examples, a number that is only zeros."""
        domain = self.email.rpartition("@")[2].lower().rstrip(".")
        reserved = domain.rpartition(".")[2] in RESERVED_TOP_LEVEL or any(
            domain == name or domain.endswith(f".{name}") for name in RESERVED_DOMAINS
        )
        zeros = [
            name
            for name in ("whatsapp", "whatsapp_url")
            if not re.sub(r"\D", "", getattr(self, name)).strip("0")
        ]
        return ["email"] * reserved + zeros


#: The keys of ``contact.toml``: every one required, no other allowed.
CONTACT_KEYS: Final = tuple(item.name for item in fields(Contact))


@cache
def load_contact(path: Path | str = DEFAULT_FILE) -> Contact:
    """The details of ``path``, checked: every key present, no hidden characters, a plain email
    address, and a WhatsApp link that is ``https://wa.me/`` and digits (any other URL, such as
    ``javascript:``, could run in the reader's browser)."""
    try:
        data = tomllib.loads(read_small_file(path).decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        reason = str(error)
        raise ContactError("contact_not_toml", path, "", f"not valid TOML ({reason})", reason) from None
    names = CONTACT_KEYS
    missing = [name for name in names if not isinstance(data.get(name), str) or not data[name].strip()]
    if missing:
        raise ContactError("contact_missing", path, ", ".join(missing), "missing or empty")
    if unknown := sorted(set(data) - set(names)):
        raise ContactError("contact_unknown_key", path, ", ".join(unknown), "unknown key")
    contact = Contact(**{name: data[name].strip() for name in names})
    for name in names:
        if any(unicodedata.category(char) in HIDDEN_CATEGORIES for char in getattr(contact, name)):
            raise ContactError(
                "contact_hidden_characters", path, name, "holds control or bidi-format characters"
            )
    if not EMAIL.fullmatch(contact.email):
        raise ContactError(
            "contact_bad_email", path, "email", "is not a plain address (local@domain, without "
            "spaces or any of []()<>?&%)"
        )
    if not WHATSAPP_URL.fullmatch(contact.whatsapp_url):
        raise ContactError(
            "contact_bad_whatsapp_url", path, "whatsapp_url", "must be https://wa.me/ followed by "
            "the number's digits only"
        )
    return contact


def read_small_file(path: Path | str) -> bytes:
    """The bytes of ``path``, a regular file of at most ``MAX_BYTES``, never read past the limit."""
    if not str(path):
        raise ContactError("contact_no_file", path, detail="no file name given")
    try:
        with open_regular(path) as stream:
            data = stream.read(MAX_BYTES + 1)
    except NotARegularFile:
        raise ContactError("contact_not_a_file", path, detail="not a regular file") from None
    except OSError as error:
        reason = str(error.strerror)
        raise ContactError("contact_unreadable", path, "", f"cannot be read ({reason})", reason) from None
    if len(data) > MAX_BYTES:
        raise ContactError("contact_too_large", path, detail=f"larger than {MAX_BYTES} bytes")
    return data
