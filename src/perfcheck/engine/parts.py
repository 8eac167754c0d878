"""The "其中" sub-rows of an indicator as the reports show them: each with its own target and the
actual the actuals give it, never scored (docs/scoring.md, "“其中” sub-rows")."""

from __future__ import annotations

from decimal import Decimal

from perfcheck.model.indicators import Indicator, Part
from perfcheck.model.readings import Reading
from perfcheck.model.target_forms import QuantitativeTarget
from perfcheck.results.score import PartResult


def part_results(indicator: Indicator, reading: Reading | None) -> tuple[PartResult, ...]:
    """Each sub-row of the indicator, in the target file's order, with its actual where given."""
    if not indicator.parts:
        return ()
    actuals = dict(reading.parts) if reading is not None else {}
    return tuple(
        PartResult(part.name, part.text(), _part_actual(actuals.get(part.name)), _unit(part))
        for part in indicator.parts
    )


def _part_actual(reading: Reading | None) -> Decimal | str | None:
    if reading is None:
        return None
    if reading.done_text is not None:
        return reading.done_text
    return reading.value if reading.value is not None else reading.grade


def _unit(part: Part) -> str:
    return part.target.unit if isinstance(part.target, QuantitativeTarget) else ""
