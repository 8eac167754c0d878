"""The finance bureau's view: each table's result reduced to one row, and the roll-up of many
rows (grades, budget bands, red lights, the indicators most often unmet, the largest changes
from one year to the next). Decimal arithmetic only; the rows come from the results scoring
and monitoring already give."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal

from perfcheck.results.monitoring import Light, MonitoringResult
from perfcheck.results.portfolio import (
    Band,
    BudgetLine,
    Change,
    Count,
    FileError,
    IndicatorLine,
    Portfolio,
    TableRow,
)
from perfcheck.results.score import Flag, IndicatorResult, ScoreResult, Status

# Budget progress (执行率 against 序时进度) bands as bureaus report them: the floors, each band
# up to the next one; the last has no ceiling.
BAND_FLOORS = (Decimal(0), Decimal("0.6"), Decimal("0.8"), Decimal("0.9"), Decimal(1))
# The national grades first, in their order; a province's own grades after them by name.
GRADE_ORDER = ("优", "良", "中", "差")
TOP = 10  # rows of each "most often" and "largest change" list


def row_of_score(path: str, result: ScoreResult, reconciles: bool | None = None) -> TableRow:
    """A year-end table's row. `reconciles` is the audit's verdict on the published figures
    (None: not checked)."""
    targets = result.targets
    unexplained = sum(Flag.NEEDS_EXPLANATION in r.flags for r in result.indicators)
    unexplained += result.budget.needs_explanation
    unmet = tuple(
        (r.indicator.level2, r.indicator.name)
        for r in result.indicators
        if r.status is Status.UNMET
    )
    return TableRow(
        path=path,
        department=targets.department,
        project=targets.project if targets.kind == "project" else None,
        kind=targets.kind,
        year=targets.year,
        period=result.period,
        year_end=True,
        total=result.total,
        grade=result.grade,
        met=result.tally(Status.MET),
        unmet=result.tally(Status.UNMET),
        missing=result.tally(Status.MISSING),
        not_applicable=result.tally(Status.NOT_APPLICABLE),
        unexplained=unexplained,
        budget_rate=result.budget.rate,
        elapsed=Decimal(1),
        budget_progress=result.budget.rate,
        red=None,
        yellow=None,
        reconciles=reconciles,
        unmet_indicators=unmet,
    )


def row_of_monitoring(
    path: str, result: MonitoringResult, reconciles: bool | None = None
) -> TableRow:
    """An in-year table's row: the projection's total, grade and counts, the lights so far."""
    projected = row_of_score(path, result.projection, reconciles)
    return replace(  # the table and its projection as the year-end row has them
        projected,
        period=result.period,
        year_end=False,
        unexplained=sum(p.gap for p in result.indicators),
        budget_rate=result.budget.rate,
        elapsed=result.elapsed,
        budget_progress=result.budget.progress,
        red=result.tally(Light.RED),
        yellow=result.tally(Light.YELLOW),
        unmet_indicators=(),  # a projection's shortfall is not an indicator missed yet
    )


# --- long form, for the database ---------------------------------------------------------------


def lines_of_score(result: ScoreResult) -> tuple[tuple[IndicatorLine, ...], BudgetLine]:
    """A year-end table's indicators and budget row in long form."""
    budget = result.budget
    return tuple(
        _line(position, r, r.actual, None, None, r.explanation is not None)
        for position, r in enumerate(result.indicators, start=1)
    ), BudgetLine(
        adjusted=budget.adjusted, spent=budget.spent, rate=budget.rate, points=budget.points,
        score=budget.score, elapsed=Decimal(1), progress=budget.rate, light=None,
        explained=budget.explanation is not None,
    )  # fmt: skip


def lines_of_monitoring(
    result: MonitoringResult,
) -> tuple[tuple[IndicatorLine, ...], BudgetLine]:
    """An in-year table's indicators (the actual to date, its light and progress; the
    projection's completion, score and status) and its budget row."""
    lines = []
    for position, (p, r) in enumerate(
        zip(result.indicators, result.projection.indicators, strict=True), start=1
    ):
        reading = p.reading
        actual = None if reading is None else reading.value if reading.value is not None else (
            reading.grade
        )  # fmt: skip
        explained = reading is not None and reading.explanation is not None
        lines.append(_line(position, r, actual, p.light.value, p.progress, explained))
    budget, projected = result.budget, result.projection.budget
    return tuple(lines), BudgetLine(
        adjusted=budget.adjusted, spent=budget.spent, rate=budget.rate, points=projected.points,
        score=projected.score, elapsed=result.elapsed, progress=budget.progress,
        light=budget.light.value, explained=projected.explanation is not None,
    )  # fmt: skip


def _line(
    position: int,
    r: IndicatorResult,
    actual: Decimal | str | None,
    light: str | None,
    progress: Decimal | None,
    explained: bool,
) -> IndicatorLine:
    indicator = r.indicator
    return IndicatorLine(
        position=position, id=indicator.id, level1=indicator.level1, level2=indicator.level2,
        name=indicator.name, target=indicator.target.text(), points=r.points, actual=actual,
        completion=r.completion, score=r.score, status=r.status.value, light=light,
        progress=progress, explained=explained,
    )  # fmt: skip


def roll_up(rows: Iterable[TableRow], errors: Iterable[FileError]) -> Portfolio:
    tables = tuple(rows)
    year_end = [row for row in tables if row.year_end]
    in_year = [row for row in tables if not row.year_end]
    unmet = [pair for row in year_end for pair in row.unmet_indicators]
    fell, rose = changes(year_end)
    return Portfolio(
        tables=tables,
        errors=tuple(errors),
        grades=_grades(year_end),
        budget_bands=bands(tables),
        red_lights=tuple(
            Count(str(red), n)
            for red, n in sorted(Counter(row.red or 0 for row in in_year).items())
        ),
        unmet_by_level2=most_often(level2 for level2, _ in unmet if level2),
        unmet_by_name=most_often(name for _, name in unmet),
        fell=fell,
        rose=rose,
    )


def _grades(rows: Sequence[TableRow]) -> tuple[Count, ...]:
    counted = Counter(row.grade for row in rows)
    order = [g for g in GRADE_ORDER if g in counted] + sorted(set(counted) - set(GRADE_ORDER))
    return tuple(Count(grade, counted[grade]) for grade in order)


def bands(rows: Sequence[TableRow]) -> tuple[Band, ...]:
    """Every band, empty ones too, so that reports over time line up."""
    highs: list[Decimal | None] = [*BAND_FLOORS[1:], None]
    return tuple(
        Band(low, high, sum(_within(r.budget_progress, low, high) for r in rows))
        for low, high in zip(BAND_FLOORS, highs, strict=True)
    )


def _within(value: Decimal, low: Decimal, high: Decimal | None) -> bool:
    return low <= value and (high is None or value < high)


def most_often(keys: Iterable[str]) -> tuple[Count, ...]:
    """The most frequent keys, ties by key."""
    counted = sorted(Counter(keys).items(), key=lambda item: (-item[1], item[0]))
    return tuple(Count(key, n) for key, n in counted[:TOP])


def changes(rows: Sequence[TableRow]) -> tuple[tuple[Change, ...], tuple[Change, ...]]:
    """Each department's (or project's) year-end total against its previous year's: the
    largest falls and the largest rises. Of two year-end files of one year (2022Q4 and
    2022-12), the later period counts, then the later path."""
    final: dict[tuple[str, str | None, int], TableRow] = {}
    for row in sorted(rows, key=lambda r: (r.period, r.path)):
        final[(row.department, row.project, row.year)] = row
    found = [
        Change(department, project, year - 1, year, previous.total, row.total)
        for (department, project, year), row in final.items()
        if (previous := final.get((department, project, year - 1))) is not None
    ]
    fell = sorted((c for c in found if c.change < 0), key=lambda c: (c.change, *_named(c)))
    rose = sorted((c for c in found if c.change > 0), key=lambda c: (-c.change, *_named(c)))
    return tuple(fell[:TOP]), tuple(rose[:TOP])


def _named(change: Change) -> tuple[str, str, int]:
    return change.department, change.project or "", change.to_year


# --- selection: --filter and --sort -------------------------------------------------------------

COLUMNS = (
    "path", "department", "project", "kind", "year", "period", "total", "grade", "met", "unmet",
    "missing", "not_applicable", "unexplained", "budget_rate", "red", "yellow", "reconciles",
)  # fmt: skip
NUMERIC = frozenset(
    {"year", "total", "met", "unmet", "missing", "not_applicable", "unexplained", "budget_rate"}
    | {"red", "yellow"}
)
_OPERATORS = ("!=", "<=", ">=", "=", "<", ">")


class SelectionError(ValueError):
    """A --filter or --sort that names no column, or compares a number with text."""


def value_of(row: TableRow, column: str) -> str | int | Decimal | bool | None:
    value: str | int | Decimal | bool | None = getattr(row, column)
    return value


def parse_filter(text: str) -> tuple[str, str, str]:
    """`grade=差`, `total<60`, `red>=1`, `kind!=project`: the column, the operator, the value."""
    for operator in _OPERATORS:
        column, found, wanted = text.partition(operator)
        if found and column.strip() in COLUMNS:
            if operator not in ("=", "!=") and column.strip() not in NUMERIC:
                raise SelectionError(text)
            if column.strip() in NUMERIC and wanted.strip() != "null":
                _number(wanted, text)
            return column.strip(), operator, wanted.strip()
    raise SelectionError(text)


def _number(text: str, whole: str) -> Decimal:
    from decimal import InvalidOperation

    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        raise SelectionError(whole) from None
    if not number.is_finite():
        raise SelectionError(whole)
    return number


def matches(row: TableRow, column: str, operator: str, wanted: str) -> bool:
    value = value_of(row, column)
    if wanted == "null" and operator in ("=", "!="):
        return (value is None) == (operator == "=")
    if value is None:
        return False
    if column in NUMERIC and not isinstance(value, bool | str):
        number = _number(wanted, wanted)
        return {
            "=": value == number, "!=": value != number, "<": value < number,
            "<=": value <= number, ">": value > number, ">=": value >= number,
        }[operator]  # fmt: skip
    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return (text == wanted) == (operator == "=")


def parse_sort(text: str) -> list[tuple[str, bool]]:
    """`total` or `-total` (descending), several separated by commas: `grade,-total`."""
    keys = []
    for part in (p.strip() for p in text.split(",")):
        column = part.removeprefix("-")
        if column not in COLUMNS:
            raise SelectionError(text)
        keys.append((column, part.startswith("-")))
    return keys


def select(
    rows: Iterable[TableRow],
    filters: Sequence[tuple[str, str, str]] = (),
    sort: Sequence[tuple[str, bool]] = (),
) -> list[TableRow]:
    """The rows every filter keeps, in the order asked (by department, project, year, period and
    path before that, and for ties); an empty value sorts last either way."""
    kept = [r for r in rows if all(matches(r, *f) for f in filters)]
    kept.sort(key=lambda r: (r.department, r.project or "", r.year, r.period, r.path))
    for column, descending in reversed(sort):
        present = [r for r in kept if value_of(r, column) is not None]
        absent = [r for r in kept if value_of(r, column) is None]
        present.sort(key=lambda r: _sortable(value_of(r, column)), reverse=descending)
        kept = present + absent
    return kept


def _sortable(value: object) -> Decimal | str:
    if isinstance(value, bool):
        return Decimal(int(value))
    if isinstance(value, int | Decimal):
        return Decimal(value)
    return str(value)
