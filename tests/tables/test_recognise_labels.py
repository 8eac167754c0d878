"""Labels as the forms' local variants write them: the budget's total under its many names, with
its unit in brackets (full-width or half-width); the indicator's name column headed 指标名称, or
绩效指标 in a flat county table — where the official forms use 绩效指标 for the header over the
level columns, told apart by what the column holds."""

from __future__ import annotations

import json
import os
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from perfcheck.importing import recognise
from tests.conftest import run
from tests.tables.table_text import TABLES, text_grid

_BUDGET = """2024年度部门整体支出绩效目标表
部门名称\t青山县司法局
{label}\t1,250.00
年度主要任务\t任务1.法律援助\t开展法律援助
三级指标\t指标值
1-1.法律援助案件数\t≥120件"""


@pytest.mark.parametrize(
    ("label", "unit"),
    [
        ("资金总额", None),
        ("年度资金总额合计", None),
        ("年度预算资金总额（万元）", "万元"),
        ("年度预算资金总额(万元)", "万元"),
        ("年度预算资金总额（万元)", "万元"),
        ("预算资金总额（单位：万元）：", "万元"),
        ("年度预算总额（元）", "元"),
        ("部门预算总额", None),
        ("资金总额【万元】", None),
        ("年 度 预 算 资 金 总 额", None),
    ],
)
def test_the_budget_total_under_its_names_and_with_its_unit_in_brackets(
    label: str, unit: str | None
) -> None:
    recognised = recognise(text_grid(_BUDGET.format(label=label)))
    assert recognised.diagnostics == []
    assert recognised.targets["budget"] == {"total": Decimal("1250.00")}
    assert recognised.targets.get("money_unit") == unit


@pytest.mark.parametrize("label", ["总额", "资金来源", "年度资金", "预算执行"])
def test_other_labels_are_no_budget_total(label: str) -> None:
    """No budget is found (T001), and the amount beside the label is not lost without a word
    (W053, as the label itself where it is none the forms know)."""
    missing, *unread = recognise(text_grid(_BUDGET.format(label=label))).diagnostics
    assert (missing.code, missing.line, missing.col) == ("T001", 1, 1)
    assert missing.message("en") == (
        "the table has no budget (total); expected the labels 资金总额、年度资金总额"
    )
    amount = (3, len(label) + 2)
    assert [(d.code, d.line, d.col) for d in unread][-1] == ("W053", *amount)
    assert unread[-1].message("en") == "import did not read this cell: 1,250.00"


_FLAT = """2023年度部门整体支出绩效目标表
部门名称\t青山县文化馆
资金总额\t100
年度主要任务\t任务1.公益文化\t举办公益文化活动
序号\t{header}\t年度指标值\t分值
1\t举办公益文化活动场次\t≥40场次\t50
2\t群众满意度\t≥90%\t40"""


@pytest.mark.parametrize("header", ["绩效指标", "指标名称", "年度绩效指标", "绩效指标名称"])
def test_a_flat_tables_name_column_under_its_county_headers(header: str) -> None:
    recognised = recognise(text_grid(_FLAT.format(header=header)))
    assert recognised.diagnostics == []
    assert recognised.targets["indicators"] == [
        {"name": "举办公益文化活动场次", "target": "≥40场次", "points": Decimal("50")},
        {"name": "群众满意度", "target": "≥90%", "points": Decimal("40")},
    ]


def test_jixiao_zhibiao_over_an_empty_column_beside_the_levels_is_no_name_column() -> None:
    """The form's 绩效指标 column, its cells merged down the indicator rows (empty as text): the
    names are under 三级指标; the column holds nothing, and nothing is reported about it."""
    table = "\n".join(
        [
            "2023年度部门整体支出绩效目标表",
            "部门名称\t示例局",
            "资金总额\t10.00",
            "年度主要任务\t任务1.培训\t开展培训",
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
            "\t产出指标\t数量指标\t1-1.培训次数\t≥4次",
            "\t效益指标\t社会效益指标\t1-2.受训人数\t≥20人次",
        ]
    )
    recognised = recognise(text_grid(table))
    assert recognised.diagnostics == []
    assert [(i["level1"], i["name"]) for i in recognised.targets["indicators"]] == [
        ("产出指标", "培训次数"),
        ("效益指标", "受训人数"),
    ]


def test_jixiao_zhibiao_over_a_second_header_row_is_no_name_column() -> None:
    """绩效指标 spanning the level columns above the row naming them: the header is that row."""
    table = "\n".join(
        [
            "2023年度部门整体支出绩效目标表",
            "部门名称\t示例局",
            "资金总额\t10.00",
            "年度主要任务\t任务1.培训\t开展培训",
            "绩效指标\t\t\t指标值",
            "一级指标\t二级指标\t三级指标\t",
            "产出指标\t数量指标\t1-1.培训次数\t≥4次",
        ]
    )
    recognised = recognise(text_grid(table))
    assert recognised.diagnostics == []
    assert recognised.targets["indicators"][0]["name"] == "培训次数"


def test_jixiao_zhibiao_over_level_names_is_no_name_column() -> None:
    """A column under 绩效指标 holding 产出指标 … holds levels, not names: no header is taken
    for the indicator table's."""
    table = _FLAT.format(header="绩效指标").replace("举办公益文化活动场次", "产出指标")
    found = recognise(text_grid(table)).diagnostics
    assert [(d.code, d.line, d.col) for d in found] == [("T001", 1, 1)]
    assert found[0].message("en") == (
        "the table has no indicator table header; expected the labels 三级指标、指标值"
    )


@pytest.fixture(autouse=True)
def _back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path.cwd())  # restored after the test's own chdir


def test_the_flat_self_evaluation_scores_as_published(tmp_path: Path) -> None:
    """make_tables.py's flat 自评表 (指标名称, 年度预算资金总额, units in the budget's column
    headers): 76 of 80 is 95 % of 10 = 9.5; 2700 of 3000 册 is 90 % of 20 = 18; the other rows
    met: 9.5 + 30 + 18 + 20 + 10 + 10 = 97.5, 优, as printed."""
    name = "project_flat_self_evaluation.xlsx"
    shutil.copyfile(TABLES / name, tmp_path / name)
    os.chdir(tmp_path)
    code, _, err = run("import", name, "-o", "t.yaml", "--actuals", "a.yaml")
    assert code == 0, err
    code, out, err = run("score", "a.yaml", "--format", "json")
    assert code == 1, err  # 农家书屋图书更新数量 unmet
    scored = json.loads(out)
    assert (scored["total"], scored["grade"], scored["budget"]["score"]) == (97.5, "优", 9.5)
    assert [i["score"] for i in scored["indicators"]] == [30, 18, 20, 10, 10]
