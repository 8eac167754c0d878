"""Text tables (pasted, .txt, .tsv, .csv): encodings, Excel's quoting, cells located line:col."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from perfcheck.reading.tables.errors import TableError
from perfcheck.reading.tables.grid import PlaceStyle
from perfcheck.reading.tables.read import read_tables
from tests.tables.test_read_spreadsheet import DEPARTMENT_TOP, TABLES


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("department_targets.utf8.txt", "utf-8"),
        ("department_targets.gbk.txt", "gbk"),
        ("department_targets.utf16.txt", "utf-16"),
        ("department_targets.csv", "utf-8-sig"),
    ],
)
def test_each_encoding_reads_the_same_table(name: str, encoding: str) -> None:
    (grid,) = read_tables(TABLES / name)
    assert (grid.style, grid.name, grid.encoding) == (PlaceStyle.TEXT, "", encoding)
    assert grid.rows[:10] == DEPARTMENT_TOP
    assert grid.merged == ()


def test_cells_are_located_where_an_editor_shows_them() -> None:
    """Row 5 holds a quoted cell over two lines (`\\t任务2.宣传工作\\t"编印…，` / `发布…。"\\t\\t`):
    the cells after it stand on line 7."""
    (grid,) = read_tables(TABLES / "department_targets.utf8.txt")
    assert [grid.place(5, c) for c in range(5)] == ["6:1", "6:2", "6:11", "7:16", "7:17"]
    assert [grid.place(6, c) for c in range(5)] == ["8:1", "8:6", "8:11", "8:16", "8:20"]


def test_the_splitting_agrees_with_the_csv_module() -> None:
    raw = (TABLES / "project_self_evaluation.csv").read_bytes().decode("utf-8-sig")
    expected = list(csv.reader(io.StringIO(raw, newline="")))
    (grid,) = read_tables(TABLES / "project_self_evaluation.csv")
    assert grid.rows == expected


def test_quotes_as_a_browser_copies_them_are_text(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_bytes('"四个意识"说\t"a""b"\t"不闭合\r\n\r\nx'.encode())
    (grid,) = read_tables(path)
    assert grid.rows == [['"四个意识"说', 'a"b', '"不闭合'], [], ["x"]]
    assert grid.text_lines == (1, 2, 3)
    assert grid.place(0, 2) == "1:16"  # 7 characters, a tab, 6, a tab


def test_text_without_tabs_is_one_cell_a_line(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("成都市人民检察院, 2022\n金额单位：万元\n", encoding="utf-8")
    assert read_tables(path)[0].rows == [["成都市人民检察院, 2022"], ["金额单位：万元"]]


def test_standard_input_is_read_by_its_content() -> None:
    text = read_tables("-", stdin=io.BytesIO("一级指标\t分值\n".encode("gbk")))
    assert [(g.file, g.rows, g.encoding) for g in text] == [("-", [["一级指标", "分值"]], "gbk")]
    book = read_tables("-", stdin=io.BytesIO((TABLES / "project_targets.xlsx").read_bytes()))
    assert [g.name for g in book] == ["目标表", "说明"]


def test_bytes_in_no_known_encoding_and_binary_text(tmp_path: Path) -> None:
    """F020: neither UTF-8 nor GBK/GB18030 (a lone 0xFF), or NUL bytes without a mark."""
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe"[1:] + b"abc\xff")
    with pytest.raises(TableError) as caught:
        read_tables(path)
    assert caught.value.concise("en") == (
        f"{path}: F020 cannot be read as text: the text is neither UTF-8, UTF-16 nor GBK/GB18030"
    )
    path.write_bytes(b"a\tb\nc\x00d\n")
    with pytest.raises(TableError) as caught:
        read_tables(path)
    assert (caught.value.code, caught.value.location()) == ("F020", f"{path}:2:1")


def test_a_text_over_the_cell_limit(tmp_path: Path) -> None:
    from perfcheck.reading.limits import Limits

    path = tmp_path / "wide.tsv"
    path.write_text("a\tb\tc\nd\te\tf\n", encoding="utf-8")
    assert len(read_tables(path, limits=Limits(max_table_cells=6))[0].rows) == 2
    with pytest.raises(TableError) as caught:
        read_tables(path, limits=Limits(max_table_cells=5))
    assert caught.value.code == "F024"
