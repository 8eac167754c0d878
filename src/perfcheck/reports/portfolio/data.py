"""A portfolio as data: the JSON contract (docs/format.md) and the CSV of one row per table."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from perfcheck.diagnostics import Lang
from perfcheck.reports.diagnostics import diagnostic_json
from perfcheck.reports.jsontext import dumps
from perfcheck.reports.markup import write_rows
from perfcheck.reports.portfolio.common import CSV_COLUMNS, cell, header
from perfcheck.results.portfolio import Change, Portfolio, TableRow

if TYPE_CHECKING:
    from perfcheck.reports.render import View


def as_json(portfolio: Portfolio, lang: Lang, out: TextIO, view: View) -> None:
    """The text of `dumps(contract(…))`, written a table at a time: a run of 100,000 tables
    never holds the whole document, nor its pieces, at once."""
    rest = dumps(contract(portfolio, lang, with_tables=False))
    if not portfolio.tables:
        out.write('{\n  "tables": []')
    else:
        separator = '{\n  "tables": [\n    '
        for row in portfolio.tables:
            out.write(separator + dumps(table_json(row)).replace("\n", "\n    "))
            separator = ",\n    "
        out.write("\n  ]")
    out.write(",\n" + rest.removeprefix("{\n") + "\n")


def contract(portfolio: Portfolio, lang: Lang, *, with_tables: bool = True) -> dict[str, object]:
    """The public JSON shape of `perfcheck portfolio --format json` (without its tables: the
    rest of it)."""
    tables = {"tables": [table_json(row) for row in portfolio.tables]} if with_tables else {}
    return tables | {
        "errors": [
            {"path": e.path, "diagnostics": [diagnostic_json(d, lang) for d in e.diagnostics]}
            for e in portfolio.errors
        ],
        "summary": {"tables": len(portfolio.tables), "errors": len(portfolio.errors)},
        "grades": [{"grade": c.key, "tables": c.count} for c in portfolio.grades],
        "budget_bands": [
            {"from": b.low, "to": b.high, "tables": b.count} for b in portfolio.budget_bands
        ],
        "red_lights": [{"red": int(c.key), "tables": c.count} for c in portfolio.red_lights],
        "most_unmet": {
            "by_level2": [{"level2": c.key, "count": c.count} for c in portfolio.unmet_by_level2],
            "by_name": [{"name": c.key, "count": c.count} for c in portfolio.unmet_by_name],
        },
        "changes": {
            "fell": [_change(c) for c in portfolio.fell],
            "rose": [_change(c) for c in portfolio.rose],
        },
    }


def table_json(row: TableRow) -> dict[str, object]:
    return {
        "path": row.path,
        "department": row.department,
        "project": row.project,
        "kind": row.kind,
        "year": row.year,
        "period": row.period,
        "total": row.total,
        "grade": row.grade,
        "met": row.met,
        "unmet": row.unmet,
        "missing": row.missing,
        "not_applicable": row.not_applicable,
        "unexplained": row.unexplained,
        "budget_rate": row.budget_rate,
        "red": row.red,
        "yellow": row.yellow,
        "reconciles": row.reconciles,
    }


def _change(c: Change) -> dict[str, object]:
    return {
        "department": c.department,
        "project": c.project,
        "from_year": c.from_year,
        "to_year": c.to_year,
        "from": c.before,
        "to": c.after,
        "change": c.change,
    }


def as_csv(portfolio: Portfolio, lang: Lang, out: TextIO, view: View) -> None:
    """One row per table, every column; the files that could not be read are on stderr."""
    rows = ([cell(row, column, lang) for column in CSV_COLUMNS] for row in portfolio.tables)
    write_rows(out, [header(column, lang) for column in CSV_COLUMNS], rows)
