"""Which rule settings explain a table's printed figures: the candidate, within the searched
space (docs/audit.md), that reproduces the most of them with the fewest changes."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from perfcheck.engine.audit.printed import Keyed
from perfcheck.engine.audit.space import BUDGET, ROWS, SEARCHED, Space
from perfcheck.engine.scoring import not_applicable_points
from perfcheck.model.actuals import ActualsFile
from perfcheck.model.execution import budget_base
from perfcheck.model.readings import Reading
from perfcheck.model.rules import Rules
from perfcheck.model.target_forms import QuantitativeTarget
from perfcheck.model.targets import TargetFile
from perfcheck.results.points import Allocation
from perfcheck.results.score import Flag, IndicatorResult, ScoreResult, Status

QUANTA_SEARCHED = (Decimal("0.01"), Decimal("0.1"), Decimal(1))
MODES_SEARCHED = ("half_up", "down", "half_even")


@dataclass(frozen=True, slots=True)
class Search:
    """The search's answer: the settings that differ from the file's (None when no candidate
    reproduces a figure), the printed figures they still miss, how many they reproduce of how
    many printed."""

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
    scores: Keyed,
) -> Search:
    """The settings, within the searched space (docs/audit.md), that reproduce the most printed
    figures; among those, the fewest changes from the file's rules; among those, the first in
    the order of the space (each setting's own value first, then QUANTA_SEARCHED and
    MODES_SEARCHED in their order)."""
    absent = not_applicable_points(own.indicators)
    space = Space(targets, allocation, actuals, readings, scores, absent)
    if space.printed == 0:
        return Search(None, (), 0, 0)
    rules = targets.rules
    own_values = tuple(getattr(rules, key) for key in SEARCHED)
    dimensions = _dimensions(rules, own.indicators, actuals, targets)
    best: tuple[int, int] | None = None
    chosen = own_values
    for row_setting in itertools.product(*dimensions[ROWS]):
        rows = space.rows(row_setting)
        row_changes = _changes(row_setting, own_values[ROWS])
        for budget_setting in itertools.product(*dimensions[BUDGET]):
            changes = row_changes + _changes(budget_setting, own_values[BUDGET])
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
