"""Table rows shared by the reporters: Markdown rows, and CSV with a kind column."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO


def md_row(cells: Iterable[str]) -> str:
    """One table row; a `|` or a line break inside a cell would break the table."""
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |\n"


def write_csv(
    out: TextIO,
    header: list[str],
    rows: Iterable[tuple[str, list[str]]],
    labels: dict[str, str],
) -> None:
    """A CSV whose first column names each row's kind (indicator, subtotal, budget, total…)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([labels["kind"], *header])
    for kind, cells in rows:
        writer.writerow([labels[kind], *cells])
