"""A row of the indicator table as the files keep it: the indicator (its id, levels, name,
direction, points and its target as published), a "其中" part of the indicator above, and the
row's actual value, its reason and its printed score."""

from decimal import Decimal
from typing import Any, NamedTuple

from perfcheck.importing import labels as vocab
from perfcheck.importing.cells import Cells
from perfcheck.model.notation.comparators import Direction, parse_comparator, parse_direction
from perfcheck.model.notation.errors import NotationError
from perfcheck.model.notation.target_text import parse_target


class Row(NamedTuple):
    """One data row: each field's text and the column it was found in."""

    cells: dict[str, tuple[int, str]]
    shifted: bool


def row_text(read: Row, field: str) -> str:
    """A field's text, "" where the row has none."""
    return read.cells[field][1] if field in read.cells else ""


def indicator_of(
    cells: Cells, read: Row, row: int, level1: str, level2: str
) -> dict[str, Any] | None:
    """The row as an indicator of the target file, under the levels it stands in."""
    written = read.cells["name"][1]
    indicator: dict[str, Any] = {}
    numbered = vocab.numbered_name(written)
    if "id" in read.cells:
        indicator["id"] = read.cells["id"][1]
    elif numbered:
        indicator["id"] = numbered[0]
    if level1 or level2:
        indicator |= {"level1": level1, "level2": level2}
    indicator["name"] = numbered[1] if numbered else written
    comparator, direction = _direction(read)
    if direction is not None:
        indicator["direction"] = direction.value
    target = _target(read, comparator)
    indicator["target"] = target
    _check_target(cells, read, row, target, direction)
    if "points" in read.cells:
        col = read.cells["points"][0]
        points = cells.number(row, col, "import.column.points")
        if points is not None:
            indicator["points"] = points
    if "note" in read.cells:
        indicator["note"] = read.cells["note"][1]
    return indicator


def part_of(
    cells: Cells, read: Row, row: int, indicator: dict[str, Any], actuals: dict[str, Any]
) -> None:
    """A "其中" row: a part of the indicator above (`parts:`), with its own target and, in a
    self-evaluation, its own actual value; never scored, so its points cell stays empty."""
    name = vocab.SOURCE_PREFIX.sub("", read.cells["name"][1]).strip()
    part: dict[str, Any] = {"name": name}
    comparator, direction = _direction(read)
    if direction is not None:
        part["direction"] = direction.value
    target = _target(read, comparator)
    part["target"] = target
    _check_target(cells, read, row, target, direction or _own_direction(indicator))
    if "note" in read.cells:
        part["note"] = read.cells["note"][1]
    indicator.setdefault("parts", []).append(part)
    value = _printed(row_text(read, "actual"))
    if value:
        key = str(indicator.get("id", indicator["name"]))
        entry = actuals.get(key)
        entry = {"value": entry} if isinstance(entry, str) else entry or {}
        entry.setdefault("parts", {})[name] = value
        actuals[key] = entry


def _own_direction(indicator: dict[str, Any]) -> Direction | None:
    written = indicator.get("direction")
    return parse_direction(written) if isinstance(written, str) else None


def _direction(read: Row) -> tuple[str, Direction | None]:
    """The 指标性质 column: a direction (正向, 反向, 定性) or a comparator word (大于等于)."""
    written = row_text(read, "direction")
    if not written:
        return "", None
    try:
        return "", parse_direction(written)
    except NotationError:
        pass
    try:
        parse_comparator(written)
    except NotationError:
        return "", None
    return written, None


def _target(read: Row, comparator: str) -> str:
    """The target as published: the comparator and unit columns joined to the value."""
    value = row_text(read, "target")
    unit = row_text(read, "unit")
    if unit and not value.endswith(unit) and not value.startswith("定性"):
        value += unit
    return comparator + value


def _check_target(
    cells: Cells, read: Row, row: int, target: str, direction: Direction | None
) -> None:
    """A number with no comparator on a row with no direction (T003): read as 正向 it would
    be a target. Other unreadable targets are for `validate` to explain, the text kept."""
    if direction is None and not _reads(target, None) and _reads(target, Direction.POSITIVE):
        cells.report("T003", row, read.cells["target"][0], {"text": target})


def _reads(target: str, direction: Direction | None) -> bool:
    try:
        parse_target(target, direction)
    except NotationError:
        return False
    return True


# In-year: the year's expected value and how likely it is (a 监控表's 全年预计, 完成可能性).
AHEAD = ("forecast", "likelihood")


def actual_of(
    cells: Cells,
    read: Row,
    row: int,
    key: str,
    actuals: dict[str, Any],
    scores: dict[str, Decimal],
) -> None:
    """The row's actual, with its reason or in-year figures, into `actuals` under `key`, and
    its printed score into `scores`."""
    value, why = _printed(row_text(read, "actual")), _printed(row_text(read, "explanation"))
    ahead = {field: text for field in AHEAD if (text := _printed(row_text(read, field)))}
    if vocab.label(value) == vocab.NOT_APPLICABLE:  # its reason: the explanation, if any
        actuals[key] = {"not_applicable": why or value}
        column = read.cells["explanation" if why else "actual"][0]
        cells.mark(("actuals", "actuals", key, "not_applicable"), row, column)
    elif ahead:
        given = {"value": value} if value else {}
        actuals[key] = given | ahead | ({"explanation": why} if why else {})
    elif value and why:
        actuals[key] = {"value": value, "explanation": why}
    elif value:
        actuals[key] = value
    elif why:
        actuals[key] = {"explanation": why}
    if "score" in read.cells:
        score = cells.number(row, read.cells["score"][0], "import.column.score")
        if score is not None:
            scores[key] = score


def _printed(text: str) -> str:
    """A cell's text, "" where it prints a dash for nothing (`—`, `/`): no value, no reason."""
    return "" if text in vocab.DASHES else text


def shown(indicator: dict[str, Any]) -> str:
    """An indicator as one line: its levels, id, name and target (W051 quotes it)."""
    parts = [indicator.get("level1", ""), indicator.get("level2", "")]
    name = f"{indicator.get('id', '')} {indicator['name']}".strip()
    return " / ".join(p for p in [*parts, name, indicator["target"]] if p)
