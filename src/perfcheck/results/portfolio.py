"""What a portfolio run gives: one small row per table, the files that could not be read, and
the distributions a finance bureau reports upward."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfcheck.diagnostics import Diagnostic


@dataclass(frozen=True, slots=True)
class TableRow:
    """One table (an actuals file scored or monitored), reduced to what the roll-up needs: a
    worker returns this, never the whole result, so a run of thousands holds little."""

    path: str
    department: str
    project: str | None  # project tables only
    kind: str  # department | project
    year: int
    period: str
    year_end: bool
    total: Decimal  # in-year: the projected year-end total
    grade: str  # in-year: the projection's grade
    met: int  # in-year: counts of the projection
    unmet: int
    missing: int
    not_applicable: int
    unexplained: int  # year-end W010 + W011; in-year W013 + W014
    budget_rate: Decimal  # 执行率, a fraction
    elapsed: Decimal  # 序时进度 (1 at year-end)
    budget_progress: Decimal  # 执行率 against 序时进度 (the rate itself at year-end)
    red: int | None  # lights in-year (budget included); None at year-end
    yellow: int | None
    reconciles: bool | None  # published figures against computed ones; None: not checked
    unmet_indicators: tuple[tuple[str, str], ...]  # (level2, name) of each unmet indicator
    targets: str | None = None  # the target file read for it: an input no output may replace


@dataclass(frozen=True, slots=True)
class FileError:
    """A file that could not be read as a table: its located errors."""

    path: str
    diagnostics: tuple[Diagnostic, ...]
    targets: str | None = None  # the target file read for it, when one was


@dataclass(frozen=True, slots=True)
class IndicatorLine:
    """An indicator's result in long form, for the database (docs/database.md). In-year, the
    actual is the one to date; completion, score and status are the projection's."""

    position: int  # 1-based, in the target file's order
    id: str
    level1: str
    level2: str
    name: str
    target: str  # as the target table writes it
    points: Decimal
    actual: Decimal | str | None  # in the indicator's unit, or the grade; None: not given
    completion: Decimal | None
    score: Decimal
    status: str  # a Status value
    light: str | None  # in-year only
    progress: Decimal | None  # in-year only: actual against what is due by now
    explained: bool


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """The budget row (预算执行率) in long form; in-year, points and score are the projection's."""

    adjusted: Decimal
    spent: Decimal
    rate: Decimal
    points: Decimal
    score: Decimal
    elapsed: Decimal  # 1 at year-end
    progress: Decimal  # rate against elapsed
    light: str | None  # in-year only
    explained: bool


@dataclass(frozen=True, slots=True)
class FileDetail:
    """What the database keeps of one file beyond its row: small values, cheap to send from a
    worker, written and dropped a chunk at a time."""

    path: str
    sha256: str | None  # None: the file could not be read again to be hashed
    size: int | None
    role: str  # actuals | targets | unreadable
    targets: str | None  # the target file an actuals file named, as read
    indicators: tuple[IndicatorLine, ...]
    budget: BudgetLine | None
    findings: tuple[Diagnostic, ...]  # the file's own problems (warnings included)


Outcome = TableRow | FileError | None  # None: a target file, read through its actuals
Read = tuple[Outcome, FileDetail | None]  # the detail only when a database is written


@dataclass(frozen=True, slots=True)
class Count:
    """How many tables (or unmet indicators) have `key`."""

    key: str
    count: int


@dataclass(frozen=True, slots=True)
class Band:
    """Tables whose budget progress lies in [low, high); high None: no upper bound."""

    low: Decimal
    high: Decimal | None
    count: int


@dataclass(frozen=True, slots=True)
class Change:
    """A department's (or project's) year-end total from one year to the next."""

    department: str
    project: str | None
    from_year: int
    to_year: int
    before: Decimal
    after: Decimal

    @property
    def change(self) -> Decimal:
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class Portfolio:
    tables: tuple[TableRow, ...]
    errors: tuple[FileError, ...]
    grades: tuple[Count, ...]  # year-end tables per grade
    budget_bands: tuple[Band, ...]  # every table, by budget progress
    red_lights: tuple[Count, ...]  # in-year tables by their number of red lights
    unmet_by_level2: tuple[Count, ...]  # year-end unmet indicators, most frequent first
    unmet_by_name: tuple[Count, ...]
    fell: tuple[Change, ...]  # largest falls first
    rose: tuple[Change, ...]  # largest rises first
