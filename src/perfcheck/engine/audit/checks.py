"""The findings of one audited table (A001–A013): each printed figure perfcheck does not
reproduce, and each unmet target printed without its reason, as a Check that sets the printed
figure beside perfcheck's own."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal

from perfcheck.diagnostics import Finding
from perfcheck.engine.audit.printed import ZERO, Keyed, execution_rate, printed_as
from perfcheck.engine.points import level1_weights, printed_weights, weight_of
from perfcheck.engine.scoring import grade_of
from perfcheck.formatting import decimal_text
from perfcheck.model.actuals import ActualsFile, Published
from perfcheck.model.execution import budget_base, budget_row_rate
from perfcheck.model.indicators import level1_groups
from perfcheck.results.audit import (
    BUDGET_ID,
    GRADE_ID,
    POINTS_ID,
    RATE_ID,
    TOTAL_ID,
    AuditKind,
    Check,
)
from perfcheck.results.score import ScoreResult, Status


def table_checks(
    own: ScoreResult,
    published: Published,
    actuals: ActualsFile,
    *,
    points: Keyed,
    scores: Keyed,
    entries: Mapping[str, tuple[str, object]],
) -> tuple[Check, ...]:
    """Every check of the table, in the report's order: the printed points, the rows, the
    unexplained rows, the budget, the total and the grade. `points` and `scores` are the 分值
    and 得分 the table prints, `entries` the actuals, each by the indicator's id (Keys)."""
    return (
        *_points_sum(own, points),
        *_row_checks(own, scores),
        *_unexplained(own, entries),
        *_budget_checks(own, published, actuals),
        *_total_checks(own, published, scores),
    )


def _check(
    code: str,
    path: tuple[str | int, ...],
    kind: AuditKind,
    id_: str,
    printed: Decimal | str | None,
    computed: Decimal | str | None,
    /,
    **args: object,
) -> Check:
    """A finding with its code's message arguments, and the two figures it sets side by side."""
    return Check(Finding(code, path, args), kind, id_, printed, computed)


def _points_sum(own: ScoreResult, printed: Keyed) -> Iterator[Check]:
    """Printed 分值 (where the target file has none) that with the budget's miss the total."""
    if not printed:
        return
    rules = own.targets.rules
    rows = sum((r.points for r in own.indicators), ZERO)
    whole = rows + rules.budget_points
    if whole != rules.total_points:
        yield _check(
            "A003", ("published", "points"), AuditKind.POINTS_SUM, POINTS_ID,
            whole, rules.total_points,
            rows=decimal_text(rows), budget=decimal_text(rules.budget_points),
            sum=decimal_text(whole), total=decimal_text(rules.total_points),
        )  # fmt: skip
    if not own.targets.flat:
        yield from _group_sums(own, printed)


def _group_sums(own: ScoreResult, printed: Keyed) -> Iterator[Check]:
    """A level-1 group whose printed points miss its weight: a weight the file or its profile
    states, or the national ones when every group is one of theirs (a table with a level-1
    成本指标 of its own takes its points from 产出指标's 50 by local practice). A group without a
    weight, or none of whose points is printed, is not judged."""
    targets = own.targets
    groups = dict(level1_groups(targets.indicators))
    weights = level1_weights(targets, groups, printed_weights(targets)[0])
    stated = "weights" in targets.rules.model_fields_set  # by the file or its profile
    if not stated and any(weight_of(level1, weights) is None for level1 in groups):
        return
    for level1, members in groups.items():
        weight = weight_of(level1, weights)
        shown = [i for i in members if targets.indicators[i].id in printed]
        if weight is None or not shown:
            continue
        total = sum((own.indicators[i].points for i in members), ZERO)
        if total != weight:
            key = printed[targets.indicators[shown[0]].id][0]
            yield _check(
                "A013", ("published", "points", key), AuditKind.POINTS_SUM, level1,
                total, weight, group=level1, sum=decimal_text(total), weight=decimal_text(weight),
            )  # fmt: skip


def _row_checks(own: ScoreResult, scores: Keyed) -> Iterator[Check]:
    """One finding per printed row score perfcheck does not reproduce, the most telling kind."""
    cap = own.targets.rules.cap
    for r in own.indicators:
        if r.indicator.id not in scores:
            continue
        key, printed = scores[r.indicator.id]
        if printed == r.score:
            continue
        at = ("published", "scores", key)
        shown = {"id": r.indicator.id, "published": decimal_text(printed)}
        judged = r.adjustment is None  # a reviewer's adjustment is the reason given
        silent = judged and not r.explanation  # nor is there an explanation beside the score
        if cap and printed > r.points:
            yield _check(
                "A002", at, AuditKind.OVER_POINTS, r.indicator.id, printed, r.score,
                **shown, points=decimal_text(r.points),
            )  # fmt: skip
        elif silent and r.status is Status.MET and printed < r.score:
            yield _check(
                "A010", at, AuditKind.MET_LOST_POINTS, r.indicator.id, printed, r.score,
                **shown, recomputed=decimal_text(r.score),
            )  # fmt: skip
        elif judged and r.status is Status.UNMET and printed >= r.points:
            yield _check(
                "A011", at, AuditKind.UNMET_FULL_POINTS, r.indicator.id, printed, r.score,
                **shown, recomputed=decimal_text(r.score),
            )  # fmt: skip
        else:
            yield _check(
                "A001", at, AuditKind.ROW_SCORE, r.indicator.id, printed, r.score,
                **shown, recomputed=decimal_text(r.score),
            )  # fmt: skip


def _unexplained(own: ScoreResult, entries: Mapping[str, tuple[str, object]]) -> Iterator[Check]:
    """An unmet target with no 偏差原因: at its actual."""
    for r in own.indicators:
        if r.status is Status.UNMET and not r.explanation and r.indicator.id in entries:
            at = ("actuals", entries[r.indicator.id][0], "explanation")
            yield _check(
                "A012", at, AuditKind.UNEXPLAINED, r.indicator.id, None, None, id=r.indicator.id
            )


def _budget_checks(own: ScoreResult, published: Published, actuals: ActualsFile) -> Iterator[Check]:
    """The printed 执行率 at its own places, and the budget row's printed score."""
    targets = own.targets
    if published.rate is not None:
        shown = printed_as(execution_rate(actuals, targets), published.rate)
        if shown != published.rate:
            yield _check(
                "A006", ("published", "rate"), AuditKind.BUDGET_RATE, RATE_ID,
                published.rate, shown,
                published=f"{decimal_text(published.rate)}%", recomputed=f"{decimal_text(shown)}%",
                spent=decimal_text(own.budget.spent),
                budget=decimal_text(budget_base(actuals, targets).denominator),
            )  # fmt: skip
    if published.budget is not None and published.budget != own.budget.score:
        rate = budget_row_rate(actuals, targets)
        yield _check(
            "A007", ("published", "budget"), AuditKind.BUDGET_SCORE, BUDGET_ID,
            published.budget, own.budget.score,
            published=decimal_text(published.budget), recomputed=decimal_text(own.budget.score),
            rate=f"{decimal_text(rate)}%", points=decimal_text(own.budget.points),
        )  # fmt: skip


def _total_checks(own: ScoreResult, published: Published, scores: Keyed) -> Iterator[Check]:
    total = published.total
    if total is not None:
        yield from _rows_total(own, published, total, scores)
        if total != own.total:
            yield _check(
                "A005", ("published", "total"), AuditKind.TOTAL, TOTAL_ID, total, own.total,
                published=decimal_text(total), recomputed=decimal_text(own.total),
            )  # fmt: skip
    grade = published.grade
    if grade is None:
        return
    rules = own.targets.rules
    if total is not None and grade != grade_of(total, rules):
        expected = grade_of(total, rules)
        yield _check(
            "A008", ("published", "grade"), AuditKind.GRADE, GRADE_ID, grade, expected,
            grade=grade, total=decimal_text(total), expected=expected,
        )  # fmt: skip
    elif grade != own.grade:
        yield _check(
            "A009", ("published", "grade"), AuditKind.GRADE, GRADE_ID, grade, own.grade,
            grade=grade, total=decimal_text(own.total), expected=own.grade,
        )  # fmt: skip


def _rows_total(
    own: ScoreResult,
    published: Published,
    total: Decimal,
    scores: Keyed,
) -> Iterator[Check]:
    """The printed rows (budget included) against the printed total, when every row is printed
    and none is rescaled away (not applicable)."""
    if published.budget is None or own.rescaled:
        return
    if any(r.indicator.id not in scores for r in own.indicators):
        return
    rows = published.budget + sum((scores[r.indicator.id][1] for r in own.indicators), ZERO)
    if rows != total:
        yield _check(
            "A004", ("published", "total"), AuditKind.ROWS_TOTAL, TOTAL_ID, total, rows,
            published=decimal_text(total), rows=decimal_text(rows),
            difference=decimal_text(total - rows),
        )  # fmt: skip
