"""Tables in the shapes published tables have, recognised by their labels: a filled project
self-evaluation (its actuals and published scores), a department table with its columns in
another order, and the YAML written for them loading with perfcheck's own loader."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from perfcheck.importing import Origin, emit_yaml, recognise
from perfcheck.reading.yaml_scalars import scalar
from tests.conftest import run
from tests.tables.table_text import text_grid

SELF_EVALUATION = """项目支出绩效自评表
（2023年度）
项目名称\t农村饮水安全巩固提升项目
主管部门\t青禾县水务局\t实施单位\t青禾县农村供水管理站
项目资金（万元）\t资金来源\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t80.00\t80.00\t76.00\t10\t95%\t9.5
\t其中：当年财政拨款\t70.00\t70.00\t66.00\t—\t—\t—
\t上年结转资金\t10.00\t10.00\t10.00\t—\t—\t—
年度总体目标\t预期目标\t实际完成情况
\t新建集中供水工程3处\t新建集中供水工程3处，均已通水
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t产出指标\t数量指标\t新建集中供水工程数量\t≥3处\t3处\t20\t20
\t\t质量指标\t工程验收合格率\t=100%\t100%\t20\t20
\t效益指标\t社会效益指标\t受益人口\t≥5000人\t4600人\t30\t27.6\t部分村未完成入户连接
\t满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t93%\t20\t20
总分\t\t\t\t\t\t100\t97.1
自评等级\t优"""

ORIGIN = Origin("自评表.txt", "", "0" * 64)


def test_a_self_evaluation_gives_its_targets() -> None:
    recognised = recognise(text_grid(SELF_EVALUATION))
    assert recognised.diagnostics == []
    targets = recognised.targets
    assert {k: v for k, v in targets.items() if k != "indicators"} == {
        "kind": "project",
        "project": "农村饮水安全巩固提升项目",
        "department": "青禾县水务局",
        "implementer": "青禾县农村供水管理站",
        "year": 2023,
        "money_unit": "万元",
        "budget": {
            "total": Decimal("80.00"),
            "sources": {"当年财政拨款": Decimal("70.00"), "上年结转资金": Decimal("10.00")},
        },
        "annual_goal": "新建集中供水工程3处",
    }
    assert targets["indicators"][2] == {
        "level1": "效益指标",
        "level2": "社会效益指标",
        "name": "受益人口",
        "target": "≥5000人",
        "points": Decimal("30"),
    }
    assert [i["level1"] for i in targets["indicators"]] == [
        "产出指标", "产出指标", "效益指标", "满意度指标"
    ]  # fmt: skip


def test_a_self_evaluation_gives_its_actuals_and_published_scores() -> None:
    actuals = recognise(text_grid(SELF_EVALUATION), targets_file="t.yaml").actuals
    assert actuals == {
        "targets": "t.yaml",
        "period": "2023Q4",
        "budget": {
            "initial": Decimal("80.00"),
            "adjusted": Decimal("80.00"),
            "spent": Decimal("76.00"),
        },
        "annual_goal": "新建集中供水工程3处，均已通水",
        "actuals": {
            "新建集中供水工程数量": "3处",
            "工程验收合格率": "100%",
            "受益人口": {"value": "4600人", "explanation": "部分村未完成入户连接"},
            "受益群众满意度": "93%",
        },
        "published": {
            "total": Decimal("97.1"),
            "grade": "优",
            "rate": Decimal("95"),
            "budget": Decimal("9.5"),
            "scores": {
                "新建集中供水工程数量": Decimal("20"),
                "工程验收合格率": Decimal("20"),
                "受益人口": Decimal("27.6"),
                "受益群众满意度": Decimal("20"),
            },
        },
    }


def test_the_written_files_score_as_published(tmp_path: Path) -> None:
    """Points 20 + 20 + 30 + 20 and budget 10; 受益人口 4600 of 5000 is 92 % of 30 = 27.6,
    满意度 93 % of ≥90 % is capped at 20, the budget 76 of 80 is 95 % of 10 = 9.5: 97.1."""
    recognised = recognise(text_grid(SELF_EVALUATION), targets_file="t.yaml")
    assert recognised.actuals is not None
    (tmp_path / "t.yaml").write_text(emit_yaml(recognised.targets, ORIGIN), encoding="utf-8")
    actuals = tmp_path / "a.yaml"
    actuals.write_text(emit_yaml(recognised.actuals, ORIGIN), encoding="utf-8")
    code, out, err = run("score", str(actuals), "--format", "json")
    assert code == 1, err  # 受益人口 unmet
    scored = json.loads(out)
    assert (scored["total"], scored["grade"], scored["budget"]["score"]) == (97.1, "优", 9.5)
    assert [i["score"] for i in scored["indicators"]] == [20, 20, 27.6, 20]


def test_each_printed_figure_keeps_its_cell() -> None:
    """What audit points at: the cell of each printed score, of the total, grade, rate and
    budget score, and of a row's (blank) explanation."""
    grid = text_grid(SELF_EVALUATION)
    places = recognise(grid).places
    shown = {
        place[2:]: grid.place(*places[place])
        for place in (
            ("actuals", "published", "scores", "受益人口"),
            ("actuals", "published", "points", "受益人口"),
            ("actuals", "actuals", "受益群众满意度", "explanation"),
            ("actuals", "published", "total"),
            ("actuals", "published", "grade"),
            ("actuals", "published", "rate"),
            ("actuals", "published", "budget"),
            ("actuals", "published", "points"),
        )
    }
    assert {key: value.split(":")[0] for key, value in shown.items()} == {
        ("scores", "受益人口"): "14",
        ("points", "受益人口"): "14",
        ("受益群众满意度", "explanation"): "15",
        ("total",): "16",
        ("grade",): "17",
        ("rate",): "6",
        ("budget",): "6",
        ("points",): "16",  # the total row's 分值
    }
    assert places[("actuals", "published", "scores", "受益人口")] == (13, 7)
    assert places[("targets", "indicators", 2, "target")] == (13, 4)


def test_a_grade_printed_after_its_label_in_one_cell() -> None:
    text = SELF_EVALUATION.replace("总分\t\t\t\t\t\t100\t97.1\n自评等级\t优",
                                   "总分\t\t\t\t\t\t100\t97.1\t自评等级：良")  # fmt: skip
    recognised = recognise(text_grid(text))
    assert recognised.actuals is not None
    assert recognised.actuals["published"]["grade"] == "良"
    assert recognised.places[("actuals", "published", "grade")] == (15, 8)


def test_a_total_row_merged_across_the_level_columns_is_no_t004() -> None:
    """The 总分 label merged over the level and name columns is the form's own layout."""
    from perfcheck.reading.tables.read import read_tables

    tables = Path(__file__).parent.parent / "fixtures" / "tables"
    (grid, _) = read_tables(tables / "project_self_evaluation.xlsx")
    assert any(span.first_row == 17 and span.last_col == 4 for span in grid.merged)
    assert [d.code for d in recognise(grid).diagnostics if d.code.startswith("T")] == []


# Columns in another order: 分值 first, 指标性质 and 度量单位 on their own, an "其中" line.
DEPARTMENT = """2024年部门整体支出绩效目标表
部 门 名 称：\t青禾县统计局
年度主要任务\t任务名称\t主要内容
\t任务1、统计调查\t完成各项统计调查
年度部门整体支出预算\t资金总额\t财政拨款\t其他资金
\t120.5\t100.5\t20
年度总体目标\t完成年度统计调查任务
分值\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位
25\t产出指标\t数量指标\t1-1.完成调查项目数\t≥\t12\t个
25\t\t时效指标\t1-2.数据报送时间\t\t2024年12月底前\t
\t\t\t其中：月报\t≥\t12\t次
30\t效益指标\t社会效益指标\t1-3.统计差错次数\t反向\t3\t次
10\t满意度指标\t服务对象满意度指标\t1-4.数据使用者满意度\t正向\t90\t%"""


def test_a_department_table_in_another_column_order() -> None:
    recognised = recognise(text_grid(DEPARTMENT))
    assert recognised.diagnostics == []
    assert recognised.actuals is None
    targets = recognised.targets
    assert (targets["department"], targets["year"]) == ("青禾县统计局", 2024)
    assert targets["tasks"] == [{"id": 1, "name": "统计调查", "content": "完成各项统计调查"}]
    assert targets["budget"] == {
        "total": Decimal("120.5"),
        "sources": {"财政拨款": Decimal("100.5"), "其他资金": Decimal("20")},
    }
    assert [
        (i["id"], i["target"], i.get("direction"), i["points"]) for i in targets["indicators"]
    ] == [
        ("1-1", "≥12个", None, Decimal("25")),
        ("1-2", "2024年12月底前", None, Decimal("25")),
        ("1-3", "3次", "反向", Decimal("30")),
        ("1-4", "90%", "正向", Decimal("10")),
    ]


def test_the_department_table_validates(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(emit_yaml(recognise(text_grid(DEPARTMENT)).targets, ORIGIN), encoding="utf-8")
    code, out, err = run("show", str(path), "--format", "json")
    assert code == 0, err
    shown = json.loads(out)
    assert [(i["comparator"], i["value"], i["unit"]) for i in shown["indicators"]] == [
        (">=", 12, "个"), ("time", None, None), ("<=", 3, "次"), (">=", 90, "%")
    ]  # fmt: skip


def test_scalars_are_quoted_where_yaml_would_misread_them() -> None:
    written: dict[str, Any] = {
        "=100%": '"=100%"',
        "1-1": '"1-1"',
        "2023-12-31": '"2023-12-31"',
        "no": '"no"',
        "≥4次": "≥4次",
        "定性优良中低差": "定性优良中低差",
        "a: b": '"a: b"',
        " 前后空格": '" 前后空格"',
        "行一\n行二": '"行一\\n行二"',
        "方向\u200f": '"方向\\u200f"',
        '引号"': '引号"',
        ">=4次": '">=4次"',
    }
    assert {text: scalar(text) for text in written} == written
    assert (scalar(Decimal("15213.00")), scalar(2022), scalar(Decimal("1E+2"))) == (
        "15213.00",
        "2022",
        "100",
    )


def test_emitted_yaml_reads_back_as_written() -> None:
    import yaml

    data = {"a": {"b": ["=100%", "1-1", {"id": "2-3", "content": "长" * 120}]}, "empty": []}
    text = emit_yaml(data, ORIGIN, lang="en")
    assert text.startswith(
        "# made by perfcheck import from 自评表.txt (whole text)\n# SHA-256: 000"
    )
    assert yaml.safe_load(text) == data
    assert "  content: >-\n" in text


def test_a_two_row_header_takes_the_labels_above_its_blank_cells() -> None:
    """绩效指标 spans the three level columns on the first row; 指标值 and 分值, merged down
    two rows, are blank on the second."""
    table = "\n".join(
        [
            "部门整体支出绩效目标表（2022年度）",
            "部门名称\t示例局",
            "资金总额\t10.00",
            "绩效指标\t\t\t指标值\t分值",
            "一级指标\t二级指标\t三级指标\t\t",
            "产出指标\t数量指标\t培训次数\t≥4次\t50",
        ]
    )
    recognised = recognise(text_grid(table))
    assert recognised.diagnostics == []
    assert recognised.targets["indicators"] == [
        {
            "level1": "产出指标",
            "level2": "数量指标",
            "name": "培训次数",
            "target": "≥4次",
            "points": Decimal("50"),
        }
    ]


# A self-evaluation whose level-1 成本指标 is also a level-2 name of the older framework, with a
# "其中" row under an indicator, the total row merged across its label's columns and the grade
# in the label's own cell.
PARTS = """项目支出绩效自评表（2023年度）
项目名称\t种养殖补助
主管部门\t青禾县农业农村局
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t50\t50\t50\t10\t100%\t10
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t补助牲畜数量\t≥192只\t186只\t40\t38.75
\t\t其中：种猪\t≥180只\t174只\t\t
成本指标\t经济成本指标\t每头补助标准\t≤500元\t500元\t20\t20
效益指标\t经济效益指标\t增收户数\t≥30户\t30户\t30\t30
总分\t\t\t\t\t100\t98.75
自评等级：优"""


def test_a_qiji_row_is_a_part_of_the_indicator_above_with_its_own_actual() -> None:
    """其中：种猪 is no indicator: its target and actual go under 补助牲畜数量 (`parts:`)."""
    recognised = recognise(text_grid(PARTS), targets_file="t.yaml")
    assert recognised.diagnostics == []
    first = recognised.targets["indicators"][0]
    assert first["parts"] == [{"name": "种猪", "target": "≥180只"}]
    assert len(recognised.targets["indicators"]) == 3
    assert recognised.actuals is not None
    assert recognised.actuals["actuals"]["补助牲畜数量"] == {
        "value": "186只",
        "parts": {"种猪": "174只"},
    }


def test_cost_as_a_level_1_name_is_read_under_its_headers() -> None:
    """成本指标 heads the second group: the row is under its headers, no W051."""
    recognised = recognise(text_grid(PARTS))
    assert [i["level1"] for i in recognised.targets["indicators"]] == [
        "产出指标", "成本指标", "效益指标"
    ]  # fmt: skip
    assert [d.code for d in recognised.diagnostics] == []


def test_the_grade_in_its_labels_cell_and_the_total_are_published() -> None:
    actuals = recognise(text_grid(PARTS)).actuals
    assert actuals is not None
    assert actuals["published"]["total"] == Decimal("98.75")
    assert actuals["published"]["grade"] == "优"


def test_the_total_row_merged_across_the_level_columns_is_no_t004() -> None:
    """总分 merged over A11:E11 spans the level columns below the indicator rows: a rule of the
    form, not a damaged cell (T004 is for the indicator rows only)."""
    from perfcheck.reading.tables.grid import Span
    from tests.tables.table_text import sheet_grid

    grid = sheet_grid(PARTS, merged=(Span(10, 0, 10, 4),))
    assert recognise(grid).diagnostics == []


def test_the_parts_validate_and_score_as_written(tmp_path: Path) -> None:
    """补助牲畜数量 186 of 192 is 96.875 % of 40 = 38.75; the part is shown, never scored;
    every other indicator met, the budget spent in full: 10 + 38.75 + 20 + 30 = 98.75."""
    recognised = recognise(text_grid(PARTS), targets_file="t.yaml")
    assert recognised.actuals is not None
    (tmp_path / "t.yaml").write_text(emit_yaml(recognised.targets, ORIGIN), encoding="utf-8")
    actuals = tmp_path / "a.yaml"
    actuals.write_text(emit_yaml(recognised.actuals, ORIGIN), encoding="utf-8")
    code, out, err = run("score", str(actuals), "--format", "json")
    assert code == 1, err  # 补助牲畜数量 unmet
    scored = json.loads(out)
    assert [i["score"] for i in scored["indicators"]] == [38.75, 20, 30]
    assert scored["total"] == 98.75
