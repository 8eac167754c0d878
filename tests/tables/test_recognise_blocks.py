"""The rows of each block read whatever their shape — tasks without `任务N`, a goal over several
rows, a source printed without its amount, a row heading a group of indicators — and every cell
of the table that nothing reads is a located W053, never dropped without a word."""

from __future__ import annotations

import os
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from perfcheck.importing import recognise
from tests.conftest import run
from tests.tables.table_text import TABLES, text_grid

EXPECTED = TABLES / "expected"
FORMS = ["xlsx", "xls", "ods", "docx", "csv", "utf8.txt", "gbk.txt", "utf16.txt"]


@pytest.fixture(autouse=True)
def _back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path.cwd())  # restored after the test's own chdir


@pytest.mark.parametrize("form", FORMS)
def test_tasks_without_their_numbers_give_the_files_of_the_numbered_ones(
    form: str, tmp_path: Path
) -> None:
    """make_tables.py's department table with 理论学习 … under 任务名称 instead of 任务1.理论学习:
    numbered in order, the same target file."""
    name = f"department_targets_unnumbered_tasks.{form}"
    shutil.copyfile(TABLES / name, tmp_path / name)
    os.chdir(tmp_path)
    code, out, err = run("import", name, "-o", "t.yaml", "--format", "concise")
    assert (code, out) == (0, "检查了 2 个文件：0 个错误，0 个警告\n"), err
    written = Path("t.yaml").read_text(encoding="utf-8").split("\n", 2)[2]
    golden = (EXPECTED / "department_targets.yaml").read_text(encoding="utf-8")
    assert written == golden.split("\n", 2)[2]


_TASKS = """2024年度部门整体支出绩效目标表
部门名称\t青山县司法局
年度预算资金总额（万元）\t1,250.00
年度主要任务\t任务名称\t主要内容
\t公共法律服务\t开展法律援助和人民调解工作
\t普法宣传\t开展法治宣传进社区
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t1-1.法律援助案件数\t≥120件"""


def test_task_rows_under_their_headers_without_numbers_are_numbered_in_order() -> None:
    recognised = recognise(text_grid(_TASKS))
    assert recognised.diagnostics == []
    assert recognised.targets["tasks"] == [
        {"id": 1, "name": "公共法律服务", "content": "开展法律援助和人民调解工作"},
        {"id": 2, "name": "普法宣传", "content": "开展法治宣传进社区"},
    ]


def test_a_task_numbered_in_its_own_cell_keeps_its_number_and_the_next_follows() -> None:
    table = _TASKS.replace("\t公共法律服务", "\t3.公共法律服务").replace(
        "\t普法宣传", "\t任务5 普法宣传"
    )
    tasks = recognise(text_grid(table)).targets["tasks"]
    assert [(t["id"], t["name"]) for t in tasks] == [(3, "公共法律服务"), (5, "普法宣传")]
    unnumbered_second = recognise(text_grid(_TASKS.replace("\t公共法律服务", "\t3、公共法律服务")))
    assert [t["id"] for t in unnumbered_second.targets["tasks"]] == [3, 4]


def test_task_columns_the_files_do_not_keep_are_each_a_w053() -> None:
    """The department self-evaluation's tasks with their 预算数 and 执行数: the task is read, the
    figures it has no place for are reported at their cells, the unknown headers too."""
    table = (
        _TASKS.replace("主要内容", "主要内容\t预算数\t执行数")
        .replace("人民调解工作", "人民调解工作\t300\t296")
        .replace("进社区", "进社区\t50\t")
    )
    recognised = recognise(text_grid(table))
    assert len(recognised.targets["tasks"]) == 2
    found = [(d.code, d.line, d.col, d.args["text"]) for d in recognised.diagnostics]
    assert found == [
        ("W053", 4, 18, "预算数"),
        ("W053", 4, 22, "执行数"),
        ("W053", 5, 23, "300"),
        ("W053", 5, 27, "296"),
        ("W053", 6, 17, "50"),
    ]
    assert recognised.diagnostics[0].message("en") == "import did not read this cell: 预算数"


def test_a_goal_over_several_rows_is_one_text() -> None:
    table = _TASKS.replace("一级指标", "年度总体目标\t提供公共法律服务\n\t开展普法宣传\n一级指标")
    recognised = recognise(text_grid(table))
    assert recognised.diagnostics == []
    assert recognised.targets["annual_goal"] == "提供公共法律服务\n开展普法宣传"


def test_a_source_printed_without_its_amount_and_the_one_after_it() -> None:
    table = "\n".join(
        [
            "2023年度项目支出绩效目标表",
            "项目名称\t养老服务",
            "主管部门\t示范局",
            "资金总额\t100",
            "其中：当年财政拨款\t",
            "上年结转资金\t30",
            "三级指标\t指标值",
            "服务人次\t≥100人次",
        ]
    )
    recognised = recognise(text_grid(table))
    assert recognised.diagnostics == []
    assert recognised.targets["budget"] == {
        "total": Decimal("100"),
        "sources": {"上年结转资金": Decimal("30")},
    }


def test_a_row_of_a_level_name_alone_heads_the_rows_below() -> None:
    """`效益指标` on a row of its own, the rows below with their level-1 cells empty: what a
    merged cell gives, not a row dropped (before, they stayed under 产出指标)."""
    table = "\n".join(
        [
            "2023年度项目支出绩效目标表",
            "项目名称\t养老服务",
            "主管部门\t示范局",
            "资金总额\t100",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t服务人次\t≥100人次",
            "效益指标",
            "\t社会效益指标\t受益老人\t≥50人",
            "\t\t就餐难问题\t有效缓解",
            "满意度指标\t服务对象满意度指标\t老人满意度\t≥90%",
        ]
    )
    recognised = recognise(text_grid(table))
    assert recognised.diagnostics == []
    assert [(i["level1"], i["level2"]) for i in recognised.targets["indicators"]] == [
        ("产出指标", "数量指标"),
        ("效益指标", "社会效益指标"),
        ("效益指标", "社会效益指标"),
        ("满意度指标", "服务对象满意度指标"),
    ]


_PROJECT = """2023年度项目支出绩效目标表
项目名称\t养老服务
主管部门\t示范局
项目负责人及电话\t张三 028-12345678
资金总额\t100
年度总体目标\t为老人提供助餐服务
三级指标\t指标值
服务人次\t≥100人次
说明：本表由示范局填报。"""


def test_whom_to_ask_and_the_lines_around_the_table_are_no_w053() -> None:
    """项目负责人及电话 and its value: nothing the files keep, passed over as the form's; a note
    below the last cell read, the title and unit lines above the first, are no part of it."""
    assert recognise(text_grid(_PROJECT)).diagnostics == []


def test_a_row_between_the_blocks_that_no_block_reads_is_a_w053() -> None:
    table = _PROJECT.replace("资金总额", "注：资金由区财政统筹\n资金总额")
    found = recognise(text_grid(table)).diagnostics
    assert [(d.code, d.line, d.col) for d in found] == [("W053", 5, 1)]
    assert found[0].message("zh") == "导入未读取此单元格：注：资金由区财政统筹"
