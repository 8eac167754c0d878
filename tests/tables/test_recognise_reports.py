"""A cell of a spreadsheet or Word table, named in every format validate writes."""

from __future__ import annotations

import io
import json

import pytest

from perfcheck.diagnostics import Diagnostic
from perfcheck.reports.formats import ValidateFormat
from perfcheck.reports.render import View, validation_renderer
from perfcheck.results.files import FileReport

CELL = Diagnostic("table.xlsx", 0, 0, "T005", {"column": "分值", "text": "二十"},
                  place="Sheet1!D12", cell=(11, 3))  # fmt: skip
WORD = Diagnostic("table.docx", 0, 0, "W050", {"total": 90}, place="table 2!R7C4", cell=(6, 3))


def _rendered(chosen: ValidateFormat, *found: Diagnostic) -> str:
    out = io.StringIO()
    reports = [FileReport(d.file, None, [d]) for d in found]
    validation_renderer(chosen)(reports, "en", out, View())
    return out.getvalue()


def test_location_names_the_cell_as_its_program_does() -> None:
    assert CELL.location() == "table.xlsx:Sheet1!D12"
    assert WORD.location() == "table.docx:table 2!R7C4"
    assert Diagnostic("table.txt", 12, 3, "T005").location() == "table.txt:12:3"


@pytest.mark.parametrize("chosen", [ValidateFormat.CONCISE, ValidateFormat.HUMAN,
                                    ValidateFormat.JUNIT])  # fmt: skip
def test_line_formats_lead_with_the_cell(chosen: ValidateFormat) -> None:
    text = _rendered(chosen, CELL, WORD)
    assert "table.xlsx:Sheet1!D12: T005" in text
    assert "table.docx:table 2!R7C4: W050" in text


def test_json_gives_the_place() -> None:
    found = json.loads(_rendered(ValidateFormat.JSON, CELL))["files"][0]["diagnostics"][0]
    assert found == {
        "file": "table.xlsx",
        "line": 0,
        "col": 0,
        "place": "Sheet1!D12",
        "code": "T005",
        "severity": "error",
        "message": "the 分值 column holds numbers; this cell holds 二十",
    }


def test_json_of_a_line_has_no_place() -> None:
    at_line = Diagnostic("t.yaml", 3, 1, "D013")
    found = json.loads(_rendered(ValidateFormat.JSON, at_line))["files"][0]["diagnostics"][0]
    assert "place" not in found


def test_github_leads_the_message_with_the_cell() -> None:
    """The annotations (the github format's concise report follows them, as tested above)."""
    from perfcheck.reports.diagnostics import github

    out = io.StringIO()
    github([FileReport(CELL.file, None, [CELL])], "en", out, View())
    line = out.getvalue()
    assert line.startswith("::error file=table.xlsx,title=T005 text in a number column::")
    assert "::Sheet1!D12: the 分值 column holds numbers" in line


def test_sarif_names_the_cell_as_a_logical_location() -> None:
    result = json.loads(_rendered(ValidateFormat.SARIF, WORD))["runs"][0]["results"][0]
    where = result["locations"][0]
    assert where["logicalLocations"] == [{"name": "table 2!R7C4", "kind": "element"}]
    assert "region" not in where["physicalLocation"]
    assert result["message"]["text"].startswith("table 2!R7C4: ")


def test_cells_sort_by_row_then_column() -> None:
    later = CELL._replace(place="Sheet1!C13", cell=(12, 2))
    earlier = CELL._replace(place="Sheet1!D2", cell=(1, 3))
    ordered = sorted([later, CELL, earlier], key=Diagnostic.sort_key)
    assert [d.place for d in ordered] == ["Sheet1!D2", "Sheet1!D12", "Sheet1!C13"]
