"""A watched browser context: the requests its pages and workers make, and their console errors,
page errors and dialogs."""

from __future__ import annotations

import contextlib
from typing import Any

from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Dialog,
    Page,
    Request,
)
from playwright.sync_api import Error as PlaywrightError

TIMEOUT_MS = 30_000


class Browsing:
    """One fresh browser context and everything its pages do: requests, errors, dialogs."""

    def __init__(self, browser: Browser, site_url: str) -> None:
        self.browser = browser
        self.site_url = site_url
        self.context: BrowserContext | None = None
        self.requests: list[Request] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        self.pages: list[Page] = []

    def start(self, **options: Any) -> BrowserContext:
        """The context, created with Playwright's ``new_context`` options (once per test)."""
        assert self.context is None, "one context per test"
        self.context = self._new_context(**options)
        self.context.set_default_timeout(TIMEOUT_MS)
        self.context.on("request", lambda request: self.requests.append(request))
        return self.context

    def _new_context(self, **options: Any) -> BrowserContext:
        return self.browser.new_context(**options)

    def open(self, path: str = "", same_tab: bool = False) -> Page:
        """A new watched page at ``path`` (relative to the site's URL), loaded; with ``same_tab``,
        the page opened last, taken there: a visit in the same tab, which starts no new renderer
        process (half a CPU-second less on these machines)."""
        if same_tab and self.pages and not self.pages[-1].is_closed():
            page = self.pages[-1]
        else:
            context = self.context or self.start()
            page = self.watch(context.new_page())
            self.pages.append(page)
        page.goto(self.site_url + path)
        return page

    def watch(self, page: Page) -> Page:
        """Records ``page``'s console errors, page errors and dialogs. Playwright reports a
        dedicated worker's console messages and uncaught errors on its page, so this also watches
        the checker's and the search's workers."""
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.page_errors.append(f"{page.url}: {error}"))
        page.on("dialog", self._dialog)
        return page

    def close(self) -> None:
        if self.context is not None:
            self.context.close()

    def forget_problems(self) -> None:
        self.console_errors.clear()
        self.page_errors.clear()
        self.dialogs.clear()

    def problems(self) -> list[str]:
        found = [f"page error: {error}" for error in self.page_errors]
        found += [f"dialog: {dialog}" for dialog in self.dialogs]
        found += [f"console error: {error}" for error in self.console_errors]
        return found

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console_errors.append(f"{message.text} ({message.location.get('url', '')})")

    def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        with contextlib.suppress(PlaywrightError):
            dialog.dismiss()
