"""Word tables read into Grids: every table of the body, merged cells expanded, places R1C1."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfcheck.reading.tables.errors import TableError
from perfcheck.reading.tables.grid import PlaceStyle, Span
from perfcheck.reading.tables.read import read_tables
from tests.fixtures.tables.make_tables import Cell, Merge, Table, docx_bytes
from tests.tables.test_read_spreadsheet import DEPARTMENT_SPANS, DEPARTMENT_TOP, TABLES


def test_every_table_of_the_document_in_order() -> None:
    grids = read_tables(TABLES / "department_targets.docx")
    assert [(g.name, g.style) for g in grids] == [
        ("table 1", PlaceStyle.WORD),
        ("table 2", PlaceStyle.WORD),
    ]
    assert grids[1].rows == [["填报人", "李四"]]


def test_merged_cells_keep_their_text_in_the_first_cell_and_paragraphs_join_with_newlines() -> None:
    grid = read_tables(TABLES / "department_targets.docx")[0]
    assert grid.rows[:10] == DEPARTMENT_TOP  # row 5's content is two paragraphs
    assert grid.merged == DEPARTMENT_SPANS
    assert grid.place(9, 3) == "table 1!R10C4"


def test_a_merge_over_rows_and_columns_at_once() -> None:
    """项目资金（万元）… in the self-evaluation: rows 4-7 of column 0 (vMerge only), and 总分
    across columns 0-4 of the last row (gridSpan only)."""
    grid = read_tables(TABLES / "project_self_evaluation.docx", table=1)[0]
    assert Span(4, 0, 7, 0) in grid.merged
    last = len(grid.rows) - 1
    assert Span(last, 0, last, 4) in grid.merged
    assert grid.rows[last] == ["总分", "", "", "", "", "100", "86.54", "自评等级：良"]


def test_a_block_merged_both_ways_is_one_span(tmp_path: Path) -> None:
    path = tmp_path / "block.docx"
    rows: list[list[Cell]] = [["甲", "", "乙"], ["", "", ""], ["丙", "", ""]]
    path.write_bytes(docx_bytes([Table("block", rows, [Merge(0, 0, 1, 1)])]))
    grid = read_tables(path)[0]
    assert grid.rows == [["甲", "", "乙"], ["", "", ""], ["丙", "", ""]]
    assert grid.merged == (Span(0, 0, 1, 1),)


def test_a_document_without_tables(tmp_path: Path) -> None:
    path = tmp_path / "plain.docx"
    path.write_bytes(docx_bytes(["没有表格"]))
    with pytest.raises(TableError) as caught:
        read_tables(path)
    assert (
        caught.value.concise("en")
        == f"{path}: F026 this file, a Word document (docx), holds no table"
    )
