"""Workbooks (.xlsx, .xls, .ods) read with python-calamine: one Grid per sheet.

calamine reads all three formats and gives each cell's typed value and, for xlsx and xls, the
merged ranges; it does not give number formats, so for xlsx the formats are read from the
workbook's own styles (`xlsx_formats.py`) and each number is shown as the sheet shows it. For
xls and ods a number shows as the General format shows it (`100`, `0.95`), a date as Excel's
Chinese short date (`2023/7/1`). ods merged ranges are not reported by calamine: their text is
in the first cell and the covered cells are empty, as everywhere, but `Grid.merged` is empty.

Which sheets: the one named by `sheet`, hidden or not; otherwise every visible worksheet that
has a non-empty cell, in the workbook's order.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING

from perfcheck.reading.limits import Limits
from perfcheck.reading.tables.cells import GENERAL, shown
from perfcheck.reading.tables.errors import TableError
from perfcheck.reading.tables.grid import Grid, PlaceStyle, Span
from perfcheck.text import Phrase

if TYPE_CHECKING:
    from python_calamine import CalamineSheet, CalamineWorkbook

Formats = dict[tuple[int, int], str]


def read_workbook(
    source: Path | IO[bytes], file: str, kind: str, limits: Limits, sheet: str | None = None
) -> list[Grid]:
    """Every sheet with a table (or the named one) as a Grid; `kind` is xlsx, xls or ods."""
    book = _open(source, file, kind)
    try:
        names = _chosen_sheets(book, file, sheet)
        grids = []
        budget = limits.max_table_cells
        for name in names:
            grid = _read_sheet(book, source, file, kind, name, budget)
            budget -= sum(len(row) for row in grid.rows)
            if sheet is not None or _has_text(grid):
                grids.append(grid)
        return grids
    finally:
        book.close()


def _open(source: Path | IO[bytes], file: str, kind: str) -> CalamineWorkbook:
    from python_calamine import CalamineWorkbook

    try:
        if isinstance(source, Path):
            return CalamineWorkbook.from_path(str(source))
        source.seek(0)
        return CalamineWorkbook.from_filelike(source)
    except Exception as error:  # calamine raises its own errors, OSError and ValueError
        raise TableError(file, "F020", _unreadable(kind, error)) from error


def _unreadable(kind: str, error: Exception) -> dict[str, object]:
    why = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return {"kind": Phrase(f"table_kind.{kind}"), "reason": Phrase("verbatim", {"text": why})}


def _chosen_sheets(book: CalamineWorkbook, file: str, sheet: str | None) -> list[str]:
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    every = book.sheets_metadata
    if sheet is not None:
        if sheet not in book.sheet_names:
            names = Phrase("tables.sheets_are", {"names": [f"“{m.name}”" for m in every]})
            args = {"sheet": sheet, "names": names}
            raise TableError(file, "F022", args)
        return [sheet]
    return [
        m.name
        for m in every
        if m.typ == SheetTypeEnum.WorkSheet and m.visible == SheetVisibleEnum.Visible
    ]


def _read_sheet(
    book: CalamineWorkbook,
    source: Path | IO[bytes],
    file: str,
    kind: str,
    name: str,
    budget: int,
) -> Grid:
    try:
        sheet = book.get_sheet_by_name(name)
        _within_limit(sheet, file, name, budget)
        values = sheet.to_python(skip_empty_area=False)
        merged = sheet.merged_cell_ranges or []
    except TableError:
        raise
    except Exception as error:
        raise TableError(file, "F020", _unreadable(kind, error)) from error
    formats = _formats(source, file, kind, name)
    rows = [
        [shown(value, formats.get((r, c), GENERAL)) for c, value in enumerate(row)]
        for r, row in enumerate(values)
    ]
    spans = tuple(Span(top, left, bottom, right) for (top, left), (bottom, right) in merged)
    return Grid(file, name, PlaceStyle.SHEET, rows, tuple(sorted(spans)))


def _within_limit(sheet: CalamineSheet, file: str, name: str, budget: int) -> None:
    """The sheet's cells counted before they are built: a sheet whose used range reaches
    XFD1048576 would otherwise take all the memory there is."""
    end = sheet.end
    cells = (end[0] + 1) * (end[1] + 1) if end is not None else 0
    if cells > budget:
        raise TableError(file, "F024", {"cells": cells, "limit": budget, "where": name})


def _formats(source: Path | IO[bytes], file: str, kind: str, name: str) -> Formats:
    if kind != "xlsx":
        return {}
    from perfcheck.reading.tables.xlsx_formats import number_formats

    try:
        return number_formats(source, name)
    except Exception as error:  # a workbook calamine read but whose styles are damaged
        raise TableError(file, "F020", _unreadable(kind, error)) from error


def _has_text(grid: Grid) -> bool:
    return any(cell.strip() for row in grid.rows for cell in row)
