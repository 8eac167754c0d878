"""A table's heading where reports print it: a Word report's title is a paragraph above the table,
not a row of it; a title may name the department; a table with no title at all may carry its
year in the project's name (W052); without any year the table says what it lacks in words.

The Word fixtures (make_tables.py, `documents()`) are tables of the other fixtures with their title
rows printed as paragraphs instead: they give the same files as those tables do.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from perfcheck.importing import recognise
from perfcheck.reading.tables.read import read_tables
from tests.conftest import run
from tests.tables.table_text import TABLES, text_grid

EXPECTED = TABLES / "expected"


@pytest.fixture(autouse=True)
def _back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path.cwd())  # restored after the test's own chdir


def test_each_word_table_keeps_the_paragraphs_above_it() -> None:
    """The last paragraphs before each table, past the small table between title and table."""
    filled_by, table = read_tables(TABLES / "word_title_above_project_targets.docx")
    assert filled_by.above == ("附件2", "2023年度项目支出绩效目标表")
    assert table.above == ("附件2", "2023年度项目支出绩效目标表", "金额单位：万元")
    (department,) = read_tables(TABLES / "word_title_above_department_self_evaluation.docx")
    assert department.above == (
        "三、部门整体支出绩效自评情况",
        "本部门对照年初设定的绩效目标开展了自评，结果如下。",
        "成都市示范局2023年度部门整体支出绩效自评表",
    )


def test_only_the_last_eight_paragraphs_are_kept(tmp_path: Path) -> None:
    from tests.fixtures.tables.make_tables import Table, docx_bytes

    lines = [f"第{n}段" for n in range(1, 12)]
    (tmp_path / "long.docx").write_bytes(docx_bytes([*lines, "", Table("t", [["甲"]], [])]))
    (grid,) = read_tables(tmp_path / "long.docx")
    assert grid.above == tuple(lines[-8:])


@pytest.mark.parametrize(
    ("document", "stem"),
    [
        ("word_title_above_project_targets", "project_targets"),
        ("word_title_above_department_self_evaluation", "department_self_evaluation"),
    ],
)
def test_a_word_table_titled_by_a_paragraph_gives_the_files_of_the_table_titled_inside(
    document: str, stem: str, tmp_path: Path
) -> None:
    """The year (and the unit, and for the department table its name) read from the paragraphs:
    the files are those of the same table with its title rows inside it."""
    shutil.copyfile(TABLES / f"{document}.docx", tmp_path / f"{document}.docx")
    os.chdir(tmp_path)
    code, out, err = run(
        "import", f"{document}.docx", "-o", f"{stem}.yaml", "--actuals", f"{stem}.actuals.yaml",
        "--format", "concise",
    )  # fmt: skip
    assert (code, out) == (0, (EXPECTED / f"{stem}.report.txt").read_text().split("# exit")[0]), err
    outputs = [f"{stem}.yaml"] + ([f"{stem}.actuals.yaml"] if "evaluation" in stem else [])
    assert sorted(p.name for p in tmp_path.glob("*.yaml")) == sorted(outputs)
    for output in outputs:
        written = (tmp_path / output).read_text(encoding="utf-8").split("\n", 2)[2]
        assert written == (EXPECTED / output).read_text(encoding="utf-8").split("\n", 2)[2]


def test_the_title_and_year_in_the_table_come_before_the_lines_above_it() -> None:
    """A table with its own title: a paragraph above naming another year changes nothing."""
    grid = read_tables(TABLES / "project_targets.docx")[0]
    assert grid.above == ("附件：绩效目标表",)
    moved = grid._replace(above=("2019年度项目支出绩效目标表",))
    assert recognise(moved).targets["year"] == 2023


def test_a_document_heading_an_earlier_table_gives_no_year_to_a_later_untitled_one() -> None:
    """Only the lines from the nearest title on belong to the table: a year-only line above an
    earlier title is that table's."""
    table = "项目名称\t助餐服务\n主管部门\t示范局\n资金总额\t10\n三级指标\t指标值\n人次\t≥5人次"
    grid = text_grid(table)._replace(above=("（2021年度）", "项目支出绩效目标表", "附件3"))
    found = recognise(grid)
    assert "year" not in found.targets
    assert [d.code for d in found.diagnostics] == ["T001"]


@pytest.mark.parametrize(
    ("title", "department"),
    [
        ("成都市示范局2023年度部门整体支出绩效自评表", "成都市示范局"),
        ("青山县文化馆 2023年部门整体支出绩效目标表", "青山县文化馆"),
        ("部门整体支出绩效自评表（2023年度）", None),
        ("附件2 2023年度部门整体支出绩效自评表", None),
        ("农田建设项目2023年度绩效自评表", None),
    ],
)
def test_a_title_names_the_department_before_its_year(title: str, department: str | None) -> None:
    """Used when no 部门名称 (or 主管部门 …) label gives it; an attachment number, the form's
    own words or a project's name are no department."""
    rest = "年度主要任务\t任务1.学习\t全年学习\n资金总额\t10\n三级指标\t指标值\n1-1.次数\t≥1次"
    table = f"{title}\n{rest}"
    found = recognise(text_grid(table))
    assert found.targets.get("department") == department
    missing = [d.message("en") for d in found.diagnostics if d.code == "T001"]
    assert (_NO_DEPARTMENT in missing) == (department is None)


_NO_DEPARTMENT = (
    "the table has no department name; expected the labels "
    "部门名称、部门（单位）名称、部门(单位)名称、主管部门、主管部门及代码、单位名称"
)


def test_a_label_names_the_department_before_the_title_does() -> None:
    table = "成都市示范局2023年度部门整体支出绩效目标表\n部门名称\t成都市示范局机关\n资金总额\t10"
    assert recognise(text_grid(table)).targets["department"] == "成都市示范局机关"


_UNTITLED_PROJECT = """项目名称\t2024年基本公共卫生服务项目
主管部门\t青山县卫生健康局
年度资金总额（万元）\t320
三级指标\t指标值\t分值
接种疫苗剂次\t≥12000剂次\t100"""


def test_without_a_titled_year_the_project_name_gives_it_with_w052() -> None:
    found = recognise(text_grid(_UNTITLED_PROJECT))
    assert found.targets["year"] == 2024
    assert [(d.code, d.line, d.col) for d in found.diagnostics] == [("W052", 1, 6)]
    assert found.diagnostics[0].message("zh") == (
        "表中没有写明年度的标题，年度取自项目名称 “2024年基本公共卫生服务项目”：2024"
    )
    assert found.diagnostics[0].message("en") == (
        "no title gives the year; it is read from the project name "
        "“2024年基本公共卫生服务项目”: 2024"
    )


def test_a_title_with_the_year_wins_over_the_project_name() -> None:
    grid = text_grid(_UNTITLED_PROJECT)._replace(above=("2023年度项目支出绩效目标表",))
    found = recognise(grid)
    assert (found.targets["year"], found.diagnostics) == (2023, [])


def test_no_year_anywhere_says_what_is_expected_in_words() -> None:
    """Not a literal label such as 2022年, which read as if the table had to say 2022."""
    table = _UNTITLED_PROJECT.replace("2024年基本公共卫生服务项目", "基本公共卫生服务项目")
    (found,) = recognise(text_grid(table)).diagnostics
    assert (found.code, found.line, found.col) == ("T001", 1, 1)
    assert found.message("zh") == (
        "表中找不到标题（年度）；应有写明年度的标题，如 “2023年度项目支出绩效自评表”，"
        "或单独一行的 “（2023年度）”"
    )
    assert found.message("en") == (
        "the table has no title (the year); expected a title giving the year, such as "
        "“2023年度项目支出绩效自评表”, or “（2023年度）” on a line of its own"
    )
