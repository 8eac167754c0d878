"""What `audit` gives: a published self-evaluation's printed figures set against perfcheck's own,
each difference a located diagnostic, and the rule settings that explain the most of them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from perfcheck.diagnostics import Diagnostic, Finding
from perfcheck.text import Phrase


class AuditKind(StrEnum):
    """What a finding is about: the `kind` of the JSON report (docs/audit.md)."""

    ROW_SCORE = "row_score"
    OVER_POINTS = "over_points"
    POINTS_SUM = "points_sum"
    ROWS_TOTAL = "rows_total"
    BUDGET_RATE = "budget_rate"
    BUDGET_SCORE = "budget_score"
    GRADE = "grade"
    TOTAL = "total"
    MET_LOST_POINTS = "met_lost_points"
    UNMET_FULL_POINTS = "unmet_full_points"
    UNEXPLAINED = "unexplained"


# The ids of the table's own figures, beside the indicators' ids.
TOTAL_ID = "total"
GRADE_ID = "grade"
BUDGET_ID = "budget"
RATE_ID = "budget_rate"
POINTS_ID = "points"

Figure = Decimal | str | None


@dataclass(frozen=True, slots=True)
class Check:
    """One printed figure that perfcheck does not reproduce, located by its data path."""

    finding: Finding
    kind: AuditKind
    id: str
    published: Figure
    recomputed: Figure


@dataclass(frozen=True, slots=True)
class Figures:
    """The table's own figures: printed, or as perfcheck computes them."""

    total: Decimal | None
    grade: str | None
    budget_score: Decimal | None
    budget_rate: Decimal | None = None  # a percentage (97.79), as tables print it


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One indicator's printed score beside the recomputed one."""

    id: str
    name: str
    points: Decimal
    published: Decimal | None  # None: the table printed no score for it
    recomputed: Decimal

    @property
    def differs(self) -> bool:
        return self.published is not None and self.published != self.recomputed


@dataclass(frozen=True, slots=True)
class Audit:
    """The engine's audit of one table (engine.audit.audit_tables)."""

    published: Figures
    recomputed: Figures
    rows: tuple[AuditRow, ...]
    checks: tuple[Check, ...]
    explained_by: Mapping[str, object] | None  # the rule settings to paste; None: nothing printed
    unexplained: tuple[str, ...]  # figures no setting of the search reproduces
    reproduced: int  # printed figures the best settings reproduce
    printed: int  # printed figures the search counts

    def table_figures(self) -> tuple[tuple[str, Figure, Figure], ...]:
        """The table's own figures the table printed: (id, printed, recomputed) of the budget
        score, the rate, the total and the grade."""
        p, r = self.published, self.recomputed
        figures = (
            (BUDGET_ID, p.budget_score, r.budget_score),
            (RATE_ID, p.budget_rate, r.budget_rate),
            (TOTAL_ID, p.total, r.total),
            (GRADE_ID, p.grade, r.grade),
        )
        return tuple(f for f in figures if f[1] is not None)

    @property
    def agreeing(self) -> int:
        """The printed figures the file's own rules reproduce."""
        rows = sum(r.published is not None and not r.differs for r in self.rows)
        return rows + sum(printed == recomputed for _, printed, recomputed in self.table_figures())


@dataclass(frozen=True, slots=True)
class LocatedCheck:
    """A check with its place in the file (the line of the printed figure)."""

    diagnostic: Diagnostic
    kind: AuditKind
    id: str
    published: Figure
    recomputed: Figure


@dataclass(frozen=True, slots=True)
class FileAudit:
    """One file's audit as the reports show it."""

    path: str
    kind: str  # what was read: "actuals", or "table" (a table file imported in memory)
    audit: Audit
    findings: tuple[LocatedCheck, ...]
    excerpt: Mapping[int, str]  # the lines the findings point at (none for a table's cells)
    table: str = ""  # a table file's sheet (`自评表`) or Word table (`table 1`); "" for text

    @property
    def reproduced(self) -> bool:
        return not self.findings


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file that cannot be audited: its errors, or the reason there is nothing to audit."""

    path: str
    diagnostics: tuple[Diagnostic, ...]
    reason: Phrase | None = None  # an in-year file: no self-evaluation


@dataclass(frozen=True, slots=True)
class AuditResult:
    """Every file audited, and those that could not be."""

    files: tuple[FileAudit, ...]
    unreadable: tuple[Unreadable, ...]

    @property
    def all_reproduced(self) -> bool:
        return all(f.reproduced for f in self.files)
