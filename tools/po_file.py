"""The policy's PO files, written as gettext writes them and read as its msgfmt reads them, each
refusal naming the file and the line: the charset its header names, the PO syntax (keywords,
quoted strings, escapes), one header, and no control or formatting character (an escape
sequence, a bidi override) anywhere. A UTF-8 byte order mark, which editors on Windows write, is
accepted: it can only mean UTF-8.

Babel's reader is not used here: it guesses past a bad line, merges two entries of the same part
into one, and drops the previous msgid (``#|``) that a merge must keep.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from checker.contact import HIDDEN_CATEGORIES
from checker.files import open_regular

#: A PO file of the whole policy is a few tens of KB; anything far larger is not one.
MAX_BYTES = 2_000_000
CHARSET = re.compile(rb'"Content-Type:[^"\n]*?charset=([^\s"\\;]*)')
KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(.*)")
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]+)|(.))")
ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "\\": "\\",
    '"': '"',
}
#: What a translated text may hold of the characters HIDDEN_CATEGORIES names.
TEXT_WHITESPACE = "\n\t"
HIDDEN = "remove it: the policy's text holds no control or formatting character (escape sequences, bidi overrides)"
#: Which keyword may come after which: an entry is [msgctxt] msgid [msgid_plural] msgstr...
FOLLOWS = {
    "": ("msgctxt", "msgid"),
    "msgctxt": ("msgid",),
    "msgid": ("msgid_plural", "msgstr"),
    "msgid_plural": ("msgstr",),
    "msgstr": ("msgstr",),
}
OTHER_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class PoError(ValueError):
    """The file is not a PO file this project reads; ``str()`` is ``file:line: reason``."""

    def __init__(self, path: Path, line: int | None, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}" if line else f"{path}: {reason}")
        self.path, self.line, self.reason = path, line, reason


@dataclass
class Entry:
    """One entry as the file writes it (a plural one keeps its first form in ``msgstr``)."""

    line: int
    msgid: str = ""
    msgstr: str = ""
    context: str | None = None
    previous: str | None = None
    plural: bool = False
    obsolete: bool = False
    flags: list[str] = field(default_factory=list)
    auto_comments: list[str] = field(default_factory=list)
    user_comments: list[str] = field(default_factory=list)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags


@dataclass(frozen=True)
class PoFile:
    path: Path
    header: dict[str, str]
    #: Every entry but the header, obsolete ones (``#~``) included, in file order.
    entries: list[Entry]
    #: The comment lines above the header.
    comments: list[str] = field(default_factory=list)

    @property
    def language(self) -> str:
        return self.header.get("Language", "").strip()

    @property
    def live(self) -> list[Entry]:
        return [entry for entry in self.entries if not entry.obsolete]


def read(path: Path) -> PoFile:
    """The file at ``path``, or PoError saying why it cannot be read as one."""
    try:
        with open_regular(path) as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise PoError(path, None, f"cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise PoError(path, None, f"larger than {MAX_BYTES:,} bytes, not a PO file of the policy")
    return parse(path, data)


def parse(path: Path, data: bytes) -> PoFile:
    text = decoded(path, data)
    entries = Parser(path).entries(text.split("\n"))
    headers = [
        entry
        for entry in entries
        if not entry.msgid and entry.context is None and not entry.obsolete
    ]
    if len(headers) > 1:
        raise PoError(
            path,
            headers[1].line,
            f'a second header (msgid ""), the first at line {headers[0].line}',
        )
    header = headers[0] if headers else Entry(0)
    fields = dict(line.partition(":")[::2] for line in header.msgstr.split("\n") if ":" in line)
    return PoFile(
        path,
        {name.strip(): value.strip() for name, value in fields.items()},
        [entry for entry in entries if entry is not header],
        header.user_comments,
    )


def text(po: PoFile) -> str:
    """The file as gettext writes it: the comments, the header, then each entry, the obsolete
    ones last; strings unwrapped but at their line ends."""
    header = Entry(0, msgstr="".join(f"{name}: {value}\n" for name, value in po.header.items()))
    header.user_comments = po.comments
    live = [entry for entry in po.entries if not entry.obsolete]
    gone = [entry for entry in po.entries if entry.obsolete]
    return "\n".join(entry_text(entry) for entry in [header, *live, *gone])


def entry_text(entry: Entry) -> str:
    prefix = "#~ " if entry.obsolete else ""
    lines = [f"# {comment}".rstrip() for comment in entry.user_comments]
    lines += [f"#. {comment}".rstrip() for comment in entry.auto_comments]
    if entry.flags:
        lines.append("#, " + ", ".join(entry.flags))
    if entry.previous is not None:
        mark = "#~| " if entry.obsolete else "#| "
        lines += [mark + line for line in quoted("msgid", entry.previous)]
    if entry.context is not None:
        lines += [prefix + line for line in quoted("msgctxt", entry.context)]
    lines += [prefix + line for line in quoted("msgid", entry.msgid)]
    lines += [prefix + line for line in quoted("msgstr", entry.msgstr)]
    return "\n".join(lines) + "\n"


def quoted(keyword: str, value: str) -> list[str]:
    """``keyword "value"``, or ``keyword ""`` and one quoted line per line of a text of several."""
    pieces = [escape(piece) for piece in re.findall(r"[^\n]*\n|[^\n]+", value)] or [""]
    if len(pieces) == 1:
        return [f'{keyword} "{pieces[0]}"']
    return [f'{keyword} ""', *(f'"{piece}"' for piece in pieces)]


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\t", "\\t")
        .replace("\r", "\\r")
    )


def decoded(path: Path, data: bytes) -> str:
    """The file's text in the charset its header names; a UTF-8 byte order mark is dropped."""
    if data.startswith(OTHER_BOMS):
        raise PoError(
            path, 1, "UTF-16 or UTF-32 text (its byte order mark): save the file as UTF-8"
        )
    bom = data.startswith(codecs.BOM_UTF8)
    data = data.removeprefix(codecs.BOM_UTF8)
    found = CHARSET.search(data)
    name = found[1].decode("ascii", "replace") if found else "UTF-8"
    line = data.count(b"\n", 0, found.start()) + 1 if found else None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise PoError(
            path,
            line,
            f"the header's charset {name!r} is not one Python knows: save the file as UTF-8",
        ) from None
    if "msgid".encode(codec, "replace") != b"msgid":
        raise PoError(
            path,
            line,
            f"the header's charset {name!r} is not a charset of PO files: save the file as UTF-8",
        )
    if bom and codec != "utf-8":
        raise PoError(path, 1, f"a UTF-8 byte order mark, but the header says charset={name}")
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        at = data.count(b"\n", 0, error.start) + 1
        raise PoError(
            path, at, f"not {name} text (byte 0x{data[error.start]:02x}): save the file as {name}"
        ) from None


def hidden(text: str, allowed: str = "\t") -> str | None:
    """The first control or formatting character of ``text`` (other than ``allowed``), named."""
    for char in text:
        if char not in allowed and unicodedata.category(char) in HIDDEN_CATEGORIES:
            return f"U+{ord(char):04X} ({unicodedata.name(char, 'a control character')})"
    return None


class Parser:
    """PO syntax, line by line: comments, then ``msgctxt``, ``msgid``, ``msgstr``, each a quoted
    string continued by quoted lines; ``#~`` obsolete entries; ``#|`` the previous msgid."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done: list[Entry] = []
        self.entry: Entry | None = None
        self.keyword = ""  # the entry's last keyword, which a quoted line continues
        self.form = 0  # the plural form msgstr[n] is at
        self.previous: list[str] = []
        self.previous_keyword = ""

    def entries(self, lines: list[str]) -> list[Entry]:
        for number, raw in enumerate(lines, 1):
            line = raw.removesuffix("\r")
            if found := hidden(line):
                raise PoError(self.path, number, f"{found}: {HIDDEN}")
            self.line(number, line.strip())
        self.finish()
        return self.done

    def line(self, number: int, line: str) -> None:
        if not line:
            return
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].lstrip()
            line = "#" + line if line.startswith("|") else line
        if line.startswith("#"):
            self.comment(number, line)
        elif line.startswith('"'):
            self.continuation(number, line)
        else:
            self.statement(number, line, obsolete)

    def comment(self, number: int, line: str) -> None:
        if self.keyword == "msgstr":
            self.finish()
        elif self.keyword:
            self.no_msgstr()
        entry = self.current(number)
        kind, text = line[:2], line[2:].strip()
        if kind == "#|":
            self.previous_line(number, text)
        elif kind == "#,":
            entry.flags += [flag.strip() for flag in text.split(",") if flag.strip()]
        elif kind == "#.":
            entry.auto_comments.append(text)
        elif kind != "#:":
            entry.user_comments.append(line[1:].strip())

    def previous_line(self, number: int, text: str) -> None:
        """``#| msgid "..."`` and its ``#| "..."`` lines: the French the msgstr was made from."""
        keyword, _, rest = text.partition(" ")
        if keyword in ("msgctxt", "msgid", "msgid_plural"):
            self.previous_keyword, text = keyword, rest
        elif not self.previous_keyword:
            raise PoError(self.path, number, f"not PO syntax: {text[:60]!r}")
        value = self.string(number, text)
        if self.previous_keyword == "msgid":
            self.previous.append(value)

    def statement(self, number: int, line: str, obsolete: bool) -> None:
        found = KEYWORD.fullmatch(line)
        if not found:
            raise PoError(self.path, number, f"not PO syntax: {line[:60]!r}")
        keyword, index, value = found[1].partition("[")[0], found[2], self.string(number, found[3])
        if keyword in ("msgctxt", "msgid") and self.keyword == "msgstr":
            self.finish()
        entry = self.current(number)
        if keyword not in FOLLOWS.get(self.keyword, ()):
            raise PoError(
                self.path, number, f"{found[1]} after {self.keyword or 'nothing'}: not PO syntax"
            )
        if keyword == "msgstr" and (
            (index is not None) != entry.plural or (self.keyword == keyword and not entry.plural)
        ):
            raise PoError(
                self.path,
                number,
                "msgstr[n] is for an entry with msgid_plural, one msgstr for one without",
            )
        if not self.keyword:
            entry.line = number
        entry.obsolete |= obsolete
        entry.plural |= keyword == "msgid_plural"
        self.keyword, self.form = keyword, int(index or 0)
        self.extend(value)

    def continuation(self, number: int, line: str) -> None:
        if not self.keyword:
            raise PoError(self.path, number, "a quoted line outside msgctxt, msgid or msgstr")
        self.extend(self.string(number, line))

    def extend(self, value: str) -> None:
        entry = self.current(0)
        if self.keyword == "msgctxt":
            entry.context = (entry.context or "") + value
        elif self.keyword == "msgid":
            entry.msgid += value
        elif self.keyword == "msgstr" and self.form == 0:
            entry.msgstr += value

    def string(self, number: int, text: str) -> str:
        """A quoted string's value, gettext's escapes read; a control character spelt as an
        escape (``\\033``) is refused as one written out is."""
        found = STRING.fullmatch(text.strip())
        if not found:
            raise PoError(self.path, number, f"not a quoted string: {text[:60]!r}")
        try:
            value = ESCAPE.sub(unescape, found[1])
        except ValueError as error:
            raise PoError(self.path, number, str(error)) from None
        if char := hidden(value, TEXT_WHITESPACE):
            raise PoError(self.path, number, f"an escape gives {char}: {HIDDEN}")
        return value

    def current(self, number: int) -> Entry:
        if self.entry is None:
            self.entry = Entry(number)
        return self.entry

    def no_msgstr(self) -> None:
        line = self.entry.line if self.entry else 0
        raise PoError(self.path, line, "an entry without msgstr")

    def finish(self) -> None:
        """The entry read so far is complete (comments after the last entry belong to none)."""
        if self.keyword == "msgstr" and self.entry:
            self.entry.previous = "".join(self.previous) if self.previous else None
            self.done.append(self.entry)
        elif self.keyword:
            self.no_msgstr()
        self.entry, self.keyword, self.form = None, "", 0
        self.previous, self.previous_keyword = [], ""


def unescape(match: re.Match[str]) -> str:
    """One of gettext's escapes; a numeric one is a byte, so only an ASCII one is a character."""
    octal, hexadecimal, char = match.groups()
    if octal or hexadecimal:
        code = int(octal, 8) if octal else int(hexadecimal, 16)
        if code > 0x7F:
            raise ValueError(f"the escape {match[0]} is a byte of a character: write the character")
        return chr(code)
    if char not in ESCAPES:
        raise ValueError(f"an unknown escape \\{char} in a quoted string")
    return ESCAPES[char]
