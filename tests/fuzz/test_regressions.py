"""Bugs the hostile-input search found, each as its smallest reproduction.

Each was a strict xfail until its bug was fixed; now each guards against the bug's return.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from perfcheck.cli import app
from perfcheck.reading.yaml_reader import parse
from perfcheck.run.options import Options
from perfcheck.run.validate import validate_file
from perfcheck.text import shown


@pytest.mark.parametrize(
    ("scalar", "kind"),
    [
        ("2022-02-30", "a date"),  # no 30 February
        ("2022-13-01", "a date"),  # no month 13
        ("2022-01-01 25:00:00", "a date"),  # no hour 25
        ("2022-01-01t10:00:00+25:00", "a date"),  # no offset of 25 hours
        ("0x_", "an integer"),  # a hexadecimal prefix with no digits
        ("0b_", "an integer"),  # a binary prefix with no digits
    ],
)
@pytest.mark.parametrize(("where", "col"), [("value", 7), ("key", 1)])
def test_a_scalar_yaml_cannot_build_is_reported_not_raised(
    scalar: str, kind: str, where: str, col: int
) -> None:
    """`parse` never raises for bad input: an impossible date (2022-02-30, hour 25) or an int
    prefix without digits (0x_), as a value or as a key, gives Y012 at the scalar and is read on
    as the text it was written as — not a ValueError out of PyYAML's constructor."""
    text = f"note: {scalar}\n" if where == "value" else f"{scalar}: note\n"
    parsed = parse(text)
    assert not parsed.fatal
    assert parsed.data == ({"note": scalar} if where == "value" else {scalar: "note"})
    found = [
        (i.code, i.position.line, i.position.col, shown(i.args["kind"], "en"))
        for i in parsed.issues
    ]
    assert found == [("Y012", 1, col, kind)]


def _found(path: Path) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.col) for d in validate_file(path, Options()).diagnostics]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"a: \xc2\x85\nb: \xff\n", ("F008", 3, 4)),
        (b"a: \xe2\x80\xa8\nb: x\x00\n", ("F009", 3, 5)),
    ],
    ids=["F008 after a NEL", "F009 after a LINE SEPARATOR"],
)
def test_bad_bytes_are_located_on_the_lines_yaml_counts(
    tmp_path: Path, content: bytes, expected: tuple[str, int, int]
) -> None:
    """F008/F009 name the line and column that YAML errors and the snippet would name: after
    `a: <NEL>` the next line is line 3 (as Y010 says for a control character there)."""
    path = tmp_path / "file.yaml"
    path.write_bytes(b"a: \xc2\x85\nb: [\x01]\n")
    assert _found(path) == [("Y010", 3, 5)]  # the YAML reader's count, for comparison
    path.write_bytes(content)
    assert _found(path) == [expected]


@pytest.mark.parametrize("content", [b"department: x\x00\n", b"department: x\xff\n"])
def test_the_human_format_shows_the_line_of_a_bad_byte(tmp_path: Path, content: bytes) -> None:
    """`validate --format human` under a located F009 (NUL) or F002 (a byte that is not UTF-8)
    shows the source line with the caret under the bad byte's column (14), as it does for every
    located diagnostic."""
    path = tmp_path / "file.yaml"
    path.write_bytes(content)
    result = CliRunner().invoke(
        app, ["validate", str(path), "--format", "human", "--color", "never"]
    )
    lines = result.stdout.splitlines()
    assert result.exit_code == 1
    assert lines[1].startswith("    1 | department: x"), lines
    assert lines[2] == "      | " + " " * 13 + "^", lines


def test_deep_flow_nesting_points_at_the_first_level_past_the_limit() -> None:
    """F004 points where the depth first passes the limit, however deep the file goes on: the
    65th level of `a: [[[…` opens at column 67 (it does for 999 levels)."""
    for depth in (999, 10_000):
        parsed = parse("a: " + "[" * depth + "]" * depth + "\n")
        assert [(i.code, i.position.line, i.position.col) for i in parsed.issues] == [
            ("F004", 1, 67)
        ], depth
