"""Rounding: scores to the quantum the rules set (舍入), points as printed beside them, and rates
as results carry them."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Annotated, Literal

from pydantic import Field

from perfcheck.formatting import half_up
from perfcheck.model.schema import UNSIGNED_TEXT, every, numbers_among, strings_match

QUANTA = tuple(Decimal(1).scaleb(-places) for places in range(5))  # 1, 0.1 … 0.0001

RATE_PLACES = Decimal("0.0001")  # rates (完成率, 执行率, progress) as fractions: 97.79 %


def rounded_rate(value: Decimal) -> Decimal:
    """A rate as results carry it: a fraction to four places, half-up (0.97785 → 0.9779)."""
    return half_up(value, RATE_PLACES)


# How a score is rounded to its quantum: 四舍五入 (2.345 → 2.35), 去尾 (9.78 → 9 at 1), or to
# the even neighbour (2.345 → 2.34).
RoundingMode = Literal["half_up", "down", "half_even"]
_ROUNDINGS: dict[str, str] = {
    "half_up": ROUND_HALF_UP,
    "down": ROUND_DOWN,
    "half_even": ROUND_HALF_EVEN,
}
Quantum = Annotated[
    Decimal,
    Field(
        gt=0,
        allow_inf_nan=False,
        json_schema_extra=every(  # the quanta: checked by Rules._power_of_ten
            numbers_among([float(quantum) for quantum in QUANTA]), strings_match(UNSIGNED_TEXT)
        ),
    ),
]


def rounded_score(
    value: Decimal, quantum: Decimal, mode: RoundingMode, points: Decimal | None = None
) -> Decimal:
    """A score rounded to the quantum by the mode. With its `points`: a full score is the points
    themselves (12.5 at whole points stays 12.5), and a partial one never rounds past them
    (7.6 of 7.7 points → 7, not 8)."""
    rounded = value.quantize(quantum, rounding=_ROUNDINGS[mode])
    if points is None or points % quantum == 0:
        return rounded
    if value == points:
        return points
    if value < points < rounded:
        return value.quantize(quantum, rounding=ROUND_DOWN)
    return rounded


def shown_points(points: Decimal, quantum: Decimal) -> Decimal:
    """Points as printed beside their scores: to the quantum's places (5 → 5.00), or as given
    when finer (12.5 at whole points), since a full score is the points."""
    return points.quantize(quantum) if points % quantum == 0 else points
