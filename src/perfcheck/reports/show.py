"""Rendering a target file as people read it: tasks, then the level-1/level-2 tree."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, TextIO

from perfcheck.diagnostics import Lang
from perfcheck.formatting import money
from perfcheck.model.indicators import level1_groups
from perfcheck.model.target_forms import QuantitativeTarget, TimeTarget
from perfcheck.model.targets import TargetFile
from perfcheck.reports.jsontext import dumps
from perfcheck.reports.project import project_json, project_lines, subject
from perfcheck.reports.score import points_text
from perfcheck.reports.visible import plain, text_cells
from perfcheck.results.points import Allocation
from perfcheck.text import words

if TYPE_CHECKING:
    from rich.table import Table

    from perfcheck.reports.layout import Row
    from perfcheck.reports.render import View
    from perfcheck.results.targets import ResolvedTargets

_LABELS = words("show")


def as_json(resolved: ResolvedTargets, lang: Lang, out: TextIO, view: View) -> None:
    out.write(dumps(normalised(*resolved)) + "\n")


def normalised(targets: TargetFile, allocation: Allocation) -> dict[str, object]:
    """The public JSON contract of `perfcheck show --format json`: points to the rounding
    quantum, whether the file gave them or the even split did."""
    return {
        "kind": targets.kind,
        **project_json(targets),
        "department": targets.department,
        "year": targets.year,
        "profile": targets.rules.profile,
        "money_unit": targets.money_unit,
        "budget": {"total": targets.budget.total, "sources": dict(targets.budget.sources)},
        "tasks": [
            {"id": task.id, "name": task.name, "content": task.content} for task in targets.tasks
        ],
        "annual_goal": targets.annual_goal,
        "indicators": [
            _indicator_json(targets, index, targets.rules.shown_points(allocation.points[index]))
            for index in range(len(targets.indicators))
        ],
    }


def _indicator_json(targets: TargetFile, index: int, points: Decimal) -> dict[str, object]:
    indicator = targets.indicators[index]
    target = indicator.target
    entry: dict[str, object] = {
        "id": indicator.id,
        "level1": indicator.level1,
        "level2": indicator.level2,
        "name": indicator.name,
        "target": target.text(),  # as the table prints it: ≥17次/年, 有效, 2023年12月底前
    }
    if isinstance(target, QuantitativeTarget):
        entry |= {
            "comparator": target.comparator.value,
            "value": target.value,
            "unit": target.unit,
            "scale": None,
        }
    elif isinstance(target, TimeTarget):  # a deadline: its last day, and its first for a range
        entry |= {"comparator": "time", "value": None, "unit": None, "scale": None}
        start = target.start.isoformat() if target.start is not None else None
        entry |= {"start": start, "end": target.end.isoformat()}
    else:
        scale = targets.scale(target.scale)
        entry |= {
            "comparator": "qualitative",
            "value": None,
            "unit": None,
            "scale": list(scale) if scale is not None else None,
        }
    entry |= {"points": points}
    if indicator.parts:  # "其中" sub-rows, only where there are some: never scored
        entry["parts"] = [{"name": p.name, "target": p.text()} for p in indicator.parts]
    return entry


def as_text(resolved: ResolvedTargets, lang: Lang, out: TextIO, view: View) -> None:
    from perfcheck.reports.layout import say_line, say_prose, terminal

    targets, allocation = resolved
    labels = _LABELS[lang]
    console = terminal(out, view)
    project = targets.kind == "project"
    title = labels["title_project" if project else "title"].format(
        subject=subject(targets, lang), year=targets.year
    )
    say_line(console, plain(title), "bold")
    for label, value in project_lines(targets, lang):
        say_prose(console, plain(f"{label}：{value}"))
    say_line(console, plain(labels["unit"].format(unit=targets.money_unit)))
    sources = "，".join(f"{name} {money(v)}" for name, v in targets.budget.sources.items())
    budget = f"{labels['budget_project' if project else 'budget']}：{labels['total']} "
    budget += f"{money(targets.budget.total)}" + (f"（{sources}）" if sources else "")
    say_line(console, plain(budget))
    if targets.tasks:
        console.print()
        console.print(plain(labels["tasks"]), style="bold")
    for task in targets.tasks:
        console.print(plain(f"{labels['task'].format(id=task.id)}  {task.name}"), style="bold")
        if task.content:
            say_prose(console, plain(task.content), "dim")
    if targets.annual_goal and not project:  # a project's goal is in its block above
        console.print()
        console.print(plain(labels["goal"]), style="bold")
        say_prose(console, plain(targets.annual_goal), "dim")
    console.print()
    console.print(_table(targets, allocation, labels, view.width))
    if allocation.any_defaulted:
        defaulted = labels["defaulted"].format(quantum=targets.rules.rounding)
        say_prose(console, plain(defaulted), "dim")
    if profile := targets.rules.special_profile:
        say_prose(console, plain(labels["profile"].format(profile=profile)), "dim")


def _table(
    targets: TargetFile, allocation: Allocation, labels: dict[str, str], width: int
) -> Table:
    from rich.table import Table

    from perfcheck.reports.layout import Column, Kind, fill

    columns = [
        Column(labels["level1"], Kind.LEVEL),
        Column(labels["level2"], Kind.LEVEL),
        Column(labels["id"], Kind.SHORT),
        Column(labels["level3"], Kind.NAME),
        Column(labels["target"], Kind.VALUE),
        Column(labels["points"], Kind.SHORT, "right"),
    ]
    table = Table(title=labels["indicators"], show_lines=False)
    if targets.flat:  # no level columns: the budget and total rows are labelled by name
        fill(table, columns[LEVEL_COLUMNS:], _flat_rows(targets, allocation, labels), width)
    else:
        fill(table, columns, _rows(targets, allocation, labels), width)
    return table


LEVEL_COLUMNS = 2  # 一级指标, 二级指标: the first columns of the indicator table


def _rows(targets: TargetFile, allocation: Allocation, labels: dict[str, str]) -> list[Row]:
    """Grouped by level-1 in order of appearance, file order within, like the score table."""
    from perfcheck.reports.layout import Row, level_heads

    shown = _shown(targets)
    rows: list[Row] = []
    for level1, members in level1_groups(targets.indicators):
        group = [targets.indicators[index] for index in members]
        heads = level_heads(level1, [indicator.level2 for indicator in group])
        for index, indicator, (shown1, shown2) in zip(members, group, heads, strict=True):
            rows.append(Row(text_cells(
                shown1, shown2, indicator.id, indicator.name,
                indicator.target.text(), shown(allocation.points[index]),
            )))  # fmt: skip
            rows.extend(
                Row(text_cells("", "", "", labels["part"].format(name=part.name), part.text(),
                               ""), style="dim")
                for part in indicator.parts
            )  # fmt: skip
        subtotal = sum((allocation.points[i] for i in members), Decimal(0))
        rows.append(Row(
            text_cells("", "", "", labels["subtotal"], "", shown(subtotal)),
            style="bold", end_section=True,
        ))  # fmt: skip
    rules = targets.rules
    budget = shown(rules.budget_points)
    rows.append(Row(text_cells(labels["budget_row"], "", "", "", "", budget), end_section=True))
    total = rules.budget_points + sum(allocation.points, Decimal(0))
    rows.append(Row(text_cells(labels["sum"], "", "", "", "", shown(total)), style="bold"))
    return rows


def _flat_rows(targets: TargetFile, allocation: Allocation, labels: dict[str, str]) -> list[Row]:
    """A flat list in file order: 编号, 三级指标, 指标值, 分值, each indicator's "其中" rows
    under it; no group, so no subtotal."""
    from perfcheck.reports.layout import Row

    shown = _shown(targets)
    rows: list[Row] = []
    for k, i in enumerate(targets.indicators):
        rows.append(Row(text_cells(i.id, i.name, i.target.text(), shown(allocation.points[k]))))
        rows.extend(
            Row(text_cells("", labels["part"].format(name=part.name), part.text(), ""),
                style="dim")
            for part in i.parts
        )  # fmt: skip
    rows[-1] = rows[-1]._replace(end_section=True)
    rules = targets.rules
    budget = shown(rules.budget_points)
    rows.append(Row(text_cells("", labels["budget_row"], "", budget), end_section=True))
    total = rules.budget_points + sum(allocation.points, Decimal(0))
    rows.append(Row(text_cells("", labels["sum"], "", shown(total)), style="bold"))
    return rows


def _shown(targets: TargetFile) -> Callable[[Decimal], str]:
    """Points as printed: 12.5 stays 12.5 at whole points."""
    return lambda points: points_text(points, targets.rules)
