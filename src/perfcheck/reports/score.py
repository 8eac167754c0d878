"""Rendering a score result (绩效自评表): terminal table, JSON, CSV and Markdown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, TextIO

from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text, money, percent, signed_text
from perfcheck.model.rules import Rules
from perfcheck.model.target_forms import QuantitativeTarget
from perfcheck.reports.jsontext import dumps
from perfcheck.reports.markup import md_line, md_row, write_csv
from perfcheck.reports.project import project_json, project_lines, subject
from perfcheck.reports.visible import plain, text_cells
from perfcheck.results.score import (
    Flag,
    GroupResult,
    IndicatorResult,
    PartResult,
    ScoreResult,
    Status,
)
from perfcheck.text import say, words

if TYPE_CHECKING:
    from rich.table import Table

    from perfcheck.model.targets import TargetFile
    from perfcheck.reports.render import View

LABELS = words("score")

# The 标记 column of CSV: the JSON contract keeps the codes (Flag values).
FLAG_LABELS = words("flag")  # by Flag

MARKS = {Status.MET: "✓", Status.UNMET: "✗", Status.MISSING: "–", Status.NOT_APPLICABLE: "n/a"}


def points_text(points: Decimal, rules: Rules) -> str:
    """Points (分值, 满分) as every report prints them, in a table or a sentence: to the places
    of the scores beside them (50 → 50.00 at 0.01), 12.5 at whole points as it is."""
    return decimal_text(rules.shown_points(points))


def budget_points_text(points: Decimal, rules: Rules) -> str:
    """The budget row's points, to the places of the budget's own score (`budget_rounding`:
    20 beside 19 at whole points), as points_text."""
    return points_text(points, rules.for_budget_row())


def _points(value: Decimal, result: ScoreResult) -> str:
    return points_text(value, result.targets.rules)


def actual_text(r: IndicatorResult, lang: Lang) -> str:
    if r.status is Status.NOT_APPLICABLE:
        return LABELS[lang]["not_applicable"]
    if r.actual is None:
        return "—"
    if isinstance(r.actual, str):
        return r.actual
    target = r.indicator.target
    unit = target.unit if isinstance(target, QuantitativeTarget) else ""
    return decimal_text(r.actual) + unit


def part_actual_text(part: PartResult) -> str:
    """A "其中" sub-row's actual in its own unit; — where the actuals give none."""
    if part.actual is None:
        return "—"
    return part.actual if isinstance(part.actual, str) else decimal_text(part.actual) + part.unit


def part_label(part: PartResult, lang: Lang) -> str:
    return LABELS[lang]["part"].format(name=part.name)


def completion_text(r: IndicatorResult) -> str:
    return percent(r.completion) if r.completion is not None else "—"


def _label(r: IndicatorResult) -> str:
    """As the published table numbers its rows: `1-1.理论学习中心组专题学习次数`."""
    return f"{r.indicator.id}.{r.indicator.name}"


def _members(result: ScoreResult, group: GroupResult) -> list[IndicatorResult]:
    return [r for r in result.indicators if r.indicator.level1 == group.level1]


# --- JSON --------------------------------------------------------------------------------------


def as_json(result: ScoreResult, lang: Lang, out: TextIO, view: View) -> None:
    out.write(dumps(contract(result)) + "\n")


def contract(result: ScoreResult) -> dict[str, object]:
    """The public JSON shape of `perfcheck score --format json`."""
    budget = result.budget
    rules = result.targets.rules
    targets = result.targets
    project: dict[str, object] = {}
    if targets.kind == "project":
        goal = {"target": targets.annual_goal, "achieved": result.annual_goal_achieved}
        project = {**project_json(targets), "annual_goal": goal}
    return {
        "kind": targets.kind,
        **project,
        "department": result.targets.department,
        "year": result.targets.year,
        "period": result.period,
        "mode": result.mode,
        "profile": result.targets.rules.profile,
        "total": result.total,
        "grade": result.grade,
        "subtotal": result.subtotal,
        "applicable_points": rules.shown_points(result.applicable_points),
        "budget": {
            "initial": budget.initial,
            "adjusted": budget.adjusted,
            "spent": budget.spent,
            "rate": budget.rate,
            "points": rules.for_budget_row().shown_points(budget.points),
            "score": budget.score,
        },
        "groups": [
            {"level1": g.level1, "points": rules.shown_points(g.points), "score": g.score}
            for g in result.groups
        ],
        "indicators": [_indicator_json(r, rules) for r in result.indicators],
    }


def _indicator_json(r: IndicatorResult, rules: Rules) -> dict[str, object]:
    return {
        "id": r.indicator.id,
        "level1": r.indicator.level1,
        "level2": r.indicator.level2,
        "name": r.indicator.name,
        "points": rules.shown_points(r.points),
        "target": r.indicator.target.text(),
        "actual": r.actual,
        "completion": r.completion,
        "score": r.score,
        "status": r.status.value,
        "flags": [flag.value for flag in r.flags],
        "explanation": r.explanation or r.not_applicable,
        "adjustment": r.adjustment,
    } | _parts_json(r)


def _parts_json(r: IndicatorResult) -> dict[str, object]:
    """`parts` only where the indicator has "其中" sub-rows: never scored, so no points."""
    if not r.parts:
        return {}
    parts = [{"name": p.name, "target": p.target, "actual": p.actual} for p in r.parts]
    return {"parts": parts}


# --- CSV and Markdown: one row per indicator, subtotals, the budget row and the totals --------


def _table_rows(result: ScoreResult, lang: Lang) -> Iterator[tuple[str, list[str]]]:
    """(kind, cells) in the official column order; the 得分 cells add up to the 得分合计 row."""
    labels = LABELS[lang]
    for group in result.groups:
        for r in _members(result, group):
            yield "row_indicator", [
                r.indicator.level1, r.indicator.level2, r.indicator.id, r.indicator.name,
                r.indicator.target.text(), actual_text(r, lang), completion_text(r),
                _points(r.points, result), decimal_text(r.score), MARKS[r.status],
                _flags(r.flags, lang), r.explanation or r.not_applicable or "",
            ]  # fmt: skip
            for part in r.parts:
                yield "row_part", [
                    "", "", "", part_label(part, lang), part.target, part_actual_text(part),
                    *[""] * 6,
                ]  # fmt: skip
        yield "row_subtotal", [
            group.level1, "", "", labels["subtotal"], "", "", "", _points(group.points, result),
            decimal_text(group.score), "", "", "",
        ]  # fmt: skip
    budget = result.budget
    yield "row_budget", [
        labels["budget"], "", "", labels["budget"], decimal_text(budget.adjusted),
        decimal_text(budget.spent),
        percent(budget.rate), budget_points_text(budget.points, result.targets.rules),
        decimal_text(budget.score), "",
        _flags((Flag.NEEDS_EXPLANATION,) if budget.needs_explanation else (), lang),
        budget.explanation or "",
    ]  # fmt: skip
    if result.rescaled:
        yield "row_sum", [labels["sum"], *[""] * 7, decimal_text(result.subtotal), "", "", ""]
    yield "row_total", [
        labels["total"], *[""] * 7, decimal_text(result.total), result.grade, "", "",
    ]  # fmt: skip


def _flags(flags: tuple[Flag, ...], lang: Lang) -> str:
    """`默认分值、得分封顶` / `default points; capped`."""
    return say("flag_separator", lang).join(FLAG_LABELS[lang][flag] for flag in flags)


def _header(lang: Lang) -> list[str]:
    keys = ("level1", "level2", "id", "level3", "target", "actual", "completion", "points")
    return [LABELS[lang][k] for k in (*keys, "score", "result", "flags", "explanation")]


def as_csv(result: ScoreResult, lang: Lang, out: TextIO, view: View) -> None:
    write_csv(out, _header(lang), _table_rows(result, lang), LABELS[lang])


def as_markdown(result: ScoreResult, lang: Lang, out: TextIO, view: View) -> None:
    labels = LABELS[lang]
    out.write(md_line(f"# {_title(result, lang)}") + "\n")
    sep = say("colon", lang)
    block = _project_block(result, lang)
    for label, value in block:
        out.write(md_line(f"- {label}{sep}{value}"))
    out.write("\n" if block else "")
    out.write(md_line(labels["unit"].format(unit=result.targets.money_unit)) + "\n")
    first = _first_column(result)  # a flat list has no level columns
    header = [*_header(lang)[first:10], labels["explanation"]]
    out.write(md_row(header))
    out.write(md_row(["---"] * (7 - first) + ["---:", "---:", ":---:", "---"]))
    for kind, cells in _table_rows(result, lang):
        if kind in ("row_budget", "row_sum", "row_total") or (first and kind == "row_subtotal"):
            continue
        row = cells[first:10] + cells[11:]
        out.write(md_row([f"**{c}**" if c and kind == "row_subtotal" else c for c in row]))
    out.write("\n")
    out.write(md_row([labels[k] for k in BUDGET_COLUMNS]))
    out.write(md_row(["---:"] * len(BUDGET_COLUMNS)))
    out.write(md_row(budget_cells(result)))
    out.write("\n")
    for line in _totals(result, lang):
        out.write(md_line(f"**{line}**") + "\n")
    for line in _footer(result, lang):
        out.write(md_line(f"- {line}"))


BUDGET_COLUMNS = ("initial", "adjusted", "spent", "rate", "points", "score")
LEVEL_COLUMNS = 2  # 一级指标, 二级指标: the first columns of the indicator table


def _first_column(result: ScoreResult) -> int:
    """Where the indicator table's columns start: after the level columns in a flat list (no
    level-1 / level-2), which has neither those columns nor its one unnamed group's subtotal."""
    return LEVEL_COLUMNS if result.targets.flat else 0


def budget_cells(result: ScoreResult) -> list[str]:
    """年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分 — as on the official form."""
    budget = result.budget
    return [
        money(budget.initial),
        money(budget.adjusted),
        money(budget.spent),
        percent(budget.rate),
        budget_points_text(budget.points, result.targets.rules),
        decimal_text(budget.score),
    ]


def _title(result: ScoreResult, lang: Lang) -> str:
    targets = result.targets
    key = "title_project" if targets.kind == "project" else "title"
    return LABELS[lang][key].format(
        subject=subject(targets, lang),
        year=targets.year,
        period=result.period,
    )


def _project_block(result: ScoreResult, lang: Lang) -> list[tuple[str, str]]:
    achieved = result.annual_goal_achieved
    return project_lines(result.targets, lang, achieved=achieved, evaluation=result.year_end)


def _totals(result: ScoreResult, lang: Lang) -> list[str]:
    labels = LABELS[lang]
    sep = say("colon", lang)
    lines = []
    if result.rescaled:
        rules = result.targets.rules
        lines.append(f"{labels['sum']}{sep}{decimal_text(result.subtotal)}")
        lines.append(
            labels["rescaled"].format(
                na=_points(rules.total_points - result.applicable_points, result),
                total=_points(rules.total_points, result),
                sum=decimal_text(result.subtotal),
                applicable=_points(result.applicable_points, result),
            )
        )
    lines.append(
        f"{labels['total']}{sep}{decimal_text(result.total)}    "
        f"{labels['grade']}{sep}{result.grade}"
    )
    return lines


def _footer(result: ScoreResult, lang: Lang) -> list[str]:
    """The flags a reviewer looks for, most urgent first."""
    labels = LABELS[lang]
    sep = say("colon", lang)

    def listed(keep: Callable[[IndicatorResult], bool], extra: str = "") -> list[str]:
        return [
            f"{r.indicator.id} {r.indicator.name}" + (extra and f"（{completion_text(r)}）")
            for r in result.indicators
            if keep(r)
        ]

    groups = [
        ("needs_explanation", listed(lambda r: Flag.NEEDS_EXPLANATION in r.flags)),
        ("missing", listed(lambda r: r.status is Status.MISSING)),
        ("unmet", listed(lambda r: r.status is Status.UNMET)),
        ("overachieved", listed(lambda r: Flag.OVERACHIEVED in r.flags, extra="rate")),
        ("adjusted_list", [
            f"{r.indicator.id} {signed_text(r.adjustment)}"
            for r in result.indicators if r.adjustment is not None
        ]),
        ("na_list", listed(lambda r: r.status is Status.NOT_APPLICABLE)),
    ]  # fmt: skip
    lines = [f"{labels[key]}{sep}{'；'.join(items)}" for key, items in groups if items]
    if result.budget.needs_explanation:
        threshold = percent(result.targets.rules.explanation_threshold)
        lines.insert(0, labels["budget_explanation"].format(threshold=threshold))
    if any(Flag.DEFAULT_POINTS in r.flags for r in result.indicators):
        lines.append(labels["default_points"])
    if note := budget_row_note(result.targets, lang):
        lines.append(note)
    if note := profile_note(result.targets.rules, lang):
        lines.append(note)
    return lines


def budget_row_note(targets: TargetFile, lang: Lang) -> str | None:
    """Why the budget row has no points (0 of 0), for a table that scores its execution rate
    as one of its weighted rows: every report that shows the budget's 0 says it."""
    row = targets.budget_row
    return None if row is None else LABELS[lang]["budget_row"].format(id=row.id)


def profile_note(rules: Rules, lang: Lang) -> str | None:
    """The note that a score follows a profile other than the national one."""
    profile = rules.special_profile
    return None if profile is None else LABELS[lang]["profile"].format(profile=profile)


# --- Terminal ----------------------------------------------------------------------------------

_STYLES = {Status.MET: "green", Status.UNMET: "red", Status.MISSING: "yellow"}


def as_text(result: ScoreResult, lang: Lang, out: TextIO, view: View) -> None:
    from perfcheck.reports.layout import say_line, say_prose, terminal

    console = terminal(out, view)
    say_line(console, plain(_title(result, lang)), "bold")
    sep = say("colon", lang)
    for label, value in _project_block(result, lang):
        say_prose(console, plain(f"{label}{sep}{value}"))
    console.print(_indicator_table(result, lang, view.width))
    console.print(_budget_table(result, lang, view.width))
    for line in _totals(result, lang):
        say_line(console, plain(line), "bold")
    footer = _footer(result, lang)
    if footer:
        console.print()
    for line in footer:
        say_line(console, plain(line))


def _indicator_table(result: ScoreResult, lang: Lang, width: int) -> Table:
    """一级指标 and 二级指标 on the first row of their group, as in merged cells."""
    from rich.text import Text

    from perfcheck.reports.layout import Column, Kind, Row, indicator_table, level_heads

    labels = LABELS[lang]
    columns = [
        Column(labels["level1"], Kind.LEVEL),
        Column(labels["level2"], Kind.LEVEL),
        Column(labels["level3"], Kind.NAME),
        Column(labels["target"], Kind.VALUE),
        Column(labels["actual"], Kind.VALUE),
        Column(labels["completion"], Kind.SHORT, "right"),
        Column(labels["points"], Kind.SHORT, "right"),
        Column(labels["score"], Kind.SHORT, "right"),
        Column("", Kind.SHORT),
    ]
    first = _first_column(result)
    rows: list[Row] = []
    for group in result.groups:
        members = _members(result, group)
        heads = level_heads(group.level1, [r.indicator.level2 for r in members])
        for r, (shown1, shown2) in zip(members, heads, strict=True):
            rows.append(Row(text_cells(
                shown1, shown2, _label(r),
                r.indicator.target.text(), actual_text(r, lang), completion_text(r),
                _points(r.points, result), decimal_text(r.score),
                Text(MARKS[r.status], style=_STYLES.get(r.status, "dim")),
            )[first:]))  # fmt: skip
            rows.extend(
                Row(text_cells("", "", part_label(p, lang), p.target, part_actual_text(p),
                               "", "", "", "")[first:], style="dim")
                for p in r.parts
            )  # fmt: skip
        if first:
            continue
        rows.append(Row(text_cells(
            "", "", labels["subtotal"], "", "", "", _points(group.points, result),
            decimal_text(group.score), "",
        ), style="bold", end_section=True))  # fmt: skip
    return indicator_table(columns[first:], rows, width)


def _budget_table(result: ScoreResult, lang: Lang, width: int) -> Table:
    """One row under six headers; two columns (heading, amount) where those do not fit."""
    from rich import box
    from rich.table import Table

    from perfcheck.reports.layout import Column, Kind, Row, fill, fits

    labels = LABELS[lang]
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), title=labels["budget"])
    table.title_justify = "left"
    columns = [Column(labels[key], Kind.VALUE, "right") for key in BUDGET_COLUMNS]
    rows = [Row(text_cells(*budget_cells(result)))]
    if not fits(table, columns, rows, width):
        pairs = zip(BUDGET_COLUMNS, rows[0].cells, strict=True)
        rows = [Row([*text_cells(labels[key]), cell]) for key, cell in pairs]
        columns = [Column("", Kind.NAME), Column("", Kind.VALUE, "right")]
        table.show_header = False
    fill(table, columns, rows, width)
    return table
