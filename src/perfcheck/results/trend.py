"""What the trend gives: every indicator's progress at every period of one target file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from perfcheck.results.monitoring import BudgetProgress, IndicatorProgress, Light, MonitoringResult

if TYPE_CHECKING:  # annotations only: a result type costs no model import
    from perfcheck.model.indicators import Indicator
    from perfcheck.model.targets import TargetFile
    from perfcheck.results.score import ScoreResult, Status


@dataclass(frozen=True, slots=True)
class Period:
    """One file of the trend, in period order."""

    text: str
    file: str
    result: MonitoringResult
    score: ScoreResult | None = None  # the self-evaluation, for the year-end period only

    @property
    def year_end(self) -> bool:
        return self.score is not None


@dataclass(frozen=True, slots=True)
class IndicatorTrend:
    indicator: Indicator
    points: tuple[IndicatorProgress, ...]  # one per period
    # When the trend reaches year-end, the self-evaluation's verdict on the indicator: met or
    # not against the full target, as `perfcheck score` gives it. Before year-end, None.
    outcome: Status | None = None

    @property
    def final(self) -> Light:
        """The last period's light: progress against 序时进度, not whether the target was met."""
        return self.points[-1].light if self.points else Light.NONE


@dataclass(frozen=True, slots=True)
class Trend:
    targets: TargetFile
    periods: tuple[Period, ...]
    indicators: tuple[IndicatorTrend, ...]

    @property
    def year_end(self) -> bool:
        """Whether the last period is the year-end self-evaluation."""
        return bool(self.periods) and self.periods[-1].year_end

    @property
    def budget(self) -> tuple[BudgetProgress, ...]:
        return tuple(p.result.budget for p in self.periods)

    def count(self, outcome: Status) -> int:
        return sum(row.outcome is outcome for row in self.indicators)
