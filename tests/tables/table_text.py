"""Tables written as tab-separated text, read into Grids the way pasted text reads."""

from __future__ import annotations

from pathlib import Path

from perfcheck.reading.tables.grid import Grid, PlaceStyle, Span

TABLES = Path(__file__).resolve().parent.parent / "fixtures" / "tables"
SEED = TABLES / "000_2592b483551dcdc3.txt"


def text_grid(text: str, file: str = "table.txt") -> Grid:
    """Each line a row, cells split on tabs, each cell at its line and 1-based column."""
    rows = [line.split("\t") for line in text.split("\n")]
    columns = tuple(_starts(cells) for cells in rows)
    return Grid(file, "", PlaceStyle.TEXT, rows,
                text_lines=tuple(range(1, len(rows) + 1)), text_columns=columns)  # fmt: skip


def _starts(cells: list[str]) -> tuple[int, ...]:
    starts, at = [], 1
    for cell in cells:
        starts.append(at)
        at += len(cell) + 1
    return tuple(starts)


def sheet_grid(text: str, merged: tuple[Span, ...] = (), name: str = "Sheet1") -> Grid:
    """The same table as a spreadsheet's sheet."""
    rows = [line.split("\t") for line in text.split("\n")]
    return Grid("table.xlsx", name, PlaceStyle.SHEET, rows, merged)
