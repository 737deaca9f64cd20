"""The command line at its edges, through real processes: pipes that close, a full disk, a closed
standard output, Ctrl-C, the files editors and spreadsheets write, misspelt and repeated keys, a
line of any length, and values that would play tricks on a terminal. Never a traceback; always an
exit status the README documents and a message in the language asked for."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from checker.catalog import languages
from checker.cli import BAD_INPUT, CLOSED_PIPE, INTERRUPTED, UNUSABLE
from checker.explain import error_message
from checker.parse import MAX_LINE, InputError
from checker.policy import VERSIONS
from policy_site.config import ROOT
from tests.support.cli import CHECKER, ENV, GOOD, GOOD_OPTIONS, run_checker
from tools.test_days import real_clock_env

#: A purchase on the first version's first day: in the past, and answered under that version.
PURCHASED = GOOD["purchased"]
CHECK = [*CHECKER, *GOOD_OPTIONS]


def shell(
    command: str, stdin: bytes = b"", env: dict[str, str] = ENV
) -> subprocess.CompletedProcess[bytes]:
    """``command`` run by bash, so that pipes and redirections are the shell's own."""
    return subprocess.run(
        ["bash", "-c", command], input=stdin, capture_output=True, env=env, cwd=ROOT, timeout=120
    )


def python_checker() -> str:
    return f"{sys.executable} -m checker"


def no_traceback(result: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in result.stderr, result.stderr.decode()


def lines(*objects: object) -> bytes:
    return "".join(json.dumps(o) + "\n" for o in objects).encode()


# --- output -----------------------------------------------------------------------------------------


def test_a_closed_pipe_ends_quietly_with_the_sigpipe_status() -> None:
    result = shell(f"{python_checker()} --purchased {PURCHASED} --problem other --json | true; echo ${{PIPESTATUS[0]}}")
    no_traceback(result)
    assert result.stderr == b""
    assert result.stdout.strip() == str(CLOSED_PIPE).encode()


def test_a_batch_read_by_head_ends_quietly() -> None:
    many = lines(*[GOOD] * 5000)
    result = shell(f"{python_checker()} --batch - --lang en | head -1; echo ${{PIPESTATUS[0]}}", many)
    no_traceback(result)
    assert result.stderr == b""
    first, status = result.stdout.decode().strip().splitlines()
    assert json.loads(first)["outcome"] == "not_eligible"
    assert status == str(CLOSED_PIPE)


def test_a_full_disk_is_an_error_in_the_language_asked_for() -> None:
    result = shell(f"{python_checker()} --purchased {PURCHASED} --problem other --lang en > /dev/full")
    no_traceback(result)
    assert result.returncode == UNUSABLE
    expected = error_message(InputError("cannot_write", "", "No space left on device"), "en")
    assert result.stderr.decode().strip() == expected


@pytest.mark.parametrize("lang", languages())
def test_a_closed_standard_output_is_an_error_in_the_readers_language(lang: str) -> None:
    # On the machine's clock: under make test-days, libfaketime would take the closed descriptor.
    command = f"{python_checker()} --purchased {PURCHASED} --problem other --lang {lang} >&-"
    result = shell(command, env=real_clock_env(ENV))
    no_traceback(result)
    assert result.returncode == UNUSABLE
    assert result.stderr.decode().strip() == error_message(InputError("output_closed"), lang)


def test_ctrl_c_in_a_long_batch_exits_130_without_a_traceback() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "checker", "--batch", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, cwd=ROOT,
        # As from a terminal: a job started in the background inherits SIGINT ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    assert process.stdin and process.stdout
    process.stdin.write(lines(GOOD))
    process.stdin.flush()
    process.stdout.readline()  # the first answer: the batch is running, waiting for more
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == INTERRUPTED
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err


def test_an_unreadable_batch_file_is_said_in_the_language_asked_for(tmp_path: Path) -> None:
    result = subprocess.run([*CHECK[:3], "--batch", str(tmp_path / "none.jsonl"), "--lang", "en"], capture_output=True, env=ENV, cwd=ROOT)  # fmt: skip
    no_traceback(result)
    assert result.returncode == BAD_INPUT
    assert result.stderr.decode().startswith("The file “")


# --- the batch format -------------------------------------------------------------------------------


def batch(data: bytes, *args: str) -> tuple[int, list[dict[str, object]]]:
    result = run_checker("--batch", "-", *args, stdin=data)
    no_traceback(result)
    return result.returncode, [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_bom_crlf_cr_and_blank_lines() -> None:
    one = json.dumps(GOOD).encode()
    data = b"\xef\xbb\xbf" + one + b"\r\n\r\n" + one + b"\r" + one + b"\n\n  \n"
    status, results = batch(data)
    assert status == 0
    assert [result["outcome"] for result in results] == ["not_eligible"] * 3


def test_an_unknown_or_repeated_key_is_refused_by_name() -> None:
    misspelt = {**GOOD, "problem": "not_working", "suport": "resolved"}
    repeated = f'{{"problem": "other", "problem": "not_delivered", "purchased": "{PURCHASED}"}}'
    status, results = batch(lines(misspelt) + repeated.encode() + b"\n", "--lang", "en")
    assert status == 1
    assert [r["error"] for r in results] == ["unknown_key", "duplicate_key"]
    assert "“suport”" in str(results[0]["message"]) and "support" in str(results[0]["message"])
    assert "“problem”" in str(results[1]["message"])
    assert [r["line"] for r in results] == [1, 2]


def test_a_long_line_is_too_long_not_invalid() -> None:
    padded = json.dumps({**GOOD, "problem": "other" + " " * 0}) + " " * (MAX_LINE + 1000)
    status, results = batch(padded.encode() + b"\n" + lines(GOOD))
    assert status == 1
    assert results[0]["error"] == "line_too_long" and "outcome" in results[1]


def test_a_huge_line_is_refused_in_bounded_memory() -> None:
    """64 MB on one line: read and dropped as it comes, never held (peak memory well below)."""
    command = (
        f"python3 -c \"import sys; sys.stdout.write('x' * (64 << 20) + '\\n')\" | "
        f"/usr/bin/env time -f %M {python_checker()} --batch - --lang en"
    )
    result = shell(command)
    no_traceback(result)
    peak_kb = int(result.stderr.decode().strip().splitlines()[-1])
    assert json.loads(result.stdout)["error"] == "line_too_long"
    assert peak_kb < 64 * 1024, f"{peak_kb} KB: the line was held whole"


def test_values_are_shown_safely_and_as_json() -> None:
    evil = {**GOOD, "problem": "\x1b[31mred\u202eevil"}
    first_day = VERSIONS[0].effective
    typed = {**GOOD, "purchased": [str(first_day.year), first_day.month, first_day.day]}
    _status, results = batch(lines(evil, typed), "--lang", "en")
    first, second = (str(r["message"]) for r in results)
    assert "\x1b" not in first and "\u202e" not in first
    assert "\\u001b[31mred\\u202eevil" in first
    assert json.dumps(typed["purchased"]) in second and "'" not in second


def test_the_batch_language_is_the_default_of_its_lines() -> None:
    _status, results = batch(lines(GOOD, {**GOOD, "lang": "de"}), "--lang", "en")
    assert [r["lang"] for r in results] == ["en", "de"]


# --- installation ------------------------------------------------------------------------------------


def test_an_unusable_contact_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "contact.toml"
    bad.write_text('company = "X"\nemail = "a@b.c"\nwhatsapp = "1"\nwhatsapp_url = "javascript:alert(1)"\n', "utf-8")
    none = tmp_path / "none.toml"
    refusals = {
        none: InputError("contact_unreadable", "", str(none), reason=os.strerror(errno.ENOENT)),
        bad: InputError("contact_bad_whatsapp_url", "whatsapp_url", str(bad)),
    }
    for contact, refusal in refusals.items():
        result = subprocess.run([*CHECK, "--contact", str(contact), "--lang", "en"], capture_output=True, env=ENV, cwd=ROOT)  # fmt: skip
        no_traceback(result)
        assert result.returncode == UNUSABLE
        assert result.stderr.decode().strip() == error_message(refusal, "en")


@pytest.mark.build
def test_without_compiled_catalogs_the_command_says_what_to_run(tmp_path: Path) -> None:
    from tests.support.project import project_copy

    project = project_copy(tmp_path / "fresh")
    for mo in (project / "checker" / "locales").glob("*/LC_MESSAGES/*.mo"):
        mo.unlink()
    result = subprocess.run([*CHECK], capture_output=True, env=dict(ENV, PYTHONPATH=str(project)), cwd=project)  # fmt: skip
    no_traceback(result)
    assert result.returncode == UNUSABLE
    assert b"make catalogs" in result.stderr
