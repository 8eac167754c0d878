"""Running the real CLI in-process on files in a temporary folder, and reading what it said.

`invoke` refuses any outcome but an exit: an exception escaping the command (a traceback for a
user) fails the test with that exception's traceback attached.
"""

from __future__ import annotations

import json
import re
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from string import Formatter
from typing import Any

from typer.testing import CliRunner

from perfcheck.cli import app
from perfcheck.text.catalogue import TEXTS

EXIT_CODES = {0, 1, 2}
TIME_BOUND = 5.0  # seconds, for one command on one small file

# Codes that may stand for a whole file (line and column 0): the file cannot be read at all,
# is empty, is of the other kind, or misses a whole level-1 group of the default weights.
WHOLE_FILE = {"F001", "F002", "F003", "Y007", "F015", "D006"}

_RUNNER = CliRunner()


@dataclass(frozen=True, slots=True)
class Run:
    args: tuple[str, ...]
    code: int
    stdout: str
    stderr: str
    seconds: float


def invoke(*args: str) -> Run:
    """Run `perfcheck ARGS` in this process; fail on an escaping exception or a slow run."""
    start = time.monotonic()
    result = _RUNNER.invoke(app, list(args))
    seconds = time.monotonic() - start
    error = result.exception
    if error is not None and not isinstance(error, SystemExit):
        shown = "".join(traceback.format_exception(error))
        raise AssertionError(f"perfcheck {' '.join(args)} raised:\n{shown}")
    run = Run(tuple(args), result.exit_code, result.stdout, result.stderr, seconds)
    assert run.code in EXIT_CODES, f"exit {run.code}: {run}"
    assert "Traceback" not in run.stdout + run.stderr, run
    assert seconds < TIME_BOUND, f"{seconds:.1f} s: {args}"
    return run


@dataclass(frozen=True, slots=True)
class Located:
    file: str
    line: int
    col: int
    code: str


def validate_json(path: Path) -> tuple[Run, list[Located], int]:
    """`validate --format json`: the run, every diagnostic, and the error count."""
    run = invoke("validate", str(path), "--format", "json")
    if run.code == 2:  # cannot proceed: no JSON, the located errors are on stderr
        return run, list(concise(run.stderr)), -1
    document = json.loads(run.stdout, parse_float=Decimal)
    diagnostics = [d for report in document["files"] for d in report["diagnostics"]]
    for d in diagnostics:
        assert not unfilled(d["code"], d["message"]), d
    found = [Located(d["file"], d["line"], d["col"], d["code"]) for d in diagnostics]
    errors: int = document["summary"]["errors"]
    return run, found, errors


def unfilled(code: str, message: str) -> list[str]:
    """Placeholders of the code's template left in its message."""
    template = TEXTS[f"{code}.message"]["zh"] + TEXTS[f"{code}.message"]["en"]
    fields = {name for _, name, _, _ in Formatter().parse(template) if name}
    return [name for name in sorted(fields) if "{" + name + "}" in message]


_CONCISE = re.compile(r"^(?P<file>.+?)(?::(?P<line>\d+):(?P<col>\d+))?: (?P<code>[A-Z]\d{3}) ")


def concise(text: str) -> Iterator[Located]:
    """The diagnostics of concise lines `FILE:LINE:COL: CODE message` (or `FILE: CODE …`)."""
    for line in text.splitlines():
        match = _CONCISE.match(line)
        if match is not None:
            yield Located(
                match["file"], int(match["line"] or 0), int(match["col"] or 0), match["code"]
            )


def well_located(diagnostic: Located, sources: dict[str, bytes]) -> bool:
    """A line and column inside the file it names — or 0:0 where the whole file is meant."""
    if diagnostic.line == 0 and diagnostic.col == 0:
        return diagnostic.code in WHOLE_FILE
    if diagnostic.line < 1 or diagnostic.col < 1:
        return False
    content = sources.get(diagnostic.file)
    if content is None:
        return True  # a file this test did not write: nothing to measure against
    lines = _lines(content)
    if diagnostic.line > len(lines) + 1:  # +1: the end of a file that ends in a line break
        return False
    line = lines[diagnostic.line - 1] if diagnostic.line <= len(lines) else ""
    return diagnostic.col <= len(line) + 1


def _lines(content: bytes) -> list[str]:
    text = content.decode("utf-8", errors="replace").removeprefix("\ufeff")
    return re.split(r"\r\n|\r|\n|\x85|\u2028|\u2029", text)


def score_json(path: Path) -> tuple[Run, Any]:
    """`score --format json`: the run and, when it could score, the parsed report."""
    run = invoke("score", str(path), "--format", "json")
    if run.code == 2:
        assert run.stdout == "", "a score that cannot proceed prints no report"
        return run, None
    return run, json.loads(run.stdout, parse_float=Decimal, parse_int=Decimal)
