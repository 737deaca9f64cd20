"""``python -m tools.catalogs extract`` (the README's step after a message changes in the code)
changes no catalog when no message changed: a catalog's creation date moving would change the
checker's archive, and rebuild its Pyodide runtime, for nothing."""

from __future__ import annotations

from pathlib import Path

from policy_site.catalogs import DOMAINS
from policy_site.config import ROOT
from tests.support.project import project_copy, run_tool


def catalog_bytes(project: Path) -> dict[str, bytes]:
    files = [domain.template_path for domain in DOMAINS]
    files += [po for domain in DOMAINS for _lang, po in domain.po_files(prepared=True)]
    return {str(path.relative_to(ROOT)): (project / path.relative_to(ROOT)).read_bytes() for path in files}


def test_an_extract_with_no_new_message_changes_no_catalog(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    before = catalog_bytes(project)
    result = run_tool(project, "tools.catalogs", "extract")
    assert result.returncode == 0, result.stderr
    assert catalog_bytes(project) == before
