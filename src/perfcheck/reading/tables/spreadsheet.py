"""Workbooks (.xlsx, .xls, .ods) read with python-calamine: one Grid per sheet.

calamine reads all three formats and gives each cell's typed value and, for xlsx and xls, the
merged ranges; it does not give number formats, so they are read from the workbook's own styles
(xlsx: `xlsx_formats.py`; xls: `xls_formats.py`, with xlrd) and each number is shown as the
sheet shows it; an ods sheet keeps the text each number showed, and its merged ranges, which
calamine does not report either, in its content.xml (`ods_layout.py`).

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
    from python_calamine import CalamineSheet, CalamineWorkbook, SheetMetadata

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


def read_around(
    source: Path | IO[bytes], file: str, kind: str, limits: Limits, named: Grid
) -> list[Grid]:
    """The sheets `read_workbook` gives without a sheet named, with `named` (read already,
    hidden or not) at its place among them: what stands beside the sheet a user named. Read
    as far as they can be, within the cells `named` leaves of the limit: a sheet that cannot
    be read is left out, since only `named` was asked for."""
    try:
        book = _open(source, file, kind)
    except TableError:
        return [named]
    try:
        grids = []
        budget = limits.max_table_cells - sum(len(row) for row in named.rows)
        for meta in book.sheets_metadata:
            if meta.name == named.name:
                grids.append(named)
            elif _visible_worksheet(meta):
                grid = _read_beside(book, source, file, kind, meta.name, budget)
                if grid is not None:
                    budget -= sum(len(row) for row in grid.rows)
                    grids.append(grid)
        return grids
    finally:
        book.close()


def _read_beside(
    book: CalamineWorkbook, source: Path | IO[bytes], file: str, kind: str, name: str, budget: int
) -> Grid | None:
    try:
        grid = _read_sheet(book, source, file, kind, name, budget)
    except TableError:
        return None
    return grid if _has_text(grid) else None


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
    every = book.sheets_metadata
    if sheet is not None:
        if sheet not in book.sheet_names:
            names = Phrase("tables.sheets_are", {"names": [f"“{m.name}”" for m in every]})
            args = {"sheet": sheet, "names": names}
            raise TableError(file, "F022", args)
        return [sheet]
    return [m.name for m in every if _visible_worksheet(m)]


def _visible_worksheet(meta: SheetMetadata) -> bool:
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    return meta.typ == SheetTypeEnum.WorkSheet and meta.visible == SheetVisibleEnum.Visible


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
    if kind == "ods":
        spans = _ods(source, file, name, rows)
    return Grid(file, name, PlaceStyle.SHEET, rows, tuple(sorted(spans)))


def _ods(source: Path | IO[bytes], file: str, name: str, rows: list[list[str]]) -> tuple[Span, ...]:
    """The sheet's merged ranges; its number cells shown as the sheet shows them (in `rows`)."""
    from xml.etree.ElementTree import ParseError

    from perfcheck.reading.tables.ods_layout import ods_layout

    try:
        layout = ods_layout(source, name)
    except (ParseError, KeyError, OSError, ValueError) as error:  # zipfile.BadZipFile too
        raise TableError(file, "F020", _unreadable("ods", error)) from error
    for (row, col), text in layout.shown.items():
        if row < len(rows) and col < len(rows[row]) and rows[row][col]:
            rows[row][col] = text
    return layout.merged


def _within_limit(sheet: CalamineSheet, file: str, name: str, budget: int) -> None:
    """The sheet's cells counted before they are built: a sheet whose used range reaches
    XFD1048576 would otherwise take all the memory there is."""
    end = sheet.end
    cells = (end[0] + 1) * (end[1] + 1) if end is not None else 0
    if cells > budget:
        raise TableError(file, "F024", {"cells": cells, "limit": budget, "where": name})


def _formats(source: Path | IO[bytes], file: str, kind: str, name: str) -> Formats:
    if kind == "xlsx":
        from perfcheck.reading.tables.xlsx_formats import number_formats
    elif kind == "xls":
        from perfcheck.reading.tables.xls_formats import number_formats
    else:
        return {}
    try:
        return number_formats(source, name)
    except Exception as error:  # a workbook calamine read but whose styles are damaged
        raise TableError(file, "F020", _unreadable(kind, error)) from error


def _has_text(grid: Grid) -> bool:
    return any(cell.strip() for row in grid.rows for cell in row)
