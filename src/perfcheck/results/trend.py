"""What the trend gives: every indicator's progress at every period of one target file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from perfcheck.model.rules import Band
from perfcheck.results.monitoring import BudgetProgress, IndicatorProgress, Light, MonitoringResult

if TYPE_CHECKING:  # annotations only: a result type costs no model import
    from perfcheck.model.targets import Indicator, TargetFile


@dataclass(frozen=True, slots=True)
class Period:
    """One file of the trend, in period order."""

    text: str
    file: str
    result: MonitoringResult

    @property
    def year_end(self) -> bool:
        return self.text.endswith(("Q4", "-12"))


@dataclass(frozen=True, slots=True)
class IndicatorTrend:
    indicator: Indicator
    points: tuple[IndicatorProgress, ...]  # one per period

    @property
    def final(self) -> Light:
        return self.points[-1].light if self.points else Light.NONE

    @property
    def met(self) -> bool | None:
        """Whether the last period reached the full target (meaningful at year-end)."""
        last = self.points[-1] if self.points else None
        if last is None or last.reading is None or last.progress is None:
            return None
        if last.reading.band is not None:
            return last.reading.band is Band.ACHIEVED
        return last.progress >= 1


@dataclass(frozen=True, slots=True)
class Trend:
    targets: TargetFile
    periods: tuple[Period, ...]
    indicators: tuple[IndicatorTrend, ...]

    @property
    def budget(self) -> tuple[BudgetProgress, ...]:
        return tuple(p.result.budget for p in self.periods)
