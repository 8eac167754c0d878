"""Local layouts: level-1 names as local forms print them, 成本指标 in both places, "其中" sub-rows
and blank units on counts; each scored against figures worked out by hand."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from perfcheck.checks.targets import check_targets
from perfcheck.engine.points import allocate
from perfcheck.model.framework import standard_level1
from perfcheck.model.names import unit_of_name
from perfcheck.model.targets import TargetFile
from perfcheck.run.load import load_actuals
from perfcheck.run.options import Options
from tests.conftest import FIXTURES, run

D = Decimal
VALID = FIXTURES / "valid"


def _codes(targets: TargetFile) -> list[str]:
    return [f.code for f in check_targets(targets, allocate(targets))]


def _project(indicators: list[dict[str, Any]], **extra: Any) -> TargetFile:
    data = {"project": "测试项目", "department": "测试局", "year": 2023, "budget": {"total": 100}}
    return TargetFile.model_validate({**data, "indicators": indicators, **extra})


def _row(level1: str, level2: str, points: str, target: str = "≥1次") -> dict[str, Any]:
    return {"level1": level1, "level2": level2, "name": f"{level2}{points}", "target": target,
            "points": D(points)}  # fmt: skip


@pytest.mark.parametrize(
    ("written", "standard"),
    [
        ("社会公众或服务对象满意度指标", "满意度指标"),
        ("满意度", "满意度指标"),
        ("经济效益指标", "效益指标"),
        ("成本指标", "成本指标"),
        ("产出指标", "产出指标"),
        ("地方自拟指标", "地方自拟指标"),
    ],
)
def test_a_level1_name_stands_for_its_standard_level1(written: str, standard: str) -> None:
    assert standard_level1(written) == standard


def test_a_local_satisfaction_name_takes_the_default_weight_and_keeps_its_wording() -> None:
    # default weights 50 + 30 + 10 and budget 10: the satisfaction row's 10 points come from the
    # weight of 满意度指标, which its local name stands for; no D006 for 满意度指标, no D003
    targets = _project(
        [
            {"level1": "产出指标", "level2": "数量指标", "name": "a", "target": "≥1次"},
            {"level1": "效益指标", "level2": "社会效益指标", "name": "b", "target": "≥1次"},
            {"level1": "社会公众或服务对象满意度指标", "level2": "服务对象满意度指标",
             "name": "c", "target": "≥90%"},
        ]
    )  # fmt: skip
    allocation = allocate(targets)
    assert allocation.points == (D(50), D(30), D(10))
    assert _codes(targets) == []
    assert targets.indicators[2].level1 == "社会公众或服务对象满意度指标"


def test_weights_from_the_rows_count_a_local_name_once() -> None:
    # 产出 50 and the local satisfaction name 10 from their rows, 效益指标 its default 30: with the
    # budget's 10 that is 100. Were the default 满意度指标 10 kept beside the local name's 10,
    # the weights would add to 110 (D010).
    targets = _project(
        [
            _row("产出指标", "数量指标", "50"),
            {"level1": "效益指标", "level2": "社会效益指标", "name": "b", "target": "≥1次"},
            _row("社会公众或服务对象满意度指标", "服务对象满意度指标", "10", "≥90%"),
        ]
    )
    allocation = allocate(targets)
    assert allocation.findings == ()
    assert allocation.points == (D(50), D(30), D(10))


def test_cost_indicators_are_read_both_as_a_level1_and_under_output() -> None:
    targets = _project(
        [
            _row("产出指标", "成本指标", "20", "≤15万元"),
            _row("产出指标", "经济成本指标", "20", "≤15万元"),
            _row("成本指标", "社会成本指标", "20", "≤30天"),
            _row("成本指标", "生态环境成本指标", "10", "≤30天"),
            _row("效益指标", "社会效益指标", "10"),
            _row("满意度指标", "服务对象满意度指标", "10", "≥90%"),
        ]
    )
    assert _codes(targets) == []
    misplaced = _project([_row("效益指标", "经济成本指标", "90", "≤15万元")])
    found = [f for f in check_targets(misplaced, allocate(misplaced)) if f.code == "D003"]
    assert [f.args["expected"] for f in found] == ["成本指标"]


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("培训次数", "次"),
        ("受益人数", "人"),
        ("受益群众人数", "人"),
        ("新建站点个数", "个"),
        ("培训人次", "人次"),
        ("入户户数量", "户"),
        ("宣传活动", None),
        ("群众满意度", None),
        ("改造管网里程", None),
    ],
)
def test_a_name_makes_a_count_unit_plain(name: str, unit: str | None) -> None:
    assert unit_of_name(name) == unit


def test_a_blank_unit_on_a_count_is_taken_from_the_name_with_a_warning() -> None:
    blank = {"comparator": ">=", "value": 3, "unit": ""}
    targets = _project([{"name": "培训次数", "target": blank, "points": D(90)}])
    assert targets.indicators[0].target.text() == "≥3次"
    findings = check_targets(targets, allocate(targets))
    assert [(f.code, f.path, f.args["suggestion"]) for f in findings] == [
        ("W007", ("indicators", 0, "target"), "≥3次")
    ]


def test_a_blank_unit_the_name_does_not_explain_stays_an_error() -> None:
    code, out, _ = run("validate", str(FIXTURES / "invalid/targets/target_no_unit.yaml"))
    assert code == 1 and "S013" in out


def test_a_local_layout_table_scores_as_worked_out_by_hand() -> None:
    loaded = load_actuals(VALID / "actuals" / "level1_names_local.yaml", Options())
    result = loaded.result
    assert result is not None
    scores = {r.indicator.id: r.score for r in result.indicators}
    # 2: ≤15万元 at 16万元, ratio 10 × 15/16 = 9.375 → 9.38; 6: 20 × 88/90 = 19.555… → 19.56;
    # budget 10 × 285/300 = 9.50
    assert scores == {"1": D(20), "2": D("9.38"), "3": D(10), "4": D(10), "5": D(20),
                      "6": D("19.56")}  # fmt: skip
    assert result.budget.score == D("9.50")
    assert result.total == D("98.44")
    groups = {g.level1: (g.points, g.score) for g in result.groups}
    assert groups == {
        "产出指标": (D(40), D("39.38")),
        "成本指标": (D(10), D(10)),
        "效益指标": (D(20), D(20)),
        "社会公众或服务对象满意度指标": (D(20), D("19.56")),
    }


def test_parts_are_shown_never_scored_nor_counted() -> None:
    loaded = load_actuals(VALID / "actuals" / "parts_breakdown.yaml", Options())
    result = loaded.result
    assert result is not None
    assert len(result.indicators) == 3
    # 30 × 186/192 = 29.0625 → 29.06; the sub-rows' 174只 and 12头 change nothing; budget
    # 10 × 114/120 = 9.50; total 29.06 + 30 + 30 + 9.50
    assert [r.score for r in result.indicators] == [D("29.06"), D(30), D(30)]
    assert result.total == D("98.56")
    first, _, third = result.indicators
    assert [(p.name, p.target, p.actual) for p in first.parts] == [
        ("种猪", "≥180只", D(174)),
        ("种牛", "≥12头", D(12)),
    ]
    assert [(p.name, p.target, p.actual) for p in third.parts] == [
        ("上半年批次", "6月底前", "2023年6月"),
        ("下半年批次", "12月底前", None),
    ]
    # the sub-row's deadline is in the file's year, like its indicator's
    part = result.targets.indicators[2].parts[0].target
    assert part.end.isoformat() == "2023-06-30"  # type: ignore[union-attr]


def test_a_part_target_is_checked_like_an_indicators() -> None:
    targets = {"name": "补贴数量", "target": "≥192只", "points": D(90)}
    with pytest.raises(ValueError, match="S012"):
        _project([{**targets, "parts": [{"name": "种猪", "target": "180只"}]}])
    # a 正向 row lends its direction to its sub-rows: 180只 is ≥180只
    row = _project(
        [{**targets, "direction": "正向", "parts": [{"name": "种猪", "target": "180只"}]}]
    )
    assert row.indicators[0].parts[0].text() == "≥180只"


def test_a_part_actual_is_read_like_an_indicators(tmp_path: Any) -> None:
    target = VALID / "targets" / "parts_breakdown.yaml"
    actuals = tmp_path / "a.yaml"
    actuals.write_text(
        f"targets: {target}\nperiod: 2023Q4\nbudget: {{spent: 114}}\n"
        "actuals:\n  '1': {value: 192只, parts: {种猪: 180头}}\n  '2': 100%\n  '3': 2023年11月\n",
        encoding="utf-8",
    )
    code, out, _ = run("validate", str(actuals), "--format", "concise")
    assert code == 1
    assert f"{actuals}:5:34: D021" in out


def test_parts_in_the_reports() -> None:
    actuals = str(VALID / "actuals" / "parts_breakdown.yaml")
    _, out, _ = run("score", actuals, "--format", "json")
    indicators = json.loads(out)["indicators"]
    assert indicators[0]["parts"] == [
        {"name": "种猪", "target": "≥180只", "actual": 174},
        {"name": "种牛", "target": "≥12头", "actual": 12},
    ]
    assert "parts" not in indicators[1]
    _, markdown, _ = run("score", actuals, "--format", "markdown")
    assert "|  | 其中：种猪 | ≥180只 | 174只 |  |  |  |  |  |" in markdown  # a flat list
    _, text, _ = run("score", actuals, "--lang", "en")
    assert "of which: 种牛" in text
    _, shown, _ = run("show", str(VALID / "targets" / "parts_breakdown.yaml"), "--format", "json")
    assert json.loads(shown)["indicators"][2]["parts"][1] == {
        "name": "下半年批次",
        "target": "12月底前",
    }
