"""The checker page in the other engines: Firefox (through WebDriver BiDi, ``tools/firefox.mjs``)
and WebKitGTK, Safari's engine family (through its own API, ``tools/webkit.py``, under a virtual
display, with a profile kept on disk as a reader's browser keeps one).

``visit_twice`` opens the checker page on a fresh profile, then reloads it, and reports what
``make bench`` prints and what the engine tests check: the time to ready of each visit and the
worker's marks on the way (where the time goes), the bytes the server sent, whether the first
visit used or fetched a snapshot, what the second visit did with it, and whether each language's
worker answers exactly as the command line does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from checker.model import Problem
from policy_site.build_day import reader_day
from policy_site.config import ROOT
from policy_site.i18n import page_url_in
from policy_site.pyodide_wiring import WORKER_FILE
from tools.static_server import SiteServer
from tools.test_days import real_clock_env

FIREFOX_DRIVER = ROOT / "tools" / "firefox.mjs"
WEBKIT_DRIVER = ROOT / "tools" / "webkit.py"
#: Debian's Python: PyGObject and WebKitGTK's bindings are Debian packages (python3-gi,
#: gir1.2-webkit2-4.1), not wheels.
SYSTEM_PYTHON = "/usr/bin/python3"
TIMEOUT_S = 120
#: What the worker marks once it knows what becomes of the first visit's snapshot.
SNAPSHOT_SETTLED = ("worker:snapshot-stored", "worker:snapshot-not-stored", "worker:snapshot-not-kept")

#: Waits for the first of the performance marks ``arg`` on the page (the worker posts its own
#: there, prefixed ``worker:``); returns every mark's time and the page's time origin.
WAIT_MARK = """async (names) => {
  for (;;) {
    const marks = performance.getEntriesByType("mark");
    if (marks.some((mark) => names.includes(mark.name))) {
      return { origin: performance.timeOrigin, marks: marks.map((mark) => [mark.name, mark.startTime]) };
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}"""
#: Starts the checker's own worker script in a worker of its own and sends it each request.
ANSWERS = """async ({ worker: url, requests }) => {
  const worker = new Worker(url, { type: "module" });
  const next = (wanted) => new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.type === "failed") reject(new Error(data.detail));
      else if (wanted(data)) resolve(data);
    };
  });
  await next((data) => data.type === "ready");
  const answers = [];
  for (const [id, payload] of requests.entries()) {
    const answered = next((data) => data.type === "result" && data.id === id);
    worker.postMessage({ id, payload });
    answers.push((await answered).json);
  }
  worker.terminate();
  return answers;
}"""


class Engine(Protocol):
    name: str

    def goto(self, url: str) -> None: ...
    def reload(self) -> None: ...
    def run(self, script: str, arg: object = None) -> Any: ...
    def problems(self) -> list[str]: ...
    def close(self) -> None: ...


class Driven:
    """An engine driven by a process of its own that takes commands as JSON lines (``op``:
    goto, reload, run, problems) and answers each with one (``value`` or ``error``)."""

    name = ""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )

    def _command(self, op: str, **values: object) -> Any:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps({"op": op, **values}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.name} driver ended")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"{self.name}, {op}: {answer['error']}")
        return answer["value"]

    def goto(self, url: str) -> None:
        self._command("goto", url=url)

    def reload(self) -> None:
        self._command("reload")

    def run(self, script: str, arg: object = None) -> Any:
        return self._command("run", script=script, arg=arg)

    def problems(self) -> list[str]:
        return list(self._command("problems"))

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


class Firefox(Driven):
    """Firefox ESR on a fresh profile, through ``tools/firefox.mjs``."""

    name = "firefox"

    def __init__(self) -> None:
        # Firefox does not start under libfaketime (make test-days): it keeps the machine's clock,
        # which changes nothing here, since every request says its own day.
        super().__init__(["node", str(FIREFOX_DRIVER)], real_clock_env())


class WebKit(Driven):
    """WebKitGTK on a fresh profile of its own, through ``tools/webkit.py``, on its own Xvfb."""

    name = "webkit"

    def __init__(self) -> None:
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert self.xvfb.stdout
        display = f":{self.xvfb.stdout.readline().strip().decode()}"
        try:
            super().__init__([SYSTEM_PYTHON, str(WEBKIT_DRIVER)], {**os.environ, "DISPLAY": display})
        except Exception:
            self.xvfb.terminate()
            raise

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.xvfb.terminate()
            self.xvfb.wait(timeout=10)


ENGINES: dict[str, type[Firefox] | type[WebKit]] = {"firefox": Firefox, "webkit": WebKit}


class started:
    """``with started("firefox") as engine:`` — the engine, closed on the way out."""

    def __init__(self, name: str) -> None:
        self.engine: Engine = ENGINES[name]()

    def __enter__(self) -> Engine:
        return self.engine

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.engine.close()


@dataclass
class Visits:
    """What ``visit_twice`` saw. The marks are the page's, the worker's among them
    (``worker:<name>``), each with its time from navigation in milliseconds."""

    ready_cold_ms: float
    ready_warm_ms: float
    bytes_before_ready_kb: float
    first_visit_kb: float
    first_timeline: list[tuple[str, float]]
    second_timeline: list[tuple[str, float]]
    snapshot_fetched: bool
    answers: list[Any]
    problems: list[str] = field(default_factory=list)

    @property
    def first_marks(self) -> list[str]:
        return [name for name, _ in self.first_timeline]

    @property
    def second_marks(self) -> list[str]:
        return [name for name, _ in self.second_timeline]

    @property
    def snapshot_on_first_visit(self) -> bool:
        """Whether the first visit downloaded a snapshot or started from one."""
        started_from_one = {"worker:snapshot-read", "worker:snapshot-used"} & set(self.first_marks)
        return self.snapshot_fetched or bool(started_from_one)

    @property
    def second_visit(self) -> str:
        """What the second visit did: ``used`` the snapshot, or safely started without it."""
        for mark, what in (
            ("worker:snapshot-used", "used"),
            ("worker:snapshot-discarded", "discarded"),
            ("worker:snapshot-not-kept", "not kept by the engine"),
        ):
            if mark in self.second_marks:
                return what
        return "none"


def visit_twice(
    engine: Engine, server: SiteServer, lang: str, requests: list[tuple[str, str]]
) -> Visits:
    """A first visit to ``lang``'s checker page, its snapshot settled, then a reload;
    ``requests`` (language, request) are then sent to a worker of their language's own script."""
    since = time.time() * 1000
    engine.goto(server.url + page_url_in(lang, "checker/"))
    cold = engine.run(WAIT_MARK, ["checker-ready"])
    first = engine.run(WAIT_MARK, list(SNAPSHOT_SETTLED))
    time.sleep(0.3)  # the last responses' bytes are logged as they end
    sent = server.sent(since)
    ready_at = cold["origin"] + dict(cold["marks"])["checker-ready"]
    engine.reload()
    warm = engine.run(WAIT_MARK, ["checker-ready"])
    answered = {}
    for each in dict.fromkeys(language for language, _ in requests):
        worker = server.url + worker_script(server.root, each)
        asked = [request for language, request in requests if language == each]
        answered[each] = iter(engine.run(ANSWERS, {"worker": worker, "requests": asked}))
    return Visits(
        ready_cold_ms=dict(cold["marks"])["checker-ready"],
        ready_warm_ms=dict(warm["marks"])["checker-ready"],
        bytes_before_ready_kb=sum(size for end, _, size in sent if end <= ready_at) / 1024,
        first_visit_kb=sum(size for _, _, size in sent) / 1024,
        first_timeline=[(name, at) for name, at in first["marks"]],
        second_timeline=[(name, at) for name, at in engine.run(WAIT_MARK, ["checker-ready"])["marks"]],
        snapshot_fetched=any("python-memory" in path for _, path, _ in server.sent(since)),
        answers=[json.loads(next(answered[language])) for language, _ in requests],
        problems=engine.problems(),
    )


def worker_script(site: Path, lang: str) -> str:
    """The site-relative URL of the worker of ``lang``'s checker page in the built ``site``."""
    return WORKER_FILE.in_site(site, lang).relative_to(site).as_posix()


def requests_and_cli_answers(
    langs: tuple[str, ...], problems: tuple[Problem, ...] = tuple(Problem)
) -> tuple[list[tuple[str, str]], list[Any]]:
    """A request of each problem in each language (with its language), as the page sends it, and
    what the command line answers to the same (``refund-check --batch``): purchased 3 days ago,
    support unable to fix it, asked today."""
    today = reader_day()
    fields = [
        {
            "purchased": (today - timedelta(days=3)).isoformat(),
            "requested": today.isoformat(),
            "problem": problem.value,
            "app": "smarters_pro",
            "support": "unresolved",
        }
        for problem in problems
    ]
    cases = [(each, lang) for lang in langs for each in fields]
    lines = "".join(json.dumps({**each, "lang": lang}) + "\n" for each, lang in cases)
    cli = subprocess.run(
        [sys.executable, "-m", "checker", "--batch", "-"],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    requests = [
        (lang, json.dumps({"fields": each, "lang": lang, "today": today.isoformat()}))
        for each, lang in cases
    ]
    return requests, [json.loads(line) for line in cli.stdout.splitlines()]
