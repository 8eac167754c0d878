"""A target file's data as its published table means it, made ready for the model: each row
without a direction takes the file's default_direction, a blank unit the one the row's name
makes plain, a level-1 printed with its weight (`产出指标(60分)`) the level-1 alone; the kind
when not written, and ids for the rows that have none, their positions in the file (in a table
with tasks only when no row writes one: a row left unnumbered among task-numbered ones is D046).
Budget amounts written with their unit (`250万`, `1.2亿元`) are read in the file's money_unit.
The file's year, which dates a target written without one (11月底之前), is handed to the
validation of the targets (`AsPublished.validating`), which reads each distinct text once.

A row is copied only where something is put in; most rows of most files go to the model as they
were read (a batch validates tens of thousands of rows)."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import MAXYEAR, MINYEAR
from decimal import Decimal
from typing import Any, NamedTuple

from perfcheck.model.bounds import representable
from perfcheck.model.indicators import Unnumbered, task_numbered_ids
from perfcheck.model.names import unit_of_name, weighted_level1
from perfcheck.model.notation.comparators import Direction, parse_direction
from perfcheck.model.notation.errors import NotationError
from perfcheck.model.notation.units import in_unit, money_written
from perfcheck.model.target_forms import TIME_KEYS, dated_in
from perfcheck.reading.invisible import visible


class AsPublished(NamedTuple):
    """A target file's data ready for the model, and what its rows printed that the model's
    fields do not hold, by the row's position."""

    data: Any
    task_numbered: bool  # tasks, and rows that write ids: each id must be task-number (S015)
    units_from_names: dict[int, str]  # a blank unit taken from the row's name (W007)
    level1_weights: dict[int, Decimal]  # a weight its level-1 cell printed
    year: int | None  # the file's year, when it is written as one

    @contextmanager
    def validating(self) -> Iterator[None]:
        """Within: its rows validate in the table's terms: ids in its id form (task-number, or
        free), a yearless deadline in its year. The file and the checks of a file that failed
        its schema validate its rows so."""
        with task_numbered_ids(self.task_numbered), dated_in(self.year):
            yield


def as_published(data: Any) -> AsPublished:
    """The file's data as its table means it (see the module's docstring); the caller's data
    is not changed."""
    if not isinstance(data, dict):
        return AsPublished(data, False, {}, {}, None)
    read = dict(data)
    if isinstance(read.get("budget"), dict):
        read["budget"] = in_money_unit_budget(read["budget"], read.get("money_unit"))
    tasks = "tasks" in read
    read.setdefault("kind", "department" if tasks else "project")
    year = _dating_year(read.get("year"))
    rows = read.get("indicators")
    if not isinstance(rows, list):
        return AsPublished(read, False, {}, {}, year)
    written = next((row["id"] for row in rows if isinstance(row, dict) and "id" in row), None)
    task_numbered = tasks and written is not None
    default = _valid_direction(read.get("default_direction"))
    units: dict[int, str] = {}
    weights: dict[int, Decimal] = {}
    ready = []
    for position, row in enumerate(rows):
        if not isinstance(row, dict):
            ready.append(row)
            continue
        # Most rows write their direction or have none to take, no parts, a target as text
        # and a level-1 without a weight: each step is tried only where it can apply.
        changes = _meant(row, default) if default is not None or "parts" in row else {}
        if isinstance(row.get("target"), dict):
            unit = _unit_for_blank(row)
            if unit is not None:
                units[position] = unit
                changes["target"] = {**row["target"], "unit": unit}
        level1 = row.get("level1")
        weighted = weighted_level1(level1) if isinstance(level1, str) else None
        if weighted is not None:
            changes["level1"], weights[position] = weighted
        if "id" in row:
            ready.append({**row, **changes} if changes else row)
        elif task_numbered:  # which task it serves is not written: the id validator says so
            ready.append({"id": Unnumbered(str(written)), **row, **changes})
        else:
            ready.append({"id": str(position + 1), **row, **changes})
    read["indicators"] = ready
    return AsPublished(read, task_numbered, units, weights, year)


def _meant(row: dict[Any, Any], default: Direction | None) -> dict[str, Any]:
    """What a row (or a "其中" sub-row, which takes its row's direction) means and does not
    write: its direction, its sub-rows' own."""
    changes: dict[str, Any] = {}
    if default is not None and row.get("direction") is None:
        changes["direction"] = default.value
    parts = row.get("parts")
    if isinstance(parts, list):
        own = _valid_direction(row.get("direction")) or default
        meant = [_sub_row(part, own) for part in parts]
        if any(read is not written for read, written in zip(meant, parts, strict=True)):
            changes["parts"] = meant
    return changes


def _sub_row(part: Any, direction: Direction | None) -> Any:
    if not isinstance(part, dict):
        return part
    changes = _meant(part, direction)
    return {**part, **changes} if changes else part


def _dating_year(value: Any) -> int | None:
    """The year that dates a target written without one: the file's, when a date can be in it.
    A year no date has (0, 99999) is its own check's error, and a date without a year then
    says the file gives none, not that `11月底之前` is no date."""
    return value if type(value) is int and MINYEAR <= value <= MAXYEAR else None


def _valid_direction(value: Any) -> Direction | None:
    try:
        return parse_direction(value) if isinstance(value, str) else None
    except NotationError:
        return None  # the field's own check reports it


def _unit_for_blank(data: Any) -> str | None:
    """The unit to fill in when a structured quantitative target has none written."""
    target = data.get("target") if isinstance(data, dict) else None
    if not isinstance(target, dict) or not isinstance(data.get("name"), str):
        return None  # most rows: a target written as text
    if target.keys() & {"scale", *TIME_KEYS}:
        return None
    unit = target.get("unit")
    if not (unit is None or (isinstance(unit, str) and not visible(unit).strip())):
        return None
    return unit_of_name(data["name"])


def in_money_unit(value: Any, money_unit: str) -> Any:
    """An amount written with its unit (`250万`, `1.2亿元`, `2,500,000元`) as a number in the
    file's money unit (250, 12000, 250 in 万元); anything else as it is, for its own check."""
    written = money_written(value) if isinstance(value, str) else None
    if written is None or not representable(written[0]):  # bounded before it is scaled
        return value
    converted = in_unit(*written, money_unit)
    return value if converted is None or not representable(converted) else converted


def in_money_unit_budget(budget: dict[Any, Any], money_unit: Any) -> dict[Any, Any]:
    """A target file's budget with its amounts read in the file's money unit: a copy, the
    parsed input left as it was read (its positions and raw values locate every finding)."""
    unit = money_unit if money_unit in ("元", "万元") else "万元"
    read = dict(budget)
    if "total" in budget:
        read["total"] = in_money_unit(budget["total"], unit)
    sources = budget.get("sources")
    if isinstance(sources, dict):
        read["sources"] = {name: in_money_unit(amount, unit) for name, amount in sources.items()}
    return read
