"""What every portfolio format shares: its words, and each cell as people read it."""

from __future__ import annotations

from decimal import Decimal

from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text, percent
from perfcheck.results.portfolio import Band, Change, TableRow
from perfcheck.text import words

LABELS = words("portfolio")

# The columns of the table in CSV (every one) and in the reports people read (the ones that fit).
CSV_COLUMNS = (
    "path", "department", "project", "kind", "year", "period", "total", "grade", "met", "unmet",
    "missing", "not_applicable", "unexplained", "budget_rate", "elapsed", "red", "yellow",
    "reconciles",
)  # fmt: skip
SHOWN_COLUMNS = (
    "table", "period", "total", "grade", "unmet", "missing", "unexplained", "budget_rate",
    "elapsed", "red", "yellow", "reconciles",
)  # fmt: skip
NOTHING_TO_CHECK = "—"  # the reconciles cell of a table that publishes no figures (the note)


def cell(row: TableRow, column: str, lang: Lang) -> str:
    """A row's value in `column` as a reader sees it: rates as percentages, an empty cell where
    there is nothing to show (lights at year-end, a reconciliation not checked)."""
    labels = LABELS[lang]
    match column:
        case "table":
            return row.department + (f" / {row.project}" if row.project else "")
        case "kind":
            return labels[f"kind.{row.kind}"]
        case "project":
            return row.project or ""
        case "total":
            return decimal_text(row.total)
        case "budget_rate" | "elapsed":
            return percent(row.budget_rate if column == "budget_rate" else row.elapsed)
        case "red" | "yellow":
            lights = row.red if column == "red" else row.yellow
            return "" if lights is None else str(lights)
        case "reconciles":
            return "" if row.reconciles is None else labels["yes" if row.reconciles else "no"]
        case _:
            return str(getattr(row, column))


def shown(row: TableRow, column: str, lang: Lang) -> str:
    """A cell as the reports people read show it (text, Markdown, HTML, the workbook): as
    `cell`, but a table with nothing to reconcile shows "—", which their note explains, where
    CSV leaves the cell empty for a program to read."""
    if column == "reconciles" and row.reconciles is None:
        return NOTHING_TO_CHECK
    return cell(row, column, lang)


def header(column: str, lang: Lang) -> str:
    return LABELS[lang][f"column.{column}"]


def band_text(band: Band) -> str:
    if band.high is None:
        return f"≥ {percent(band.low)}"
    return f"{percent(band.low)} – {percent(band.high)}"


def change_name(change: Change) -> str:
    return change.department + (f" / {change.project}" if change.project else "")


def signed(value: Decimal) -> str:
    """A change with its sign: +3.50, -12.00."""
    text = decimal_text(value)
    return text if text.startswith("-") else "+" + text
