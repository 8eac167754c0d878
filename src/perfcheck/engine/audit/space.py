"""The printed figures a candidate setting of the rules reproduces, within the searched space
(docs/audit.md): the rows' rounding quantum and mode, the cap, the reverse formula, the budget
row's own quantum and mode, and the budget's denominator.

A candidate's figures are put together from two memoised parts: the rows under (rounding, mode,
cap, reverse formula) and the budget row under (its quantum, its mode, the denominator); the
total, the grade and the rate follow from those, so each candidate costs a few comparisons.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from perfcheck.engine.audit.printed import ZERO, Keyed, execution_rate, printed_as
from perfcheck.engine.scoring import (
    earned_score,
    grade_of,
    rescaled_total,
    score_budget,
    unrounded_score,
)
from perfcheck.model.actuals import ActualsFile, Published
from perfcheck.model.readings import Reading
from perfcheck.model.rules import Rules
from perfcheck.model.targets import TargetFile
from perfcheck.results.audit import BUDGET_ID, GRADE_ID, RATE_ID, TOTAL_ID
from perfcheck.results.points import Allocation

SEARCHED = (
    "rounding",
    "rounding_mode",
    "cap",
    "reverse_formula",
    "budget_rounding",
    "budget_rounding_mode",
    "budget_denominator",
)
ROWS = slice(0, 4)  # the settings the rows depend on
BUDGET = slice(4, 7)  # the budget row's own settings


@dataclass(frozen=True, slots=True)
class RowScores:
    """The rows under one setting of (rounding, mode, cap, reverse formula)."""

    scores: tuple[Decimal, ...]
    matched: int  # the printed row scores these reproduce
    subtotal: Decimal
    rules: Rules  # the file's, with the setting: what the total is rounded by


class Space:
    """The printed figures and, memoised, the rows and the budget row under each candidate.

    A row is scored once for each (cap, reverse formula) — what its unrounded score depends on
    (engine.scoring.unrounded_score) — and rounded under each (rounding, mode); the budget row
    once for each of its (quantum, mode, denominator). A 预算执行率 row listed among the
    indicators is rounded as the budget is (Rules.for_budget_row), so it is scored apart from
    the rows, under both parts of the candidate."""

    def __init__(
        self,
        targets: TargetFile,
        allocation: Allocation,
        actuals: ActualsFile,
        readings: Mapping[str, Reading],
        scores: Keyed,
        absent: Decimal,
    ) -> None:
        """`absent`: the points that do not apply (engine.scoring.not_applicable_points), the
        same under every candidate."""
        self.targets, self.allocation, self.actuals = targets, allocation, actuals
        published = actuals.published or Published()
        self.published = published
        self.scores = {id_: value for id_, (_, value) in scores.items()}
        indicators = targets.indicators
        self._readings = [readings.get(indicator.id) for indicator in indicators]
        self._printed_rows = [self.scores.get(indicator.id) for indicator in indicators]
        self.absent = absent
        self._listed = next(iter(targets.budget_rows), None)  # the budget row in the list
        self._listed_scores: dict[tuple[object, ...], Decimal] = {}
        self._unrounded: dict[tuple[object, ...], list[Decimal | None]] = {}
        self._rows: dict[tuple[object, ...], RowScores] = {}
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

    def _targets(self, rules: Rules) -> TargetFile:
        """The target file under a candidate's rules, for what reads them from it."""
        return self.targets.model_copy(update={"rules": rules})

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

    def rows(self, setting: tuple[object, ...]) -> RowScores:
        key = setting[ROWS]
        found = self._rows.get(key)
        if found is None:
            cap, reverse = key[2], key[3]
            rules = self._rules(dict(zip(SEARCHED[ROWS], key, strict=True)))
            row_scores = tuple(
                ZERO if value is None or reading is None or index == self._listed
                else earned_score(value, points, reading, rules)[0]
                for index, (value, points, reading) in enumerate(zip(
                    self.unrounded(cap, reverse), self.allocation.points, self._readings,
                    strict=True,
                ))
            )  # fmt: skip
            matched = sum(
                printed is not None and printed == value and index != self._listed
                for index, (printed, value) in enumerate(
                    zip(self._printed_rows, row_scores, strict=True)
                )
            )
            found = RowScores(row_scores, matched, sum(row_scores, ZERO), rules)
            self._rows[key] = found
        return found

    def budget(self, rounding: object, mode: object, setting: tuple[object, ...]) -> Decimal:
        quantum, budget_mode, denominator = setting
        # Keyed by what Rules.budget_rounded will round by, so that an unset quantum or mode and
        # the rows' own one share their score.
        key = (quantum or rounding, budget_mode or mode, denominator)
        found = self._budgets.get(key)
        if found is None:
            rules = self._rules(
                {"budget_rounding": key[0], "budget_rounding_mode": key[1],
                 "budget_denominator": denominator}
            )  # fmt: skip
            found = score_budget(self._targets(rules), self.actuals, rules).score
            self._budgets[key] = found
        return found

    def listed(self, candidate: tuple[object, ...]) -> Decimal:
        """The score of the budget row listed among the indicators (0 without one): its
        unrounded score under the rows' (cap, reverse formula), rounded as the budget is."""
        if self._listed is None:
            return ZERO
        rounding, mode, cap, reverse, quantum, budget_mode, _ = candidate
        key = (cap, reverse, quantum or rounding, budget_mode or mode)  # as Rules.for_budget_row
        found = self._listed_scores.get(key)
        if found is None:
            update = dict(zip(SEARCHED[ROWS], (rounding, mode, cap, reverse), strict=True))
            rules = self._rules(
                {**update, "budget_rounding": quantum, "budget_rounding_mode": budget_mode}
            ).for_budget_row()
            value = self.unrounded(cap, reverse)[self._listed]
            reading = self._readings[self._listed]
            points = self.allocation.points[self._listed]
            found = (
                ZERO if value is None or reading is None
                else earned_score(value, points, reading, rules)[0]
            )  # fmt: skip
            self._listed_scores[key] = found
        return found

    def rate(self, denominator: object) -> Decimal:
        found = self._rates.get(denominator)
        if found is None:
            assert self.published.rate is not None
            targets = self._targets(self._rules({"budget_denominator": denominator}))
            found = printed_as(execution_rate(self.actuals, targets), self.published.rate)
            self._rates[denominator] = found
        return found

    def grade(self, total: Decimal) -> str:
        found = self._grades.get(total)
        if found is None:
            found = self._grades[total] = grade_of(total, self.targets.rules)
        return found

    def table_figures(
        self, rows: RowScores, row_setting: tuple[object, ...], budget_setting: tuple[object, ...]
    ) -> dict[str, Decimal | str]:
        """The table's own figures it printed (budget, rate, total, grade) under the setting."""
        budget = self.budget(row_setting[0], row_setting[1], budget_setting)
        listed = self.listed(row_setting + budget_setting)
        total = rescaled_total(rows.subtotal + listed + budget, self.absent, rows.rules)
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
        self, rows: RowScores, row_setting: tuple[object, ...], budget_setting: tuple[object, ...]
    ) -> int:
        found = self.table_figures(rows, row_setting, budget_setting)
        listed = self._listed is not None and self._printed_rows[self._listed] == self.listed(
            row_setting + budget_setting
        )
        return listed + sum(found[key] == value for key, value in self.table.items())

    def missed(self, candidate: tuple[object, ...]) -> tuple[str, ...]:
        """The ids of the printed figures the candidate does not reproduce, rows first."""
        rows = self.rows(candidate)
        found = self.table_figures(rows, candidate[ROWS], candidate[BUDGET])
        scores = list(rows.scores)
        if self._listed is not None:
            scores[self._listed] = self.listed(candidate)
        return (
            *(
                indicator.id
                for indicator, printed, value in zip(
                    self.targets.indicators, self._printed_rows, scores, strict=True
                )
                if printed is not None and printed != value
            ),
            *(key for key, value in self.table.items() if found[key] != value),
        )
