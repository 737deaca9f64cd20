"""The worker writes the checker's archive into Pyodide's file system itself
(``web/stored-zip.mjs``): every member of a zip of stored members, as Python's ``zipfile`` wrote
it, lands at its path with its bytes; a zip it cannot read as such (a deflated member, a name
that leaves its folder, a damaged end) is refused, never half written."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from policy_site.config import ROOT

UNPACKER = ROOT / "web" / "stored-zip.mjs"
#: Unpacks the zip named by its argument into a recording file system; prints {path: base64}, or
#: the error and how many files were written before it.
HARNESS = f"""
import {{ readFileSync }} from "node:fs";
import {{ unpackStored }} from {json.dumps(UNPACKER.as_uri())};
const files = {{}};
const FS = {{ mkdirTree() {{}}, writeFile(path, data) {{ files[path] = Buffer.from(data).toString("base64"); }} }};
try {{
  unpackStored(FS, new Uint8Array(readFileSync(process.argv[2])), "/app");
  console.log(JSON.stringify({{ files }}));
}} catch (error) {{
  console.log(JSON.stringify({{ error: String(error), written: Object.keys(files).length }}));
}}
"""
MEMBERS = {"checker/__init__.pyc": b"\x00\x01code", "checker/locales/fr/LC_MESSAGES/checker.mo": b"mo" * 300,
           "checker/contact.json": '{"company": "Smarters Pro – é"}'.encode()}  # fmt: skip


def unpacked(zip_bytes: bytes, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "archive.zip"
    path.write_bytes(zip_bytes)
    script = tmp_path / "harness.mjs"
    script.write_text(HARNESS, encoding="utf-8")
    run = subprocess.run(["node", str(script), str(path)], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(run.stdout)
    return result


def archive(members: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return buffer.getvalue()


def test_every_member_lands_at_its_path_with_its_bytes(tmp_path: Path) -> None:
    files = unpacked(archive(MEMBERS), tmp_path)["files"]
    assert files == {f"/app/{name}": base64.b64encode(data).decode() for name, data in MEMBERS.items()}


@pytest.mark.parametrize(
    "zip_bytes",
    [
        archive(MEMBERS, zipfile.ZIP_DEFLATED),
        archive({**MEMBERS, "checker/../../etc/x": b"x"}),
        archive({**MEMBERS, "/checker/x.pyc": b"x"}),
        archive(MEMBERS)[:-5],
    ],
    ids=["deflated", "leaves its folder", "absolute", "damaged"],
)
def test_an_archive_it_cannot_read_is_refused_before_anything_is_written(
    zip_bytes: bytes, tmp_path: Path
) -> None:
    result = unpacked(zip_bytes, tmp_path)
    assert "error" in result and result["written"] == 0, result
