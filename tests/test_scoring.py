"""The rules of docs/scoring.md (points, an indicator's score, budget execution, grade), each
with a hand-computed case."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfcheck.engine.scoring import explanation_expected, grade_of
from perfcheck.model.execution import BudgetBase, budget_base
from perfcheck.model.readings import read_actuals
from perfcheck.model.rules import Rules
from perfcheck.reports.score import contract
from perfcheck.results.score import Flag, Status
from perfcheck.run.load import load_actuals
from perfcheck.run.options import Options
from perfcheck.text import shown
from tests.builders import actuals, indicator, only, scored, targets, three_groups
from tests.conftest import ROOT

D = Decimal


def first(target: str, actual: object, **rules: object) -> tuple[Decimal, Status, list[str]]:
    result = only(target, actual, **rules).indicators[0]
    assert Flag.DEFAULT_POINTS in result.flags  # 50 points, split over one indicator
    return result.score, result.status, [f.value for f in result.flags if f != "default_points"]


# --- positive and equality: met when a ≥ t, score w × min(1, a/t) -----------------------------


def test_positive_below_target_scores_in_proportion() -> None:
    # 50 × 3/4 = 37.50
    assert first("≥4次", 3) == (D("37.50"), Status.UNMET, ["needs_explanation"])


def test_positive_above_target_is_capped_at_the_points() -> None:
    assert first("≥4次", 5) == (D("50.00"), Status.MET, ["capped"])


def test_cap_off_pays_the_over_achievement() -> None:
    # 50 × 5/4 = 62.50
    assert first("≥4次", 5, cap=False)[0] == D("62.50")


def test_equality_is_scored_like_a_floor() -> None:
    # =100%, 98 % achieved: 50 × 0.98 = 49.00
    assert first("=100%", "98%") == (D("49.00"), Status.UNMET, ["needs_explanation"])
    assert first("=100%", 100) == (D("50.00"), Status.MET, [])


def test_strict_inequalities_make_greater_than_pass_or_fail() -> None:
    assert first("＞10次", 10)[:2] == (D("50.00"), Status.MET)
    score_, status, flags = first("＞10次", 10, strict_inequalities=True)
    assert (status, score_) == (Status.UNMET, D("0.00"))
    assert "needs_explanation" in flags
    assert first("＞10次", 9, strict_inequalities=True)[:2] == (D("0.00"), Status.UNMET)
    assert first("＞10次", 11, strict_inequalities=True)[:2] == (D("50.00"), Status.MET)
    assert first("＞0次", 0, strict_inequalities=True)[:2] == (D("0.00"), Status.UNMET)


def test_zero_targets() -> None:
    assert first("≥0次", 0) == (D("50.00"), Status.MET, [])
    assert first("=0次", 0) == (D("50.00"), Status.MET, [])
    assert first("=0次", 1)[:2] == (D("0.00"), Status.UNMET)


# --- reverse: met when a ≤ t; above it ratio w×t/a or linear w×max(0, 1−(a−t)/t) -------------


def test_reverse_within_ceiling_is_full() -> None:
    assert first("≤30分钟", 25) == (D("50.00"), Status.MET, [])


def test_reverse_ratio_formula() -> None:
    # 50 × 30/40 = 37.50
    assert first("≤30分钟", 40)[:2] == (D("37.50"), Status.UNMET)


def test_reverse_linear_formula() -> None:
    # 50 × (1 − 10/30) = 33.333… → 33.33
    assert first("≤30分钟", 40, reverse_formula="linear")[0] == D("33.33")
    # 1 − 40/30 < 0 → 0
    assert first("≤30分钟", 70, reverse_formula="linear")[0] == D("0.00")


def test_reverse_strict_and_zero_ceiling() -> None:
    assert first("＜30分钟", 30)[:2] == (D("50.00"), Status.MET)
    assert first("＜30分钟", 30, strict_inequalities=True)[:2] == (D("0.00"), Status.UNMET)
    assert first("＜30分钟", 29, strict_inequalities=True)[:2] == (D("50.00"), Status.MET)
    assert first("≤0次", 0)[:2] == (D("50.00"), Status.MET)
    assert first("≤0次", 2)[:2] == (D("0.00"), Status.UNMET)


# --- qualitative ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("grade", "expected", "status"),
    [
        ("优", "50.00", Status.MET),  # 100 %
        ("良", "40.00", Status.MET),  # 80 %, still 达成
        ("中", "30.00", Status.UNMET),  # 60 %, 部分达成
        ("低", "20.00", Status.UNMET),
        ("差", "10.00", Status.UNMET),
    ],
)
def test_qualitative_grades(grade: str, expected: str, status: Status) -> None:
    assert first("定性优良中低差", grade)[:2] == (D(expected), status)


def test_score_rate_inside_the_band_replaces_the_grade_share() -> None:
    # 优 is 达成 (80–100 %): 0.9 × 50 = 45.00
    assert first("定性优良中低差", {"value": "优", "score_rate": "90%"})[0] == D("45.00")


def test_score_rate_outside_the_band_is_an_error() -> None:
    target_file = three_groups(indicator("1-1", "定性优良中低差"))
    read = read_actuals(actuals({"1-1": {"value": "优", "score_rate": 0.7}}), target_file)
    assert [f.code for f in read.findings] == ["D023"]


# --- over-achievement, adjustments, rounding ------------------------------------------------------


def test_over_achievement_is_flagged_from_130_percent() -> None:
    assert "overachieved" in first("≥10次", 13)[2]
    assert "overachieved" not in first("≥10次", D("12.99"))[2]
    assert "overachieved" in first("≥10次", 13, overachievement_threshold=D("1.2"))[2]


def test_manual_adjustment_applies_and_is_bounded() -> None:
    assert first("≥4次", {"value": 4, "adjustment": -5, "explanation": "目标偏低"})[0] == D("45.00")
    assert first("≥4次", {"value": 1, "adjustment": -20, "explanation": "扣分"})[0] == D("0.00")
    assert first("≥4次", {"value": 4, "adjustment": 3, "explanation": "加分"})[0] == D("50.00")


def test_rounding_is_half_up_at_the_half_cent() -> None:
    # 1 point × 1/200 = 0.005 → 0.01 (banker's rounding would give 0.00)
    target_file = targets(
        [
            indicator("1-1", "≥200次", points="1"),
            indicator("1-2", "≥8次", points="49"),
            indicator("2-1", "≥1次", level1="效益指标"),
            indicator("3-1", "≥90%", level1="满意度指标"),
        ]
    )
    result = scored(target_file, actuals({"1-1": 1, "1-2": 1, "2-1": 1, "3-1": 90}))
    # 49 × 1/8 = 6.125 → 6.13
    assert [r.score for r in result.indicators[:2]] == [D("0.01"), D("6.13")]


def test_a_half_cent_from_a_non_terminating_division_still_rounds_up() -> None:
    # 3 points × 5/24 = 0.625 exactly; dividing first would give 0.62499… and round down
    target_file = targets(
        [
            indicator("1-1", "≥24次", points="3"),
            indicator("1-2", "≤24分钟", points="3"),
            indicator("1-3", "≥8次", points="44"),
            indicator("2-1", "≥1次", level1="效益指标"),
            indicator("3-1", "≥90%", level1="满意度指标"),
        ],
        rules={"reverse_formula": "linear"},
    )
    values = {"1-1": 5, "1-2": 43, "1-3": 8, "2-1": 1, "3-1": 90}
    result = scored(target_file, actuals(values))
    # linear: 3 × (2×24 − 43)/24 = 3 × 5/24 = 0.625
    assert [r.score for r in result.indicators[:2]] == [D("0.63"), D("0.63")]


def test_whole_point_rounding() -> None:
    assert first("≥4次", 3, rounding=1)[0] == D(38)  # 37.5 → 38


# --- missing and not applicable -------------------------------------------------------------------


def test_missing_actual_scores_zero() -> None:
    target_file = three_groups(indicator("1-1", "≥4次"))
    result = scored(target_file, actuals({"2-1": 1, "3-1": 95}))
    assert (result.indicators[0].score, result.indicators[0].status) == (D("0.00"), Status.MISSING)
    assert result.total == D("50.00")  # budget 10 + 30 + 10


def test_not_applicable_leaves_the_total_which_is_rescaled() -> None:
    target_file = targets(
        [
            indicator("1-1", "≥4次"),
            indicator("1-2", "≥4次"),
            indicator("2-1", "≥1次", level1="效益指标"),
            indicator("3-1", "≥90%", level1="满意度指标"),
            indicator("3-2", "≥90%", level1="满意度指标"),
        ]
    )
    values = {"1-1": 4, "1-2": 2, "2-1": 1, "3-1": 95, "3-2": {"not_applicable": "本年无帮扶对象"}}
    result = scored(target_file, actuals(values))
    # 10 + 25 + 12.50 + 30 + 5 = 82.50 over 95 applicable points → 82.50 × 100/95 = 86.842… → 86.84
    assert result.subtotal == D("82.50")
    assert result.applicable_points == D(95)
    assert result.total == D("86.84")
    assert result.grade == "良"
    assert result.indicators[4].status is Status.NOT_APPLICABLE


# --- budget execution -----------------------------------------------------------------------------


def test_budget_rate_and_score() -> None:
    result = only("≥4次", 4).budget
    assert (result.rate, result.score) == (D("1.0000"), D("10.00"))
    target_file = three_groups(indicator("1-1", "≥4次"))
    budget = scored(target_file, actuals({"1-1": 4}, spent=D("14876.52"))).budget
    # 14876.52 / 15213.00 = 0.977881… → 97.79 %, 10 × 0.977881… = 9.7788… → 9.78
    assert (budget.rate, budget.score, budget.needs_explanation) == (
        D("0.9779"),
        D("9.78"),
        False,
    )


def test_budget_denominator_can_be_the_initial_budget() -> None:
    target_file = three_groups(indicator("1-1", "≥4次"), rules={"budget_denominator": "initial"})
    values = actuals({"1-1": 4}, initial=D(16000), adjusted=D("15213.00"), spent=D("14876.52"))
    budget = scored(target_file, values).budget
    # 14876.52 / 16000 = 0.9297825 → 92.98 %, score 9.297825 → 9.30
    assert (budget.rate, budget.score) == (D("0.9298"), D("9.30"))


def test_overspending_earns_no_bonus_and_low_rates_need_explanation() -> None:
    target_file = three_groups(indicator("1-1", "≥4次"))
    over = scored(target_file, actuals({"1-1": 4}, spent=D(16000))).budget
    assert (over.rate, over.score) == (D("1.0517"), D("10.00"))
    low = scored(target_file, actuals({"1-1": 4}, spent=D(12000))).budget
    assert low.needs_explanation
    explained = scored(target_file, actuals({"1-1": 4}, spent=D(12000), explanation="项目延期"))
    assert not explained.budget.needs_explanation


@pytest.mark.parametrize(
    ("spent", "rate", "needs"),
    [("13691.70", "0.9000", False),  # 13691.70 / 15213 = 0.9 exactly: not below
     ("13691.69", "0.9000", True)],  # 0.89999934…: below 90 %, though it prints as 90.00 %
)  # fmt: skip
def test_the_explanation_threshold_applies_to_the_exact_rate(
    spent: str, rate: str, needs: bool
) -> None:
    target_file = three_groups(indicator("1-1", "≥4次"))
    budget = scored(target_file, actuals({"1-1": 4}, spent=D(spent))).budget
    assert (budget.rate, budget.needs_explanation) == (D(rate), needs)


def test_the_budget_base_fills_in_what_the_actuals_leave_out() -> None:
    target_file = three_groups(indicator("1-1", "≥4次"))
    # No initial budget: the target file's 15213.00; no adjusted one: the initial budget.
    assert budget_base(actuals({}), target_file) == BudgetBase(
        D("15213.00"), D("15213.00"), D("15213.00")
    )
    assert budget_base(actuals({}, initial=D(16000)), target_file) == BudgetBase(
        D(16000), D(16000), D(16000)
    )
    both = actuals({}, initial=D(16000), adjusted=D(12000))
    assert budget_base(both, target_file).denominator == D(12000)
    initial = three_groups(indicator("1-1", "≥4次"), rules={"budget_denominator": "initial"})
    assert budget_base(both, initial).denominator == D(16000)


def test_execution_against_no_budget_is_zero_and_an_error() -> None:
    target_file = three_groups(indicator("1-1", "≥4次"))
    zero = actuals({"1-1": 4}, adjusted=D(0), spent=D(5))
    assert budget_base(zero, target_file).rate(D(5)) == D(0)
    read = read_actuals(zero, target_file)
    assert [(f.code, shown(f.args["which"], "en")) for f in read.findings] == [
        ("D032", "full-year budget")
    ]


def test_points_finer_than_the_rounding_are_shown_as_given_like_their_full_score() -> None:
    # Budget points of 10.5 on whole points, fully spent: the score is the points, 10.5 (not
    # rounded to 11, a score above its points), and the points are shown as 10.5 beside it.
    rules = {
        "rounding": 1,
        "total_points": D("100.5"),
        "budget_points": D("10.5"),
        "weights": {"产出指标": 50, "效益指标": 30, "满意度指标": 10},
    }
    result = only("≥4次", 4, **rules)
    budget = contract(result)["budget"]
    assert isinstance(budget, dict)
    assert (budget["points"], budget["score"]) == (D("10.5"), D("10.5"))


@pytest.mark.parametrize(
    ("status", "flags", "expected"),
    [(Status.MET, (), False), (Status.MET, (Flag.CAPPED, Flag.DEFAULT_POINTS), False),
     (Status.UNMET, (), True), (Status.NOT_APPLICABLE, (), True),
     (Status.MET, (Flag.OVERACHIEVED,), True), (Status.MET, (Flag.ADJUSTED,), True),
     (Status.MISSING, (), False)],
)  # fmt: skip
def test_which_indicator_results_need_an_explanation(
    status: Status, flags: tuple[Flag, ...], expected: bool
) -> None:
    assert explanation_expected(status, flags) is expected


# --- grades ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "grade"),
    [("100", "优"), ("90", "优"), ("89.99", "良"), ("80", "良"), ("79.99", "中"), ("60", "中"),
     ("59.99", "差"), ("0", "差")],
)  # fmt: skip
def test_grade_boundaries(total: str, grade: str) -> None:
    assert grade_of(D(total), Rules()) == grade


def test_grade_bands_are_configurable() -> None:
    rules = Rules(grades={"A": D(85), "B": D(0)})
    assert (grade_of(D(85), rules), grade_of(D("84.99"), rules)) == ("A", "B")


# --- the Chengdu year-end example -----------------------------------------------------------------


def test_chengdu_2022_year_end() -> None:
    loaded = load_actuals(ROOT / "actuals" / "2022Q4.yaml", Options())
    assert loaded.ok and loaded.result is not None
    result = loaded.result
    by_id = {r.indicator.id: r for r in result.indicators}
    # 3-2: 2.27 × 3/4 = 1.7025 → 1.70; 2-8: 3 × 78/80 = 2.925 → 2.93; 5-5 良: 3 × 0.8 = 2.40
    assert (by_id["3-2"].score, by_id["2-8"].score, by_id["5-5"].score) == (
        D("1.70"),
        D("2.93"),
        D("2.40"),
    )
    assert Flag.OVERACHIEVED in by_id["2-2"].flags  # 286 / 200 = 143 %
    assert [(g.level1, g.points, g.score) for g in result.groups] == [
        ("产出指标", D("50.00"), D("49.43")),
        ("效益指标", D("30.00"), D("29.33")),
        ("满意度指标", D("10.00"), D("10.00")),
    ]
    assert (result.budget.rate, result.budget.score) == (D("0.9779"), D("9.78"))
    # 49.43 + 29.33 + 10.00 + 9.78
    assert (result.total, result.grade) == (D("98.54"), "优")
    assert result.tally(Status.UNMET) == 2


# --- invariants -----------------------------------------------------------------------------------

comparators = st.sampled_from(["≥", "＞", "=", "≤", "＜"])
amounts = st.decimals(min_value=0, max_value=100_000, places=2)


def _exact(comparator: str, t: Decimal, a: Decimal, w: Decimal, linear: bool) -> Fraction:
    """The score by the formulas of scoring.md, in exact rational arithmetic."""
    t_, a_, w_ = Fraction(t), Fraction(a), Fraction(w)
    if comparator in "≤＜":
        if a_ <= t_:
            return w_
        if t_ == 0:
            return Fraction(0)
        return max(Fraction(0), w_ * (1 - (a_ - t_) / t_)) if linear else w_ * t_ / a_
    if t_ == 0:
        return w_ if comparator != "=" or a_ == 0 else Fraction(0)
    return w_ * min(Fraction(1), a_ / t_)


def _half_up(value: Fraction) -> Decimal:
    cents = value * 100
    whole = cents.numerator // cents.denominator
    if cents - whole >= Fraction(1, 2):
        whole += 1
    return Decimal(whole) / 100


@given(
    st.sampled_from(["≥", "=", "≤"]),
    st.integers(min_value=0, max_value=500),
    st.integers(min_value=0, max_value=1000),
    st.integers(min_value=1, max_value=5000),
    st.booleans(),
)
def test_every_score_is_the_exact_value_rounded_half_up(
    comparator: str, t: int, a: int, hundredths: int, linear: bool
) -> None:
    w = Decimal(hundredths) / 100
    target_file = targets(
        [
            indicator("1-1", f"{comparator}{t}次", points=str(w)),
            indicator("1-2", "≥1次", points=str(50 - w)),
            indicator("2-1", "≥1次", level1="效益指标"),
            indicator("3-1", "≥90%", level1="满意度指标"),
        ],
        rules={"reverse_formula": "linear" if linear else "ratio"},
    )
    result = scored(target_file, actuals({"1-1": a, "1-2": 1, "2-1": 1, "3-1": 90}))
    assert result.indicators[0].score == _half_up(_exact(comparator, D(t), D(a), w, linear))


@given(comparators, amounts, amounts, st.booleans(), st.booleans())
def test_scores_stay_within_zero_and_the_points_when_capped(
    comparator: str, target: Decimal, actual: Decimal, strict: bool, linear: bool
) -> None:
    result = only(
        f"{comparator}{target}次",
        actual,
        strict_inequalities=strict,
        reverse_formula="linear" if linear else "ratio",
    )
    for r in result.indicators:
        assert D(0) <= r.score <= r.points
    assert result.subtotal == result.budget.score + sum(r.score for r in result.indicators)
    assert result.total == result.subtotal  # nothing is not applicable here


def test_same_input_same_result() -> None:
    path = ROOT / "actuals" / "2022Q4.yaml"
    assert load_actuals(Path(path), Options()).result == load_actuals(path, Options()).result


def test_a_groups_share_is_its_score_over_its_points_as_a_rate() -> None:
    """产出 1-1 scores 50 × 3/4 = 37.50 of 50: 75.00 %; 效益 2-1 does not apply: no share."""
    from tests.builders import actuals, indicator, scored, three_groups

    target_file = three_groups(indicator("1-1", "≥4次"))
    result = scored(
        target_file,
        actuals({"1-1": 3, "2-1": {"not_applicable": "本年未开展"}, "3-1": 95}),
    )
    shares = {g.level1: (g.points, g.score, g.share) for g in result.groups}
    assert shares == {
        "产出指标": (D("50.00"), D("37.50"), D("0.7500")),
        "效益指标": (D(0), D("0.00"), None),
        "满意度指标": (D("10.00"), D("10.00"), D("1.0000")),
    }
