"""How the browser tests, the benchmark and the audit start Debian's Chromium on these machines:
no download of a browser of its own, and no background traffic to hosts it cannot reach."""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
