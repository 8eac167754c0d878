"""In-year monitoring (docs/scoring.md, "In-year monitoring"): 序时进度, lights, forecasts,
projection — hand-computed."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

from perfcheck.engine.monitoring import light_for, monitor
from perfcheck.engine.points import allocate
from perfcheck.model.period import parse_period
from perfcheck.model.readings import read_actuals
from perfcheck.model.rules import LightThresholds
from perfcheck.results.monitoring import Basis, Light, MonitoringResult
from tests.builders import actuals, indicator, targets

D = Decimal


def watched(
    target: str,
    actual: Any,
    *,
    period: str = "2022Q2",
    rules: dict[str, Any] | None = None,
    **extra: Any,
) -> MonitoringResult:
    target_file = targets(
        [
            indicator("1-1", target, **extra),
            indicator("2-1", "≥1次", level1="效益指标"),
            indicator("3-1", "≥90%", level1="满意度指标"),
        ],
        **({"rules": rules} if rules else {}),
    )
    actual_file = actuals({"1-1": actual}, period=period, spent=D("7606.50"))
    read = read_actuals(actual_file, target_file)
    assert read.findings == []
    return monitor(target_file, allocate(target_file), actual_file, read.readings)


@pytest.mark.parametrize(
    ("period", "months", "days"),
    [
        ("2022Q1", Fraction(3, 12), Fraction(90, 365)),
        ("2022Q2", Fraction(6, 12), Fraction(181, 365)),
        ("2022Q3", Fraction(9, 12), Fraction(273, 365)),
        ("2022-07", Fraction(7, 12), Fraction(212, 365)),
        ("2024Q1", Fraction(3, 12), Fraction(91, 366)),  # a leap year
    ],
)
def test_time_elapsed_by_months_and_by_days(period: str, months: Fraction, days: Fraction) -> None:
    parsed = parse_period(period)
    assert parsed is not None
    assert (parsed.elapsed("months"), parsed.elapsed("days")) == (months, days)


@pytest.mark.parametrize(
    ("progress", "light"),
    [("0.90", Light.GREEN), ("0.8999", Light.YELLOW), ("0.70", Light.YELLOW),
     ("0.6999", Light.RED), ("1.5", Light.GREEN), ("0", Light.RED)],
)  # fmt: skip
def test_light_boundaries(progress: str, light: Light) -> None:
    assert light_for(D(progress), LightThresholds()) is light


def test_light_thresholds_are_settings() -> None:
    thresholds = LightThresholds(green=D("0.95"), yellow=D("0.80"))
    assert light_for(D("0.94"), thresholds) is Light.YELLOW


@pytest.mark.parametrize(
    ("actual", "progress", "light"),
    [
        (2, "1.0000", Light.GREEN),  # Q2: ≥4次 × 6/12 = 2 due
        (D("1.8"), "0.9000", Light.GREEN),
        (D("1.79"), "0.8950", Light.YELLOW),
        (D("1.4"), "0.7000", Light.YELLOW),
        (D("1.39"), "0.6950", Light.RED),
    ],
)
def test_counts_are_judged_against_target_times_elapsed(
    actual: Decimal, progress: str, light: Light
) -> None:
    first = watched("≥4次", actual).indicators[0]
    assert first.cumulative and first.expected == D(2)
    assert (first.progress, first.light) == (D(progress), light)


def test_rates_are_judged_against_the_target_itself() -> None:
    first = watched("≥90%", 81).indicators[0]  # 81 / 90 = 0.9
    assert (first.cumulative, first.expected, first.progress, first.light) == (
        False,
        D(90),
        D("0.9000"),
        Light.GREEN,
    )


def test_reverse_indicators_judge_overshoot() -> None:
    assert watched("≤30分钟", 25).indicators[0].light is Light.GREEN
    over = watched("≤30分钟", 33).indicators[0]  # 30 / 33 = 0.9091
    assert (over.progress, over.light) == (D("0.9091"), Light.GREEN)
    assert watched("≤30分钟", 45).indicators[0].light is Light.RED  # 0.6667


def test_cumulative_is_inferred_from_the_unit_and_can_be_set_explicitly() -> None:
    inferred = [
        indicator(f"1-{n}", t)
        for n, t in enumerate(["≥4次", "≥17次/年", "≥90%", "≤30分钟", "≥30万元"], start=1)
    ]
    explicit = [
        {**indicator("1-6", "≥30万元"), "cumulative": False},
        {**indicator("1-7", "≥4次"), "cumulative": False},
    ]
    target_file = targets([*inferred, *explicit])
    assert [i.accumulates for i in target_file.indicators] == [
        True,
        True,
        False,
        False,
        True,
        False,
        False,
    ]
    first = watched("≥4次", 2, period="2022Q1")  # 4 × 3/12 = 1 due
    assert first.indicators[0].progress == D(2)


@pytest.mark.parametrize(
    ("target", "running"),
    [
        ("≥500万元", True),  # 收入 or 产值 to date
        ("≥1.2亿元", True),
        ("≥800000元", True),
        ("≤300万元", True),  # a cost ceiling: spent to date
        ("≥50万元/年", True),  # an annual amount
        ("≤2000元/人", False),  # a per-head standard: a level
        ("≤350元/平方米", False),  # a unit price
        ("≥10%", False),
    ],
)
def test_money_amounts_are_running_totals_prices_are_levels(target: str, running: bool) -> None:
    assert targets([indicator("1-1", target)]).indicators[0].accumulates is running


def test_income_to_date_is_judged_against_time_elapsed() -> None:
    # 收入 ≥500万元, 200 by Q2: 500 × 6/12 = 250 due, 200/250 = 80.00 %, yellow. As a level it
    # would have been 200/500 = 40 %, red.
    income = watched("≥500万元", 200).indicators[0]
    assert (income.expected, income.progress, income.light) == (D(250), D("0.8"), Light.YELLOW)


@pytest.mark.parametrize(
    ("grade", "light"), [("优", Light.GREEN), ("良", Light.GREEN), ("中", Light.YELLOW),
                         ("低", Light.RED), ("差", Light.RED)],
)  # fmt: skip
def test_qualitative_lights_follow_the_band(grade: str, light: Light) -> None:
    assert watched("定性优良中低差", grade).indicators[0].light is light


def test_budget_execution_against_elapsed_time() -> None:
    budget = watched("≥4次", 2).budget  # 7606.50 / 15213.00 = 50 % at 50 %
    assert (budget.rate, budget.expected, budget.progress, budget.light) == (
        D("0.5000"),
        D("0.5000"),
        D("1.0000"),
        Light.GREEN,
    )


def test_missing_actual_has_no_light() -> None:
    result = watched("≥4次", None)
    assert (result.indicators[0].light, result.indicators[1].light) == (Light.NONE, Light.NONE)


def test_a_forecast_below_target_or_a_doubtful_likelihood_needs_an_explanation() -> None:
    assert watched("≥4次", {"value": 2, "forecast": 3}).indicators[0].needs_explanation
    assert watched("≥4次", {"value": 2, "likelihood": "有可能"}).indicators[0].needs_explanation
    assert not watched("≥4次", {"value": 2, "forecast": 4}).indicators[0].needs_explanation
    explained = {"value": 2, "forecast": 3, "likelihood": "有可能", "explanation": "场地受限"}
    assert not watched("≥4次", explained).indicators[0].needs_explanation
    assert watched("≤30分钟", {"value": 20, "forecast": 35}).indicators[0].needs_explanation
    assert (
        watched("定性优良中低差", {"value": "优", "forecast": "中"}).indicators[0].needs_explanation
    )


def test_a_forecast_is_judged_as_the_year_end_score_would_judge_it() -> None:
    # ＞4 scored strictly: a forecast of exactly 4 would not meet it at year-end
    def short(target: str, forecast: int, strict: bool = False) -> bool:
        rules = {"strict_inequalities": True} if strict else None
        actual = {"value": 2, "forecast": forecast}
        return watched(target, actual, rules=rules).indicators[0].needs_explanation

    assert short(">4次", 4, strict=True)
    assert not short(">4次", 5, strict=True)
    assert short("<30分钟", 30, strict=True)
    # without it, ＞ reads as ≥ and = as ≥, as the score reads them
    assert not short(">4次", 4)
    assert not short("=4次", 4)
    assert short("=4次", 3)


def test_projection_uses_forecasts_else_carries_counts_on() -> None:
    # Q2: 1 of ≥4次 carried on at its pace is 2 by year-end: 50 × 2/4 = 25.00
    carried = watched("≥4次", 1)
    assert carried.indicators[0].basis is Basis.EXTRAPOLATED
    assert carried.projection.indicators[0].score == D("25.00")
    # a forecast of 3 replaces it: 50 × 3/4 = 37.50
    forecast = watched("≥4次", {"value": 1, "forecast": 3, "explanation": "下半年集中开展"})
    assert forecast.indicators[0].basis is Basis.FORECAST
    assert forecast.projection.indicators[0].score == D("37.50")
    # budget: 7606.50 spent by mid-year is 15213.00 by year-end, the full 10 points
    assert forecast.projection.budget.score == D("10.00")
    # a rate is taken as it stands: 81 % of ≥90% → 50 × 0.9 = 45.00
    rate = watched("≥90%", 81)
    assert (rate.indicators[0].basis, rate.projection.indicators[0].score) == (
        Basis.CURRENT,
        D("45.00"),
    )


def test_red_anywhere_is_reported() -> None:
    assert watched("≥4次", 1).any_red  # 1 of 2 due: 50 %
    assert not watched("≥4次", 2).any_red


def budget_watched(period: str = "2022Q2", rules: Any = None, **budget: Any) -> MonitoringResult:
    target_file = targets(
        [
            indicator("1-1", "≥4次"),
            indicator("2-1", "≥1次", level1="效益指标"),
            indicator("3-1", "≥90%", level1="满意度指标"),
        ],
        rules=rules or {},
    )
    actual_file = actuals({"1-1": 2}, period=period, **budget)
    read = read_actuals(actual_file, target_file)
    assert read.findings == []
    return monitor(target_file, allocate(target_file), actual_file, read.readings)


def test_budget_progress_takes_the_same_denominator_as_the_score() -> None:
    result = budget_watched(
        rules={"budget_denominator": "initial"},
        initial=D(16000),
        adjusted=D("15213.00"),
        spent=D("7606.50"),
    )
    # 7606.50 / 16000 = 0.47540625 → 47.54 %; against 50 %: 0.9508125 → 95.08 %, green
    budget = result.budget
    assert (budget.adjusted, budget.rate, budget.progress, budget.light) == (
        D("15213.00"),
        D("0.4754"),
        D("0.9508"),
        Light.GREEN,
    )
    # projected: 7606.50 / 0.5 = 15213.00 of 16000: 10 × 0.9508125 = 9.508125 → 9.51
    assert result.projection.budget.score == D("9.51")


@pytest.mark.parametrize(
    ("spent", "progress", "light"),
    [("5324.55", "0.7000", Light.YELLOW),  # 5324.55 / 15213 = 35 %, half of 50 %: 70 %
     ("5324.54", "0.7000", Light.RED)],  # 0.6999986…: the light is judged before rounding
)  # fmt: skip
def test_the_budget_light_is_judged_on_the_exact_progress(
    spent: str, progress: str, light: Light
) -> None:
    budget = budget_watched(spent=D(spent)).budget
    assert (budget.progress, budget.light) == (D(progress), light)


def test_rates_in_monitoring_are_four_places_half_up() -> None:
    # 2022Q1 by days: 90 / 365 = 0.2465753… → 24.66 %
    result = budget_watched(period="2022Q1", rules={"progress": "days"}, spent=D("3803.25"))
    assert result.elapsed == D("0.2466")
    # 3803.25 / 15213 = 0.25 exactly; over 0.2465753…: 1.0138888… → 1.0139
    assert (result.budget.rate, result.budget.progress) == (D("0.2500"), D("1.0139"))


def test_a_qualitative_score_rate_is_its_progress() -> None:
    first = watched("定性优良中低差", {"value": "良", "score_rate": "85%"}).indicators[0]
    assert (first.progress, first.light) == (D("0.8500"), Light.GREEN)


def test_json_gives_what_is_due_by_a_month_to_the_cent(tmp_path: Any) -> None:
    """May is 5/12 of the year: ≥4次 is 1.666… due, which the engine keeps exact and every
    report gives as 1.67 — the JSON of score and of trend too (it gave sixty digits)."""
    import json
    import shutil

    from typer.testing import CliRunner

    from perfcheck.cli import app
    from tests.conftest import ROOT

    shutil.copytree(ROOT / "targets", tmp_path / "targets")
    (tmp_path / "actuals").mkdir()
    quarter = (ROOT / "actuals" / "2022Q2.yaml").read_text(encoding="utf-8")
    month = tmp_path / "actuals" / "2022-05.yaml"
    month.write_text(quarter.replace("period: 2022Q2", "period: 2022-05"), encoding="utf-8")
    runner = CliRunner()
    score = runner.invoke(app, ["score", str(month), "--format", "json"])
    trend = runner.invoke(app, ["trend", str(month), "--format", "json"])
    by_id = {e["id"]: e for e in json.loads(score.stdout, parse_float=Decimal)["indicators"]}
    assert by_id["3-2"]["target"] == "≥4场次"
    assert by_id["3-2"]["expected"] == Decimal("1.67")  # 4 × 5/12
    assert by_id["4-1"]["expected"] == Decimal("3.75")  # 9 × 5/12
    (row,) = [r for r in json.loads(trend.stdout, parse_float=Decimal)["indicators"]
              if r["id"] == "3-2"]  # fmt: skip
    assert row["points"][0]["expected"] == Decimal("1.67")
