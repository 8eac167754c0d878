"""Rendering a score result (绩效自评表): terminal table, JSON, CSV and Markdown."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from typing import TextIO

from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text, percent
from perfcheck.model import QuantitativeTarget
from perfcheck.reports.jsontext import dumps
from perfcheck.scoring import Flag, IndicatorResult, ScoreResult, Status

LABELS: dict[Lang, dict[str, str]] = {
    "zh": {
        "title": "{department} {year}年度绩效自评（{period}）",
        "level1": "一级指标",
        "level2": "二级指标",
        "id": "编号",
        "level3": "三级指标",
        "target": "年度指标值",
        "actual": "实际完成值",
        "completion": "完成率",
        "points": "分值",
        "score": "得分",
        "result": "结果",
        "flags": "标记",
        "explanation": "偏差原因分析及改进措施",
        "subtotal": "小计",
        "budget": "预算执行率",
        "initial": "年初预算数",
        "adjusted": "全年预算数",
        "spent": "全年执行数",
        "rate": "执行率",
        "sum": "得分合计",
        "total": "总分",
        "grade": "等级",
        "not_applicable": "不适用",
        "rescaled": "不适用指标共 {na} 分，总分按 {total} 分折算：{sum} × {total} ÷ {applicable}",
        "overachieved": "超额完成（请分析目标是否设置偏低）",
        "unmet": "未完成",
        "missing": "缺少完成值（按 0 分计）",
        "needs_explanation": "缺少偏差原因分析及改进措施",
        "adjusted_list": "人工调整",
        "na_list": "不适用",
        "budget_explanation": "预算执行率低于 {threshold}，缺少原因说明",
        "default_points": "注：目标表未给出分值，按一级指标权重在组内平均分配。",
        "unit": "金额单位：{unit}",
    },
    "en": {
        "title": "{department} — self-evaluation {year} ({period})",
        "level1": "Level 1",
        "level2": "Level 2",
        "id": "Id",
        "level3": "Indicator",
        "target": "Target",
        "actual": "Actual",
        "completion": "Completion",
        "points": "Points",
        "score": "Score",
        "result": "Result",
        "flags": "Flags",
        "explanation": "Explanation and corrective measures",
        "subtotal": "Subtotal",
        "budget": "Budget execution",
        "initial": "Initial budget",
        "adjusted": "Full-year budget",
        "spent": "Spent",
        "rate": "Rate",
        "sum": "Sum of scores",
        "total": "Total",
        "grade": "Grade",
        "not_applicable": "n/a",
        "rescaled": "Indicators worth {na} points do not apply; total rescaled to {total}: "
        "{sum} × {total} ÷ {applicable}",
        "overachieved": "Over-achieved (was the target set too low?)",
        "unmet": "Not met",
        "missing": "No actual (scores 0)",
        "needs_explanation": "Explanation missing",
        "adjusted_list": "Manual adjustments",
        "na_list": "Not applicable",
        "budget_explanation": "Execution rate below {threshold} without an explanation",
        "default_points": "Note: the file gives no points; each level-1 weight is split evenly.",
        "unit": "Money unit: {unit}",
    },
}

MARKS = {Status.MET: "✓", Status.UNMET: "✗", Status.MISSING: "–", Status.NOT_APPLICABLE: "n/a"}


def _points(value: Decimal, result: ScoreResult) -> str:
    return decimal_text(value.quantize(result.targets.rules.rounding))


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


def completion_text(r: IndicatorResult) -> str:
    return percent(r.completion) if r.completion is not None else "—"


# --- JSON --------------------------------------------------------------------------------------


def as_json(result: ScoreResult, out: TextIO) -> None:
    out.write(dumps(contract(result)) + "\n")


def contract(result: ScoreResult) -> dict[str, object]:
    """The public JSON shape of `perfcheck score --format json`."""
    budget = result.budget
    rules = result.targets.rules
    return {
        "department": result.targets.department,
        "year": result.targets.year,
        "period": result.period,
        "mode": result.mode,
        "total": result.total,
        "grade": result.grade,
        "subtotal": result.subtotal,
        "applicable_points": result.applicable_points.quantize(rules.rounding),
        "budget": {
            "initial": budget.initial,
            "adjusted": budget.adjusted,
            "spent": budget.spent,
            "rate": budget.rate,
            "points": budget.points.quantize(rules.rounding),
            "score": budget.score,
        },
        "groups": [
            {"level1": g.level1, "points": g.points.quantize(rules.rounding), "score": g.score}
            for g in result.groups
        ],
        "indicators": [_indicator_json(r, rules.rounding) for r in result.indicators],
    }


def _indicator_json(r: IndicatorResult, quantum: Decimal) -> dict[str, object]:
    return {
        "id": r.indicator.id,
        "level1": r.indicator.level1,
        "level2": r.indicator.level2,
        "name": r.indicator.name,
        "points": r.points.quantize(quantum),
        "target": r.indicator.target.text(),
        "actual": r.actual,
        "completion": r.completion,
        "score": r.score,
        "status": r.status.value,
        "flags": [flag.value for flag in r.flags],
        "explanation": r.explanation or r.not_applicable,
        "adjustment": r.adjustment,
    }


# --- CSV and Markdown --------------------------------------------------------------------------


def _rows(result: ScoreResult, lang: Lang) -> Iterator[list[str]]:
    for r in result.indicators:
        yield [
            r.indicator.level1,
            r.indicator.level2,
            r.indicator.id,
            r.indicator.name,
            r.indicator.target.text(),
            actual_text(r, lang),
            completion_text(r),
            _points(r.points, result),
            decimal_text(r.score),
            MARKS[r.status],
        ]


def _header(lang: Lang) -> list[str]:
    keys = ("level1", "level2", "id", "level3", "target", "actual", "completion", "points")
    return [LABELS[lang][k] for k in (*keys, "score", "result")]


def as_csv(result: ScoreResult, lang: Lang, out: TextIO) -> None:
    labels = LABELS[lang]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_header(lang))
    writer.writerows(_rows(result, lang))
    budget = result.budget
    writer.writerow(
        [labels["budget"], "", "", labels["budget"], "", decimal_text(budget.spent), percent(
            budget.rate
        ), _points(budget.points, result), decimal_text(budget.score), ""]
    )  # fmt: skip
    writer.writerow([labels["total"], "", "", "", "", "", "", "", decimal_text(result.total),
                     result.grade])  # fmt: skip


def as_markdown(result: ScoreResult, lang: Lang, out: TextIO) -> None:
    labels = LABELS[lang]
    out.write(f"# {_title(result, lang)}\n\n")
    out.write(labels["unit"].format(unit=result.targets.money_unit) + "\n\n")
    out.write(_md_row(_header(lang)))
    out.write(_md_row(["---"] * 7 + ["---:", "---:", ":---:"]))
    for row in _rows(result, lang):
        out.write(_md_row(row))
    out.write("\n")
    budget = result.budget
    budget_header = ["adjusted", "spent", "rate", "points", "score"]
    out.write(_md_row([labels[k] for k in budget_header]))
    out.write(_md_row(["---:"] * 5))
    out.write(
        _md_row(
            [
                _money(budget.adjusted),
                _money(budget.spent),
                percent(budget.rate),
                _points(budget.points, result),
                decimal_text(budget.score),
            ]
        )
    )
    out.write("\n")
    for line in _totals(result, lang):
        out.write(f"**{line}**\n\n")
    for line in _footer(result, lang):
        out.write(f"- {line}\n")


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |\n"


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _title(result: ScoreResult, lang: Lang) -> str:
    return LABELS[lang]["title"].format(
        department=result.targets.department, year=result.targets.year, period=result.period
    )


def _totals(result: ScoreResult, lang: Lang) -> list[str]:
    labels = LABELS[lang]
    lines = []
    if result.rescaled:
        rules = result.targets.rules
        lines.append(f"{labels['sum']}：{decimal_text(result.subtotal)}")
        lines.append(
            labels["rescaled"].format(
                na=_points(rules.total_points - result.applicable_points, result),
                total=decimal_text(rules.total_points),
                sum=decimal_text(result.subtotal),
                applicable=_points(result.applicable_points, result),
            )
        )
    sep = "：" if lang == "zh" else ": "
    lines.append(
        f"{labels['total']}{sep}{decimal_text(result.total)}    "
        f"{labels['grade']}{sep}{result.grade}"
    )
    return lines


def _footer(result: ScoreResult, lang: Lang) -> list[str]:
    """The flags a reviewer looks for, most urgent first."""
    labels = LABELS[lang]
    sep = "：" if lang == "zh" else ": "

    def ids(predicate: object) -> list[str]:
        assert callable(predicate)
        return [f"{r.indicator.id} {r.indicator.name}" for r in result.indicators if predicate(r)]

    groups = [
        ("needs_explanation", ids(lambda r: Flag.NEEDS_EXPLANATION in r.flags)),
        ("missing", ids(lambda r: r.status is Status.MISSING)),
        ("unmet", ids(lambda r: r.status is Status.UNMET)),
        ("overachieved", [
            f"{r.indicator.id} {r.indicator.name}（{completion_text(r)}）"
            for r in result.indicators if Flag.OVERACHIEVED in r.flags
        ]),
        ("adjusted_list", [
            f"{r.indicator.id} {decimal_text(r.adjustment)}"
            for r in result.indicators if r.adjustment is not None
        ]),
        ("na_list", ids(lambda r: r.status is Status.NOT_APPLICABLE)),
    ]  # fmt: skip
    lines = [f"{labels[key]}{sep}{'；'.join(items)}" for key, items in groups if items]
    if result.budget.needs_explanation:
        threshold = percent(result.targets.rules.explanation_threshold)
        lines.insert(0, labels["budget_explanation"].format(threshold=threshold))
    if any(Flag.DEFAULT_POINTS in r.flags for r in result.indicators):
        lines.append(labels["default_points"])
    return lines


# --- Terminal ----------------------------------------------------------------------------------


def as_text(result: ScoreResult, lang: Lang, out: TextIO, *, color: bool, width: int) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    labels = LABELS[lang]
    console = Console(file=out, no_color=not color, highlight=False, width=width)
    console.print(Text(_title(result, lang), style="bold"))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), expand=False)
    table.add_column(labels["id"], no_wrap=True)
    table.add_column(labels["level3"], overflow="fold", ratio=1, min_width=10)
    table.add_column(labels["target"], overflow="fold", max_width=10)
    table.add_column(labels["actual"], overflow="fold", max_width=10)
    table.add_column(labels["completion"], justify="right", no_wrap=True)
    table.add_column(labels["points"], justify="right", no_wrap=True)
    table.add_column(labels["score"], justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    styles = {Status.MET: "green", Status.UNMET: "red", Status.MISSING: "yellow"}
    for group in result.groups:
        table.add_row("", Text(group.level1, style="bold"), "", "", "", "", "", "")
        level2 = None
        for r in (r for r in result.indicators if r.indicator.level1 == group.level1):
            if r.indicator.level2 != level2:
                level2 = r.indicator.level2
                table.add_row("", Text(level2, style="cyan"), "", "", "", "", "", "")
            table.add_row(
                r.indicator.id, r.indicator.name, r.indicator.target.text(),
                actual_text(r, lang), completion_text(r), _points(r.points, result),
                decimal_text(r.score), Text(MARKS[r.status], style=styles.get(r.status, "dim")),
            )  # fmt: skip
        table.add_row(
            "", labels["subtotal"], "", "", "",
            _points(group.points, result), decimal_text(group.score), "",
            style="bold", end_section=True,
        )  # fmt: skip
    console.print(table)
    budget = result.budget
    btable = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), title_justify="left")
    for key in ("budget", "adjusted", "spent", "rate", "points", "score"):
        btable.add_column(labels[key], justify="left" if key == "budget" else "right")
    btable.add_row(
        "", _money(budget.adjusted), _money(budget.spent), percent(budget.rate),
        _points(budget.points, result), decimal_text(budget.score),
    )  # fmt: skip
    console.print(btable)
    for line in _totals(result, lang):
        console.print(Text(line, style="bold"))
    footer = _footer(result, lang)
    if footer:
        console.print()
    for line in footer:
        console.print(Text(line))
