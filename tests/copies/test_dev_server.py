"""``make serve`` shows every edit. In a copy of the project, with the dev server running: an edit
of the page script reaches the served checker page; an edited catalog entry and an edited rule
module reach both its form and decision table and the checker archive the browser runs; and a rule
figure that no longer agrees with the French stops the rebuild, saying so (the text/rules check
runs on every rebuild, not only on the first build). And it previews safely: its live-reload
script runs, and no other inline script (the CSP allows that one by its hash, never
``'unsafe-inline'``); a translation that holds a script is not built; a file that leads outside
``docs/`` is never served, whether there at the start or added while serving."""

from __future__ import annotations

import contextlib
import gettext
import io
import os
import re
import signal
import socket
import subprocess
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import TypeVar
from urllib.error import URLError
from urllib.parse import urljoin
from urllib.request import urlopen

import pytest
from markupsafe import escape
from playwright.sync_api import Browser, ConsoleMessage

from checker.catalog import policy_language
from checker.model import Problem
from checker.policy import FIGURES
from checker.questions import QUESTIONS
from policy_site.catalogs import load, save
from policy_site.dev_server import live_reload_source
from policy_site.i18n import page_url_in
from policy_site.part_source import normal, replace_parts
from policy_site.pyodide_wiring import ARCHIVE_FILE, PAGE_SCRIPT_FILE, WORKER_FILE
from policy_site.segments import read_page
from tests.support.policy import dated_today, french_in_force, source_in_force
from tests.support.project import make_command, project_copy, project_env
from tools.test_days import real_clock_env

LANG = policy_language()
CHECKER = page_url_in(LANG, "checker")
#: The first build of a copy; a rebuild after a checker edit, which builds a new Pyodide runtime
#: and its memory snapshot unless ``.cache`` has them; any other rebuild.
FIRST_BUILD_S, RUNTIME_REBUILD_S, REBUILD_S = 180, 240, 120
#: What the dev server's pages allow, and only they: its own live-reload script, by its hash.
LIVE_RELOAD = f"script-src 'self' {live_reload_source()}"
T = TypeVar("T")


def test_every_edit_reaches_the_served_checker_page(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    policy = project / "checker" / "policy.py"
    with dev_server(project, tmp_path / "serve.log") as server:
        first = server.wait_for(lambda: served(server), FIRST_BUILD_S)
        assert first, server.failure("the checker page is not served")

        # A rebuild that fails early and costs little: the text/rules check runs again.
        unchanged = policy.read_text(encoding="utf-8")
        figure = FIGURES[0]
        edit_figure(policy, figure.name)
        said = server.wait_for(lambda: disagreement(server), REBUILD_S)
        assert said, server.failure(f"the text/rules check did not stop the rebuild ({figure.name})")
        assert figure.name in said, said

        # One rebuild (or two, as the watcher sees the files) for the other kinds of edit.
        policy.write_text(unchanged, encoding="utf-8")
        line = "// Edited while the dev server runs: this line must reach the served page."
        append(project / "web" / "checker-page.js", f"\n{line}\n")
        msgid, old_label, new_label = edit_catalog_entry(project)
        assert str(escape(old_label)) in first.page, f"{old_label!r} is not on the served page"
        given, changed = next(iter(Problem)), list(Problem)[-1]
        table = outcomes(first.page)
        assert table[changed] != table[given], f"{changed} and {given} already get the same answers"
        append(
            project / "checker" / "rules.py",
            f"\nRULE_FOR_PROBLEM[Problem.{changed.name}] = RULE_FOR_PROBLEM[Problem.{given.name}]\n",
        )
        edits: dict[str, Callable[[Served], bool]] = {
            "the page script": lambda now: line in now.script,
            "the catalog entry on the page": lambda now: str(escape(new_label)) in now.page,
            "the catalog entry in the archive": (
                lambda now: now.translation(LANG).gettext(msgid) == new_label
            ),
            "the rule in the decision table": lambda now: outcomes(now.page)[changed] != table[changed],
        }
        seen = dict.fromkeys(edits, False)

        def every_edit() -> Served | None:
            now = served(server)
            if now is not None:
                seen.update({edit: shows(now) for edit, shows in edits.items()})
            return now if all(seen.values()) else None

        now = server.wait_for(every_edit, RUNTIME_REBUILD_S)
        assert now, server.failure(f"not served: {', '.join(e for e, ok in seen.items() if not ok)}")
        assert now.script_url != first.script_url, "the edited script kept its name (and cache)"
        assert LIVE_RELOAD in unescape(now.page), "after a rebuild, the CSP forbids live reload"
        assert "'unsafe-inline'" not in unescape(now.page)
        answers = outcomes(now.page)[changed]
        assert answers <= table[given], f"{changed} gets {answers}, not {given}'s {table[given]}"
        assert now.module("rules") != first.module("rules"), "the archive's rules are old"


#: What an inline script in a previewed page would do, if it ran.
INLINE = '<script>document.documentElement.dataset.inline = "ran"</script>'


def test_the_preview_runs_live_reload_and_nothing_else(tmp_path: Path, browser: Browser) -> None:
    """The French page (which the door trusts) with an inline script in its text: in the browser,
    the live-reload script runs and that one does not. Then a Spanish part with a script, and a
    link to a file outside ``docs/``, each stop the rebuild, saying so; neither is ever served."""
    project = project_copy(tmp_path / "project")
    french = french_in_force(project)  # the text the root shows
    text = french.read_text(encoding="utf-8")
    first_part = read_page(french).segments[0]
    text = replace_parts(text, {first_part.id: f"{normal(first_part.markdown)} {INLINE}"})
    french.write_text(dated_today(text, french), "utf-8")
    with dev_server(project, tmp_path / "serve.log") as server:
        assert server.wait_for(lambda: server.get(""), FIRST_BUILD_S), server.failure("not served")
        console: list[ConsoleMessage] = []
        page = browser.new_page()
        try:
            page.on("console", lambda message: console.append(message))
            page.goto(server.url)
            page.wait_for_function("() => document.readyState === 'complete'")
            page.wait_for_timeout(500)  # the live-reload script logs when it starts
            said = [message.text for message in console]
            assert "Enabled live reload" in said, said
            assert page.evaluate("document.documentElement.dataset.inline") is None
            assert any("Content Security Policy" in text for text in said), said
        finally:
            page.close()

        spanish = source_in_force("es", project)
        unchanged = spanish.read_text(encoding="utf-8")
        part = read_page(spanish).segments[-1]
        since = len(server.said())
        spanish.write_text(
            replace_parts(unchanged, {part.id: f"{normal(part.markdown)} {INLINE}"}), encoding="utf-8"
        )
        refused = server.wait_for(lambda: said_after(server, since, "translations hold more than text"), REBUILD_S)
        named = f"{spanish.relative_to(project).as_posix()} {part.id}"
        assert refused and named in refused, server.failure("the script was built")
        since = len(server.said())
        spanish.write_text(unchanged, encoding="utf-8")
        assert server.wait_for(lambda: said_after(server, since, RELOADED), REBUILD_S), server.failure("not rebuilt")

        link = project / "docs" / "leak.txt"
        since = len(server.said())
        link.symlink_to("../pyproject.toml")
        refused = server.wait_for(lambda: said_after(server, since, "docs/leak.txt -> ../pyproject.toml"), REBUILD_S)
        assert refused, server.failure("the link outside docs/ did not stop the rebuild")
        since = len(server.said())
        link.unlink()
        assert server.wait_for(lambda: said_after(server, since, RELOADED), REBUILD_S), server.failure("not rebuilt")
        assert server.get("") and server.get("leak.txt") is None


def test_make_serve_does_not_start_on_a_link_outside_docs(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    (project / "docs" / "environ.txt").symlink_to("/proc/self/environ")
    with dev_server(project, tmp_path / "serve.log") as server:
        deadline = time.monotonic() + FIRST_BUILD_S
        while server.process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        assert server.process.poll() not in (None, 0), server.failure("make serve started")
        assert "docs/environ.txt -> /proc/self/environ (outside docs/)" in server.said()
        assert "Traceback" not in server.said()


#: What MkDocs says once a rebuild has succeeded.
RELOADED = "Reloading browsers"


def said_after(server: DevServer, since: int, text: str) -> str | None:
    """What the server said from ``text`` on, once it has said ``text`` past the ``since``-th
    character of its output."""
    said = server.said()[since:]
    return said[said.index(text) :] if text in said else None


@dataclass(frozen=True)
class Served:
    """The served checker page, its script and the checker archive its worker unpacks."""

    page: str
    script_url: str
    script: str
    archive: bytes

    def member(self, name: str) -> bytes:
        with zipfile.ZipFile(io.BytesIO(self.archive)) as archive:
            return archive.read(name)

    def translation(self, lang: str) -> gettext.GNUTranslations:
        return gettext.GNUTranslations(
            io.BytesIO(self.member(f"checker/locales/{lang}/LC_MESSAGES/checker.mo"))
        )

    def module(self, name: str) -> bytes:
        return self.member(f"checker/{name}.pyc")


class DevServer:
    """``make serve PORT=...`` running in a copy of the project, its output in a file."""

    def __init__(self, process: subprocess.Popen[bytes], url: str, log: Path) -> None:
        self.process, self.url, self.log = process, url, log

    def get(self, path: str) -> bytes | None:
        """The served file, or None while it is not there (the site is rebuilt in place)."""
        try:
            with urlopen(urljoin(self.url, path), timeout=10) as response:
                body: bytes = response.read()
                return body
        except (URLError, OSError):
            return None

    def said(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, found: Callable[[], T | None], seconds: float) -> T | None:
        """What ``found`` finds once it finds something; None after ``seconds``."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if (value := found()) is not None:
                return value
            if self.process.poll() is not None:
                pytest.fail(self.failure("make serve stopped"))
            time.sleep(0.5)
        return None

    def failure(self, what: str) -> str:
        return f"{what}; make serve said:\n{self.said()[-3000:]}"


@contextmanager
def dev_server(project: Path, log: Path) -> Iterator[DevServer]:
    """``make serve`` on a free port, stopped as a maintainer stops it: Ctrl-C."""
    port = free_port()
    # On the machine's clock, for the test run's day: under make test-days, libfaketime would stop
    # the file watcher's timed waits.
    env = {key: value for key, value in real_clock_env(project_env(project)).items() if key != "SITE_URL"}
    with log.open("wb") as output:
        process = subprocess.Popen(
            make_command("serve", f"PORT={port}"),
            cwd=project,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # make and MkDocs in a group of their own, stopped together
            # Ctrl-C works even when the tests run with SIGINT ignored (in the background).
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
    try:
        yield DevServer(process, f"http://127.0.0.1:{port}/", log)
    finally:
        with contextlib.suppress(ProcessLookupError):  # it may have stopped by itself
            os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def served(server: DevServer) -> Served | None:
    """What the dev server serves now, or None while any of it is missing."""
    page = server.get(CHECKER)
    script = page and follow(server, CHECKER, page, rf'src="([^"]*{PAGE_SCRIPT_FILE.pattern()})"')
    worker = script and follow(server, *script, rf'"(\./{WORKER_FILE.pattern()})"')
    archive = worker and follow(server, *worker, rf'"(\./{ARCHIVE_FILE.pattern()})"')
    if not (page and script and archive):
        return None
    return Served(page.decode(), script[0], script[1].decode(), archive[1])


def follow(server: DevServer, url: str, body: bytes, pattern: str) -> tuple[str, bytes] | None:
    """The file that ``body``, served at ``url``, links to (``pattern``'s group), with its URL."""
    match = re.search(pattern, body.decode())
    target = urljoin(url, match[1]) if match else None
    content = server.get(target) if target else None
    return (target, content) if target and content is not None else None


def disagreement(server: DevServer) -> str | None:
    """What the failed rebuild said, once the text/rules check has said it."""
    said = server.said()
    heading = "the text and the rules disagree"
    return said.split(heading, 1)[1] if heading in said else None


def edited(now: Served | None, shows: Callable[[Served], bool]) -> Served | None:
    return now if now is not None and shows(now) else None


class TableReader(HTMLParser):
    """The decision table's rows: each problem with the answers it gets."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, set[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "tr" and (problem := found.get("data-problem")):
            self.rows.setdefault(problem, set()).add(found.get("data-outcome") or "")


def outcomes(page: str) -> dict[Problem, frozenset[str]]:
    reader = TableReader()
    reader.feed(page)
    return {problem: frozenset(reader.rows.get(problem.value, ())) for problem in Problem}


def edit_catalog_entry(project: Path) -> tuple[str, str, str]:
    """Changes, in the page's language, the translation of the form's first label, as a
    translator would in a PO editor: (message id, old text, new text)."""
    po = project / "checker" / "locales" / LANG / "LC_MESSAGES" / "checker.po"
    catalog = load(po)
    message = catalog[QUESTIONS[0].label]
    old = message.string
    assert isinstance(old, str) and old, f"{po}: no translation of {message.id!r}"
    message.string = f"{old} (edited)"
    save(catalog, po)
    return QUESTIONS[0].label, old, message.string


def edit_figure(policy: Path, name: str) -> None:
    """Gives the rules' figure ``name`` another value than the French states, in its latest
    version: ``{1: 7}`` becomes ``{1: 8}``."""
    figure = next(figure for figure in FIGURES if figure.name == name)
    latest = max(figure.values)
    value = f"{latest}: {figure.values[latest]}"
    text = policy.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if f'Figure("{name}"' in line)
    assert value in line, f"{policy}: {value!r} is not in {line!r}"
    edited_line = line.replace(value, f"{latest}: {figure.values[latest] + 1}")
    policy.write_text(text.replace(line, edited_line), encoding="utf-8")


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(text)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
