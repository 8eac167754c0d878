"""Auditing a published self-evaluation (抽查复核): every printed 得分, 执行率, 总分 and 等级 set
against perfcheck's own figures, and the rule settings that reproduce the most of them.

`audit_tables` is the seam: it takes an actuals file and its target file, wherever they came from
(YAML files, or a published table imported in memory). `audit_loaded` and `published_reconciles`
take a loaded actuals file, for the reports that only need to know. Decimal arithmetic only; the
scores are the scoring engine's own (engine.scoring), under the file's rules or a candidate's.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Any

from perfcheck.diagnostics import Finding
from perfcheck.engine.points import level1_weights, printed_weights, weight_of
from perfcheck.engine.scoring import (
    PRECISION,
    earned_score,
    grade_of,
    score,
    score_budget,
    unrounded_score,
)
from perfcheck.formatting import decimal_text, half_up
from perfcheck.model.actuals import ActualsFile, Published
from perfcheck.model.execution import budget_base
from perfcheck.model.indicators import level1_groups
from perfcheck.model.readings import Reading
from perfcheck.model.rules import Rules
from perfcheck.model.target_forms import QuantitativeTarget
from perfcheck.model.targets import TargetFile
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

if TYPE_CHECKING:
    from perfcheck.results.files import LoadedActuals

ZERO = Decimal(0)
HUNDRED = Decimal(100)


def audit_loaded(loaded: LoadedActuals) -> Audit | None:
    """The audit of a loaded year-end actuals file; None when it cannot have one (not scored:
    in-year, or a file with errors) or prints nothing to check (no `published:`)."""
    if loaded.result is None or loaded.actuals is None or loaded.actuals.published is None:
        return None
    if loaded.targets is None or loaded.targets.targets is None:
        return None
    allocation = loaded.targets.allocation
    assert allocation is not None  # a scored file has its points
    return audit_tables(loaded.targets.targets, allocation, loaded.actuals, loaded.readings)


def published_reconciles(loaded: LoadedActuals) -> bool | None:
    """Whether a loaded actuals file's published figures are all reproduced (True), some are
    not (False), or there is nothing to say (None: no `published:`, or not scored)."""
    audit = audit_loaded(loaded)
    return None if audit is None else not audit.checks


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
    if not own.targets.flat:
        yield from _group_sums(own, printed)


def _group_sums(own: ScoreResult, printed: Mapping[str, tuple[str, Decimal]]) -> Iterator[Check]:
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
#
# The space (docs/audit.md): the rows' rounding quantum and mode, the cap, the reverse formula,
# the budget row's own quantum and mode, and the budget's denominator. A candidate's figures are
# put together from two memoised parts: the rows under (rounding, mode, cap, reverse formula)
# and the budget row under (its quantum, its mode, the denominator); the total, the grade and the
# rate follow from those, so each candidate costs a few comparisons.

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
_ROWS = slice(0, 4)  # the settings the rows depend on
_BUDGET = slice(4, 7)  # the budget row's own settings


@dataclass(frozen=True, slots=True)
class Search:
    explained_by: dict[str, object] | None
    unexplained: tuple[str, ...]
    reproduced: int
    printed: int


def _own_first(own: object, values: Sequence[object]) -> list[object]:
    """A dimension's values, the file's own first, then the documented order."""
    return [own, *(value for value in values if value != own)]


def _dimensions(
    own: Rules, results: Sequence[IndicatorResult], actuals: ActualsFile, targets: TargetFile
) -> list[list[object]]:
    """The values searched of each setting, in the order of SEARCHED; a setting that changes
    no figure of this table keeps the file's value alone (a change to it could only lengthen
    the answer)."""
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
    return [
        _own_first(own.rounding, QUANTA_SEARCHED),
        _own_first(own.rounding_mode, MODES_SEARCHED),
        _own_first(own.cap, (True, False)) if cap_matters else [own.cap],
        _own_first(own.reverse_formula, ("ratio", "linear")) if reverse_matters else
        [own.reverse_formula],
        _own_first(own.budget_rounding, (None, *QUANTA_SEARCHED)),
        _own_first(own.budget_rounding_mode, (None, *MODES_SEARCHED)),
        _own_first(own.budget_denominator, ("adjusted", "initial"))
        if base.initial != base.adjusted else [own.budget_denominator],
    ]  # fmt: skip


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
    the order of the space (each setting's own value first, then QUANTA_SEARCHED and
    MODES_SEARCHED in their order)."""
    space = _Space(targets, allocation, actuals, readings, scores)
    if space.printed == 0:
        return Search(None, (), 0, 0)
    rules = targets.rules
    own_values = tuple(getattr(rules, key) for key in SEARCHED)
    dimensions = _dimensions(rules, own.indicators, actuals, targets)
    best: tuple[int, int] | None = None
    chosen = own_values
    for row_setting in itertools.product(*dimensions[_ROWS]):
        rows = space.rows(row_setting)
        row_changes = _changes(row_setting, own_values[_ROWS])
        for budget_setting in itertools.product(*dimensions[_BUDGET]):
            changes = row_changes + _changes(budget_setting, own_values[_BUDGET])
            reproduced = rows.matched + space.table_matched(rows, row_setting, budget_setting)
            rank = (-reproduced, changes)
            if best is None or rank < best:
                best, chosen = rank, row_setting + budget_setting
    assert best is not None
    reproduced = -best[0]
    explained = {
        key: value
        for key, value, mine in zip(SEARCHED, chosen, own_values, strict=True)
        if value != mine
    }
    missed = space.missed(chosen)
    return Search(explained if reproduced else None, missed, reproduced, space.printed)


def _changes(values: tuple[object, ...], own: tuple[object, ...]) -> int:
    return sum(value != mine for value, mine in zip(values, own, strict=True))


@dataclass(frozen=True, slots=True)
class _Rows:
    """The rows under one setting of (rounding, mode, cap, reverse formula)."""

    scores: tuple[Decimal, ...]
    matched: int  # the printed row scores these reproduce
    subtotal: Decimal


class _Space:
    """The printed figures and, memoised, the rows and the budget row under each candidate.

    A row is scored once for each (cap, reverse formula) — what its unrounded score depends on
    (engine.scoring.unrounded_score) — and rounded under each (rounding, mode); the budget row
    once for each of its (quantum, mode, denominator)."""

    def __init__(
        self,
        targets: TargetFile,
        allocation: Allocation,
        actuals: ActualsFile,
        readings: Mapping[str, Reading],
        scores: Mapping[str, tuple[str, Decimal]],
    ) -> None:
        self.targets, self.allocation, self.actuals = targets, allocation, actuals
        published = actuals.published or Published()
        self.published = published
        self.scores = {id_: value for id_, (_, value) in scores.items()}
        indicators = targets.indicators
        self._readings = [readings.get(indicator.id) for indicator in indicators]
        self._printed_rows = [self.scores.get(indicator.id) for indicator in indicators]
        self.absent = sum(
            (
                points
                for points, reading in zip(allocation.points, self._readings, strict=True)
                if reading is not None and reading.not_applicable is not None
            ),
            ZERO,
        )
        self._unrounded: dict[tuple[object, ...], list[Decimal | None]] = {}
        self._rows: dict[tuple[object, ...], _Rows] = {}
        self._budgets: dict[tuple[object, ...], Decimal] = {}
        self._rates: dict[object, Decimal] = {}
        self._grades: dict[Decimal, str] = {}
        table = {
            BUDGET_ID: published.budget,
            RATE_ID: published.rate,
            TOTAL_ID: published.total,
            GRADE_ID: published.grade,
        }
        self.table: dict[str, Decimal | str] = {
            key: value for key, value in table.items() if value is not None
        }
        self.printed = len(self.scores) + len(self.table)

    def _rules(self, update: Mapping[str, object]) -> Rules:
        return self.targets.rules.model_copy(update=dict(update))

    def unrounded(self, cap: object, reverse: object) -> list[Decimal | None]:
        found = self._unrounded.get((cap, reverse))
        if found is None:
            rules = self._rules({"cap": cap, "reverse_formula": reverse})
            found = [
                unrounded_score(indicator, points, reading, rules)
                for indicator, points, reading in zip(
                    self.targets.indicators, self.allocation.points, self._readings, strict=True
                )
            ]
            self._unrounded[(cap, reverse)] = found
        return found

    def rows(self, setting: tuple[object, ...]) -> _Rows:
        key = setting[_ROWS]
        found = self._rows.get(key)
        if found is None:
            cap, reverse = key[2], key[3]
            rules = self._rules(dict(zip(SEARCHED[_ROWS], key, strict=True)))
            row_scores = tuple(
                ZERO if value is None or reading is None
                else earned_score(value, points, reading, rules)[0]
                for value, points, reading in zip(
                    self.unrounded(cap, reverse), self.allocation.points, self._readings,
                    strict=True,
                )
            )  # fmt: skip
            matched = sum(
                printed is not None and printed == value
                for printed, value in zip(self._printed_rows, row_scores, strict=True)
            )
            found = _Rows(row_scores, matched, sum(row_scores, ZERO))
            self._rows[key] = found
        return found

    def budget(self, rounding: object, mode: object, setting: tuple[object, ...]) -> Decimal:
        quantum, budget_mode, denominator = setting
        key = (quantum or rounding, budget_mode or mode, denominator)
        found = self._budgets.get(key)
        if found is None:
            rules = self._rules(
                {"budget_rounding": key[0], "budget_rounding_mode": key[1],
                 "budget_denominator": denominator}
            )  # fmt: skip
            targets = self.targets.model_copy(update={"rules": rules})
            found = score_budget(targets, self.actuals, rules).score
            self._budgets[key] = found
        return found

    def rate(self, denominator: object) -> Decimal:
        found = self._rates.get(denominator)
        if found is None:
            assert self.published.rate is not None
            rate = execution_rate(self.actuals, self.targets, str(denominator))
            found = printed_as(rate, self.published.rate)
            self._rates[denominator] = found
        return found

    def grade(self, total: Decimal) -> str:
        found = self._grades.get(total)
        if found is None:
            found = self._grades[total] = grade_of(total, self.targets.rules)
        return found

    def table_figures(
        self, rows: _Rows, row_setting: tuple[object, ...], budget_setting: tuple[object, ...]
    ) -> dict[str, Decimal | str]:
        """The table's own figures it printed (budget, rate, total, grade) under the setting."""
        rounding, mode = row_setting[0], row_setting[1]
        budget = self.budget(rounding, mode, budget_setting)
        total = _total(rows.subtotal + budget, self.absent, self.targets.rules, rounding, mode)
        found: dict[str, Decimal | str] = {}
        for key in self.table:
            if key == BUDGET_ID:
                found[key] = budget
            elif key == TOTAL_ID:
                found[key] = total
            elif key == GRADE_ID:  # grades and total points are not searched
                found[key] = self.grade(total)
            else:
                found[key] = self.rate(budget_setting[2])
        return found

    def table_matched(
        self, rows: _Rows, row_setting: tuple[object, ...], budget_setting: tuple[object, ...]
    ) -> int:
        found = self.table_figures(rows, row_setting, budget_setting)
        return sum(found[key] == value for key, value in self.table.items())

    def missed(self, candidate: tuple[object, ...]) -> tuple[str, ...]:
        """The ids of the printed figures the candidate does not reproduce, rows first."""
        rows = self.rows(candidate)
        found = self.table_figures(rows, candidate[_ROWS], candidate[_BUDGET])
        return (
            *(
                indicator.id
                for indicator, printed, value in zip(
                    self.targets.indicators, self._printed_rows, rows.scores, strict=True
                )
                if printed is not None and printed != value
            ),
            *(key for key, value in self.table.items() if found[key] != value),
        )


def _total(
    subtotal: Decimal, absent: Decimal, rules: Rules, rounding: object, mode: object
) -> Decimal:
    """The total as engine.scoring makes it: rescaled to the total points, at the rows' rounding,
    when some points do not apply."""
    if absent == 0:
        return subtotal
    applicable = rules.total_points - absent
    if applicable <= 0:
        return ZERO
    rounded = rules.model_copy(update={"rounding": rounding, "rounding_mode": mode})
    return rounded.rounded(subtotal * rules.total_points / applicable)
