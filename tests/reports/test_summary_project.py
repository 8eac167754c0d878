"""The review pack of a project table (项目支出) in the layout of the official 项目支出绩效自评表,
and flat lists (no level-1 / level-2) without empty level cells, in every format.

The HTML page and the workbook are compared with golden files (the workbook as a listing of its
cells, formats and merged spans); regenerate them with PERFCHECK_UPDATE_GOLDEN=1.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import CliRunner

from perfcheck.cli import app
from perfcheck.reports.summary import markdown, xlsx
from perfcheck.results.summary import Summary
from tests.conftest import ROOT
from tests.reports.test_summary_html import matches_golden, normalised, pack, page
from tests.reports.test_summary_xlsx import number, row_where, sheets

D = Decimal
GOLDEN = ROOT / "tests" / "golden"
PROJECT = "tests/fixtures/valid/actuals/project_self_evaluation_by_name.yaml"
FLAT = "tests/fixtures/valid/actuals/project_flat_points_year_end.yaml"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def year_end(actuals: str) -> Summary:
    subject = pack(actuals)
    assert isinstance(subject, Summary)
    return subject


def form(actuals: str) -> Worksheet:
    return sheets(xlsx.render(year_end(actuals), "zh"))[0]


def values(sheet: Worksheet, row: int, first: int, last: int) -> list[object]:
    return [sheet.cell(row, c).value for c in range(first, last + 1)]


# --- Golden files ------------------------------------------------------------------------------


def test_project_html_matches_golden_file(tmp_path: Path) -> None:
    out = tmp_path / "summary-project.html"
    args = ["summary", PROJECT, "--format", "html", "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text == page(pack(PROJECT))
    matches_golden("summary-project.html", normalised(text))


def listing(data: bytes) -> str:
    """The form and the report sheet as text: merged spans, then each cell that holds a value
    or a number format, with both. The sources sheet is left out: it lists every rule setting
    and the inputs' SHA-256, the same for both kinds of table."""
    lines = []
    form_sheet, _, report = sheets(data)
    for sheet in (form_sheet, report):
        lines.append(f"== {sheet.title}")
        lines.append("merged: " + " ".join(sorted(str(r) for r in sheet.merged_cells.ranges)))
        for row in sheet.iter_rows():
            for c in row:
                if isinstance(c, Cell) and (c.value is not None or c.number_format != "General"):
                    lines.append(f"{c.coordinate}\t{c.value!r}\t{c.number_format}")
    return normalised("\n".join(lines) + "\n")


def test_project_workbook_matches_golden_file(tmp_path: Path) -> None:
    out = tmp_path / "summary-project.xlsx"
    result = CliRunner().invoke(app, ["summary", PROJECT, "--format", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data == xlsx.render(year_end(PROJECT), "zh")
    path = GOLDEN / "summary-project.xlsx.txt"
    if os.environ.get("PERFCHECK_UPDATE_GOLDEN"):
        path.write_text(listing(data), encoding="utf-8")
    assert path.exists(), (
        "no golden file summary-project.xlsx.txt; run with PERFCHECK_UPDATE_GOLDEN=1"
    )
    assert listing(data) == path.read_text(encoding="utf-8")


# --- The project form's head, as the official table lays it out ---------------------------------


def test_the_workbook_form_is_the_project_form() -> None:
    sheet = form(PROJECT)
    assert (sheet["A1"].value, sheet["A2"].value) == ("项目支出绩效自评表", "（2023年度）")
    assert values(sheet, 5, 1, 3) == ["项目名称", None, "2023年乡村道路养护项目"]
    assert values(sheet, 6, 1, 5) == [
        "主管部门",
        None,
        "青禾县交通运输局",
        "实施单位",
        "青禾县公路事务中心",
    ]
    funds = row_where(sheet, 1, "项目资金（万元）")
    assert values(sheet, funds, 3, 8) == [
        "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
    ]  # fmt: skip
    total = funds + 1
    assert sheet.cell(total, 1).value == "年度资金总额"
    # 250 planned and adjusted, 237.50 spent: 95 % of 10 points = 9.50
    figures = [number(sheet.cell(total, c)) for c in range(3, 9)]
    assert figures == [D(250), D(250), D("237.5"), D(10), D("0.95"), D("9.5")]
    assert values(sheet, total + 1, 1, 8) == [
        "其中：当年财政拨款",
        None,
        200,
        None,
        None,
        "—",
        None,
        "—",
    ]
    assert values(sheet, total + 2, 1, 3) == ["上年结转资金", None, 50]
    goal = row_where(sheet, 1, "年度总体目标")
    assert f"A{goal}:B{goal + 1}" in sheet.merged_cells
    assert (sheet.cell(goal, 3).value, sheet.cell(goal, 6).value) == ("预期目标", "实际完成情况")
    assert str(sheet.cell(goal + 1, 3).value).startswith("完成乡村道路日常养护120公里")
    assert str(sheet.cell(goal + 1, 6).value).startswith("完成乡村道路日常养护126公里")
    header = row_where(sheet, 1, "一级指标")
    assert header > goal + 1
    assert values(sheet, header, 1, 8)[-1] == "偏差原因分析及改进措施"


def test_the_page_shows_the_project_head_and_no_tasks() -> None:
    text = page(pack(PROJECT))
    assert '<p class="form-title">项目支出绩效自评表（2023年度）</p>' in text
    assert "<dt>实施单位</dt><dd>青禾县公路事务中心</dd>" in text
    assert "年度主要任务" not in text and "部门名称" not in text
    assert '<tr><td>其中：当年财政拨款</td><td class="num">200.00</td>' in text
    assert "<th>预期目标</th><th>实际完成情况</th>" in text
    # the budget figures stand once, in the form's block, not again under 二、总体评价
    assert text.count('<td class="num">237.50</td>') == 1


def test_an_in_year_project_pack_shows_the_goal_without_an_achievement(tmp_path: Path) -> None:
    actuals = tmp_path / "2023Q2.yaml"
    targets = ROOT / "tests/fixtures/valid/targets/project_no_tasks_no_ids.yaml"
    actuals.write_text(
        f"targets: {targets.as_posix()}\nperiod: 2023Q2\nbudget:\n  adjusted: 250\n  spent: 100\n"
        "actuals:\n  道路日常养护里程: 60公里\n",
        encoding="utf-8",
    )
    subject = pack(str(actuals))
    assert not isinstance(subject, Summary)
    text = page(subject)
    assert "<th>预期目标</th></tr>" in text and "实际完成情况" not in text
    sheet = sheets(xlsx.render_monitoring(subject, "zh"))[0]
    goal = row_where(sheet, 1, "年度总体目标")
    assert sheet.cell(goal, 3).value == "预期目标"
    assert "实际完成情况" not in [c.value for c in sheet[goal]]
    assert values(sheet, FIRST_ROW, 1, 3) == ["项目名称", None, "2023年乡村道路养护项目"]


FIRST_ROW = 4  # the monitoring form keeps its title rows; the project block starts below them


# --- Flat lists: no empty level cells -----------------------------------------------------------


def test_a_flat_list_has_no_level_columns_in_markdown() -> None:
    text = markdown.render(year_end(FLAT), "zh")
    assert "| 三级指标 | 年度指标值 |" in text
    assert "一级指标" not in text  # neither the column nor an unnamed group's row
    assert "| 1.新建集中供水工程数量 | ≥3处 | 3处 | 20.00 | 20.00 |  |" in text
    assert "得分率最低" not in text  # the narrative names no level-1 group


def test_a_flat_list_has_no_level_columns_in_html() -> None:
    text = page(pack(FLAT))
    assert "<th>一级指标</th>" not in text and "<th>二级指标</th>" not in text
    assert '<table class="groups">' not in text  # no unnamed level-1 group
    assert '<tr class="met" data-id="1"><td class="name">1.新建集中供水工程数量</td>' in text


def test_a_flat_list_spans_its_names_over_the_level_columns_in_the_workbook() -> None:
    sheet = form(FLAT)
    header = row_where(sheet, 1, "三级指标")
    assert f"A{header}:C{header}" in sheet.merged_cells
    first = header + 1
    assert sheet.cell(first, 1).value == "1.新建集中供水工程数量"
    assert f"A{first}:C{first}" in sheet.merged_cells
    all_text = [c.value for row in sheet.iter_rows() for c in row]
    assert "一级指标" not in all_text and "小计" not in all_text
    # no subtotal of the unnamed group: the budget row follows the six indicators
    assert sheet.cell(first + 6, 1).value == "预算执行"
    report = sheets(xlsx.render(year_end(FLAT), "zh"))[2]
    assert "一级指标" not in [c.value for row in report.iter_rows() for c in row]


# --- S015 --------------------------------------------------------------------------------------


def test_s015_names_the_id_form_of_the_table_at_hand() -> None:
    def concise(path: Path, lang: str = "zh") -> str:
        args = ["validate", str(path), "--format", "concise", "--lang", lang]
        return CliRunner().invoke(app, args).stdout.splitlines()[0]

    invalid = ROOT / "tests" / "fixtures" / "invalid"
    department = concise(invalid / "targets" / "bad_id_decimal.yaml")
    assert department.endswith(
        "28:9: S015 指标编号 “2.3” 格式错误：部门整体支出表（有 tasks）写成“任务号-序号”，如 2-3"
    )
    project = concise(invalid / "targets" / "project_id_mistyped.yaml")
    assert "不按任务编号的表（如项目支出表）写序号或不含小数点的编号，如 3、A1" in project
    assert "部门" not in project
    english = concise(invalid / "targets" / "project_id_mistyped.yaml", "en")
    assert english.endswith(
        "bad indicator id '1.2': a table not numbered by task (a project table, say) writes a "
        "number or an id without a dot, e.g. 3 or A1; an id like 1.2 reads as a mistyped "
        "task-number"
    )
    # an actuals key is judged by the form of its target file: one with tasks
    actuals = concise(invalid / "actuals" / "bad_id_form.yaml")
    assert actuals.endswith(
        "9:3: S015 指标编号 “1.1” 格式错误：部门整体支出表（有 tasks）写成“任务号-序号”，如 2-3"
    )


def test_a_workbook_written_through_openpyxl_alone_has_the_same_cells(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Where lxml is installed openpyxl writes through it, and every row is left to openpyxl.
    from perfcheck.reports.summary.xlsx import writer

    fast = xlsx.render(year_end(PROJECT), "zh")
    monkeypatch.setattr(writer, "LXML", True)
    plain = xlsx.render(year_end(PROJECT), "zh")
    assert listing(plain) == listing(fast)
