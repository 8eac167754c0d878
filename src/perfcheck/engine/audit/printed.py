"""The figures a published table prints, read against its target file: a printed figure's key
resolved to an indicator, the printed 分值 standing in for the even split, 执行率 to the places
the table prints it."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from perfcheck.formatting import half_up
from perfcheck.model.actuals import ActualsFile
from perfcheck.model.execution import budget_base
from perfcheck.model.targets import TargetFile
from perfcheck.results.points import Allocation

ZERO = Decimal(0)
HUNDRED = Decimal(100)

Keyed = Mapping[str, tuple[str, Decimal]]  # id → (the key as printed, the figure)


class Keys:
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


def with_printed_points(targets: TargetFile, allocation: Allocation, printed: Keyed) -> Allocation:
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


def execution_rate(actuals: ActualsFile, targets: TargetFile) -> Decimal:
    """执行率 as a percentage, exact, over the budget the target file's rules take it against
    (model.actuals.budget_base): compared at the places the table prints it (printed_as)."""
    return budget_base(actuals, targets).rate(actuals.budget.spent) * HUNDRED


def printed_as(value: Decimal, printed: Decimal) -> Decimal:
    """`value` to the places `printed` shows, half-up (97.785 → 97.79 against a printed 97.79)."""
    exponent = printed.as_tuple().exponent
    places = exponent if isinstance(exponent, int) and exponent < 0 else 0
    return half_up(value, Decimal(1).scaleb(places))
