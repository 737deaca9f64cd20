"""``make audit``: Lighthouse (mobile preset) on the policy and checker pages in fr, en and ar.

A report, not a test: Lighthouse's performance score depends on the machine's load. The site is
built for, and served from, 127.0.0.1 exactly as a static host would serve it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.chromium import CHROMIUM, FLAGS
from tools.static_server import ROOT, SiteServer, build_site

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = ("", "checker/", "en/", "en/checker/", "ar/", "ar/checker/")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        root.mkdir()
        with SiteServer(root) as server:
            build_site(root, site_url=server.url)
            server.reload_headers()
            rows = [(page or "/", audit(server.url + page, Path(folder))) for page in PAGES]
    print(f"{'page':14}" + "".join(f"{name:>16}" for name in CATEGORIES))
    for page, scores in rows:
        print(f"{page:14}" + "".join(f"{scores[name]:>16}" for name in CATEGORIES))
    return 0


def audit(url: str, folder: Path) -> dict[str, int]:
    report = folder / "report.json"
    command = [
        str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={' '.join(FLAGS)}",
    ]  # fmt: skip
    subprocess.run(command, check=True, env=dict(os.environ, CHROME_PATH=CHROMIUM))
    categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return {name: round(100 * (categories[name]["score"] or 0)) for name in CATEGORIES}


if __name__ == "__main__":
    sys.exit(main())
