"""Damaged tables: each gives exactly the located diagnostics its `.expect` file announces
(`# expect: CODE LINE:COL`, the cell's line and column in the text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from perfcheck.importing import recognise
from perfcheck.reading.tables.grid import Span
from tests.tables.table_text import TABLES, sheet_grid, text_grid

DAMAGED = sorted((TABLES / "damaged").glob("*.txt"))
EXPECT = re.compile(r"#\s*expect:\s*([A-Z]\d{3})\s+(\d+):(\d+)")


def damaged_codes() -> set[str]:
    """The codes the damaged tables produce (tests/test_codes.py counts them)."""
    return {d.code for path in DAMAGED for d in _recognised(path)}


def _recognised(path: Path) -> list:  # type: ignore[type-arg]
    return recognise(text_grid(path.read_text(encoding="utf-8"), path.name)).diagnostics


@pytest.mark.parametrize("path", DAMAGED, ids=lambda p: p.name)
def test_damaged_table_reports_what_it_announces(path: Path) -> None:
    announced = Path(f"{path}.expect").read_text(encoding="utf-8")
    expected = {(m[1], int(m[2]), int(m[3])) for m in EXPECT.finditer(announced)}
    assert expected
    assert {(d.code, d.line, d.col) for d in _recognised(path)} == expected


_TABLE = "\n".join(
    [
        "部门整体支出绩效目标表（2022年度）",
        "部门名称\t示例局",
        "资金总额\t10.00",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t培训次数\t≥4次",
        "效益指标\t社会效益指标\t服务人数\t≥20人次",
    ]
)


def test_a_merged_cell_across_levels_is_named_at_its_first_cell() -> None:
    """Row 6's level-1 and level-2 cells merged into one (B6:C6 … here A6:B6): T004 at A6."""
    grid = sheet_grid(_TABLE, merged=(Span(5, 0, 5, 1),))
    found = recognise(grid).diagnostics
    assert [(d.code, d.location()) for d in found] == [("T004", "table.xlsx:Sheet1!A6")]
    assert found[0].message("en") == "a merged cell spans both the 一级指标 and the 二级指标 column"


def test_a_merged_level_cell_down_its_group_is_fine() -> None:
    grid = sheet_grid(_TABLE, merged=(Span(4, 0, 5, 0),))
    assert recognise(grid).diagnostics == []


def test_sheet_cells_are_named_as_the_spreadsheet_names_them() -> None:
    grid = sheet_grid(_TABLE.replace("≥20人次", "≥20人次\t备用列"))
    grid.rows[3].append("考核方式")
    found = recognise(grid).diagnostics
    assert [d.location() for d in found] == ["table.xlsx:Sheet1!E4"]
    assert (found[0].code, found[0].line, found[0].place) == ("T002", 0, "Sheet1!E4")


def test_a_table_without_its_blocks_names_each_missing_part() -> None:
    found = recognise(
        text_grid("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t次数\t≥1次")
    ).diagnostics
    assert [(d.code, d.line, d.col) for d in found] == [("T001", 1, 1)] * 3
    assert [d.message("en") for d in found] == [
        "the table has no title (the year); expected a title giving the year, such as "
        "“2023年度项目支出绩效自评表”, or “（2023年度）” on a line of its own",
        "the table has no department name; expected the labels "
        "部门名称、部门（单位）名称、部门(单位)名称、主管部门、主管部门及代码、单位名称",
        "the table has no budget (total); expected the labels 资金总额、年度资金总额",
    ]
