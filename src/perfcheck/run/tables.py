"""A published table through the stages in memory: recognised (importing/), written as the YAML
`perfcheck import` writes, read back by the loader, and scored, every diagnostic located at the
cell its value was read from (`自评表!G12`, `table 1!R12C7`, `12:38` in a text).

The table's 分值 column is its own: the points go to `published.points` (the printed 分值), the
allocation takes them as printed, and `audit` judges whether they add up (A003, A013) instead of
refusing the table as `validate` refuses such a target file.
"""

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from perfcheck.diagnostics import Diagnostic
from perfcheck.importing.cells import Place, at_cell
from perfcheck.reading.source import Source, validate_model
from perfcheck.reading.yaml_reader import SourceMap, parse
from perfcheck.results.files import LoadedActuals, LoadedTargets
from perfcheck.run.load import actuals_against

if TYPE_CHECKING:
    from perfcheck.importing.recognise import Recognised
    from perfcheck.model.targets import TargetFile
    from perfcheck.reading.tables.grid import Grid
    from perfcheck.results.points import Allocation
    from perfcheck.run.options import Options


class _Mark(NamedTuple):
    """A cell standing where the loader expects a YAML mark: 0-based row and column, so that a
    position reads (row + 1, col + 1)."""

    line: int
    column: int


class TableLoad(NamedTuple):
    grid: "Grid"
    loaded: LoadedActuals

    def at_cell(self, diagnostic: Diagnostic) -> Diagnostic:
        """A diagnostic of the in-memory files at the table's cell (see cell_map)."""
        return cell_diagnostic(self.grid, diagnostic)


def load_table(grid: "Grid", recognised: "Recognised", options: "Options") -> TableLoad:
    """A filled self-evaluation (recognised.actuals is not None) loaded and scored."""
    assert recognised.actuals is not None
    targets, actuals, printed = printed_points(recognised.targets, recognised.actuals)
    target_source = in_memory(grid, targets, recognised.places, "targets", options)
    loaded_targets = _targets(target_source, printed, options)
    source = in_memory(grid, actuals, recognised.places, "actuals", options)
    return TableLoad(grid, actuals_against(source, loaded_targets))


def printed_points(
    targets: Mapping[str, Any], actuals: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any], dict[int, Decimal]]:
    """The targets without their points, the actuals with them under `published.points` (by the
    key the actuals use for the row: its id, else its name), and the points by row."""
    indicators = [dict(indicator) for indicator in targets.get("indicators", [])]
    printed: dict[int, Decimal] = {}
    by_key: dict[str, Decimal] = {}
    for index, indicator in enumerate(indicators):
        points = indicator.pop("points", None)
        if isinstance(points, Decimal):
            printed[index] = points
            by_key[str(indicator.get("id", indicator.get("name", "")))] = points
    published = dict(actuals.get("published", {}))
    if by_key:
        published["points"] = by_key
    with_points = {**actuals, "published": published} if published else dict(actuals)
    return {**targets, "indicators": indicators}, with_points, printed


def in_memory(
    grid: "Grid", data: Mapping[str, Any], places: Mapping[Place, tuple[int, int]], which: str,
    options: "Options",
) -> Source:  # fmt: skip
    """The mapping as `perfcheck import` would write it, read back, its positions the cells."""
    from perfcheck.importing.emit import Origin, emit_yaml

    text = emit_yaml(data, Origin(grid.file, grid.name, ""))
    parsed = parse(text, options.limits)
    marks = {place[1:]: _Mark(*cell) for place, cell in places.items() if place[0] == which}
    cells = SourceMap(
        values=dict(marks), keys=dict(marks), implicit=parsed.source.implicit,
        refused=parsed.source.refused,
    )  # fmt: skip
    root = marks.get((), _Mark(0, 0))
    issues = [
        Diagnostic(grid.file, root.line + 1, root.column + 1, i.code, i.args) for i in parsed.issues
    ]
    return Source(grid.file, text, parsed.data, cells, issues, readable=not parsed.fatal)


def _targets(source: Source, printed: Mapping[int, Decimal], options: "Options") -> LoadedTargets:
    from perfcheck.checks.targets import check_targets, check_valid_parts
    from perfcheck.model.targets import TargetFile

    if not source.readable:
        return LoadedTargets(source, None)
    targets = validate_model(source, TargetFile, options.rules_context)
    if targets is None:
        source.add(check_valid_parts(source.data))
        return LoadedTargets(source, None)
    allocation = printed_allocation(targets, printed)
    source.add(check_targets(targets, allocation))
    return LoadedTargets(source, targets, allocation)


def printed_allocation(targets: "TargetFile", printed: Mapping[int, Decimal]) -> "Allocation":
    """Every row's points as printed; a row without them takes its share of the even split
    (engine.points), with that split's findings."""
    from perfcheck.engine.points import allocate
    from perfcheck.results.points import Allocation

    count = len(targets.indicators)
    if len(printed) == count:
        return Allocation(tuple(printed[i] for i in range(count)), (False,) * count, ())
    split = allocate(targets)
    return Allocation(
        tuple(printed.get(i, points) for i, points in enumerate(split.points)),
        tuple(split_ and i not in printed for i, split_ in enumerate(split.defaulted)),
        split.findings,
    )


def cell_diagnostic(grid: "Grid", diagnostic: Diagnostic) -> Diagnostic:
    """A diagnostic of an in-memory file (its line and column the cell's row and column, one
    more each) at that cell, named as the table's program names it."""
    row, col = max(diagnostic.line - 1, 0), max(diagnostic.col - 1, 0)
    return at_cell(grid, row, col, diagnostic.code, diagnostic.args)
