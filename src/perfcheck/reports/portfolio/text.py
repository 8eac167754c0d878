"""The portfolio on a terminal: the table of tables, the distributions, the unreadable files."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from perfcheck.diagnostics import Lang
from perfcheck.reports.portfolio.common import LABELS, SHOWN_COLUMNS, header, shown
from perfcheck.reports.portfolio.sections import error_lines, notes, sections, title
from perfcheck.reports.visible import plain, text_cells, visible
from perfcheck.results.portfolio import Portfolio

if TYPE_CHECKING:
    from rich.table import Table
    from rich.text import Text

    from perfcheck.reports.render import View

_RIGHT = frozenset(SHOWN_COLUMNS) - {"table", "period", "grade", "reconciles"}


def as_text(portfolio: Portfolio, lang: Lang, out: TextIO, view: View) -> None:
    """The title, the table of tables, then each distribution and the unreadable files: their
    headings and lines printed whole, as every report's title and footer lines (a figure, a
    name or a location is never split; a terminal shows a long one wrapped); the notes broken
    where a line may break, as prose."""
    from perfcheck.reports.layout import say_line, say_prose, terminal

    console = terminal(out, view)
    say_line(console, plain(title(portfolio, lang)), "bold")
    if portfolio.tables:
        drawn = _lines(portfolio, lang, view.width)
        if drawn is None:
            console.print(_table(portfolio, lang, view.width))
        else:
            console.print(drawn, soft_wrap=True)
    for heading, lines in sections(portfolio, lang):
        say_line(console, plain(heading), "bold")
        for line in lines:
            say_line(console, plain("  " + line))
    if portfolio.errors:
        errors = LABELS[lang]["errors"].format(count=len(portfolio.errors))
        say_line(console, plain(errors), "bold red")
        for line in error_lines(portfolio, lang):
            say_line(console, plain("  " + line))
    for note in notes(portfolio, lang):
        say_prose(console, plain(note))


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
        Row(text_cells(*(shown(row, c, lang) for c in SHOWN_COLUMNS)), style=_style(row.grade))
        for row in portfolio.tables
    ]
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1))
    fill(table, columns, rows, width)
    return table


def _lines(portfolio: Portfolio, lang: Lang, width: int) -> Text | None:
    """The table, when every cell fits on one line at its column's width, drawn line by line as
    the rich table (`_table`) draws it — which lays out each cell and takes a second for a few
    thousand rows. None when some cell has to wrap: then `_table` lays it out."""
    from rich.cells import cell_len
    from rich.text import Text

    headers = [header(c, lang) for c in SHOWN_COLUMNS]
    body = [[visible(shown(row, c, lang)) for c in SHOWN_COLUMNS] for row in portfolio.tables]
    widths = [max(map(cell_len, column)) for column in zip(headers, *body, strict=True)]
    inner = sum(widths) + 3 * (len(widths) - 1)  # a space, a separator, a space between cells
    if inner + 2 > width:  # an edge each side
        return None
    right = [c in _RIGHT for c in SHOWN_COLUMNS]

    def line(cells: list[str]) -> str:
        padded = (
            " " * (w - cell_len(t)) + t if r else t + " " * (w - cell_len(t))
            for t, w, r in zip(cells, widths, right, strict=True)
        )
        return " " + "   ".join(padded) + " \n"

    text = Text()
    text.append(" " * (inner + 2) + "\n")
    text.append(line(headers), style="bold")
    text.append(" " + "─" * inner + " \n")
    for row, cells in zip(portfolio.tables, body, strict=True):
        text.append(line(cells), style=_style(row.grade))
    text.append(" " * (inner + 2))
    return text


def _style(grade: str) -> str | None:
    return "red" if grade == "差" else None
