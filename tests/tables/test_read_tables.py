"""read_tables: the reader chosen by extension, checked against the content, and the located
errors for files that are not tables (F001, F003, F020, F021, F025, F026)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from perfcheck.reading.limits import Limits
from perfcheck.reading.tables.errors import TableError
from perfcheck.reading.tables.read import read_tables
from tests.conftest import ROOT
from tests.tables.test_read_spreadsheet import TABLES


def _error(path: Path | str, **options: object) -> TableError:
    with pytest.raises(TableError) as caught:
        read_tables(path, **options)  # type: ignore[arg-type]
    return caught.value


@pytest.mark.parametrize(
    "name",
    [
        "project_targets.xlsx",
        "project_targets.xls",
        "project_targets.ods",
        "project_targets.docx",
        "project_targets.csv",
        "project_targets.utf8.txt",
        "project_targets.gbk.txt",
        "project_targets.utf16.txt",
    ],
)
def test_every_source_of_one_table_gives_the_same_cells(name: str) -> None:
    """The project table: 指标性质, 指标值 and 度量单位 in columns of their own, 分值 first; cells
    past a row's last text are left out of the comparison (a sheet's rows run to its width)."""
    grid = read_tables(TABLES / name)[0]
    rows = [
        row[: max((i + 1 for i, cell in enumerate(row) if cell), default=0)] for row in grid.rows
    ]
    assert rows[10:] == [
        ["一级指标", "二级指标", "三级指标", "分值", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "助餐服务人次", "20", "≥", "12000", "人次"],
        ["", "", "其中：上门送餐", "", "≥", "3000", "人次"],
        ["", "时效指标", "资金拨付时间", "20", "≤", "2023年12月"],
        ["成本指标", "经济成本指标", "人均补助标准", "10", "≤", "15", "元"],
        ["效益指标", "社会效益指标", "老人就餐难问题", "30", "定性", "有效缓解"],
        ["满意度指标", "服务对象满意度指标", "老人满意度", "10", "≥", "90", "%"],
    ]
    assert rows[8] == ["", "其他资金"]  # a blank 年初预算数


def test_the_damaged_tables_read_as_they_are() -> None:
    """Reading does not judge: a shifted cell and a merge across levels are read as written."""
    shifted = read_tables(TABLES / "damaged_shifted_column.xlsx")[0]
    assert shifted.rows[13] == ["", "质量指标", "", "1-2.学习考评通过率", "=100%"]
    merged = read_tables(TABLES / "damaged_merged_across_levels.docx")[0]
    assert merged.rows[11][:3] == ["产出指标", "", "1-1.专题学习次数"]
    assert (11, 0, 12, 1) in merged.merged
    words = read_tables(TABLES / "damaged_text_in_number_column.gbk.txt")[0]
    assert (
        words.rows[12][4] == "十分" and words.place(12, 4) == "14:22"
    )  # tab, tab, 12 chars, tab, 5, tab


def test_a_missing_file_and_a_folder_are_f001(tmp_path: Path) -> None:
    assert (
        _error(tmp_path / "none.xlsx")
        .concise("en")
        .endswith(": F001 cannot read file: no such file")
    )
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert _error(folder).message("en") == "cannot read file: is a folder"


def test_an_unknown_extension_is_f025(tmp_path: Path) -> None:
    path = tmp_path / "table.pdf"
    path.write_bytes(b"%PDF-1.7")
    assert _error(path).concise("en") == (
        f"{path}: F025 files ending in .pdf cannot be read; "
        "readable: .csv, .docx, .ods, .tsv, .txt, .xls, .xlsm, .xlsx"
    )


@pytest.mark.parametrize(
    ("source", "renamed", "found"),
    [
        ("project_targets.xlsx", "t.xls", "an Excel workbook (xlsx)"),
        ("project_targets.xls", "t.xlsx", "an Excel 97-2003 workbook (xls)"),
        ("project_targets.docx", "t.xlsx", "a Word document (docx)"),
        ("project_targets.csv", "t.docx", "text"),
        ("project_targets.ods", "t.txt", "an OpenDocument spreadsheet (ods)"),
    ],
)
def test_content_of_another_kind_than_the_extension_is_f021(
    tmp_path: Path, source: str, renamed: str, found: str
) -> None:
    path = tmp_path / renamed
    path.write_bytes((TABLES / source).read_bytes())
    error = _error(path)
    assert error.code == "F021"
    assert error.message("en") == f"the extension is {path.suffix} but the content is {found}"


def test_a_web_page_saved_as_xls_is_f021(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><table><tr><td>一级指标</td></tr></table></html>", encoding="utf-8")
    error = _error(path)
    assert (error.code, error.message("zh")) == ("F021", "扩展名是 .xls，内容却是网页（HTML/XML）")


def test_a_damaged_workbook_or_document_is_f020(tmp_path: Path) -> None:
    whole = (TABLES / "project_targets.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    error = _error(path)
    assert error.code == "F020"
    assert error.message("en").startswith("cannot be read as an Excel workbook (xlsx): ")
    path = tmp_path / "cut.docx"
    whole = (TABLES / "project_targets.docx").read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    assert _error(path).code == "F020"


def test_the_size_limits(tmp_path: Path) -> None:
    """F003 on the file's bytes; F020 when a package unpacks to more than its limit."""
    path = TABLES / "project_targets.docx"
    size = path.stat().st_size
    assert read_tables(path, limits=Limits(max_table_bytes=size))
    assert _error(path, limits=Limits(max_table_bytes=size - 1)).message("en") == (
        f"file is {size} bytes, over the limit of {size - 1} bytes"
    )
    assert _error(path, limits=Limits(max_table_unzipped_bytes=1000)).code == "F020"


def test_an_empty_text_or_a_workbook_of_empty_sheets_is_f026(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\t\t\n\n", encoding="utf-8")
    error = _error(path)
    assert (error.code, error.message("zh")) == ("F026", "文件中没有表格（文件是文本）")


def test_a_sheet_for_a_file_that_has_none_is_f022() -> None:
    error = _error(TABLES / "project_targets.docx", sheet="目标表")
    assert error.code == "F022"
    assert error.message("en") == "no sheet named “目标表”; it is not a workbook"


def test_reading_a_table_imports_no_reader_it_does_not_use() -> None:
    """A text table needs neither calamine nor python-docx (nor lxml)."""
    code = (
        "import sys\n"
        "from perfcheck.reading.tables.read import read_tables\n"
        f"read_tables({str(TABLES / 'project_targets.csv')!r})\n"
        "print(sorted(m for m in sys.modules if re.match(r'(python_calamine|docx|lxml)\\b', m)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", "import re\n" + code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert done.stdout.strip() == "[]"
    assert re.fullmatch(r"\[\]", done.stdout.strip())


def test_the_fixture_script_reproduces_the_committed_tables(tmp_path: Path) -> None:
    from tests.fixtures.tables.make_tables import main

    main(tmp_path)
    written = sorted(path.name for path in tmp_path.iterdir())
    from tests.fixtures.tables.make_tables import documents, tables

    assert len(written) == len(tables()) * 8 + len(documents())  # each table in 8 forms
    assert [n for n in written if (tmp_path / n).read_bytes() != (TABLES / n).read_bytes()] == []
