"""The scoring engine (绩效自评打分): target file + actuals + rules → a result, exactly.

Pure functions, Decimal arithmetic. Each score is rounded to the rules' quantum by their mode
(Rules.rounded; the budget row by Rules.budget_rounded), a full score staying its points; an
adjustment applies after rounding; the total is the sum of the rounded scores, so a printed
table always adds up.
"""

import functools
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal, localcontext
from typing import NamedTuple, ParamSpec, TypeVar

from perfcheck.engine.parts import part_results
from perfcheck.formatting import half_up
from perfcheck.model.actuals import ActualsFile
from perfcheck.model.execution import budget_base
from perfcheck.model.indicators import Indicator
from perfcheck.model.notation.comparators import Comparator
from perfcheck.model.notation.dates import DateSpan, Deadline
from perfcheck.model.readings import Reading
from perfcheck.model.rounding import rounded_rate
from perfcheck.model.rules import Rules
from perfcheck.model.scales import Band
from perfcheck.model.target_forms import QuantitativeTarget, TimeTarget
from perfcheck.model.targets import TargetFile
from perfcheck.results.points import Allocation
from perfcheck.results.score import (
    BudgetResult,
    Flag,
    GroupResult,
    IndicatorResult,
    ScoreResult,
    Status,
)

ZERO = Decimal(0)
ONE = Decimal(1)
PRECISION = 60  # digits; with the model's bounds no product or quotient comes near it

_P = ParamSpec("_P")
_R = TypeVar("_R")


def at_precision(compute: Callable[_P, _R]) -> Callable[_P, _R]:
    """An engine entry point run at PRECISION digits, whatever the caller's decimal context."""

    @functools.wraps(compute)
    def exact(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with localcontext(prec=PRECISION):
            return compute(*args, **kwargs)

    return exact


def explanation_expected(status: Status, flags: Sequence[Flag]) -> bool:
    """An indicator whose result needs 偏差原因 (docs/scoring.md, "What must be explained"): a
    deviation, an over-achievement, not applicable, a manual adjustment. The budget's rule is
    Rules.low_execution."""
    return status in (Status.UNMET, Status.NOT_APPLICABLE) or (
        Flag.OVERACHIEVED in flags or Flag.ADJUSTED in flags
    )


@at_precision
def score(
    targets: TargetFile,
    allocation: Allocation,
    actuals: ActualsFile,
    readings: Mapping[str, Reading],
) -> ScoreResult:
    """Score every indicator and the budget, then the total and the grade (docs/scoring.md)."""
    rules = targets.rules
    period = actuals.parsed_period
    budget_row = targets.budget_row
    results = tuple(
        with_parts(
            score_indicator(
                indicator,
                points,
                readings.get(indicator.id),
                rules.for_budget_row() if indicator is budget_row else rules,
                defaulted,
            ),
            readings.get(indicator.id),
        )
        for indicator, points, defaulted in zip(
            targets.indicators, allocation.points, allocation.defaulted, strict=True
        )
    )
    budget = score_budget(targets, actuals, rules)
    subtotal = budget.score + sum((r.score for r in results), ZERO)
    not_applicable = not_applicable_points(results)
    applicable = rules.total_points - not_applicable
    total = rescaled_total(subtotal, not_applicable, rules)
    return ScoreResult(
        targets=targets,
        period=period.text,
        year_end=period.is_year_end,
        indicators=results,
        groups=_groups(results),
        budget=budget,
        subtotal=subtotal,
        applicable_points=applicable,
        total=total,
        grade=grade_of(total, rules),
        annual_goal_achieved=actuals.annual_goal,
    )


def not_applicable_points(results: Sequence[IndicatorResult]) -> Decimal:
    """The points of the rows that do not apply (不适用), which the total is rescaled over."""
    return sum((r.points for r in results if r.status is Status.NOT_APPLICABLE), ZERO)


def rescaled_total(subtotal: Decimal, not_applicable: Decimal, rules: Rules) -> Decimal:
    """The total from the sum of the rounded scores: itself, or, when some points do not apply,
    rescaled to the total points over those that do, at the rules' rounding (0 when none do)."""
    if not_applicable == 0:
        return subtotal
    applicable = rules.total_points - not_applicable
    if applicable <= 0:
        return ZERO
    return rules.rounded(subtotal * rules.total_points / applicable)


def _groups(results: Sequence[IndicatorResult]) -> tuple[GroupResult, ...]:
    points: dict[str, Decimal] = {}
    scores: dict[str, Decimal] = {}
    for r in results:
        level1 = r.indicator.level1
        applicable = r.status is not Status.NOT_APPLICABLE
        points[level1] = points.get(level1, ZERO) + (r.points if applicable else ZERO)
        scores[level1] = scores.get(level1, ZERO) + r.score
    return tuple(
        GroupResult(level1, points[level1], scores[level1], _share(scores[level1], points[level1]))
        for level1 in points
    )


def _share(score: Decimal, points: Decimal) -> Decimal | None:
    """得分率, a rate like the others; none for a group whose points all do not apply."""
    return rounded_rate(score / points) if points > 0 else None


def grade_of(total: Decimal, rules: Rules) -> str:
    """The highest grade whose floor the total reaches (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差). The floors
    are out of 100: a table of other `total_points` is graded on its share (81 of 90 is 90, 优)."""
    if rules.total_points not in (0, 100):
        total = total * 100 / rules.total_points
    reached = [(floor, name) for name, floor in rules.grades.items() if total >= floor]
    return max(reached)[1] if reached else min(rules.grades.items(), key=lambda g: g[1])[0]


def score_indicator(
    indicator: Indicator,
    points: Decimal,
    reading: Reading | None,
    rules: Rules,
    defaulted: bool = False,
) -> IndicatorResult:
    base = (Flag.DEFAULT_POINTS,) if defaulted else ()
    if reading is None:
        return IndicatorResult(
            indicator, points, None, None, rules.rounded(ZERO), Status.MISSING, base,
            None, None, None,
        )  # fmt: skip
    if reading.not_applicable is not None:  # the reason given is its explanation
        return IndicatorResult(
            indicator, points, None, None, rules.rounded(ZERO), Status.NOT_APPLICABLE, base,
            reading.explanation, None, reading.not_applicable,
        )  # fmt: skip
    outcome, actual = _outcome(indicator, points, reading, rules)
    return _finish(indicator, points, actual, outcome, reading, rules, base)


def unrounded_score(
    indicator: Indicator, points: Decimal, reading: Reading | None, rules: Rules
) -> Decimal | None:
    """A row's score before rounding and adjustment, as score_indicator computes it; None for a
    row without an actual or one that does not apply (it scores 0). Only `cap`,
    `reverse_formula`, `strict_inequalities`, `overachievement_threshold` and `late_deadline`
    of the rules bear on it: engine.audit.space scores a row once for each of them."""
    if reading is None or reading.not_applicable is not None:
        return None
    return _outcome(indicator, points, reading, rules)[0].unrounded


def earned_score(
    unrounded: Decimal, points: Decimal, reading: Reading, rules: Rules
) -> tuple[Decimal, Decimal | None]:
    """The score a row earns from its unrounded one: rounded by the rules, then the reviewer's
    adjustment applied; with the adjustment as applied (None without one)."""
    earned = rules.rounded(unrounded, points)
    if reading.adjustment is None:
        return earned, None
    return _adjusted(earned, reading.adjustment, points, rules)


def _outcome(
    indicator: Indicator, points: Decimal, reading: Reading, rules: Rules
) -> "tuple[_Outcome, Decimal | str | None]":
    """What a row with an actual achieved, and its actual as shown."""
    target = indicator.target
    if isinstance(target, QuantitativeTarget):
        return _quantitative(target, reading.value or ZERO, points, rules), reading.value
    if isinstance(target, TimeTarget) and reading.done is not None:
        return _time(target.deadline, reading.done, points, rules), reading.done_text
    return _qualitative(reading, points), reading.grade


def with_parts(result: IndicatorResult, reading: Reading | None) -> IndicatorResult:
    """The indicator's "其中" sub-rows beside it, with their actuals where given: shown, never
    scored (the indicator's score is its own row's)."""
    parts = part_results(result.indicator, reading)
    return result._replace(parts=parts) if parts else result


class _Outcome(NamedTuple):
    met: bool
    completion: Decimal | None
    unrounded: Decimal  # the score before rounding and adjustment
    overachieved: bool = False
    capped: bool = False


def meets(target: QuantitativeTarget, actual: Decimal, rules: Rules) -> bool:
    """Whether `actual` meets the target as a year-end score judges it (＞ strictly only under
    `strict_inequalities`): in-year forecasts are judged by this too."""
    return _quantitative(target, actual, ONE, rules).met


def _quantitative(
    target: QuantitativeTarget, actual: Decimal, points: Decimal, rules: Rules
) -> _Outcome:
    t = target.value
    comparator = target.comparator
    if comparator.is_reverse:
        return _reverse(comparator, t, actual, points, rules)
    return _positive(comparator, t, actual, points, rules)


def completion_of(target: QuantitativeTarget, actual: Decimal) -> Decimal | None:
    """完成率 as the self-evaluation gives it: the actual over the target, a reverse target's
    the other way round (t / a), a rate to four places; None with nothing to divide by."""
    return _completion(target.comparator, target.value, actual)


def _completion(comparator: Comparator, t: Decimal, a: Decimal) -> Decimal | None:
    if comparator.is_reverse:
        return rounded_rate(t / a) if a > 0 else None
    return rounded_rate(a / t) if t > 0 else None


# Products are formed before the one division, so a score that is exactly a half cent stays
# exact and rounds half-up as it should.


def _positive(comparator: Comparator, t: Decimal, a: Decimal, w: Decimal, rules: Rules) -> _Outcome:
    completion = _completion(comparator, t, a)
    over = t > 0 and a >= rules.overachievement_threshold * t
    if comparator is Comparator.GT and rules.strict_inequalities:  # pass or fail
        return _Outcome(a > t, completion, w if a > t else ZERO, overachieved=over)
    if t == 0:
        met = a == 0 if comparator is Comparator.EQ else True
        return _Outcome(met, None, w if met else ZERO)
    if a > t and rules.cap:
        return _Outcome(True, completion, w, overachieved=over, capped=True)
    return _Outcome(a >= t, completion, w * a / t, overachieved=over)


def _reverse(comparator: Comparator, t: Decimal, a: Decimal, w: Decimal, rules: Rules) -> _Outcome:
    completion = _completion(comparator, t, a)
    if comparator is Comparator.LT and rules.strict_inequalities:  # pass or fail
        return _Outcome(a < t, completion, w if a < t else ZERO)
    if a <= t:
        return _Outcome(True, completion, w)
    if t == 0:
        return _Outcome(False, completion, ZERO)
    if rules.reverse_formula == "linear":  # w × max(0, 1 − (a − t)/t) = w × max(0, 2t − a)/t
        return _Outcome(False, completion, w * max(ZERO, 2 * t - a) / t)
    return _Outcome(False, completion, w * t / a)


def _time(deadline: Deadline, done: DateSpan, w: Decimal, rules: Rules) -> _Outcome:
    """Done within the target's time: full points; otherwise time_share of them."""
    if deadline.within(done):
        return _Outcome(True, None, w)
    return _Outcome(False, None, w * time_share(deadline, done, rules))


def time_share(deadline: Deadline, done: DateSpan, rules: Rules) -> Decimal:
    """The share of the points a time target done outside its time earns: 0 by default; with
    `late_deadline: linear`, 1 − days late / days allowed (from the range's start, or 1 January
    of the deadline's year, to the deadline), never below 0. Done too early earns 0."""
    late = (done.last - deadline.end).days
    if rules.late_deadline == "zero" or late <= 0:
        return ZERO
    start = deadline.start or date(deadline.end.year, 1, 1)
    allowed = (deadline.end - start).days + 1
    return max(ZERO, 1 - Decimal(late) / Decimal(allowed))


def _qualitative(reading: Reading, points: Decimal) -> _Outcome:
    share = reading.share or ZERO
    return _Outcome(reading.band is Band.ACHIEVED, rounded_rate(share), points * share)


def _finish(
    indicator: Indicator,
    points: Decimal,
    actual: Decimal | str | None,
    outcome: _Outcome,
    reading: Reading,
    rules: Rules,
    base: tuple[Flag, ...],
) -> IndicatorResult:
    flags = list(base)
    earned, applied = earned_score(outcome.unrounded, points, reading, rules)
    if reading.adjustment is not None:
        flags.append(Flag.ADJUSTED)
    if outcome.overachieved:
        flags.append(Flag.OVERACHIEVED)
    if outcome.capped:
        flags.append(Flag.CAPPED)
    status = Status.MET if outcome.met else Status.UNMET
    if explanation_expected(status, flags) and not reading.explanation:
        flags.append(Flag.NEEDS_EXPLANATION)
    return IndicatorResult(
        indicator, points, actual, outcome.completion, earned, status, tuple(flags),
        reading.explanation, applied, None,
    )  # fmt: skip


def _adjusted(
    earned: Decimal, adjustment: Decimal, points: Decimal, rules: Rules
) -> tuple[Decimal, Decimal]:
    """The rounded score with the reviewer's adjustment, and the adjustment as applied: itself
    to the quantum (half-up, as points are written), within 0 and the points (or the score,
    uncapped, when above them). A score pushed to a bound is put on the quantum as well, so
    that it prints as the others do (15.0 and 0.0 at 0.1, not 15 and 0)."""
    ceiling = points if rules.cap else max(points, earned)
    wanted = earned + half_up(adjustment, rules.rounding)
    adjusted = rules.rounded(min(ceiling, max(ZERO, wanted)), points)
    return adjusted, adjustment if adjusted == earned + adjustment else adjusted - earned


def score_budget(targets: TargetFile, actuals: ActualsFile, rules: Rules) -> BudgetResult:
    """执行率 = 全年执行数 / 全年预算数 (or 年初预算数); score = points × min(1, 执行率)."""
    budget = actuals.budget
    base = budget_base(actuals, targets)
    rate = base.rate(budget.spent)
    counted = min(budget.spent, base.denominator)  # spending beyond the budget earns no more
    earned = rules.budget_points * counted / base.denominator if base.denominator > 0 else ZERO
    return BudgetResult(
        initial=base.initial,
        adjusted=base.adjusted,
        spent=budget.spent,
        rate=rounded_rate(rate),
        points=rules.budget_points,
        score=rules.budget_rounded(earned, rules.budget_points),
        explanation=budget.explanation,
        low=rules.low_execution(rate),
    )
