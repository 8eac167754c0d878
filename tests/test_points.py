"""Points: explicit, defaulted and mixed, always adding up to the level-1 weights."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfcheck.engine.points import allocate, split_evenly
from perfcheck.model.targets import TargetFile

D = Decimal


def _targets(indicators: list[dict[str, Any]], **extra: Any) -> TargetFile:
    return TargetFile.model_validate(
        {
            "department": "测试部门",
            "year": 2022,
            "budget": {"total": 100},
            "tasks": [{"id": 1, "name": "任务"}],
            "indicators": indicators,
            **extra,
        }
    )


def _indicator(number: int, level1: str, points: str | None = None) -> dict[str, Any]:
    level2 = {
        "产出指标": "数量指标",
        "效益指标": "社会效益指标",
        "满意度指标": "服务对象满意度指标",
    }
    entry: dict[str, Any] = {
        "id": f"1-{number}",
        "level1": level1,
        "level2": level2[level1],
        "name": f"指标{number}",
        "target": "≥1次",
    }
    if points is not None:
        entry["points"] = D(points)
    return entry


def test_fifty_over_twenty_two_gives_six_times_228_then_227() -> None:
    shares = split_evenly(D(50), 22, D("0.01"))
    assert shares == [D("2.28")] * 6 + [D("2.27")] * 16
    assert sum(shares) == D(50)


def test_whole_point_rounding_splits_in_whole_points() -> None:
    assert split_evenly(D(50), 22, D(1)) == [D(3)] * 6 + [D(2)] * 16


def test_chengdu_points_add_up_to_50_30_10(chengdu_text: str) -> None:
    from perfcheck.reading.yaml_reader import parse

    targets = TargetFile.model_validate(parse(chengdu_text).data)
    allocation = allocate(targets)
    by_group: dict[str, Decimal] = {}
    for indicator, points in zip(targets.indicators, allocation.points, strict=True):
        by_group[indicator.level1] = by_group.get(indicator.level1, D(0)) + points
    assert by_group == {"产出指标": D(50), "效益指标": D(30), "满意度指标": D(10)}
    assert allocation.points[:7] == (D("2.28"),) * 6 + (D("2.27"),)
    assert all(allocation.defaulted)
    assert allocation.findings == ()


def test_given_points_are_kept_and_the_rest_split() -> None:
    indicators = [
        _indicator(1, "产出指标", "20"),
        _indicator(2, "产出指标"),
        _indicator(3, "产出指标"),
        _indicator(4, "效益指标"),
        _indicator(5, "满意度指标"),
    ]
    allocation = allocate(_targets(indicators))
    assert allocation.points == (D(20), D(15), D(15), D(30), D(10))
    assert allocation.defaulted == (False, True, True, True, True)


NATIONAL_WEIGHTS = {"weights": {"产出指标": 50, "效益指标": 30, "满意度指标": 10}}


def test_points_that_do_not_add_up_to_the_stated_weight_are_an_error() -> None:
    indicators = [
        _indicator(1, "产出指标", "20"),
        _indicator(2, "产出指标", "20"),
        _indicator(3, "效益指标"),
        _indicator(4, "满意度指标"),
    ]
    findings = allocate(_targets(indicators, rules=NATIONAL_WEIGHTS)).findings
    assert [(f.code, f.path) for f in findings] == [("D005", ("indicators", 1, "points"))]
    assert findings[0].args == {"group": "产出指标", "sum": "40", "expected": "50"}


def test_given_points_above_the_weight_are_an_error_even_with_open_indicators() -> None:
    indicators = [
        _indicator(1, "产出指标", "60"),
        _indicator(2, "产出指标"),
        _indicator(3, "效益指标"),
        _indicator(4, "满意度指标"),
    ]
    assert [f.code for f in allocate(_targets(indicators)).findings] == ["D005"]


def test_missing_group_and_unweighted_group() -> None:
    indicators = [_indicator(1, "产出指标"), _indicator(2, "效益指标")]
    findings = allocate(_targets(indicators)).findings
    assert [f.code for f in findings] == ["D006"]
    assert findings[0].args["level1"] == "满意度指标"


def test_weights_must_add_up_with_budget_points() -> None:
    indicators = [_indicator(1, "产出指标"), _indicator(2, "效益指标")]
    rules = {"budget_points": 20, "weights": {"产出指标": 50, "效益指标": 20}}
    findings = allocate(_targets(indicators, rules=rules)).findings
    assert [f.code for f in findings] == ["D010"]
    assert findings[0].args == {"budget": "20", "weights": "70", "sum": "90", "total": "100"}


@given(
    total=st.decimals(min_value=0, max_value=1000, places=2),
    count=st.integers(min_value=1, max_value=200),
)
def test_even_split_always_adds_up_and_differs_by_one_quantum(total: Decimal, count: int) -> None:
    shares = split_evenly(total, count, D("0.01"))
    assert sum(shares) == total
    assert max(shares) - min(shares) <= D("0.01")
    assert shares == sorted(shares, reverse=True)


@pytest.mark.parametrize("count", [1, 3, 7, 22])
def test_split_of_zero_is_zero(count: int) -> None:
    assert split_evenly(D(0), count, D("0.01")) == [D("0.00")] * count
