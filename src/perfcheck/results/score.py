"""What year-end scoring gives: each indicator's result, the budget row, the total and grade.

Records are NamedTuples, immutable as results are: a frozen dataclass costs seven times as much
to define, and every run that scores defines them."""

from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # annotations only: a result type costs no model import
    from perfcheck.model.indicators import Indicator
    from perfcheck.model.targets import TargetFile


class Status(StrEnum):
    MET = "met"
    UNMET = "unmet"
    MISSING = "missing"
    NOT_APPLICABLE = "not_applicable"


class Flag(StrEnum):
    OVERACHIEVED = "overachieved"  # ≥ threshold × target: was the target set too low?
    NEEDS_EXPLANATION = "needs_explanation"  # an explanation is expected and absent
    ADJUSTED = "adjusted"  # a reviewer's manual adjustment applies
    CAPPED = "capped"  # the cap cut the score to the points
    DEFAULT_POINTS = "default_points"  # points came from the even split


class PartResult(NamedTuple):
    """A "其中" sub-row as the score table shows it: never scored."""

    name: str
    target: str  # as the target table writes it
    actual: (
        Decimal | str | None
    )  # in the sub-row's unit, the grade or the date; None when not given
    unit: str  # the sub-row's unit, for a quantity; "" otherwise


class IndicatorResult(NamedTuple):
    indicator: "Indicator"
    points: Decimal
    actual: Decimal | str | None  # in the indicator's unit, or the grade
    completion: Decimal | None  # fraction, rounded to 4 places
    score: Decimal  # rounded; 0 when missing or not applicable
    status: Status
    flags: tuple[Flag, ...]
    explanation: str | None
    adjustment: Decimal | None
    not_applicable: str | None
    parts: tuple[PartResult, ...] = ()  # its "其中" sub-rows, in the target file's order


class BudgetResult(NamedTuple):
    initial: Decimal
    adjusted: Decimal
    spent: Decimal
    rate: Decimal  # fraction, rounded to 4 places
    points: Decimal
    score: Decimal
    explanation: str | None
    low: bool  # below the rules' explanation threshold (Rules.low_execution)

    @property
    def needs_explanation(self) -> bool:
        return self.low and not self.explanation


class GroupResult(NamedTuple):
    level1: str
    points: Decimal
    score: Decimal
    share: Decimal | None  # 得分率: score over points, a rate; None when none of its points apply


class ScoreResult(NamedTuple):
    targets: "TargetFile"
    period: str
    year_end: bool
    indicators: tuple[IndicatorResult, ...]
    groups: tuple[GroupResult, ...]
    budget: BudgetResult
    subtotal: Decimal  # budget score + every indicator score, as printed
    applicable_points: Decimal  # total points less those of not-applicable indicators
    total: Decimal  # subtotal rescaled to total_points when some points do not apply
    grade: str
    annual_goal_achieved: str | None = None  # 年度总体目标的实际完成情况, as the actuals give it

    @property
    def mode(self) -> str:
        return "year-end" if self.year_end else "monitoring"

    @property
    def rescaled(self) -> bool:
        return self.applicable_points != self.targets.rules.total_points

    def tally(self, status: Status) -> int:
        """How many indicators have `status`."""
        return sum(r.status is status for r in self.indicators)

    @property
    def all_met(self) -> bool:
        return all(r.status in (Status.MET, Status.NOT_APPLICABLE) for r in self.indicators)
