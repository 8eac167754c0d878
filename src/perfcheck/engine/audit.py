"""Auditing a published self-evaluation (抽查复核): every printed 得分, 执行率, 总分 and 等级 set
against perfcheck's own figures, and the rule settings that reproduce the most of them.

`audit_tables` is the seam: it takes a loaded actuals file and its target file, wherever they came
from (YAML files today, a table imported in memory later). Decimal arithmetic only; the scores
are the scoring engine's own (engine.scoring), under the file's rules or a candidate's.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any

from perfcheck.diagnostics import Finding
from perfcheck.engine.scoring import PRECISION, grade_of, score, score_budget, score_indicator
from perfcheck.formatting import decimal_text, half_up
from perfcheck.model.actuals import ActualsFile, Published, Reading, budget_base
from perfcheck.model.rules import Rules
from perfcheck.model.targets import QuantitativeTarget, TargetFile
from perfcheck.results.audit import (
    BUDGET_ID,
    GRADE_ID,
    POINTS_ID,
    RATE_ID,
    TOTAL_ID,
    Audit,
    AuditKind,
    AuditRow,
    Check,
    Figures,
)
from perfcheck.results.points import Allocation
from perfcheck.results.score import Flag, IndicatorResult, ScoreResult, Status

ZERO = Decimal(0)
HUNDRED = Decimal(100)


def audit_tables(
    targets: TargetFile,
    allocation: Allocation,
    actuals: ActualsFile,
    readings: Mapping[str, Reading],
) -> Audit:
    """The audit of one published table: its figures, the differences, the explaining rules."""
    with localcontext(prec=PRECISION):
        return _audit(targets, allocation, actuals, readings)


def _audit(
    targets: TargetFile,
    allocation: Allocation,
    actuals: ActualsFile,
    readings: Mapping[str, Reading],
) -> Audit:
    published = actuals.published or Published()
    keys = _Keys(targets)
    scores = keys.resolved(published.scores)
    points = keys.resolved(published.points)
    allocation = with_printed_points(targets, allocation, points)
    own = score(targets, allocation, actuals, readings)
    rate = execution_rate(actuals, targets, targets.rules.budget_denominator)
    checks = [
        *_points_sum(own, points),
        *_row_checks(own, scores),
        *_unexplained(own, keys.resolved(actuals.actuals)),
        *_budget_checks(own, published, rate),
        *_total_checks(own, published, scores),
    ]
    search = search_rules(targets, allocation, actuals, readings, own, scores)
    return Audit(
        published=Figures(published.total, published.grade, published.budget, published.rate),
        recomputed=Figures(own.total, own.grade, own.budget.score, half_up(rate, CENT)),
        rows=tuple(_row(r, scores) for r in own.indicators),
        checks=tuple(checks),
        explained_by=search.explained_by,
        unexplained=search.unexplained,
        reproduced=search.reproduced,
        printed=search.printed,
    )


CENT = Decimal("0.01")


class _Keys:
    """A printed figure's key, an indicator's id or its exact name, read as the id."""

    def __init__(self, targets: TargetFile) -> None:
        self._ids = {indicator.id for indicator in targets.indicators}
        named: dict[str, list[str]] = {}
        for indicator in targets.indicators:
            named.setdefault(indicator.name, []).append(indicator.id)
        self._names = {name: ids[0] for name, ids in named.items() if len(ids) == 1}

    def resolved(self, by_key: Mapping[str, Any]) -> dict[str, tuple[str, Any]]:
        """id → (the key as written, the value); a key naming no indicator is left out (the
        actuals' keys are checked by validate: D020, D037)."""
        found: dict[str, tuple[str, Any]] = {}
        for key, value in by_key.items():
            known = key if key in self._ids else self._names.get(key)
            if known is not None:
                found.setdefault(known, (key, value))
        return found


def with_printed_points(
    targets: TargetFile, allocation: Allocation, printed: Mapping[str, tuple[str, Decimal]]
) -> Allocation:
    """The printed 分值 of the rows whose points the target file leaves to the even split."""
    if not printed:
        return allocation
    points = []
    defaulted = []
    for indicator, own, split in zip(
        targets.indicators, allocation.points, allocation.defaulted, strict=True
    ):
        given = printed.get(indicator.id) if split else None
        points.append(own if given is None else given[1])
        defaulted.append(split and given is None)
    return Allocation(tuple(points), tuple(defaulted), allocation.findings)


def execution_rate(actuals: ActualsFile, targets: TargetFile, denominator: str) -> Decimal:
    """执行率 as a percentage, exact, over the budget `denominator` names."""
    base = budget_base(actuals, targets)
    over = base.adjusted if denominator == "adjusted" else base.initial
    return actuals.budget.spent * HUNDRED / over if over > 0 else ZERO


def _row(result: IndicatorResult, scores: Mapping[str, tuple[str, Decimal]]) -> AuditRow:
    printed = scores.get(result.indicator.id)
    return AuditRow(
        result.indicator.id,
        result.indicator.name,
        result.points,
        None if printed is None else printed[1],
        result.score,
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


def _points_sum(own: ScoreResult, printed: Mapping[str, tuple[str, Decimal]]) -> Iterator[Check]:
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


def _row_checks(own: ScoreResult, scores: Mapping[str, tuple[str, Decimal]]) -> Iterator[Check]:
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
        if cap and printed > r.points:
            yield _check(
                "A002", at, AuditKind.OVER_POINTS, r.indicator.id, printed, r.score,
                **shown, points=decimal_text(r.points),
            )  # fmt: skip
        elif judged and r.status is Status.MET and printed < r.score:
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
            at = ("actuals", entries[r.indicator.id][0])
            yield _check(
                "A012", at, AuditKind.UNEXPLAINED, r.indicator.id, None, None, id=r.indicator.id
            )


def _budget_checks(own: ScoreResult, published: Published, rate: Decimal) -> Iterator[Check]:
    if published.rate is not None:
        shown = printed_as(rate, published.rate)
        if shown != published.rate:
            yield _check(
                "A006", ("published", "rate"), AuditKind.BUDGET_RATE, RATE_ID,
                published.rate, shown,
                published=f"{decimal_text(published.rate)}%", recomputed=f"{decimal_text(shown)}%",
                spent=decimal_text(own.budget.spent),
                budget=decimal_text(own.budget.adjusted
                                    if own.targets.rules.budget_denominator == "adjusted"
                                    else own.budget.initial),
            )  # fmt: skip
    if published.budget is not None and published.budget != own.budget.score:
        yield _check(
            "A007", ("published", "budget"), AuditKind.BUDGET_SCORE, BUDGET_ID,
            published.budget, own.budget.score,
            published=decimal_text(published.budget), recomputed=decimal_text(own.budget.score),
            rate=f"{decimal_text(half_up(rate, CENT))}%", points=decimal_text(own.budget.points),
        )  # fmt: skip


def printed_as(value: Decimal, printed: Decimal) -> Decimal:
    """`value` to the places `printed` shows, half-up (97.785 → 97.79 against a printed 97.79)."""
    exponent = printed.as_tuple().exponent
    places = exponent if isinstance(exponent, int) and exponent < 0 else 0
    return half_up(value, Decimal(1).scaleb(places))


def _total_checks(
    own: ScoreResult, published: Published, scores: Mapping[str, tuple[str, Decimal]]
) -> Iterator[Check]:
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
    scores: Mapping[str, tuple[str, Decimal]],
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


# --- which rules explain the printed figures ----------------------------------------------

QUANTA_SEARCHED = (Decimal("0.01"), Decimal("0.1"), Decimal(1))
MODES_SEARCHED = ("half_up", "down", "half_even")
SEARCHED = (
    "rounding",
    "rounding_mode",
    "cap",
    "reverse_formula",
    "budget_rounding",
    "budget_rounding_mode",
    "budget_denominator",
)


@dataclass(frozen=True, slots=True)
class Search:
    explained_by: dict[str, object] | None
    unexplained: tuple[str, ...]
    reproduced: int
    printed: int


def _own_first(own: object, values: Sequence[object]) -> list[object]:
    """A dimension's values, the file's own first, then the documented order."""
    return [own, *(value for value in values if value != own)]


def _dimensions(own: Rules, results: Sequence[IndicatorResult], actuals: ActualsFile,
                targets: TargetFile) -> dict[str, list[object]]:  # fmt: skip
    """The values searched of each setting; a setting that changes no figure of this table
    keeps the file's value alone (a change to it could only lengthen the answer)."""
    cap_matters = any(
        Flag.CAPPED in r.flags or r.score > r.points or r.adjustment is not None for r in results
    )
    reverse_matters = any(
        isinstance(r.indicator.target, QuantitativeTarget)
        and r.indicator.target.comparator.is_reverse
        and r.status is Status.UNMET
        for r in results
    )
    base = budget_base(actuals, targets)
    return {
        "rounding": _own_first(own.rounding, QUANTA_SEARCHED),
        "rounding_mode": _own_first(own.rounding_mode, MODES_SEARCHED),
        "cap": _own_first(own.cap, (True, False)) if cap_matters else [own.cap],
        "reverse_formula": (
            _own_first(own.reverse_formula, ("ratio", "linear"))
            if reverse_matters
            else [own.reverse_formula]
        ),
        "budget_rounding": _own_first(own.budget_rounding, (None, *QUANTA_SEARCHED)),
        "budget_rounding_mode": _own_first(own.budget_rounding_mode, (None, *MODES_SEARCHED)),
        "budget_denominator": (
            _own_first(own.budget_denominator, ("adjusted", "initial"))
            if base.initial != base.adjusted
            else [own.budget_denominator]
        ),
    }


def search_rules(
    targets: TargetFile,
    allocation: Allocation,
    actuals: ActualsFile,
    readings: Mapping[str, Reading],
    own: ScoreResult,
    scores: Mapping[str, tuple[str, Decimal]],
) -> Search:
    """The settings, within the searched space (docs/audit.md), that reproduce the most printed
    figures; among those, the fewest changes from the file's rules; among those, the first in
    the order of the space (each setting's own value first)."""
    published = actuals.published or Published()
    search = _Space(targets, allocation, actuals, readings, published, scores)
    printed = search.printed
    if printed == 0:
        return Search(None, (), 0, 0)
    rules = targets.rules
    own_values = {key: getattr(rules, key) for key in SEARCHED}
    dimensions = _dimensions(rules, own.indicators, actuals, targets)
    best: tuple[int, int] | None = None
    chosen: dict[str, object] = own_values
    for values in itertools.product(*(dimensions[key] for key in SEARCHED)):
        candidate = dict(zip(SEARCHED, values, strict=True))
        changes = sum(candidate[key] != own_values[key] for key in SEARCHED)
        rank = (-search.reproduced(candidate), changes)
        if best is None or rank < best:
            best, chosen = rank, candidate
    assert best is not None
    reproduced = -best[0]
    explained = {key: value for key, value in chosen.items() if value != own_values[key]}
    return Search(explained if reproduced else None, search.missed(chosen), reproduced, printed)


class _Space:
    """The printed figures and, memoised, the rows, budget and rate under each candidate."""

    def __init__(
        self,
        targets: TargetFile,
        allocation: Allocation,
        actuals: ActualsFile,
        readings: Mapping[str, Reading],
        published: Published,
        scores: Mapping[str, tuple[str, Decimal]],
    ) -> None:
        self.targets, self.allocation, self.actuals = targets, allocation, actuals
        self.readings, self.published = readings, published
        self.scores = {id_: value for id_, (_, value) in scores.items()}
        self._rows: dict[tuple[object, ...], tuple[tuple[Decimal, ...], Decimal, Decimal]] = {}
        self._budgets: dict[tuple[object, ...], Decimal] = {}
        table = {
            BUDGET_ID: published.budget,
            RATE_ID: published.rate,
            TOTAL_ID: published.total,
            GRADE_ID: published.grade,
        }
        self.printed_figures: dict[str, Decimal | str] = {
            **self.scores,
            **{key: value for key, value in table.items() if value is not None},
        }
        self.printed = len(self.printed_figures)

    def rules(self, candidate: Mapping[str, object]) -> Rules:
        return self.targets.rules.model_copy(update=dict(candidate))

    def rows(self, candidate: Mapping[str, object]) -> tuple[tuple[Decimal, ...], Decimal, Decimal]:
        """Each row's score, their sum and the points not applicable."""
        key = tuple(candidate[k] for k in ("rounding", "rounding_mode", "cap", "reverse_formula"))
        found = self._rows.get(key)
        if found is None:
            rules = self.rules(candidate)
            results = [
                score_indicator(indicator, points, self.readings.get(indicator.id), rules, split)
                for indicator, points, split in zip(
                    self.targets.indicators,
                    self.allocation.points,
                    self.allocation.defaulted,
                    strict=True,
                )
            ]
            absent = sum((r.points for r in results if r.status is Status.NOT_APPLICABLE), ZERO)
            row_scores = tuple(r.score for r in results)
            found = (row_scores, sum(row_scores, ZERO), absent)
            self._rows[key] = found
        return found

    def budget(self, candidate: Mapping[str, object]) -> Decimal:
        quantum = candidate["budget_rounding"] or candidate["rounding"]
        mode = candidate["budget_rounding_mode"] or candidate["rounding_mode"]
        key = (quantum, mode, candidate["budget_denominator"])
        found = self._budgets.get(key)
        if found is None:
            rules = self.rules(candidate)
            targets = self.targets.model_copy(update={"rules": rules})
            found = score_budget(targets, self.actuals, rules).score
            self._budgets[key] = found
        return found

    def figures(self, candidate: Mapping[str, object]) -> dict[str, Decimal | str]:
        """Each printed figure's id → its value under the candidate."""
        row_scores, subtotal, absent = self.rows(candidate)
        budget = self.budget(candidate)
        found: dict[str, Decimal | str] = {
            indicator.id: value
            for indicator, value in zip(self.targets.indicators, row_scores, strict=True)
        }
        found[BUDGET_ID] = budget
        total = _total(subtotal + budget, absent, self.targets.rules, candidate)
        found[TOTAL_ID] = total
        if self.published.grade is not None:  # grades and total points are not searched
            found[GRADE_ID] = grade_of(total, self.targets.rules)
        if self.published.rate is not None:
            denominator = str(candidate["budget_denominator"])
            rate = execution_rate(self.actuals, self.targets, denominator)
            found[RATE_ID] = printed_as(rate, self.published.rate)
        return found

    def reproduced(self, candidate: Mapping[str, object]) -> int:
        found = self.figures(candidate)
        return sum(found.get(key) == value for key, value in self.printed_figures.items())

    def missed(self, candidate: Mapping[str, object]) -> tuple[str, ...]:
        found = self.figures(candidate)
        return tuple(key for key, value in self.printed_figures.items() if found.get(key) != value)


def _total(
    subtotal: Decimal, absent: Decimal, rules: Rules, candidate: Mapping[str, object]
) -> Decimal:
    """The total as engine.scoring makes it: rescaled to the total points, at the rows' rounding,
    when some points do not apply."""
    if absent == 0:
        return subtotal
    applicable = rules.total_points - absent
    if applicable <= 0:
        return ZERO
    rounded = rules.model_copy(update=dict(candidate))
    return rounded.rounded(subtotal * rules.total_points / applicable)
