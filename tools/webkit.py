"""Drives WebKitGTK (Safari's engine family) for ``tools/engines.py`` through its own API
(PyGObject), with a profile of its own kept on disk for the run, as a reader's browser keeps one:
its HTTP cache and Cache Storage outlive a navigation. (WebKitWebDriver's MiniBrowser runs
automation in an ephemeral session, whose Cache Storage is dropped at each navigation.)

    /usr/bin/python3 tools/webkit.py        (Debian's Python, which has PyGObject; DISPLAY set)

Commands as JSON lines on standard input, one JSON answer line each, as ``tools/firefox.mjs``:
``{"op": "goto", "url": ...} | {"op": "reload"} | {"op": "run", "script": "async (arg) => ...",
"arg": ...} | {"op": "problems"}  ->  {"value": ...} or {"error": "..."}``. The run, and its
profile, end with standard input.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402  (the versions must be required first)

TIMEOUT_S = 120
SIZE = (1280, 800)


class Browser:
    """One window, one web view, one profile (a temporary folder)."""

    def __init__(self) -> None:
        self.profile = tempfile.mkdtemp(prefix="webkit-profile-")
        data = WebKit2.WebsiteDataManager(
            base_data_directory=f"{self.profile}/data", base_cache_directory=f"{self.profile}/cache"
        )
        context = WebKit2.WebContext.new_with_website_data_manager(data)
        context.set_cache_model(WebKit2.CacheModel.WEB_BROWSER)
        self.view = WebKit2.WebView.new_with_context(context)
        self.window = Gtk.Window()
        self.window.set_default_size(*SIZE)
        self.window.add(self.view)
        self.window.show_all()

    def goto(self, url: str) -> None:
        self._load(lambda: self.view.load_uri(url))

    def reload(self) -> None:
        self._load(self.view.reload)

    def _load(self, start: Any) -> None:
        outcome: list[str | None] = []

        def changed(_view: Any, event: Any) -> None:
            if event == WebKit2.LoadEvent.FINISHED:
                outcome.append(None)

        def refused(_view: Any, _event: Any, uri: str, error: Any) -> None:
            outcome.append(f"{uri}: {error.message}")

        finished = self.view.connect("load-changed", changed)
        failed = self.view.connect("load-failed", refused)
        try:
            start()
            wait(lambda: bool(outcome))
        finally:
            self.view.disconnect(finished)
            self.view.disconnect(failed)
        if outcome[0]:
            raise RuntimeError(outcome[0])

    def run(self, script: str, arg: object) -> Any:
        """``script``, an async function, called with ``arg`` in the page; its value, as JSON."""
        done: list[Any] = []
        body = f"return JSON.stringify(await ({script})(JSON.parse(arg)));"
        arguments = GLib.Variant("a{sv}", {"arg": GLib.Variant("s", json.dumps(arg))})
        self.view.call_async_javascript_function(
            body, -1, arguments, None, None, None, lambda view, result: done.append(result)
        )
        wait(lambda: bool(done))
        value = self.view.call_async_javascript_function_finish(done[0])
        return json.loads(value.to_string()) if value.is_string() else None

    def close(self) -> None:
        self.window.destroy()
        shutil.rmtree(self.profile, ignore_errors=True)


def wait(ready: Any, timeout_s: float = TIMEOUT_S) -> None:
    """Runs GTK's loop until ``ready()``; a timer wakes it up to look at the clock."""
    deadline = time.monotonic() + timeout_s
    tick = GLib.timeout_add(50, lambda: True)
    try:
        while not ready():
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing after {timeout_s} s")
            Gtk.main_iteration_do(True)
    finally:
        GLib.source_remove(tick)


def main() -> int:
    browser = Browser()
    ops: dict[str, Callable[[dict[str, Any]], Any]] = {
        "goto": lambda command: browser.goto(command["url"]),
        "reload": lambda command: browser.reload(),
        "run": lambda command: browser.run(command["script"], command.get("arg")),
        "problems": lambda command: [],  # WebKitGTK's API does not report the console
    }
    try:
        for line in sys.stdin:
            command = json.loads(line)
            try:
                answer = {"value": ops[command["op"]](command)}
            except Exception as error:  # every failure is the caller's to report
                answer = {"error": str(error) or type(error).__name__}
            print(json.dumps(answer), flush=True)
    finally:
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
