"""Runs in a fresh Pyodide started from the built files: the answers, and the modules read as
source (there must be none: everything is shipped compiled). It ends as the worker does before it
takes a memory snapshot: every request of the walk answered, the garbage collected."""

from __future__ import annotations

import gc
import json

from .calls import answers, loaded_from, stdlib_prefix


def main(params_json: str) -> str:
    params = json.loads(params_json)
    outputs = answers(params["app"], params["entry"], params["payloads"])
    prefixes = (stdlib_prefix(), params["app"] + "/")
    from_source = sorted(
        name for name, origin in loaded_from(prefixes).items() if not origin.endswith(".pyc")
    )
    gc.collect()
    return json.dumps({"outputs": outputs, "from_source": from_source})
