"""Every fixture file is a test: valid ones load without errors, invalid ones give exactly the
diagnostics they announce.

An invalid fixture states what it expects in comment lines `# expect: CODE LINE:COL` (LINE:COL
of 0:0 means the whole file). A file that cannot carry a UTF-8 comment (another encoding, binary
content) states it in a sidecar file of the same name plus `.expect`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from perfcheck.run.options import Options
from perfcheck.run.validate import validate_file
from tests.conftest import FIXTURES, ROOT

EXPECT = re.compile(rb"#\s*expect:\s*([A-Z]\d{3})\s+(\d+):(\d+)")


def fixture_files(kind: str) -> list[Path]:
    """The fixtures of `kind` ("valid" or "invalid"), every YAML file in any folder below it."""
    folder = FIXTURES / kind
    return sorted(p for p in folder.rglob("*") if p.suffix in {".yaml", ".yml"})


def _expected(path: Path) -> set[tuple[str, int, int]]:
    sidecar = path.with_name(path.name + ".expect")
    raw = sidecar.read_bytes() if sidecar.exists() else path.read_bytes()
    return {(m[1].decode(), int(m[2]), int(m[3])) for m in EXPECT.finditer(raw)}


def _shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", fixture_files("valid"), ids=_shown)
def test_valid_fixture_has_no_errors(path: Path) -> None:
    report = validate_file(path, Options())
    errors = [d.concise() for d in report.diagnostics if d.severity == "error"]
    assert errors == []
    expected = _expected(path)
    found = {(d.code, d.line, d.col) for d in report.diagnostics}
    assert found == expected, "warnings differ from the announced ones"


@pytest.mark.parametrize("path", fixture_files("invalid"), ids=_shown)
def test_invalid_fixture_reports_what_it_announces(path: Path) -> None:
    expected = _expected(path)
    assert expected, f"{path.name} announces no '# expect: CODE LINE:COL'"
    report = validate_file(path, Options())
    found = {(d.code, d.line, d.col) for d in report.diagnostics}
    assert found == expected
    assert not report.ok
