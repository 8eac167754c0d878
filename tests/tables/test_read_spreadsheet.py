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
    ["", "任务3.群众工作", "开展群众满意度调查。", "", ""],
    ["年度部门整体支出预算", "资金总额", "财政拨款", "其他资金", ""],
    ["", "1200", "1000", "200", ""],
    ["年度总体目标", "完成理论学习、宣传和群众工作各项任务。", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
    ["产出指标", "数量指标", "1-1.专题学习次数", "≥4次", "10"],
    ["", "", "2-1.编印宣传材料数量", "≥100册", "10"],
    ["", "质量指标", "1-2.学习考评通过率", "=100%", "15"],
]
DEPARTMENT_SPANS = (
    Span(0, 0, 0, 4),
    Span(1, 0, 1, 4),
    Span(2, 1, 2, 4),
    Span(3, 0, 6, 0),  # 年度主要任务 down its three tasks
    Span(3, 2, 3, 4),
    Span(4, 2, 4, 4),
    Span(5, 2, 5, 4),
    Span(6, 2, 6, 4),
    Span(7, 0, 8, 0),  # 年度部门整体支出预算 over its labels and amounts
    Span(9, 1, 9, 4),
    Span(11, 0, 14, 0),  # 产出指标 down its four rows
    Span(11, 1, 12, 1),  # 数量指标 down its two
)


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_workbook_gives_its_cells_as_shown_and_its_merged_ranges(suffix: str) -> None:
    grids = read_tables(TABLES / f"department_targets{suffix}")
    assert [g.name for g in grids] == ["目标表", "说明"]  # 空白, empty, is left out
    grid = grids[0]
    assert grid.style is PlaceStyle.SHEET and grid.encoding == ""
    assert grid.rows[:14] == DEPARTMENT_TOP
    assert grid.merged == DEPARTMENT_SPANS
    assert grid.place(11, 3) == "目标表!D12"
    assert grid.rows[-1] == ["满意度指标", "服务对象满意度指标", "3-1.群众满意度", "≥90%", "10"]


def test_ods_gives_the_cells_and_the_merged_ranges() -> None:
    """calamine does not report ods merges: they are read from content.xml, the same as xlsx's."""
    grid = read_tables(TABLES / "department_targets.ods")[0]
    assert grid.rows[:14] == DEPARTMENT_TOP
    assert grid.merged == DEPARTMENT_SPANS


def test_ods_layout_counts_repeated_rows_and_cells_and_reads_only_its_sheet(
    tmp_path: Path,
) -> None:
    """Sheet 二 after a sheet with a merge of its own: two rows holding 50% written as one
    repeated row, an empty row, then three empty cells as one repeated cell, a cell spanning
    2 × 3 at D4, two covered cells after it, and one spanning G4:H4."""
    import zipfile

    from perfcheck.reading.tables.ods_layout import ods_layout

    t = (
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    content = (
        f'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        f" {t}><office:body><office:spreadsheet>"
        '<table:table table:name="一"><table:table-row>'
        '<table:table-cell table:number-columns-spanned="2"/></table:table-row></table:table>'
        '<table:table table:name="二"><table:table-row table:number-rows-repeated="2">'
        '<table:table-cell office:value-type="percentage" office:value="0.5">'
        "<text:p>50%</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell/></table:table-row>"
        '<table:table-row><table:table-cell table:number-columns-repeated="3"/>'
        '<table:table-cell table:number-columns-spanned="3" table:number-rows-spanned="2"/>'
        '<table:covered-table-cell table:number-columns-repeated="2"/>'
        '<table:table-cell table:number-columns-spanned="2"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell/>'
        "</table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    path = tmp_path / "m.ods"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("content.xml", content)
    layout = ods_layout(path, "二")
    assert layout.merged == (Span(3, 3, 4, 5), Span(3, 6, 3, 7))
    assert layout.shown == {(0, 0): "50%", (1, 0): "50%"}  # the percentage as it was shown
    assert ods_layout(path, "一").merged == (Span(0, 0, 0, 1),)


def test_numbers_of_every_workbook_read_as_the_sheet_shows_them() -> None:
    """95.40% is the fraction 0.954 with a percent format: shown as the sheet shows it, from
    the format (xlsx, xls) or the text the sheet kept (ods)."""
    row = ["", "年度资金总额", "250", "250", "238.5", "10", "95.40%", "9.54"]
    xlsx = read_tables(TABLES / "project_self_evaluation.xlsx")[0]
    assert xlsx.rows[5] == row
    xls = read_tables(TABLES / "project_self_evaluation.xls")[0]
    assert xls.rows[5] == row
    ods = read_tables(TABLES / "project_self_evaluation.ods")[0]
    assert ods.rows[5] == row


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
        (96, '0"%"', "96%"),  # a quoted % is printed, not a percentage: 96 shows 96%
        (93.6, '0.0"%"', "93.6%"),
        (96, "0\\%", "96%"),
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


def test_an_xls_percentage_is_read_as_shown_not_as_its_fraction(tmp_path: Path) -> None:
    """An actual value typed as 96% is stored as 0.96: read as 0.96 it would be a hundred times
    too small. Custom formats (`#,##0.00`) and dates are shown as the sheet shows them too."""
    import datetime as dt

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("自评表")
    sheet.write(0, 0, 0.96, xlwt.easyxf(num_format_str="0%"))
    sheet.write(0, 1, 15213, xlwt.easyxf(num_format_str="#,##0.00"))
    sheet.write(0, 2, dt.date(2023, 12, 31), xlwt.easyxf(num_format_str="yyyy-mm-dd"))
    sheet.write(0, 3, 0.5)
    book.save(str(tmp_path / "t.xls"))
    (grid,) = read_tables(tmp_path / "t.xls")
    assert grid.rows == [["96%", "15,213.00", "2023-12-31", "0.5"]]
