"""Runs in a fresh Pyodide started from the built files: each language's archive unpacked into a
folder of its own, and its checker imported afresh there, answers that language's walk, as the
worker of that language's page does with the one archive it carries."""

from __future__ import annotations

import json
import sys

from .calls import answers, loaded_from


def main(params_json: str) -> str:
    params = json.loads(params_json)
    package = params["entry"][0].partition(".")[0]
    outputs: dict[str, list[str]] = {}
    from_source: list[str] = []
    for lang, payloads in params["walks"].items():
        folder = f"{params['root']}/{lang}"
        for name in [name for name in sys.modules if name.partition(".")[0] == package]:
            del sys.modules[name]  # the previous language's checker
        outputs[lang] = answers(folder, params["entry"], payloads)
        sys.path.remove(folder)
        modules = loaded_from(folder + "/").items()
        from_source += [f"{lang}: {name}" for name, origin in modules if not origin.endswith(".pyc")]
    return json.dumps({"outputs": outputs, "from_source": from_source})
