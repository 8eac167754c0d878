"""What in-year monitoring gives: progress against 序时进度, lights and the projection."""

from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # annotations only: a result type costs no model import
    from perfcheck.model.indicators import Indicator
    from perfcheck.model.readings import Reading
    from perfcheck.model.targets import TargetFile
    from perfcheck.results.score import PartResult, ScoreResult


class Light(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    NONE = "none"  # nothing to judge: no actual, or not applicable


class Basis(StrEnum):
    """Where an indicator's projected year-end value comes from."""

    FORECAST = "forecast"  # the department's 全年预计完成值
    EXTRAPOLATED = "extrapolated"  # a cumulative count carried on at its pace so far
    CURRENT = "current"  # a rate or grade taken as it stands
    NONE = "none"


class IndicatorProgress(NamedTuple):
    indicator: "Indicator"
    cumulative: bool
    expected: Decimal | None  # what 序时进度 asks for by now (target × elapsed for counts)
    reading: "Reading | None"
    progress: Decimal | None  # actual against expected, as a fraction (4 places)
    light: Light
    needs_explanation: bool  # a forecast short of target, or a likelihood below 确定能
    basis: Basis
    parts: "tuple[PartResult, ...]" = ()  # its "其中" sub-rows, shown, never judged

    @property
    def explanation(self) -> str | None:
        """偏差原因分析及纠偏措施, as the actuals give it."""
        return self.reading.explanation if self.reading is not None else None

    @property
    def red_unexplained(self) -> bool:
        """A red light with no cause or corrective measures given."""
        return self.light is Light.RED and not self.explanation

    @property
    def gap(self) -> bool:
        """An explanation is expected and absent: a red light, or a forecast shortfall."""
        return self.needs_explanation or self.red_unexplained


class BudgetProgress(NamedTuple):
    adjusted: Decimal
    spent: Decimal
    rate: Decimal  # 执行率 so far
    expected: Decimal  # 序时进度
    progress: Decimal  # rate against expected
    light: Light


class MonitoringResult(NamedTuple):
    targets: "TargetFile"
    period: str
    elapsed: Decimal  # 序时进度, a fraction (4 places)
    indicators: tuple[IndicatorProgress, ...]
    budget: BudgetProgress
    projection: "ScoreResult"  # the year-end score if the year goes on as the figures say

    def tally(self, light: Light) -> int:
        """How many lights, the budget's among them, are `light`."""
        return sum(p.light is light for p in self.indicators) + (self.budget.light is light)

    @property
    def any_red(self) -> bool:
        return self.tally(Light.RED) > 0
