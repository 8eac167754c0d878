"""Table rows shared by the reporters: Markdown rows, and CSV for spreadsheets."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from perfcheck.reports.visible import visible


def md_row(cells: Iterable[str]) -> str:
    """One table row, each cell escaped; a `|` inside a cell would break the table."""
    return "| " + " | ".join(visible(c).replace("|", "\\|") for c in cells) + " |\n"


def md_line(text: str) -> str:
    """A line of a Markdown document: the text escaped, then the line break."""
    return visible(text) + "\n"


def spreadsheet_cell(text: str) -> str:
    """A CSV cell, escaped."""
    return visible(text)


def write_rows(out: TextIO, header: list[str], rows: Iterable[list[str]]) -> None:
    """A CSV: the header, then the rows, every cell escaped."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([spreadsheet_cell(c) for c in header])
    writer.writerows([spreadsheet_cell(c) for c in row] for row in rows)


def write_csv(
    out: TextIO,
    header: list[str],
    rows: Iterable[tuple[str, list[str]]],
    labels: dict[str, str],
) -> None:
    """A CSV whose first column names each row's kind (indicator, subtotal, budget, total…)."""
    kinds = ([labels[kind], *cells] for kind, cells in rows)
    write_rows(out, [labels["kind"], *header], kinds)
