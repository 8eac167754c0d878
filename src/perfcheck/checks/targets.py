"""Domain checks on a target file, beyond what the schema can say. Each check is one function
with its own code; all are pure and return findings located by data path."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from pydantic import TypeAdapter, ValidationError

from perfcheck.diagnostics import Finding, LineOf
from perfcheck.formatting import decimal_text, percent, plain
from perfcheck.model.as_published import as_published
from perfcheck.model.framework import COST, FRAMEWORK, OUTPUT, standard_level1, standard_level2
from perfcheck.model.indicators import INDICATOR_ID, Indicator
from perfcheck.model.names import names_a_rate
from perfcheck.model.notation.comparators import Comparator
from perfcheck.model.rules import Rules
from perfcheck.model.scales import BUILTIN_SCALES
from perfcheck.model.target_forms import QualitativeTarget, QuantitativeTarget
from perfcheck.model.targets import Budget, TargetFile, Task
from perfcheck.results.points import Allocation
from perfcheck.text import Phrase

Check = Callable[[TargetFile], Iterator[Finding]]


def duplicate_indicator_ids(targets: TargetFile) -> Iterator[Finding]:
    """`1-1` and `01-1` are one task and number: the same id; other ids (in a table without
    tasks) are the same when written the same."""
    ids = [indicator.id for indicator in targets.indicators]
    same = [_task_number(id_) or id_ for id_ in ids]
    if len(set(same)) == len(same):
        return iter(())  # no id repeats: nothing to point at
    return _repeated_ids("D001", "indicators", ids, same)


def duplicate_task_ids(targets: TargetFile) -> Iterator[Finding]:
    ids = [task.id for task in targets.tasks]
    return _repeated_ids("D008", "tasks", ids, ids)


def _repeated_ids(
    code: str, section: str, ids: Sequence[str | int], same: Sequence[object]
) -> Iterator[Finding]:
    """Each id that an earlier item of the section already has (`same` tells), pointing at
    the first."""
    seen: dict[object, int] = {}
    for index, (id_, key) in enumerate(zip(ids, same, strict=True)):
        first = seen.setdefault(key, index)
        if first != index:
            args = {"id": id_, "first_line": LineOf((section, first, "id"))}
            yield Finding(code, (section, index, "id"), args)


@lru_cache(maxsize=1 << 15)  # asked by three checks; the same ids recur in every file of a batch
def _task_number(id_: str) -> tuple[int, int] | None:
    """Task and number of a task-number id (`2-3` → (2, 3), as Indicator.task and .number)."""
    numbered = INDICATOR_ID.fullmatch(id_)
    return (int(numbered[1]), int(numbered[2])) if numbered else None


def _task_numbered(targets: TargetFile) -> Iterator[tuple[int, int, int, Indicator]]:
    """The indicators whose id names a task (every one, in a valid table with tasks), with
    their place in the file, task and number."""
    if not targets.tasks:
        return
    for index, indicator in enumerate(targets.indicators):
        numbered = _task_number(indicator.id)
        if numbered is not None:
            yield index, *numbered, indicator


def unknown_tasks(targets: TargetFile) -> Iterator[Finding]:
    known = sorted({task.id for task in targets.tasks})
    tasks = set(known)
    for index, task, _, indicator in _task_numbered(targets):
        if task not in tasks:
            args = {"id": indicator.id, "task": task, "known": known}
            yield Finding("D002", ("indicators", index, "id"), args)


def _owners() -> dict[str, str]:
    """Each standard level-2 name and the level-1 it belongs under (the first, should two)."""
    owners: dict[str, str] = {}
    for level1, names in FRAMEWORK.items():
        for name in names:
            owners.setdefault(name, level1)
    return owners


_OWNERS = _owners()

# Older templates put the cost indicators under 产出指标 (成本指标 there, or its parts); the
# 2021 central templates make 成本指标 a level-1 of its own: both are read.
_ALSO_UNDER: dict[str, tuple[str, ...]] = {OUTPUT: FRAMEWORK[COST]}

# A row's levels as a check judges them: the standard level-1 it stands for, the level-1 as
# written (for the message), the standard level-2 it stands for (数量 for 数量指标) and the
# level-2 as written.
_Levels = tuple[str, str, str, str]


def _levels(indicator: Indicator) -> _Levels:
    level2 = indicator.level2
    return indicator.framework_level1, indicator.level1, standard_level2(level2), level2


def _every_levels(targets: TargetFile) -> set[_Levels]:
    """The levels of every row: the few pairs a table writes, each judged once."""
    pairs = {(indicator.level1, indicator.level2) for indicator in targets.indicators}
    return {(standard_level1(one), one, standard_level2(two), two) for one, two in pairs}


def _rows_with(targets: TargetFile, wrong: set[_Levels]) -> Iterator[tuple[int, _Levels]]:
    """The rows whose levels are among `wrong`, in file order; a table repeats a few pairs of
    levels on every row, so that a check judges each pair once and reads the rows only for a
    pair it found wrong."""
    if not wrong:
        return
    for index, indicator in enumerate(targets.indicators):
        levels = _levels(indicator)
        if levels in wrong:
            yield index, levels


def _misplaced(standard1: str, level2: str) -> bool:
    if level2 in FRAMEWORK.get(standard1, ()) or level2 in _ALSO_UNDER.get(standard1, ()):
        return False
    owner = _OWNERS.get(level2)
    return owner is not None and owner != standard1


def misplaced_level2(targets: TargetFile) -> Iterator[Finding]:
    every = _every_levels(targets)
    wrong = {levels for levels in every if _misplaced(levels[0], levels[2])}
    for index, (_, level1, standard2, level2) in _rows_with(targets, wrong):
        args = {"level2": level2, "level1": level1, "expected": _OWNERS[standard2]}
        yield Finding("D003", ("indicators", index, "level2"), args)


def unknown_level2(targets: TargetFile) -> Iterator[Finding]:
    every = _every_levels(targets)
    wrong = {levels for levels in every if levels[0] in FRAMEWORK and levels[2] not in _OWNERS}
    for index, (standard1, level1, _, level2) in _rows_with(targets, wrong):
        args = {"level2": level2, "level1": level1, "known": FRAMEWORK[standard1]}
        yield Finding("W002", ("indicators", index, "level2"), args)


def budget_sources(targets: TargetFile) -> Iterator[Finding]:
    budget = targets.budget
    if not budget.sources:
        return
    total = sum(budget.sources.values(), Decimal(0))
    if total != budget.total:
        args = {
            "sum": decimal_text(total),
            "total": decimal_text(budget.total),
            "difference": decimal_text(total - budget.total),
        }
        yield Finding("D004", ("budget", "sources"), args)


def known_scales(targets: TargetFile) -> Iterator[Finding]:
    known = [*targets.scales, *(name for name in BUILTIN_SCALES if name not in targets.scales)]
    for index, indicator in enumerate(targets.indicators):
        target = indicator.target
        if isinstance(target, QualitativeTarget) and targets.scale(target.scale) is None:
            args = {"scale": target.scale, "known": known}
            yield Finding("S014", ("indicators", index, "target"), args)


def grades_within_bands(targets: TargetFile) -> Iterator[Finding]:
    """Every grade of every scale in use (built-in ones too: the band floors are settings)."""
    floors = targets.rules.bands
    used = {i.target.scale for i in targets.indicators if isinstance(i.target, QualitativeTarget)}
    for name in [*targets.scales, *sorted(used - targets.scales.keys())]:
        scale = targets.scale(name) or {}
        for grade, definition in scale.items():
            misfit = floors.misfit(definition.band, definition.share)
            if misfit is not None:
                args = {"grade": grade, "share": percent(definition.share), **misfit}
                own = name in targets.scales  # a built-in scale misfits because of rules.bands
                decided = targets.rules.decided_at("bands")
                where = ("scales", name, grade, "share") if own else decided or ("rules",)
                yield Finding("D009", where, args, whole_file=not own and decided is None)


def id_gaps(
    targets: TargetFile, unread: frozenset[tuple[int, int]] = frozenset()
) -> Iterator[Finding]:
    """Numbers skipped within a task. `unread`: the ids of indicators that are in the file but
    have errors, so were not read: they are no gap."""
    numbers: dict[int, list[int]] = {}
    for _, task, number, _ in _task_numbered(targets):
        numbers.setdefault(task, []).append(number)
    for task, number in unread:
        numbers.setdefault(task, []).append(number)
    for task, seen in sorted(numbers.items()):
        present = sorted(set(seen))
        for before, after in pairwise(present):
            if after - before > 1:
                missing = _missing_ids(task, before, after)
                yield Finding(
                    "W001",
                    _gap_location(targets, task, after),
                    {
                        "task": task,
                        "before": f"{task}-{before}",
                        "after": f"{task}-{after}",
                        "missing": missing,
                        **_gap_hint(targets, task),
                    },
                )


def _missing_ids(task: int, before: int, after: int) -> list[str]:
    """The ids between two, or the first and last of a long run."""
    if after - before <= 4:
        return [f"{task}-{n}" for n in range(before + 1, after)]
    return [f"{task}-{before + 1}…{task}-{after - 1}"]


def _gap_location(targets: TargetFile, task: int, number: int) -> tuple[str | int, ...]:
    for index, task_, number_, _ in _task_numbered(targets):
        if task_ == task and number_ == number:
            return ("indicators", index, "id")
    return ("indicators",)  # the indicator after the gap has an error: point at the list


# The marks that end a clause of a task's text, each made ， to split the text on.
_CLAUSE_MARKS = str.maketrans(dict.fromkeys(",；;。、", "，"))
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _gap_hint(targets: TargetFile, task: int) -> dict[str, object]:
    """Targets the task's text states that none of its indicators carries."""
    text = next((t.content for t in targets.tasks if t.id == task), "")
    values = {
        i.target.value
        for _, task_, _, i in _task_numbered(targets)
        if task_ == task and isinstance(i.target, QuantitativeTarget)
    }
    unmatched = [
        clause
        for clause in text.translate(_CLAUSE_MARKS).split("，")
        if any(Decimal(f) not in values for f in _FIGURE.findall(clause))
    ]
    if not unmatched:
        return {"hint": Phrase("nothing")}
    quoted = "、".join(f"“{c}”" for c in unmatched)
    return {"hint": Phrase("W001.task_mentions", {"task": task, "quoted": quoted})}


def rate_units(targets: TargetFile) -> Iterator[Finding]:
    for index, indicator in enumerate(targets.indicators):
        target = indicator.target
        if (
            isinstance(target, QuantitativeTarget)
            and target.unit != "%"
            and names_a_rate(indicator.name)
        ):
            args = {"name": indicator.name, "unit": target.unit}
            yield Finding("W003", ("indicators", index, "target"), args)


def repeated_parts(targets: TargetFile) -> Iterator[Finding]:
    """Actuals name a "其中" sub-row by its name: one indicator's sub-rows need different names."""
    for index, indicator in enumerate(targets.indicators):
        first: dict[str, int] = {}
        for number, part in enumerate(indicator.parts):
            seen = first.setdefault(part.name, number)
            if seen != number:
                where = ("indicators", index, "parts")
                args = {"id": indicator.id, "name": part.name, "first_line": LineOf((*where, seen))}
                yield Finding("D043", (*where, number, "name"), args)


def units_from_names(targets: TargetFile) -> Iterator[Finding]:
    """A blank unit column read from the name (培训次数 → 次), with the target to write."""
    for index, unit in sorted(targets.units_from_names().items()):
        indicator = targets.indicators[index]
        args = {"name": indicator.name, "unit": unit, "suggestion": indicator.target.text()}
        yield Finding("W007", ("indicators", index, "target"), args)


def targets_above_full(targets: TargetFile) -> Iterator[Finding]:
    for index, indicator in enumerate(targets.indicators):
        target = indicator.target
        if (
            isinstance(target, QuantitativeTarget)
            and target.unit == "%"
            and target.comparator in (Comparator.GE, Comparator.GT)
            and (target.value > 100 or (target.value == 100 and target.comparator is Comparator.GT))
        ):
            yield Finding("W004", ("indicators", index, "target"), {"target": target.text()})


def what_the_kind_needs(targets: TargetFile) -> Iterator[Finding]:
    """A project table names its project. A department table need not list its tasks: many
    are published without 年度主要任务, and the reports then print no task section."""
    if targets.kind == "project" and targets.project is None:
        yield Finding("D013", ("kind",), {"kind": targets.kind, "key": "project"}, at_key=True)


def levels_on_every_row(targets: TargetFile) -> Iterator[Finding]:
    """Either a flat list (no level-1 or level-2 anywhere) or both levels on every row."""
    if targets.flat:
        return
    for index, indicator in enumerate(targets.indicators):
        if indicator.level1 and indicator.level2:
            continue
        missing = [key for key in ("level1", "level2") if not getattr(indicator, key)]
        if missing:
            args = {"name": indicator.name, "missing": missing}
            yield Finding("D012", ("indicators", index), args, at_key=True)


def budget_scored_once(targets: TargetFile) -> Iterator[Finding]:
    """The budget's execution is scored in one place: one 预算执行率 row among the
    indicators, or the budget row with `rules.budget_points`, not both."""
    rows = targets.budget_rows
    if not rows:
        return
    first = targets.indicators[rows[0]]
    for row in rows[1:]:
        reason = Phrase("D045.rows", {"line": LineOf(("indicators", rows[0], "name"))})
        args = {"id": targets.indicators[row].id, "reason": reason}
        yield Finding("D045", ("indicators", row, "name"), args)
    rules = targets.rules
    if rules.given_in_file("budget_points") and rules.budget_points != 0:
        points = plain(rules.budget_points)
        reason = Phrase("D045.points", {"points": points})
        yield Finding("D045", ("rules", "budget_points"), {"id": first.id, "reason": reason})


TARGET_CHECKS: tuple[Check, ...] = (
    what_the_kind_needs,
    budget_scored_once,
    levels_on_every_row,
    duplicate_task_ids,
    duplicate_indicator_ids,
    unknown_tasks,
    misplaced_level2,
    unknown_level2,
    budget_sources,
    known_scales,
    grades_within_bands,
    id_gaps,
    rate_units,
    units_from_names,
    repeated_parts,
    targets_above_full,
)


def check_targets(targets: TargetFile, allocation: Allocation) -> list[Finding]:
    """Every domain check; the points were resolved once, with their own findings."""
    return [*allocation.findings, *(f for check in TARGET_CHECKS for f in check(targets))]


# On a file that failed its schema, the checks that need only the parts that did validate,
# so that one run still reports every problem.
_ON_INDICATORS: tuple[Check, ...] = (
    duplicate_indicator_ids,
    levels_on_every_row,
    misplaced_level2,
    unknown_level2,
    rate_units,
    units_from_names,
    repeated_parts,
    targets_above_full,
)
_ON_TASKS: tuple[Check, ...] = (duplicate_task_ids, unknown_tasks, id_gaps)


@cache
def _adapters() -> tuple[TypeAdapter[Indicator], TypeAdapter[list[Task]], TypeAdapter[Budget]]:
    """Built on first need only: a file whose schema holds needs none of them."""
    return TypeAdapter(Indicator), TypeAdapter(list[Task]), TypeAdapter(Budget)


def check_valid_parts(data: Any) -> list[Finding]:
    """The checks of a target file that failed its schema, on the parts that validate: its rows
    read as the table means them (model.as_published: numbered where they write no id, in
    the file's default direction, dated in its year, a level-1 without its printed weight, a
    blank unit taken from the name), so that one run reports every problem."""
    if not isinstance(data, dict) or not isinstance(data.get("indicators"), list):
        return []
    published = as_published(data)
    read = published.data
    kept: list[int] = []
    indicators: list[Indicator] = []
    units: dict[int, str] = {}
    indicator_adapter, tasks_adapter, budget_adapter = _adapters()
    with published.validating():
        rows = zip(read["indicators"], data["indicators"], strict=True)
        for index, (row, item) in enumerate(rows):
            readings = (_valid_or_none(indicator_adapter, c) for c in _as_read(row, item))
            indicator = next((valid for valid in readings if valid is not None), None)
            if indicator is None:
                continue
            indicators.append(indicator)
            kept.append(index)
            if index in published.units_from_names:
                units[len(indicators) - 1] = published.units_from_names[index]
    tasks = _valid_or_none(tasks_adapter, read.get("tasks")) or None  # no tasks: nothing to match
    budget = _valid_or_none(budget_adapter, read.get("budget"))  # in the file's money unit
    partial = TargetFile.model_construct(
        department="",
        year=0,
        budget=budget,
        tasks=tasks or [],
        indicators=indicators,
        scales={},
        rules=Rules(),
    )
    partial.record_units_from_names(units)
    unread = _ids_of([item for i, item in enumerate(read["indicators"]) if i not in kept])
    gaps = functools.partial(id_gaps, unread=unread)
    on_tasks = [gaps if c is id_gaps else c for c in _ON_TASKS]
    checks = (
        *_ON_INDICATORS,
        *(on_tasks if tasks is not None else ()),
        *((budget_sources,) if budget is not None else ()),
    )
    return [_reindexed(f, kept) for check in checks for f in check(partial)]


def _as_read(row: Any, item: Any) -> Iterator[Any]:
    """A row as its table means it; failing that, without the direction it took from the
    file's default: a target against that direction is the row's own error, reported by the
    schema, and the row's other checks still run."""
    yield row
    took_default = isinstance(item, dict) and "direction" not in item
    if took_default and isinstance(row, dict) and "direction" in row:
        yield {key: value for key, value in row.items() if key != "direction"}


def _ids_of(items: list[Any]) -> frozenset[tuple[int, int]]:
    """The (task, number) of each indicator whose id can be read, whatever else is wrong."""
    ids = (item.get("id") for item in items if isinstance(item, dict))
    found = (INDICATOR_ID.fullmatch(str(value).strip()) for value in ids if value is not None)
    return frozenset((int(m[1]), int(m[2])) for m in found if m is not None)


def _valid_or_none(adapter: TypeAdapter[Any], value: Any) -> Any:
    try:
        return adapter.validate_python(value)
    except ValidationError:
        return None


def _reindexed(finding: Finding, kept: list[int]) -> Finding:
    """Paths into the validated indicators, mapped back to their places in the file."""

    def back(path: tuple[str | int, ...]) -> tuple[str | int, ...]:
        if len(path) > 1 and path[0] == "indicators" and isinstance(path[1], int):
            return ("indicators", kept[path[1]], *path[2:])
        return path

    args = {k: LineOf(back(v)) if isinstance(v, LineOf) else v for k, v in finding.args.items()}
    return finding._replace(path=back(finding.path), args=args)
