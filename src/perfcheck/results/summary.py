"""What the review pack is made from: a result, the files it came from, and the counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from perfcheck.results.score import Flag, GroupResult, IndicatorResult, ScoreResult, Status

if TYPE_CHECKING:  # annotations only: a result type costs no model import
    from perfcheck.results.audit import Audit
    from perfcheck.results.monitoring import MonitoringResult


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file the pack was made from, recorded with its digest so the pack can be checked."""

    path: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Counts:
    set: int  # 设置的三级指标
    met: int
    unmet: int
    missing: int
    not_applicable: int


@dataclass(frozen=True, slots=True)
class Summary:
    result: ScoreResult
    inputs: tuple[InputFile, ...]
    version: str
    # the published figures set against the result (engine.audit), when the actuals print any
    reconciliation: Audit | None = None

    @property
    def counts(self) -> Counts:
        r = self.result
        return Counts(
            set=len(r.indicators),
            met=r.tally(Status.MET),
            unmet=r.tally(Status.UNMET),
            missing=r.tally(Status.MISSING),
            not_applicable=r.tally(Status.NOT_APPLICABLE),
        )

    def _where(self, keep: Callable[[IndicatorResult], bool]) -> tuple[IndicatorResult, ...]:
        return tuple(r for r in self.result.indicators if keep(r))

    @property
    def unmet(self) -> tuple[IndicatorResult, ...]:
        return self._where(lambda r: r.status is Status.UNMET)

    @property
    def missing(self) -> tuple[IndicatorResult, ...]:
        return self._where(lambda r: r.status is Status.MISSING)

    @property
    def overachieved(self) -> tuple[IndicatorResult, ...]:
        return self._where(lambda r: Flag.OVERACHIEVED in r.flags)

    @property
    def unexplained(self) -> tuple[IndicatorResult, ...]:
        """Deviations still lacking 偏差原因分析及改进措施: a gap to fill before submission."""
        return self._where(lambda r: Flag.NEEDS_EXPLANATION in r.flags)

    @property
    def not_applicable(self) -> tuple[IndicatorResult, ...]:
        return self._where(lambda r: r.status is Status.NOT_APPLICABLE)

    @property
    def adjusted(self) -> tuple[IndicatorResult, ...]:
        return self._where(lambda r: r.adjustment is not None)

    @property
    def measures(self) -> tuple[IndicatorResult, ...]:
        """Every explanation given: the causes and corrective measures, indicator by indicator."""
        return self._where(lambda r: bool(r.explanation) and r.status is not Status.NOT_APPLICABLE)

    @property
    def weakest(self) -> GroupResult | None:
        """The level-1 group with the lowest share of its points (the first one on a tie)."""
        scored = [g for g in self.result.groups if g.points > 0]
        return min(scored, key=lambda g: g.score / g.points) if scored else None


@dataclass(frozen=True, slots=True)
class MonitoringSummary:
    """The in-year counterpart: lights instead of scores."""

    result: MonitoringResult
    inputs: tuple[InputFile, ...]
    version: str
