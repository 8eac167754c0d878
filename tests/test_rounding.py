"""Rounding modes, the budget row's own rounding, points finer than the rounding, weights that
follow from the rows, adjustments after rounding and grades on the share of the total — each
against figures computed by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from perfcheck.engine.points import allocate
from perfcheck.engine.scoring import grade_of
from perfcheck.model.rounding import rounded_score
from perfcheck.model.rules import Rules
from perfcheck.results.score import ScoreResult
from perfcheck.run.load import load_actuals
from perfcheck.run.options import Options
from tests.builders import actuals, indicator, scored, targets
from tests.conftest import ROOT

D = Decimal
VALID = ROOT / "tests" / "fixtures" / "valid" / "actuals"


@pytest.mark.parametrize(
    ("value", "quantum", "mode", "expected"),
    [
        ("2.345", "0.01", "half_up", "2.35"),
        ("2.345", "0.01", "down", "2.34"),
        ("2.345", "0.01", "half_even", "2.34"),  # 4 is even
        ("2.355", "0.01", "half_even", "2.36"),  # 6 is even
        ("9.78", "1", "down", "9"),  # the county's budget row: 97.8 % of 10
        ("9.91", "1", "down", "9"),  # 99.1 % of 10
        ("9.78", "0.1", "down", "9.7"),
        ("9.78", "1", "half_up", "10"),
    ],
)
def test_each_rounding_mode(value: str, quantum: str, mode: str, expected: str) -> None:
    rules = Rules.model_validate({"rounding": quantum, "rounding_mode": mode})
    assert str(rules.rounded(D(value))) == expected


@pytest.mark.parametrize(
    ("share", "half_up", "down", "half_even"),
    [
        ("1", "12.5", "12.5", "12.5"),  # met in full: the points themselves
        ("0.5", "6", "6", "6"),  # half met: 6.25
        ("0.6", "8", "7", "8"),  # 部分达成 at 60 %: 7.5, 8 is even
        ("0.7", "9", "8", "9"),  # 8.75
        ("0.98", "12", "12", "12"),  # 12.25: never rounded up to 13, above the points
    ],
)
def test_twelve_and_a_half_points_at_whole_points(
    share: str, half_up: str, down: str, half_even: str
) -> None:
    points = D("12.5")
    got = [
        str(rounded_score(points * D(share), D(1), mode, points))
        for mode in ("half_up", "down", "half_even")
    ]
    assert got == [half_up, down, half_even]


def test_a_partial_score_never_rounds_past_points_finer_than_the_quantum() -> None:
    # 7.6 of 7.7 points rounds half-up to 8, above the points: it is rounded down, to 7.
    assert rounded_score(D("7.6"), D(1), "half_up", D("7.7")) == D(7)
    assert rounded_score(D("7.4"), D(1), "half_up", D("7.7")) == D(7)


def test_the_budget_row_rounds_on_its_own_or_like_the_rest() -> None:
    own = Rules.model_validate({"budget_rounding": 1, "budget_rounding_mode": "down"})
    assert (own.budget_rounded(D("9.78"), D(10)), own.rounded(D("9.78"))) == (D(9), D("9.78"))
    assert own.budget_rounded(D(10), D(10)) == D(10)
    mode_only = Rules.model_validate({"rounding": "0.1", "budget_rounding_mode": "down"})
    assert mode_only.budget_rounded(D("9.78")) == D("9.7")
    quantum_only = Rules.model_validate({"budget_rounding": 1})
    assert quantum_only.budget_rounded(D("9.5")) == D(10)  # half-up, like the rest


@pytest.mark.parametrize("setting", [{"budget_rounding": "0.5"}, {"rounding_mode": "up"}])
def test_bad_rounding_settings_are_refused(setting: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        Rules.model_validate(setting)


def _score(path: str) -> ScoreResult:
    result = load_actuals(VALID / path, Options()).result
    assert result is not None
    return result


def test_a_county_rounding_its_budget_row_down() -> None:
    result = _score("round_down_budget.yaml")
    # 20 × 9/10 = 18; 15 × 93/95 = 14.684… → 14.7; 15; 30 × 88/90 = 29.333… → 29.3; 10
    assert [r.score for r in result.indicators] == [
        D("18.0"), D("14.7"), D("15.0"), D("29.3"), D("10.0"),
    ]  # fmt: skip
    assert result.budget.score == D(9)  # 10 × 97.80/100 = 9.78, cut down to 9
    assert (result.total, result.grade) == (D("96.0"), "优")  # 87.0 + 9


def test_a_ninety_point_table_is_graded_on_ninety() -> None:
    result = _score("ninety_point_table.yaml")
    # 25 × 18/20 = 22.50; 15; 10 × 80/84 = 9.5238… → 9.52; 30 × 27/30 = 27.00
    assert [r.score for r in result.indicators] == [D("22.50"), D("15"), D("9.52"), D("27.00")]
    assert result.budget.score == D("9.10")  # 10 × 455/500
    # 83.12 of 90 is 92.36 %: 优 (on 100 points it would be 良)
    assert (result.total, result.grade) == (D("83.12"), "优")


def test_half_points_at_whole_point_rounding_with_weights_from_the_rows() -> None:
    result = _score("half_points_whole_rounding.yaml")
    # 12.5 met; 12.5 × 4/8 = 6.25 → 6; 12.5 × 60 % = 7.5 → 8; 7.5 met;
    # 17.5 × 81/90 = 15.75 → 16; 17.5 met; 10 met
    assert [r.score for r in result.indicators] == [
        D("12.5"), D(6), D(8), D("7.5"), D(16), D("17.5"), D(10),
    ]  # fmt: skip
    assert [(g.level1, g.points, g.score) for g in result.groups] == [
        ("产出指标", D(45), D(34)), ("效益指标", D(35), D("33.5")), ("满意度指标", D(10), D(10)),
    ]  # fmt: skip
    assert result.budget.score == D(9)  # 10 × 188/200 = 9.4 → 9
    assert (result.total, result.grade) == (D("86.5"), "良")


def _four(points: tuple[str | None, ...], **extra: object) -> list[dict[str, object]]:
    level1s = ("产出指标", "产出指标", "效益指标", "满意度指标")
    return [
        indicator(f"1-{n}", "≥4次", level1=level1, **({"points": p} if p else {}))
        for n, (level1, p) in enumerate(zip(level1s, points, strict=True), start=1)
    ]


def test_weights_follow_from_rows_that_all_have_points() -> None:
    allocation = allocate(targets(_four(("40", "15", "35", "0"))))
    # 产出 55, 效益 35, 满意度 0: with the budget's 10, 100; no national weight is asked for
    assert allocation.points == (D(40), D(15), D(35), D(0))
    assert allocation.findings == ()


def test_rows_adding_to_110_are_still_an_error() -> None:
    findings = allocate(targets(_four(("50", "10", "30", "10")))).findings
    assert [(f.code, f.args["sum"]) for f in findings] == [("D010", "110")]


def test_stated_weights_are_checked_against_the_rows() -> None:
    weights = {"weights": {"产出指标": 50, "效益指标": 30, "满意度指标": 10}}
    findings = allocate(targets(_four(("40", "15", "35", "0")), rules=weights)).findings
    assert [(f.code, f.args["group"]) for f in findings] == [
        ("D005", "产出指标"), ("D005", "效益指标"), ("D005", "满意度指标"),
    ]  # fmt: skip


def test_an_adjustment_applies_after_rounding_and_is_carried_as_applied() -> None:
    file = targets(_four(("20", "30", "30", "10")), rules={"rounding": 1})
    values: dict[str, object] = {
        # 20 × 3/4 = 15, then −0.5 → −1 (half-up, as points are written): 14
        "1-1": {"value": 3, "adjustment": "-0.5", "explanation": "扣分"},
        # 30 met, +3 would pass the points: nothing more applies
        "1-2": {"value": 4, "adjustment": 3, "explanation": "加分"},
        "1-3": 4,
        "1-4": 4,
    }
    result = scored(file, actuals(values))
    first, second = result.indicators[:2]
    assert (first.score, first.adjustment) == (D(14), D(-1))
    assert (second.score, second.adjustment) == (D(30), D(0))


def test_a_score_an_adjustment_takes_below_zero_is_zero_to_the_quantum() -> None:
    """Written 0.00 like every other score at 0.01, not 0: 20 × 3/4 = 15.00, −100 → 0.00."""
    file = targets(_four(("20", "30", "30", "10")))
    values: dict[str, object] = {
        "1-1": {"value": 3, "adjustment": -100, "explanation": "扣分"},
        "1-2": 4,
        "1-3": 4,
        "1-4": 4,
    }
    first = scored(file, actuals(values)).indicators[0]
    assert (str(first.score), first.adjustment) == ("0.00", D("-15.00"))


@pytest.mark.parametrize(
    ("total", "expected"),
    [("81", "优"), ("80.99", "良"), ("72", "良"), ("71.99", "中"), ("54", "中"), ("53.99", "差")],
)
def test_grades_on_the_share_of_ninety_points(total: str, expected: str) -> None:
    # 81/90 = 90 %, 72/90 = 80 %, 54/90 = 60 %
    assert grade_of(D(total), Rules.model_validate({"total_points": 90})) == expected


def test_reports_print_points_finer_than_the_rounding_as_given() -> None:
    from perfcheck.reports.summary.text import group_cells, result_cells
    from perfcheck.reports.summary.xlsx.grid import on_quantum

    result = _score("half_points_whole_rounding.yaml")
    first = result.indicators[0]
    rules = result.targets.rules
    assert rules.rounding == 1
    assert result_cells(first, rules, "zh")[2:] == ["12.5", "12.5"]
    assert group_cells(result.groups[0], rules)[1] == "45"
    assert (on_quantum(D("12.5"), D(1)), on_quantum(D(50), D("0.01"))) == (D("12.5"), D("50.00"))
