"""`perfcheck portfolio --format xlsx` over the generated portfolio: every sheet read back with
openpyxl, every cell of the table of tables typed and against the figures computed from the
inputs, the distributions against the JSON (which test_portfolio checks against computed
figures), a frozen header and an autofilter over every view, the same bytes for the same input,
text that looks like a formula kept as text."""

from __future__ import annotations

import json
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from perfcheck.engine.portfolio import roll_up
from perfcheck.reports.portfolio import xlsx
from perfcheck.results.portfolio import TableRow
from tests.portfolio.generate import BROKEN, Table, generate
from tests.portfolio.test_portfolio import _in, expected, rounded, shown_verdict

Written = tuple[Path, list[Table], Workbook, dict[str, Any]]

SHEETS = [
    "Tables", "Grades", "Budget bands", "Red lights", "Unmet by level 2", "Unmet by indicator",
    "Changes", "Unreadable files", "About",
]  # fmt: skip


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Written:
    root = tmp_path_factory.mktemp("portfolio_xlsx")
    tables = generate(root)
    code, _, err = _in(root, "--format", "xlsx", "-o", "portfolio.xlsx", "--lang", "en")
    assert code == 1 and "portfolio.xlsx written (xlsx)" in err
    code, out, _ = _in(root, "--format", "json")
    book = load_workbook(root / "portfolio.xlsx")
    return root, tables, book, json.loads(out, parse_float=Decimal)


def values(sheet: Worksheet) -> list[list[Any]]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_a_sheet_per_view_each_filtered_with_its_header_frozen(written: Written) -> None:
    book = written[2]
    assert book.sheetnames == SHEETS
    for sheet in book.worksheets[:-1]:
        last = get_column_letter(sheet.max_column)
        assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}", sheet.title
        assert sheet.freeze_panes == "A2"
        assert all(c.value for c in sheet[1])  # a header over every column


def test_every_cell_of_every_table_typed(written: Written) -> None:
    _, tables, book, _ = written
    rows = values(book["Tables"])
    assert rows[0] == [
        "File", "Department", "Project", "Kind", "Year", "Period", "Total", "Grade", "Met",
        "Unmet", "Missing", "N/A", "Unexplained", "Budget rate", "Time elapsed", "Red",
        "Yellow", "Reconciles",
    ]  # fmt: skip
    found = {row[0]: row for row in rows[1:]}
    assert len(found) == len(rows) - 1 == 240
    for table in tables:
        want = expected(table)
        assert found[table.path] == [
            table.path, table.department, table.project, table.kind, table.year, table.period,
            float(want.total), want.grade, want.met, want.unmet, want.missing, 0,
            want.unexplained, float(want.budget_rate), float(rounded(table.elapsed, "0.0001")),
            want.red, want.yellow, shown_verdict(want, "en"),
        ], table.path  # fmt: skip
    formats = [c.number_format for c in book["Tables"][2]]
    assert formats[4] == "0" and formats[6] == "0.00" and formats[13:15] == ["0.00%", "0.00%"]
    assert all(isinstance(c.value, int) for c in book["Tables"]["I"][1:])  # met: numbers


def test_the_distributions_and_changes_as_the_json_gives_them(written: Written) -> None:
    book, document = written[2], written[3]
    assert values(book["Grades"])[1:] == [[g["grade"], g["tables"]] for g in document["grades"]]
    assert values(book["Budget bands"])[1:] == [
        [float(b["from"]), None if b["to"] is None else float(b["to"]), b["tables"]]
        for b in document["budget_bands"]
    ]
    assert values(book["Red lights"])[1:] == [
        [r["red"], r["tables"]] for r in document["red_lights"]
    ]
    unmet = document["most_unmet"]
    assert values(book["Unmet by level 2"])[1:] == [
        [c["level2"], c["count"]] for c in unmet["by_level2"]
    ]
    assert values(book["Unmet by indicator"])[1:] == [
        [c["name"], c["count"]] for c in unmet["by_name"]
    ]
    changes = [
        [word, c["department"], c["project"], c["from_year"], float(c["from"]), c["to_year"],
         float(c["to"]), float(c["change"])]
        for key, word in (("fell", "Largest falls since the previous year"),
                          ("rose", "Largest rises since the previous year"))
        for c in document["changes"][key]
    ]  # fmt: skip
    assert values(book["Changes"])[1:] == changes


def test_every_located_error_of_the_unreadable_files(written: Written) -> None:
    book, document = written[2], written[3]
    rows = values(book["Unreadable files"])[1:]
    assert {row[0] for row in rows} == set(BROKEN)
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        (d["file"], d["line"], d["col"], d["code"])
        for e in document["errors"]
        for d in e["diagnostics"]
    ]


def test_the_same_input_gives_the_same_bytes(written: Written) -> None:
    root = written[0]
    code, _, _ = _in(root, "--format", "xlsx", "-o", "again.xlsx", "--lang", "en")
    assert code == 1
    assert (root / "again.xlsx").read_bytes() == (root / "portfolio.xlsx").read_bytes()


def test_xlsx_needs_an_output_file(written: Written) -> None:
    code, out, err = _in(written[0], "--format", "xlsx")
    assert code == 2 and out == "" and "-o" in err


def test_text_that_looks_like_a_formula_stays_text() -> None:
    row = TableRow(
        "a.yaml", '=HYPERLINK("http://x","点击")', None, "department", 2023, "2023Q4", True,
        Decimal("50.00"), "差", 0, 1, 0, 0, 1, Decimal("0.5"), Decimal(1), Decimal("0.5"), None,
        None, None, (("数量指标", "=1+1"),),
    )  # fmt: skip
    book = load_workbook(BytesIO(xlsx.render(roll_up([row], []), "zh")))
    department = book["各表"]["B2"]
    assert department.data_type == "s" and department.value == row.department
    assert book["未完成三级指标"]["A2"].data_type == "s"
