"""Sheets 2 and 3. Sheet 2 records the input files, their SHA-256, the perfcheck version and the
rules in force; sheet 3 carries the rest of the report (basic information, the narrative, counts
and deviations), written top to bottom."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal

from openpyxl.worksheet.worksheet import Worksheet
from pydantic import BaseModel

from perfcheck.diagnostics import Lang
from perfcheck.model.indicators import Indicator
from perfcheck.model.rules import Rules
from perfcheck.model.targets import TargetFile
from perfcheck.reports.project import project_lines
from perfcheck.reports.score import budget_row_note, completion_text
from perfcheck.reports.summary.narrative import monitoring_narrative, narrative
from perfcheck.reports.summary.text import (
    COUNT_COLUMNS,
    GROUP_COLUMNS,
    RECONCILIATION_COLUMNS,
    Listing,
    agrees_mark,
    count_values,
    cumulative_text,
    deviation_listings,
    explained,
    item_label,
    measures_listing,
    monitoring_listings,
    profile_text,
    reconciled_rows,
    reconciliation_lines,
    rescaled_text,
    scored_groups,
    title,
    words,
)
from perfcheck.reports.summary.xlsx.forms import Shown, actual_cell
from perfcheck.reports.summary.xlsx.grid import (
    COUNT,
    HEAD,
    HEADING,
    MONEY,
    NOTE,
    NUMBER,
    PERCENT,
    STRONG,
    TEXT,
    Column,
    Columns,
    Grid,
    Style,
    Value,
    headers,
    on_quantum,
    page_setup,
    styled,
    word,
)
from perfcheck.results.audit import Audit
from perfcheck.results.score import IndicatorResult
from perfcheck.results.summary import InputFile, MonitoringSummary, Summary

# --- Sheet 2: the input files, the version, the rules in force ----------------------------------

SOURCES = Columns(Column("name", 44), Column("value", 68), Column("description", 60))


def sources(
    sheet: Worksheet, inputs: Sequence[InputFile], version: str, rules: Rules, lang: Lang
) -> None:
    grid = Grid(sheet, SOURCES)
    name, value, description = (SOURCES.at(key) for key in SOURCES.keys)
    grid.put(1, name, word(lang, "made_by").format(version=version), HEADING, across=len(SOURCES))
    headers(grid, 3, [word(lang, "inputs"), word(lang, "sha256")], first_column=name)
    row = 4
    for item in inputs:
        grid.put(row, name, item.path)
        grid.put(row, value, item.sha256)
        row += 1
    grid.put(row + 1, name, word(lang, "version"), STRONG)
    grid.put(row + 1, value, version)
    row += 3
    grid.put(row, name, word(lang, "rules"), HEAD, across=len(SOURCES))
    for setting, shown, text in rule_rows(rules, lang):
        row += 1
        grid.put(row, name, setting)
        grid.put(row, value, shown, styled(shown))
        grid.put(row, description, text)
    grid.fit()
    page_setup(sheet, None)


RuleValue = str | Decimal


def rule_rows(
    model: BaseModel, lang: Lang, prefix: str = ""
) -> Iterator[tuple[str, RuleValue, str]]:
    """Every setting as the `rules:` section of a target file names it: `weights.产出指标`, 50."""
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        description = described(field.description or "", lang)
        if isinstance(value, BaseModel):
            for inner, shown, text in rule_rows(value, lang, f"{prefix}{name}."):
                yield inner, shown, text or description
        elif isinstance(value, dict):
            for key, entry in value.items():
                yield f"{prefix}{name}.{key}", rule_value(entry), description
        else:
            yield f"{prefix}{name}", rule_value(value), description


def rule_value(value: object) -> RuleValue:
    if isinstance(value, bool):
        return "true" if value else "false"  # as written in a target file
    if isinstance(value, Decimal):
        return value
    return str(value)


def described(description: str, lang: Lang) -> str:
    """The Chinese or the English half of a field's `中文 / English` description."""
    halves = re.split(r"\s*/\s+", description, maxsplit=1)
    return halves[0] if lang == "zh" or len(halves) == 1 else halves[1]


# --- Sheet 3: the rest of the report ------------------------------------------------------------

# A key–value row is a label and a value filling the rest; small tables start at column A and an
# indicator's figures follow its name, the last one filling the row up to the wide column.
REPORT = Columns(
    Column("label", 40), Column("value", 16), Column("figure_2", 16), Column("figure_3", 14),
    Column("figure_4", 14), Column("wide", 52),
)  # fmt: skip
SPAN = len(REPORT)


class Report:
    """Sheet 3 written top to bottom: sections of key–value rows and small tables."""

    def __init__(self, sheet: Worksheet) -> None:
        self.grid = Grid(sheet, REPORT)
        self.row = 1

    def line(self, value: Value, style: Style = NOTE, across: int = SPAN) -> None:
        self.grid.put(self.row, 1, value, style, across=across)
        self.row += 1

    def heading(self, text: str) -> None:
        self.row += 1
        self.line(text, HEADING)

    def pair(self, key: str, value: Value, fmt: str | None = None) -> None:
        column = REPORT.at("value")
        self.grid.put(self.row, REPORT.at("label"), key, STRONG)
        self.grid.put(self.row, column, value, styled(value), fmt, across=SPAN - column + 1)
        self.row += 1

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Shown]]) -> None:
        headers(self.grid, self.row, header)
        for cells in rows:
            self.row += 1
            for column, (value, fmt) in enumerate(cells, start=1):
                self.grid.put(self.row, column, value, styled(value), fmt)
        self.row += 1

    def item(self, indicator: Indicator, cells: Sequence[Shown]) -> None:
        """One indicator of a section: its name, then figures, the last cell filling the row."""
        self.grid.put(self.row, REPORT.at("label"), item_label(indicator))
        for offset, (value, fmt) in enumerate(cells):
            column = REPORT.at("value") + offset
            last = offset == len(cells) - 1
            style = NUMBER if isinstance(value, Decimal) else TEXT
            self.grid.put(
                self.row, column, value, style, fmt, across=SPAN - column + 1 if last else 1
            )
        self.row += 1

    def skip(self) -> None:
        """A blank row."""
        self.row += 1

    def finish(self) -> None:
        self.grid.fit()
        page_setup(self.grid.sheet, None)


def basics(
    report: Report,
    targets: TargetFile,
    period: str,
    lang: Lang,
    achieved: str | None = None,
    evaluation: bool = False,
) -> None:
    """一、基本情况: a project's block (项目名称 … 年度总体目标, at year-end with its
    实际完成情况) or the department's name, then the year, the budget and its sources, and a
    department's tasks."""
    report.heading(word(lang, "basics"))
    if targets.kind == "project":
        block = project_lines(targets, lang, achieved=achieved, evaluation=evaluation)
        for label, value in block:
            report.pair(label, value)
    else:
        report.pair(word(lang, "department"), targets.department)
    report.pair(word(lang, "year"), targets.year, COUNT)
    report.pair(word(lang, "period"), period)
    report.pair(word(lang, "money_unit"), targets.money_unit)
    report.pair(word(lang, "budget_total"), targets.budget.total, MONEY)
    for source, amount in targets.budget.sources.items():
        report.pair(f"　{source}", amount, MONEY)
    if targets.tasks:
        report.line(word(lang, "tasks"), STRONG)
    for task in targets.tasks:
        report.pair(f"{task.id}. {task.name}", task.content)


def report_sheet(sheet: Worksheet, summary: Summary, lang: Lang) -> None:
    report = Report(sheet)
    r = summary.result
    report.line(title("title", r.targets, r.period, lang), HEADING)
    basics(report, r.targets, r.period, lang, r.annual_goal_achieved, evaluation=True)
    overall(report, summary, lang)
    pointer(report, word(lang, "form_sheet"), lang)
    report.heading(word(lang, "deviations"))
    for listing in deviation_listings(summary, lang):
        report.line(word(lang, listing.heading), STRONG)
        listed(report, listing, lang)
    report.heading(word(lang, "measures"))
    listed(report, measures_listing(summary), lang)
    if summary.reconciliation is not None:
        reconciliation(report, summary.reconciliation, lang)
    report.finish()


def reconciliation(report: Report, audit: Audit, lang: Lang) -> None:
    """六、原表数字复核: the printed figures beside perfcheck's (numbers as numbers), then what
    explains them."""
    report.heading(word(lang, "reconciliation"))
    rows: list[list[Shown]] = [
        [(row.label, None), (row.printed, None), (row.recomputed, None), (agrees_mark(row), None)]
        for row in reconciled_rows(audit, lang)
    ]
    report.table(words(lang, RECONCILIATION_COLUMNS), rows)
    for line in reconciliation_lines(audit, lang):
        report.line(line)


def overall(report: Report, summary: Summary, lang: Lang) -> None:
    """二、总体评价: the narrative, the total and grade, the counts, the level-1 groups."""
    r = summary.result
    report.heading(word(lang, "overall"))
    report.line(narrative(summary, lang))
    report.pair(word(lang, "total"), r.total)
    report.pair(word(lang, "grade"), r.grade)
    if r.rescaled:
        report.line(rescaled_text(r, lang))
    if profile := profile_text(r.targets, lang):
        report.line(profile)
    if note := budget_row_note(r.targets, lang):  # why the budget's points are 0
        report.line(note)
    report.skip()
    counts(report, summary, lang)
    if scored_groups(r):  # a flat list has no level-1 groups
        report.skip()
        groups(report, summary, lang)


def pointer(report: Report, sheet: str, lang: Lang) -> None:
    """三、绩效指标完成情况: the table itself is the form on sheet 1."""
    report.heading(word(lang, "table"))
    report.line(f"→ {sheet}")


def counts(report: Report, summary: Summary, lang: Lang) -> None:
    report.line(word(lang, "counts"), STRONG)
    numbers = count_values(summary.counts)
    report.table(words(lang, COUNT_COLUMNS), [[(n, COUNT) for n in numbers]])


def groups(report: Report, summary: Summary, lang: Lang) -> None:
    """一级指标, 分值, 得分, 得分率 of the groups worth any points."""
    quantum = summary.result.targets.rules.rounding
    rows: list[list[Shown]] = [
        [
            (g.level1, None),
            (on_quantum(g.points, quantum), None),
            (g.score, None),
            (g.share, PERCENT),
        ]
        for g in scored_groups(summary.result)
    ]
    report.table(words(lang, GROUP_COLUMNS), rows)


def listed(report: Report, listing: Listing[IndicatorResult], lang: Lang) -> None:
    """The indicators of one section, then its other gaps; 无。 when there is neither."""
    if listing.empty:
        report.line(word(lang, "none"))
    figures = FIGURES.get(listing.heading)
    for i in listing.items:
        report.item(i.indicator, figures(i, lang) if figures else [(listing.text(i), None)])
    for gap in listing.other_gaps:
        report.line(gap)


def completion_cells(i: IndicatorResult, lang: Lang) -> list[Shown]:
    """Actual, target, completion and the explanation, as the deviation sections list them."""
    completion: Shown = (
        (i.completion, PERCENT) if i.completion is not None else (completion_text(i), None)
    )
    return [
        actual_cell(i, lang),
        (i.indicator.target.text(), None),
        completion,
        (explained(i, lang), None),
    ]


def adjustment_cells(i: IndicatorResult, lang: Lang) -> list[Shown]:
    return [(i.adjustment, None), (explained(i, lang), None)]


# Sections whose figures stand as numbers rather than in their sentence.
FIGURES: dict[str, Callable[[IndicatorResult, Lang], list[Shown]]] = {
    "unmet_section": completion_cells,
    "over_section": completion_cells,
    "adjust_section": adjustment_cells,
}


def monitoring_report_sheet(sheet: Worksheet, summary: MonitoringSummary, lang: Lang) -> None:
    report = Report(sheet)
    r = summary.result
    t = r.targets
    report.line(title("monitoring_title", t, r.period, lang), HEADING)
    basics(report, t, r.period, lang)
    report.heading(word(lang, "overall"))
    report.line(monitoring_narrative(summary, lang))
    report.pair(word(lang, "elapsed"), r.elapsed, PERCENT)
    report.pair(word(lang, "projection"), r.projection.total)
    report.pair(word(lang, "grade"), r.projection.grade)
    pointer(report, word(lang, "monitoring_sheet"), lang)
    if note := cumulative_text(r, lang):
        report.line(note)
    report.heading(word(lang, "monitoring_measures"))
    for listing in monitoring_listings(summary, lang):
        report.line(word(lang, listing.heading), STRONG)
        if listing.empty:
            report.line(word(lang, "none"))
        for p in listing.items:
            report.item(p.indicator, [(listing.text(p), None)])
    report.finish()
