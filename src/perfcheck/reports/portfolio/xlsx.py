"""The portfolio as an Excel workbook: a sheet per view (every table, each distribution, the
changes, the files that could not be read), each a plain table with its header row frozen and
an autofilter over it, so that a bureau sorts and filters in Excel without preparing anything.

Written with the review pack's toolkit (reports/summary/xlsx): numbers are stored as numbers, a
Decimal becoming a float only as its cell is written, in the format that shows what the other
reports print (total `0.00`, execution rate `0.00%`); text is text, never a formula; the same
portfolio gives the same bytes (document date: the end of the latest period)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from perfcheck import __version__
from perfcheck.diagnostics import Lang
from perfcheck.model.period import parse_period
from perfcheck.reports.portfolio.common import CSV_COLUMNS, LABELS, header, shown
from perfcheck.reports.portfolio.sections import notes, title
from perfcheck.reports.summary.xlsx.book import UNDATED, saved, stamp
from perfcheck.reports.summary.xlsx.grid import (
    COUNT,
    HEADING,
    NOTE,
    PERCENT,
    Column,
    Columns,
    Grid,
    Value,
    headers,
    page_setup,
    styled,
)
from perfcheck.results.portfolio import Change, Count, Portfolio, TableRow

# How each column of the table of tables is written: text as the reports show it, or a number.
_NUMBERS: dict[str, Callable[[TableRow], Value]] = {
    "year": lambda r: r.year,
    "total": lambda r: r.total,
    "met": lambda r: r.met,
    "unmet": lambda r: r.unmet,
    "missing": lambda r: r.missing,
    "not_applicable": lambda r: r.not_applicable,
    "unexplained": lambda r: r.unexplained,
    "budget_rate": lambda r: r.budget_rate,
    "elapsed": lambda r: r.elapsed,
    "red": lambda r: r.red,
    "yellow": lambda r: r.yellow,
}
_WIDTHS = {"path": 28, "department": 24, "project": 24, "kind": 10, "period": 10}
_PERCENT = frozenset({"budget_rate", "elapsed"})


@dataclass(frozen=True, slots=True)
class Sheet:
    """One view: its sheet name, its columns (header text, width, number format), its rows."""

    name: str
    columns: tuple[tuple[str, float, str | None], ...]
    rows: Sequence[Sequence[Value]]


def render(portfolio: Portfolio, lang: Lang) -> bytes:
    book = Workbook()
    book.remove(book.worksheets[0])
    for sheet in sheets(portfolio, lang):
        write_sheet(book, sheet)
    about(book, portfolio, lang)
    return saved(book, document_date(portfolio), __version__)


def sheets(portfolio: Portfolio, lang: Lang) -> list[Sheet]:
    labels = LABELS[lang]
    tables, unmet = labels["xlsx.tables"], labels["xlsx.count"]
    bands = (
        (labels["xlsx.from"], 12, PERCENT),
        (labels["xlsx.to"], 12, PERCENT),
        (tables, 10, COUNT),
    )
    reds = ((labels["column.red"], 10, COUNT), (tables, 10, COUNT))
    return [
        tables_sheet(portfolio.tables, lang),
        _counts(labels["xlsx.grades"], labels["column.grade"], tables, portfolio.grades),
        Sheet(
            labels["xlsx.bands"], bands, [[b.low, b.high, b.count] for b in portfolio.budget_bands]
        ),
        Sheet(
            labels["xlsx.red_lights"], reds, [[int(c.key), c.count] for c in portfolio.red_lights]
        ),
        _counts(
            labels["xlsx.unmet_by_level2"], labels["xlsx.level2"], unmet, portfolio.unmet_by_level2
        ),
        _counts(labels["xlsx.unmet_by_name"], labels["xlsx.name"], unmet, portfolio.unmet_by_name),
        changes_sheet(portfolio, lang),
        errors_sheet(portfolio, lang),
    ]


def tables_sheet(rows: Sequence[TableRow], lang: Lang) -> Sheet:
    columns = tuple(
        (
            header(c, lang),
            _WIDTHS.get(c, 10),
            PERCENT if c in _PERCENT else COUNT if c in _NUMBERS and c != "total" else None,
        )
        for c in CSV_COLUMNS
    )
    return Sheet(LABELS[lang]["xlsx.every_table"], columns, [table_row(r, lang) for r in rows])


def table_row(row: TableRow, lang: Lang) -> list[Value]:
    return [_NUMBERS[c](row) if c in _NUMBERS else shown(row, c, lang) or None for c in CSV_COLUMNS]


def _counts(name: str, key: str, count: str, counts: Sequence[Count]) -> Sheet:
    return Sheet(name, ((key, 28, None), (count, 10, COUNT)), [[c.key, c.count] for c in counts])


def changes_sheet(portfolio: Portfolio, lang: Lang) -> Sheet:
    labels = LABELS[lang]
    columns = (
        (labels["xlsx.direction"], 10, None), (labels["column.department"], 24, None),
        (labels["column.project"], 24, None), (labels["xlsx.from_year"], 10, COUNT),
        (labels["xlsx.before"], 10, None), (labels["xlsx.to_year"], 10, COUNT),
        (labels["xlsx.after"], 10, None), (labels["xlsx.change"], 10, None),
    )  # fmt: skip
    rows = [_change(labels["fell"], c) for c in portfolio.fell]
    rows += [_change(labels["rose"], c) for c in portfolio.rose]
    return Sheet(labels["xlsx.changes"], columns, rows)


def _change(direction: str, c: Change) -> list[Value]:
    return [direction, c.department, c.project, c.from_year, c.before, c.to_year, c.after, c.change]


def errors_sheet(portfolio: Portfolio, lang: Lang) -> Sheet:
    """One row per located error of each file that could not be read."""
    labels = LABELS[lang]
    columns = (
        (labels["column.path"], 28, None), (labels["xlsx.line"], 8, COUNT),
        (labels["xlsx.col"], 8, COUNT), (labels["xlsx.place"], 14, None),
        (labels["xlsx.code"], 8, None), (labels["xlsx.message"], 60, None),
    )  # fmt: skip
    rows: list[list[Value]] = [
        [d.file, d.line, d.col, d.place or None, d.code, d.message(lang)]
        for e in portfolio.errors
        for d in e.diagnostics
    ]
    return Sheet(labels["xlsx.errors"], columns, rows)


def write_sheet(book: Workbook, sheet: Sheet) -> None:
    """The header row, the rows, the header frozen with an autofilter over the whole table."""
    ws = book.create_sheet(sheet.name)
    columns = Columns(*(Column(str(k), width) for k, (_, width, _) in enumerate(sheet.columns)))
    grid = Grid(ws, columns)
    headers(grid, 1, [name for name, _, _ in sheet.columns])
    formats = [fmt for _, _, fmt in sheet.columns]
    for index, values in enumerate(sheet.rows, start=2):
        for column, (value, fmt) in enumerate(zip(values, formats, strict=True), start=1):
            if value is not None:
                grid.put(index, column, value, styled(value), fmt)
    grid.fit()
    ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{len(sheet.rows) + 1}"
    page_setup(ws, 1)


def about(book: Workbook, portfolio: Portfolio, lang: Lang) -> None:
    """The last sheet: the report's title, what its figures mean, who made it."""
    labels = LABELS[lang]
    ws = book.create_sheet(labels["xlsx.about"])
    grid = Grid(ws, Columns(Column("text", 100)))
    grid.put(1, 1, title(portfolio, lang), HEADING)
    lines = [*notes(portfolio, lang), labels["html.made_by"].format(version=__version__)]
    for row, line in enumerate(lines, start=3):
        grid.put(row, 1, line, NOTE)
    grid.fit()


def document_date(portfolio: Portfolio) -> datetime:
    """The end of the latest period of the portfolio: never the clock."""
    periods = [p for p in (parse_period(r.period) for r in portfolio.tables) if p is not None]
    if not periods:
        return UNDATED
    return stamp(max(periods, key=lambda p: (p.year, p.month)).text)
