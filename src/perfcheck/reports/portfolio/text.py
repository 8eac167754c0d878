"""The portfolio on a terminal: the table of tables, the distributions, the unreadable files."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from perfcheck.diagnostics import Lang
from perfcheck.reports.portfolio.common import LABELS, SHOWN_COLUMNS, cell, header
from perfcheck.reports.portfolio.sections import error_lines, notes, sections, title
from perfcheck.reports.visible import plain, text_cells
from perfcheck.results.portfolio import Portfolio

if TYPE_CHECKING:
    from rich.table import Table

    from perfcheck.reports.render import View

_RIGHT = frozenset(SHOWN_COLUMNS) - {"table", "period", "grade"}


def as_text(portfolio: Portfolio, lang: Lang, out: TextIO, view: View) -> None:
    from perfcheck.reports.layout import terminal

    console = terminal(out, view)
    console.print(plain(title(portfolio, lang)), style="bold")
    if portfolio.tables:
        console.print(_table(portfolio, lang, view.width))
    for heading, lines in sections(portfolio, lang):
        console.print(plain(heading), style="bold")
        for line in lines:
            console.print(plain("  " + line))
    if portfolio.errors:
        errors = LABELS[lang]["errors"].format(count=len(portfolio.errors))
        console.print(plain(errors), style="bold red")
        for line in error_lines(portfolio, lang):
            console.print(plain("  " + line))
    for note in notes(portfolio, lang):
        console.print(plain(note))


def _table(portfolio: Portfolio, lang: Lang, width: int) -> Table:
    from rich import box
    from rich.table import Table

    from perfcheck.reports.layout import Column, Kind, Row, fill

    columns = [
        Column(
            header(c, lang),
            Kind.NAME if c == "table" else Kind.SHORT,
            "right" if c in _RIGHT else "left",
        )
        for c in SHOWN_COLUMNS
    ]
    rows = [
        Row(text_cells(*(cell(row, c, lang) for c in SHOWN_COLUMNS)), style=_style(row.grade))
        for row in portfolio.tables
    ]
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1))
    fill(table, columns, rows, width)
    return table


def _style(grade: str) -> str | None:
    return "red" if grade == "差" else None
