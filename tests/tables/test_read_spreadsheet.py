"""xlsx, xls and ods read into Grids: cells as shown, merged ranges, sheets chosen by name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from perfcheck.reading.tables.cells import shown
from perfcheck.reading.tables.errors import TableError
from perfcheck.reading.tables.grid import PlaceStyle, Span
from perfcheck.reading.tables.read import read_tables
from tests.conftest import ROOT

TABLES = ROOT / "tests" / "fixtures" / "tables"

# The first rows of the department table (make_tables.py), as every source shows them.
DEPARTMENT_TOP = [
    ["成都市示范局 2023年部门整体支出绩效目标表", "", "", "", ""],
    ["金额单位：万元", "", "", "", ""],
    ["部门名称", "成都市示范局", "", "", ""],
    ["年度主要任务", "任务名称", "主要内容", "", ""],
    ["", "任务1.理论学习", "全年开展4次理论中心组专题学习。", "", ""],
    ["", "任务2.宣传工作", "编印宣传材料至少100册，\n发布宣传稿件至少200个。", "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
    ["产出指标", "数量指标", "1-1.专题学习次数", "≥4次", "10"],
    ["", "", "2-1.编印宣传材料数量", "≥100册", "10"],
    ["", "质量指标", "1-2.学习考评通过率", "=100%", "15"],
]
DEPARTMENT_SPANS = (
    Span(0, 0, 0, 4),
    Span(1, 0, 1, 4),
    Span(2, 1, 2, 4),
    Span(3, 0, 5, 0),  # 年度主要任务 down its two tasks
    Span(3, 2, 3, 4),
    Span(4, 2, 4, 4),
    Span(5, 2, 5, 4),
    Span(7, 0, 10, 0),  # 产出指标 down its four rows
    Span(7, 1, 8, 1),  # 数量指标 down its two
)


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_workbook_gives_its_cells_as_shown_and_its_merged_ranges(suffix: str) -> None:
    grids = read_tables(TABLES / f"department_targets{suffix}")
    assert [g.name for g in grids] == ["目标表", "说明"]  # 空白, empty, is left out
    grid = grids[0]
    assert grid.style is PlaceStyle.SHEET and grid.encoding == ""
    assert grid.rows[:10] == DEPARTMENT_TOP
    assert grid.merged == DEPARTMENT_SPANS
    assert grid.place(7, 3) == "目标表!D8"
    assert grid.rows[-1] == ["满意度指标", "服务对象满意度指标", "3-1.群众满意度", "≥90%", "10"]


def test_ods_gives_the_cells_but_no_merged_ranges() -> None:
    """calamine does not report ods merges; the covered cells are empty all the same."""
    grid = read_tables(TABLES / "department_targets.ods")[0]
    assert grid.rows[:10] == DEPARTMENT_TOP
    assert grid.merged == ()


def test_xlsx_numbers_follow_their_format_and_xls_ones_show_as_general() -> None:
    row = ["", "年度资金总额", "250", "250", "238.5", "10", "95.40%", "9.54"]
    xlsx = read_tables(TABLES / "project_self_evaluation.xlsx")[0]
    assert xlsx.rows[5] == row
    xls = read_tables(TABLES / "project_self_evaluation.xls")[0]
    assert xls.rows[5] == [*row[:6], "0.954", "9.54"]


def test_a_named_sheet_is_read_alone_and_a_missing_one_names_those_there_are() -> None:
    grids = read_tables(TABLES / "department_targets.xlsx", sheet="说明")
    assert [(g.name, g.rows) for g in grids] == [("说明", [["本表由示范局填报。"]])]
    blank = read_tables(TABLES / "department_targets.xlsx", sheet="空白")
    assert [g.rows for g in blank] == [[]]  # named, so read even though empty
    with pytest.raises(TableError) as caught:
        read_tables(TABLES / "department_targets.xlsx", sheet="Sheet1")
    assert caught.value.code == "F022"
    assert caught.value.concise("en").endswith(
        "department_targets.xlsx: F022 no sheet named “Sheet1”; "
        "its sheets: “目标表”, “说明”, “空白”"
    )


def test_a_table_number_picks_among_the_sheets_read() -> None:
    grids = read_tables(TABLES / "department_targets.xls", table=2)
    assert [g.name for g in grids] == ["说明"]
    with pytest.raises(TableError) as caught:
        read_tables(TABLES / "department_targets.xls", table=3)
    assert caught.value.code == "F023"
    assert caught.value.message("en") == "there is no table 3: the file has 2 (目标表, 说明)"


def test_a_sheet_too_large_stops_before_its_cells_are_built(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from perfcheck.reading.limits import Limits

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["C10"] = 1  # 10 rows × 3 columns from A1
    book.save(tmp_path / "big.xlsx")
    assert (
        read_tables(tmp_path / "big.xlsx", limits=Limits(max_table_cells=30))[0].rows[9][2] == "1"
    )
    with pytest.raises(TableError) as caught:
        read_tables(tmp_path / "big.xlsx", limits=Limits(max_table_cells=29))
    assert (caught.value.code, caught.value.message("en")) == (
        "F024",
        "Sheet has 30 cells, over the limit of 29",
    )


@pytest.mark.parametrize(
    ("value", "number_format", "text"),
    [
        (100.0, "General", "100"),
        (0.1 + 0.2, "General", "0.3"),
        (2.28, "General", "2.28"),
        (0.95, "0%", "95%"),
        (0.9446, "0.00%", "94.46%"),
        (15213, "#,##0.00", "15,213.00"),
        (12.5, '0.00"万元"', "12.50万元"),
        (5, "0_);[Red](0)", "5"),
        (2.5, "0", "3"),  # half up, as a spreadsheet rounds
        (True, "General", "TRUE"),
        (dt.date(2023, 12, 31), 'yyyy"年"m"月"d"日"', "2023年12月31日"),
        (dt.date(2023, 7, 1), "General", "2023/7/1"),
        (dt.datetime(2023, 7, 1, 9, 5), "yyyy/m/d h:mm", "2023/7/1 9:05"),
        (None, "General", ""),
    ],
)
def test_a_value_is_shown_as_its_format_shows_it(
    value: float | bool | dt.date | None, number_format: str, text: str
) -> None:
    assert shown(value, number_format) == text
