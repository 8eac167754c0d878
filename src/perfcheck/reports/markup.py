"""Table rows shared by the reporters: Markdown rows, and CSV for spreadsheets."""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterable
from typing import TextIO

from perfcheck.reports.visible import visible


def md_row(cells: Iterable[str]) -> str:
    """One table row, each cell escaped; a `|` inside a cell would break the table."""
    return "| " + " | ".join(visible(c).replace("|", "\\|") for c in cells) + " |\n"


def md_line(text: str) -> str:
    """A line of a Markdown document: the text escaped, then the line break."""
    return visible(text) + "\n"


# A cell Excel or WPS would evaluate as a formula when it starts with one of these (tab and
# carriage return cannot start an escaped cell; they are listed for what a spreadsheet reads).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A figure (-5, 1,234.50, -12.5%) or a target of one (=100%): a spreadsheet reads it as the
# number, or evaluates a constant, which can run nothing.
_FIGURE = r"=?[+-]?\d[\d,]*(?:\.\d+)?%?"  # compiled when first met (re keeps it)


def spreadsheet_cell(text: str) -> str:
    """A CSV cell: escaped, and prefixed with `'` when a spreadsheet would evaluate it as a
    formula (`=HYPERLINK(…)`, `@SUM(…)`, `-5次`); a figure such as `-5` or `=100%` stays."""
    shown = visible(text)
    if shown.startswith(_FORMULA_START) and re.fullmatch(_FIGURE, shown) is None:
        return "'" + shown
    return shown


def write_rows(out: TextIO, header: list[str], rows: Iterable[list[str]]) -> None:
    """A CSV: the header, then the rows, every cell made safe for a spreadsheet. UTF-8 output
    starts with a byte order mark, as Excel writes UTF-8 CSV and needs to read it: without one
    it assumes the system code page (GBK on Chinese Windows) and shows mojibake."""
    if codecs.lookup(getattr(out, "encoding", None) or "utf-8").name == "utf-8":
        out.write("\ufeff")
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
