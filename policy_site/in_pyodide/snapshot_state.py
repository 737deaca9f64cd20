"""Runs in the Pyodide whose memory becomes the snapshot, as the worker does before it takes one:
every path of the checker walked (lazy imports, catalogs read), then the garbage collected."""

from __future__ import annotations

import gc
import json

from .calls import answers


def main(params_json: str) -> str:
    params = json.loads(params_json)
    outputs = answers(params["app"], params["entry"], params["payloads"])
    gc.collect()
    return json.dumps(outputs)
