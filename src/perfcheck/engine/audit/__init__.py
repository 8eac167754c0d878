"""Auditing a published self-evaluation (抽查复核): every printed 得分, 执行率, 总分 and 等级 set
against perfcheck's own figures, and the rule settings that reproduce the most of them.

`audit_tables` is the seam: it takes an actuals file and its target file, wherever they came from
(YAML files, or a published table imported in memory). `audit_loaded` and `published_reconciles`
take a loaded actuals file, for the reports that only need to know. Decimal arithmetic only; the
scores are the scoring engine's own (engine.scoring), under the file's rules or a candidate's.

The figures as printed are read in `printed`, the findings made in `checks`, and the rule
settings that explain them searched in `search` over the candidates' figures of `space`.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from perfcheck.engine.audit.checks import table_checks
from perfcheck.engine.audit.printed import (
    Keyed,
    Keys,
    execution_rate,
    printed_as,
    with_printed_points,
)
from perfcheck.engine.audit.search import search_rules
from perfcheck.engine.scoring import at_precision, score
from perfcheck.model.actuals import ActualsFile, Published
from perfcheck.model.execution import budget_row_rate
from perfcheck.model.readings import Reading
from perfcheck.model.targets import TargetFile
from perfcheck.results.audit import Audit, AuditRow, Figures
from perfcheck.results.points import Allocation
from perfcheck.results.score import IndicatorResult

if TYPE_CHECKING:
    from perfcheck.results.files import LoadedActuals


def audit_loaded(loaded: LoadedActuals) -> Audit | None:
    """The audit of a loaded year-end actuals file; None when it cannot have one (not scored:
    in-year, or a file with errors) or prints nothing to check (no `published:`)."""
    if loaded.result is None or loaded.actuals is None or loaded.actuals.published is None:
        return None
    if loaded.targets is None or loaded.targets.targets is None:
        return None
    allocation = loaded.targets.allocation
    assert allocation is not None  # a scored file has its points
    return audit_tables(loaded.targets.targets, allocation, loaded.actuals, loaded.readings)


def published_reconciles(loaded: LoadedActuals) -> bool | None:
    """Whether a loaded actuals file's published figures are all reproduced (True), some are
    not (False), or there is nothing to say (None: no `published:`, or not scored)."""
    audit = audit_loaded(loaded)
    return None if audit is None else not audit.checks


@at_precision
def audit_tables(
    targets: TargetFile,
    allocation: Allocation,
    actuals: ActualsFile,
    readings: Mapping[str, Reading],
) -> Audit:
    """The audit of one published table: its figures, the differences, the explaining rules."""
    published = actuals.published or Published()
    keys = Keys(targets)
    scores = keys.resolved(published.scores)
    points = keys.resolved(published.points)
    allocation = with_printed_points(targets, allocation, points)
    own = score(targets, allocation, actuals, readings)
    entries = keys.resolved(actuals.actuals)
    checks = table_checks(own, published, actuals, points=points, scores=scores, entries=entries)
    search = search_rules(targets, allocation, actuals, readings, own, scores)
    return Audit(
        published=Figures(published.total, published.grade, published.budget, published.rate),
        recomputed=Figures(own.total, own.grade, own.budget.score, _rate(actuals, targets)),
        rows=tuple(_row(r, scores) for r in own.indicators),
        checks=checks,
        explained_by=search.explained_by,
        unexplained=search.unexplained,
        reproduced=search.reproduced,
        printed=search.printed,
    )


def _rate(actuals: ActualsFile, targets: TargetFile) -> Decimal:
    """执行率 at the places the table prints it, as A006 compares it (97.825 against a printed
    97.825), so that a report setting the two side by side shows what was compared; the budget
    row's two places when the table prints none."""
    printed = actuals.published.rate if actuals.published else None
    if printed is None:
        return budget_row_rate(actuals, targets)
    return printed_as(execution_rate(actuals, targets), printed)


def _row(result: IndicatorResult, scores: Keyed) -> AuditRow:
    printed = scores.get(result.indicator.id)
    return AuditRow(
        result.indicator.id,
        result.indicator.name,
        result.points,
        None if printed is None else printed[1],
        result.score,
    )
