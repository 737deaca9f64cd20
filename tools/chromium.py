"""How the browser tests, the benchmark and the audit start Debian's Chromium on these machines:
no download of a browser of its own, and no background traffic to hosts it cannot reach."""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

#: The browser tests' Chromium also runs WebAssembly with V8's baseline compiler only (Liftoff),
#: without optimizing the hot functions again in the background. Every test that starts Python
#: would otherwise spend about 1 CPU-second on code it runs only for a few answers, and on two
#: cores that second comes out of the other tests' time: the browser tests took 7 % less CPU and
#: 6 to 16 % less time (7 December 2026, three alternated pairs). The tests assert what the page
#: does, which the compiler tier does not change; the benchmark and the audit measure what readers
#: get, so they keep Chromium's defaults (``FLAGS``), and so does one browser test, which checks
#: the page's answers with the optimizing compiler on (``test_checker_answers``).
TEST_FLAGS = [*FLAGS, "--js-flags=--liftoff-only"]
