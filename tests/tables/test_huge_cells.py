"""A spreadsheet number too large for the 28-digit decimal context, under a format with decimal
places: shown as the sheet shows it, and read on to a located problem, never an internal error."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfcheck.reading.tables.cells import shown
from perfcheck.reading.tables.read import read_tables
from tests.conftest import ROOT, run

TARGETS = ROOT / "tests" / "fixtures" / "tables" / "department_targets.xlsx"


@pytest.mark.parametrize(
    ("value", "number_format", "start", "end"),
    [
        (1e26, "0.00", "1000000000000000000000000", "00.00"),
        (1e28, "0", "1000000000000000000000000", "0000"),
        (1e24, "0.00%", "1000000000000000000000000", "00.00%"),
        (1e300, "#,##0.00", "1,000,000,000", "000.00"),
        (1.7976931348623157e308, "0.00%", "179769313486232", "00.00%"),
    ],
)
def test_a_huge_number_is_shown_in_full_with_its_places(
    value: float, number_format: str, start: str, end: str
) -> None:
    text = shown(value, number_format)
    assert text.startswith(start)
    assert text.endswith(end)


def test_a_format_asking_for_more_places_than_a_sheet_shows_gets_thirty() -> None:
    assert shown(0.5, "0." + "0" * 100) == "0." + "5" + "0" * 29


@pytest.mark.parametrize("value", [float("inf"), float("nan"), 10**400])
def test_a_number_no_format_can_show_is_shown_as_general(value: float) -> None:
    assert shown(value, "0.00") == shown(value)


def _with_huge_cell(tmp_path: Path) -> Path:
    import openpyxl

    book = openpyxl.load_workbook(TARGETS)
    sheet = book.worksheets[0]
    sheet["B9"] = 1e300
    sheet["B9"].number_format = "0.00"
    path = tmp_path / "huge.xlsx"
    book.save(path)
    return path


def test_a_table_with_a_huge_formatted_number_is_read(tmp_path: Path) -> None:
    grids = read_tables(_with_huge_cell(tmp_path))
    assert any("1" + "0" * 300 + ".00" in row for grid in grids for row in grid.rows)


@pytest.mark.parametrize("command", ["import", "audit"])
def test_import_and_audit_of_a_huge_formatted_number_end_without_an_internal_error(
    tmp_path: Path, command: str
) -> None:
    path = _with_huge_cell(tmp_path)
    extra = ["-o", str(tmp_path / "out.yaml")] if command == "import" else []
    code, _, err = run(command, str(path), *extra)
    assert code in (0, 1, 2), err
    assert "internal error" not in err
