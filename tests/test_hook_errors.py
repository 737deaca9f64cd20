"""A hook that cannot do its job stops the build the way MkDocs expects, with ``PluginError``:
MkDocs then prints one line (``Error: ...``) and exits 1, where any other exception is a traceback.
Here, the Pyodide bundle's two refusals: catalogs not compiled, a runtime that answers otherwise."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from mkdocs.exceptions import PluginError

from policy_site.checker_archive import CatalogsNotCompiled
from policy_site.config import ROOT
from policy_site.pyodide_runtime import RuntimeBuildError


def hook(name: str) -> ModuleType:
    """A hook module loaded from its file, as MkDocs loads the ``hooks:`` of mkdocs.yml."""
    spec = importlib.util.spec_from_file_location(f"hooks_{name}", ROOT / "hooks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "refusal",
    [CatalogsNotCompiled("no compiled catalogs"), RuntimeBuildError("answers differently")],
)
def test_the_bundles_refusal_is_a_plugin_error(
    refusal: Exception, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bundle = hook("pyodide_bundle")

    def refuse() -> None:
        raise refusal

    monkeypatch.setattr(bundle, "build", refuse)
    config = type("Config", (), {"site_dir": str(tmp_path)})()
    with pytest.raises(PluginError, match=str(refusal)):
        bundle.on_post_build(config=config)
