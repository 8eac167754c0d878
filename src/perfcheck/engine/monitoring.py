"""In-year monitoring (绩效运行监控): progress against the time elapsed (序时进度), lights,
and the year-end score the figures so far point to.

The "双监控" of 财预〔2019〕136号: target achievement and budget execution, each judged against
the share of the year that has passed. Pure functions, Decimal arithmetic.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from perfcheck.engine.parts import part_results
from perfcheck.engine.scoring import at_precision, meets, score
from perfcheck.formatting import CENT, half_up
from perfcheck.model.actuals import ActualsFile
from perfcheck.model.execution import budget_base
from perfcheck.model.indicators import Indicator
from perfcheck.model.readings import Reading
from perfcheck.model.rounding import rounded_rate
from perfcheck.model.rules import LightThresholds, Rules
from perfcheck.model.scales import Band
from perfcheck.model.target_forms import QuantitativeTarget, TimeTarget
from perfcheck.model.targets import TargetFile
from perfcheck.results.files import LoadedActuals
from perfcheck.results.monitoring import (
    Basis,
    BudgetProgress,
    IndicatorProgress,
    Light,
    MonitoringResult,
)
from perfcheck.results.points import Allocation
from perfcheck.results.score import ScoreResult

ZERO = Decimal(0)
ONE = Decimal(1)
CERTAIN = "确定能"


def progress_of(loaded: LoadedActuals) -> MonitoringResult | None:
    """Progress against time elapsed; for a year-end file, computed when asked for."""
    if loaded.monitoring is not None or loaded.result is None or loaded.actuals is None:
        return loaded.monitoring
    assert loaded.targets is not None and loaded.targets.allocation is not None
    return monitor(
        loaded.result.targets, loaded.targets.allocation, loaded.actuals, loaded.readings
    )


def light_for(progress: Decimal, thresholds: LightThresholds) -> Light:
    """Green from the green threshold (90 % by default), yellow from the yellow one (70 %)."""
    if progress >= thresholds.green:
        return Light.GREEN
    return Light.YELLOW if progress >= thresholds.yellow else Light.RED


@at_precision
def monitor(
    targets: TargetFile,
    allocation: Allocation,
    actuals: ActualsFile,
    readings: Mapping[str, Reading],
) -> MonitoringResult:
    """Each indicator's progress against 序时进度 and its light, the budget's, and the year-end
    score the figures so far point to."""
    period = actuals.parsed_period
    fraction = period.elapsed(targets.rules.progress)
    elapsed = Decimal(fraction.numerator) / Decimal(fraction.denominator)  # 序时进度
    indicators = tuple(
        indicator_progress(i, readings.get(i.id), elapsed, targets.rules)
        for i in targets.indicators
    )
    return MonitoringResult(
        targets=targets,
        period=period.text,
        elapsed=rounded_rate(elapsed),
        indicators=indicators,
        budget=budget_progress(targets, actuals, elapsed),
        projection=project(targets, allocation, actuals, readings, elapsed),
    )


def indicator_progress(
    indicator: Indicator, reading: Reading | None, elapsed: Decimal, rules: Rules
) -> IndicatorProgress:
    cumulative = indicator.accumulates
    target = indicator.target
    expected = None
    if isinstance(target, QuantitativeTarget):
        expected = target.value * elapsed if cumulative else target.value
    parts = part_results(indicator, reading)
    if reading is None or reading.not_applicable is not None:
        return IndicatorProgress(
            indicator, cumulative, expected, reading, None, Light.NONE, False, Basis.NONE, parts
        )
    progress, light = _judge(target, expected, reading, rules.lights)
    return IndicatorProgress(
        indicator,
        cumulative,
        expected,
        reading,
        progress,
        light,
        _forecast_falls_short(indicator, reading, rules) and not reading.explanation,
        _basis(reading, cumulative),
        parts,
    )


def _judge(
    target: object, expected: Decimal | None, reading: Reading, lights: LightThresholds
) -> tuple[Decimal | None, Light]:
    if isinstance(target, TimeTarget):  # done in time, or not (yet): no share of progress
        on_time = reading.done is not None and target.deadline.within(reading.done)
        return None, Light.GREEN if on_time else Light.RED
    if not isinstance(target, QuantitativeTarget) or expected is None:
        light = {Band.ACHIEVED: Light.GREEN, Band.PARTLY: Light.YELLOW}.get(
            reading.band or Band.NOT_ACHIEVED, Light.RED
        )
        return (rounded_rate(reading.share) if reading.share is not None else None), light
    actual = reading.value or ZERO
    if target.comparator.is_reverse:  # a ceiling: below it is on track
        ratio = ONE if actual <= expected else expected / actual
    else:
        ratio = actual / expected if expected > 0 else ONE
    return rounded_rate(ratio), light_for(ratio, lights)


def _forecast_falls_short(indicator: Indicator, reading: Reading, rules: Rules) -> bool:
    if reading.likelihood is not None and reading.likelihood != CERTAIN:
        return True
    forecast = reading.forecast
    target = indicator.target
    if forecast is None:
        return False
    if isinstance(target, QuantitativeTarget):
        return not meets(target, forecast.value or ZERO, rules)
    if isinstance(target, TimeTarget):
        return forecast.done is None or not target.deadline.within(forecast.done)
    return forecast.band is not Band.ACHIEVED


def _basis(reading: Reading, cumulative: bool) -> Basis:
    if reading.forecast is not None:
        return Basis.FORECAST
    return Basis.EXTRAPOLATED if cumulative else Basis.CURRENT


def budget_progress(targets: TargetFile, actuals: ActualsFile, elapsed: Decimal) -> BudgetProgress:
    """执行率 against 序时进度: a half-year spend of 45 % against 50 % is 90 % on track."""
    spent = actuals.budget.spent
    base = budget_base(actuals, targets)
    rate = base.rate(spent)
    progress = rate / elapsed if elapsed > 0 else ONE
    return BudgetProgress(
        adjusted=base.adjusted,
        spent=spent,
        rate=rounded_rate(rate),
        expected=rounded_rate(elapsed),
        progress=rounded_rate(progress),
        light=light_for(progress, targets.rules.lights),
    )


def project(
    targets: TargetFile,
    allocation: Allocation,
    actuals: ActualsFile,
    readings: Mapping[str, Reading],
    elapsed: Decimal,
) -> ScoreResult:
    """The year-end score from forecasts where given, else counts carried on at their pace."""
    by_id = {i.id: i for i in targets.indicators}
    projected = {key: _projected(by_id[key], reading, elapsed) for key, reading in readings.items()}
    spent = actuals.budget.spent / elapsed if elapsed > 0 else actuals.budget.spent
    year_end = actuals.model_copy(
        update={
            "period": f"{actuals.parsed_period.year}-12",
            "budget": actuals.budget.model_copy(update={"spent": half_up(spent, CENT)}),
        }
    )
    return score(targets, allocation, year_end, projected)


def _projected(indicator: Indicator, reading: Reading, elapsed: Decimal) -> Reading:
    if reading.forecast is not None:
        return reading.forecast._replace(
            explanation=reading.explanation,
            adjustment=reading.adjustment,
        )
    if indicator.accumulates and reading.value is not None and elapsed > 0:
        return reading._replace(value=reading.value / elapsed)
    return reading
