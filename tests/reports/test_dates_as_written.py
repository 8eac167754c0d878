"""The date a time target was done is shown as the file wrote it (`2023年10月`, `2023.05`,
`2023-12-15`), in every report; the target's own words are kept beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perfcheck.cli import app
from tests.conftest import ROOT

VALID = ROOT / "tests" / "fixtures" / "valid"
PROJECT = VALID / "actuals" / "project_deadlines.yaml"


def run(*args: str) -> str:
    done = CliRunner().invoke(app, list(args))
    assert done.exit_code in (0, 1), done.output
    return done.stdout


@pytest.fixture
def deadlines(tmp_path: Path) -> tuple[Path, Path]:
    """deadlines.yaml at Q3 and Q4, one date written `2023.05` and one unquoted `2023-12-15`."""
    text = (VALID / "actuals" / "deadlines.yaml").read_text(encoding="utf-8")
    text = text.replace("../targets/", f"{(VALID / 'targets').as_posix()}/")
    text = text.replace("1-1: 2023年5月", "1-1: 2023.05")
    text = text.replace("value: '2023-12-15'", "value: 2023-12-15")
    q4 = tmp_path / "q4.yaml"
    q4.write_text(text, encoding="utf-8")
    q3 = tmp_path / "q3.yaml"
    q3.write_text(text.replace("period: 2023Q4", "period: 2023Q3"), encoding="utf-8")
    return q3, q4


def test_the_score_shows_the_dates_as_written() -> None:
    text = run("score", str(PROJECT), "--width", "200")
    assert "2023年3月" in text and "2023年10月14日" in text and "2023-11-20" in text
    assert "2023-03 " not in text and "2023-10-14" not in text
    assert "2023年3月底前" in text and "9月30日前" in text  # the targets, as published


def test_every_year_end_format_shows_them_as_written() -> None:
    indicators = json.loads(run("score", str(PROJECT), "--format", "json"))["indicators"]
    assert [i["actual"] for i in indicators[1:4]] == ["2023年3月", "2023年10月14日", "2023-11-20"]
    assert "| 2023年10月14日 |" in run("score", str(PROJECT), "--format", "markdown")
    assert ",2023年10月14日," in run("score", str(PROJECT), "--format", "csv")
    summary = run("summary", str(PROJECT))
    assert "| 2023年3月 |" in summary and "2023-03" not in summary


def test_an_in_year_report_shows_them_as_written(deadlines: tuple[Path, Path]) -> None:
    q3, q4 = deadlines
    for text in (run("score", str(q3), "--width", "200"), run("summary", str(q3))):
        assert "2023.05" in text and "2023-12-15" in text and "2023年12月20日" in text
        assert "2023-05" not in text and "2023-12-20" not in text
    listed = json.loads(run("score", str(q3), "--format", "json"))["indicators"]
    assert [i["actual"] for i in listed[:3]] == ["2023.05", "2023-12-15", "2023年12月20日"]
    points = json.loads(run("trend", str(q3), str(q4), "--format", "json"))["indicators"][2]
    assert [p["actual"] for p in points["points"]] == ["2023年12月20日", "2023年12月20日"]
    trend = run("trend", str(q3), str(q4), "--width", "200")
    assert "2023年12月20日" in trend and "2023-12-20" not in trend
    assert "2023年6月底前" in trend and "2023.07-2024.01" in trend


def workbook_cells(actuals: Path, out: Path) -> set[object]:
    from openpyxl import load_workbook

    done = CliRunner().invoke(app, ["summary", str(actuals), "--format", "xlsx", "-o", str(out)])
    assert done.exit_code == 0, done.output
    sheets = load_workbook(out).worksheets
    return {c.value for sheet in sheets for row in sheet.iter_rows() for c in row}


def test_the_workbooks_show_them_as_written(tmp_path: Path, deadlines: tuple[Path, Path]) -> None:
    cells = workbook_cells(PROJECT, tmp_path / "year.xlsx")
    assert {"2023年3月", "2023年10月14日", "2023-11-20"} <= cells
    assert "2023-03" not in cells
    cells = workbook_cells(deadlines[0], tmp_path / "q3.xlsx")
    assert {"2023.05", "2023-12-15", "2023年12月20日"} <= cells
    assert "2023-05" not in cells
