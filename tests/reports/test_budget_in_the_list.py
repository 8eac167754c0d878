"""A table that scores 预算执行率 as one of its weighted rows gives the budget block no points:
every report that shows that 0 says why, the review pack in all its formats as the score does."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from perfcheck.cli import app
from tests.conftest import ROOT

ACTUALS = str(ROOT / "tests" / "fixtures" / "valid" / "actuals" / "budget_row_in_the_list.yaml")
NOTE = "注：预算执行率列为指标 1，按其分值计分；预算执行一栏不另计分。"


def run(*args: str) -> str:
    done = CliRunner().invoke(app, list(args))
    assert done.exit_code in (0, 1), done.output
    return done.stdout


def test_the_score_says_it() -> None:
    assert NOTE in run("score", ACTUALS, "--width", "200")


def test_the_markdown_pack_says_it_under_the_budget() -> None:
    text = run("summary", ACTUALS)
    budget = text.split("**预算执行**")[1].split("**指标完成情况**")[0]
    assert "| 92.60% | 0 | 0 |" in budget and NOTE in budget
    assert "预算执行率92.60%，列为指标1计分，预算执行一栏不另计分。自评总分98.80分" in text
    assert "满分0" not in text
    english = run("summary", ACTUALS, "--lang", "en")
    assert "The budget execution rate was 92.60%, scored as indicator 1;" in english
    assert "Note: budget execution is listed as indicator 1 and scored there" in english


def test_the_html_pack_says_it(tmp_path: Path) -> None:
    out = tmp_path / "pack.html"
    run("summary", ACTUALS, "--format", "html", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert f"<p>{NOTE}</p>" in page
    assert "列为指标1计分" in page and "满分0" not in page


def test_the_workbook_says_it_on_the_form_and_the_report(tmp_path: Path) -> None:
    out = tmp_path / "pack.xlsx"
    run("summary", ACTUALS, "--format", "xlsx", "-o", str(out))
    book = load_workbook(out)
    for name in ("自评表", "报告"):
        cells = [c.value for row in book[name].iter_rows() for c in row]
        assert NOTE in cells, name


def test_a_table_with_its_own_budget_block_has_no_such_note() -> None:
    text = run("summary", str(ROOT / "actuals" / "2022Q4.yaml"))
    assert "不另计分" not in text and "得9.78分（满分10.00分）" in text
