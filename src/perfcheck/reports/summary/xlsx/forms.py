"""Sheet 1: the form, in the layout of the official tables. At year-end the 部门整体支出绩效自评表
(the budget block, the indicators with 一级/二级指标 merged over their runs, the subtotals, the
total and the grade); before year-end the 运行监控表 with lights and the projected score.
Every column is found by its key in the form's column table."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Protocol, TypeVar

from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from perfcheck.diagnostics import Lang
from perfcheck.formatting import to_cents
from perfcheck.model.indicators import Indicator, level1_groups
from perfcheck.model.target_forms import QuantitativeTarget
from perfcheck.model.targets import TargetFile
from perfcheck.reports.monitoring import LIGHT_WORDS
from perfcheck.reports.project import LABELS as PROJECT_LABELS
from perfcheck.reports.score import actual_text as score_actual_text
from perfcheck.reports.score import budget_row_note, part_actual_text, part_label
from perfcheck.reports.summary.labels import LABELS
from perfcheck.reports.summary.text import (
    form_title,
    indicator_label,
    likelihood_text,
    reading_explanation,
    remark,
    rescaled_text,
    source_labels,
    title,
)
from perfcheck.reports.summary.xlsx.grid import (
    CENTERED,
    HEAD,
    MONEY,
    NOTE,
    NOTE_CENTERED,
    NOTE_RIGHT,
    NUMBER,
    PERCENT,
    STRONG,
    STRONG_NUMBER,
    TEXT,
    TITLE,
    Column,
    Columns,
    Grid,
    Style,
    Value,
    headers,
    on_quantum,
    page_setup,
    with_unit,
    word,
)
from perfcheck.results.monitoring import BudgetProgress, IndicatorProgress, Light
from perfcheck.results.score import IndicatorResult, PartResult, ScoreResult, Status
from perfcheck.results.summary import MonitoringSummary, Summary

COLON: dict[Lang, str] = {"zh": "：", "en": ": "}
TITLE_HEIGHT = 30  # points: the form's title row
LABEL_SPAN = 2  # columns A and B: the labels of the project form's head (项目名称, 主管部门 …)
FIRST_BLOCK_ROW = 4  # below the title, the period and the money unit, and a blank row

Shown = tuple[Value, str | None]  # a value and its number format (None: from its places)

# The 自评表's columns, headed as text.INDICATOR_COLUMNS, and its budget block from column C.
FORM = Columns(
    Column("level1", 12), Column("level2", 16), Column("level3", 44), Column("target", 15),
    Column("actual", 15), Column("points", 11), Column("score", 11), Column("explanation", 52),
)  # fmt: skip
BUDGET = Columns(
    Column("initial", fmt=MONEY),
    Column("adjusted", fmt=MONEY),
    Column("spent", fmt=MONEY),
    Column("points"),
    Column("rate", fmt=PERCENT),
    Column("score"),
    first=3,
)  # fmt: skip  (the official order: 分值 before 执行率)

# The 运行监控表's columns, headed as text.MONITORING_COLUMNS, and its budget block.
MONITORING = Columns(
    Column("level1", 12), Column("level2", 16), Column("level3", 40), Column("target", 14),
    Column("expected", 13), Column("actual", 13), Column("progress", 11, PERCENT),
    Column("lights", 8), Column("forecast", 13), Column("likelihood", 11),
    Column("explanation", 46),
)  # fmt: skip
MONITORING_BUDGET = Columns(
    Column("adjusted", fmt=MONEY), Column("spent", fmt=MONEY), Column("rate", fmt=PERCENT),
    Column("elapsed", fmt=PERCENT), Column("progress", fmt=PERCENT), Column("lights"),
    first=3,
)  # fmt: skip

LIGHT_FILLS = {
    Light.GREEN: PatternFill("solid", fgColor="FFC6EFCE"),
    Light.YELLOW: PatternFill("solid", fgColor="FFFFEB9C"),
    Light.RED: PatternFill("solid", fgColor="FFFFC7CE"),
}
LIGHT_STYLES = {
    light: Style(CENTERED.font, CENTERED.alignment, fill) for light, fill in LIGHT_FILLS.items()
}


# --- Shared pieces of the form ------------------------------------------------------------------


class HasIndicator(Protocol):
    """A row of the indicator table: a result or a progress, with its "其中" parts."""

    @property
    def indicator(self) -> Indicator: ...

    @property
    def parts(self) -> tuple[PartResult, ...]: ...


Item = TypeVar("Item", bound=HasIndicator)


def by_level1(items: Sequence[Item]) -> list[Item]:
    """Level-1 groups in order of first appearance, file order within: merged cells need runs."""
    groups = level1_groups([item.indicator for item in items])
    return [items[k] for _, positions in groups for k in positions]


def runs(keys: Sequence[tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    """(first, count) of each run of equal keys."""
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            yield start, index - start
            start = index


def merged_levels(grid: Grid, first_row: int, items: Sequence[HasIndicator]) -> None:
    """一级指标 and 二级指标 merged vertically over their indicators, as on the paper form."""
    level1 = [(i.indicator.level1,) for i in items]
    level2 = [(i.indicator.level1, i.indicator.level2) for i in items]
    for key, keys in (("level1", level1), ("level2", level2)):
        column = FORM.at(key)  # the same in both forms
        for start, count in runs(keys):
            grid.put(first_row + start, column, keys[start][-1], CENTERED, down=count)


def indicator_rows(
    grid: Grid,
    first_row: int,
    columns: Columns,
    items: Sequence[Item],
    row: Callable[[int, Item], None],
    lang: Lang,
    flat: bool,
) -> int:
    """The indicator table's body: each indicator's row (written by `row`) with its "其中"
    rows under it, grouped by level-1, 一级指标 and 二级指标 merged over their runs unless the
    list is flat; returns the next free row."""
    rows: list[Item] = []  # the indicator of each row, its sub-rows' too
    for item in by_level1(items):
        row(first_row + len(rows), item)
        rows.append(item)
        for part in item.parts:
            part_row(grid, first_row + len(rows), columns, part, lang, flat)
            rows.append(item)
    if not flat:
        merged_levels(grid, first_row, rows)
    return first_row + len(rows)


def title_rows(
    grid: Grid, heading: str, period: str, t: TargetFile, lang: Lang, columns: int, year: str = ""
) -> None:
    """The title (the year centred under it, where given), then the period on the left and
    金额单位 on the right."""
    grid.put(1, 1, heading, TITLE, across=columns)
    grid.sheet.row_dimensions[1].height = TITLE_HEIGHT
    row = 2
    if year:
        grid.put(row, 1, year, NOTE_CENTERED, across=columns)
        row += 1
    half = columns // 2
    colon = COLON[lang]
    grid.put(row, 1, f"{word(lang, 'period')}{colon}{period}", NOTE, across=half)
    unit = f"{word(lang, 'money_unit')}{colon}{t.money_unit}"
    grid.put(row, half + 1, unit, NOTE_RIGHT, across=columns - half)


def unit_of(indicator: Indicator) -> str:
    target = indicator.target
    return target.unit if isinstance(target, QuantitativeTarget) else ""


def figures(grid: Grid, row: int, block: Columns, values: Sequence[Decimal]) -> None:
    """A budget block's row of figures, each in its column's format."""
    for key, value in zip(block.keys, values, strict=False):
        grid.put(row, block.at(key), value, NUMBER, block.fmt(key))


# --- Sheet 1 at year-end: 部门整体支出绩效自评表 ---------------------------------------------


def form(sheet: Worksheet, summary: Summary, lang: Lang) -> None:
    grid = Grid(sheet, FORM)
    r = summary.result
    t = r.targets
    if t.kind == "project":
        header_row = project_head(grid, r, lang) + 1
    else:
        heading = title("form_title", t, r.period, lang)
        title_rows(grid, heading, r.period, t, lang, len(FORM))
        header_row = budget_block(grid, FIRST_BLOCK_ROW, r, lang) + 1
    form_headers(grid, header_row, FORM, lang, t.flat)

    def write(at: int, item: IndicatorResult) -> None:
        indicator_row(grid, at, item, r, lang)

    end = indicator_rows(grid, header_row + 1, FORM, r.indicators, write, lang, t.flat)
    totals(grid, end, r, lang)
    grid.fit()
    page_setup(sheet, header_row)


def project_head(grid: Grid, r: ScoreResult, lang: Lang) -> int:
    """The 项目支出绩效自评表's head: its title and year, 项目名称, 主管部门 and 实施单位, the
    budget block with its 资金来源 rows, 年度总体目标 (预期目标 beside 实际完成情况); returns
    the next free row."""
    t = r.targets
    heading, year = form_title(t, lang)
    title_rows(grid, heading, r.period, t, lang, len(FORM), year)
    row = project_rows(grid, FIRST_BLOCK_ROW + 1, t, lang, len(FORM))
    row = budget_block(grid, row, r, lang, project=True)
    return goal_rows(grid, row, t, lang, len(FORM), r.annual_goal_achieved, evaluation=True)


def project_rows(grid: Grid, row: int, t: TargetFile, lang: Lang, columns: int) -> int:
    """项目名称 over the width of the form; 主管部门 and 实施单位 on the row below."""
    label = PROJECT_LABELS[lang]
    value = LABEL_SPAN + 1
    grid.put(row, 1, label["name"], STRONG, across=LABEL_SPAN)
    grid.put(row, value, t.project or "—", TEXT, across=columns - LABEL_SPAN)
    grid.put(row + 1, 1, label["department"], STRONG, across=LABEL_SPAN)
    grid.put(row + 1, value, t.department)
    grid.put(row + 1, value + 1, label["implementer"], STRONG)
    grid.put(row + 1, value + 2, t.implementer or "—", TEXT, across=columns - value - 1)
    return row + 2


def goal_rows(
    grid: Grid,
    row: int,
    t: TargetFile,
    lang: Lang,
    columns: int,
    achieved: str | None,
    *,
    evaluation: bool,
) -> int:
    """年度总体目标 down two rows beside 预期目标, and in a self-evaluation 实际完成情况 next to
    it: the headings, then the texts under them; returns the next free row."""
    label = PROJECT_LABELS[lang]
    grid.put(row, 1, label["goal"], HEAD, across=LABEL_SPAN, down=2)
    first, width = LABEL_SPAN + 1, columns - LABEL_SPAN
    parts = [(label["goal_target"], t.annual_goal or "—")]
    if evaluation:
        parts.append((label["goal_achieved"], achieved or "—"))
    spans = [width // len(parts) + (width % len(parts) if k == 0 else 0) for k in range(len(parts))]
    for (heading, content), span in zip(parts, spans, strict=True):
        grid.put(row, first, heading, HEAD, across=span)
        grid.put(row + 1, first, content, TEXT, across=span)
        first += span
    return row + 2


def form_headers(grid: Grid, row: int, columns: Columns, lang: Lang, flat: bool) -> None:
    """The indicator table's header; a flat list's 三级指标 spans the level columns."""
    if not flat:
        headers(grid, row, columns.header(lang))
        return
    level3 = columns.at("level3")
    grid.put(row, 1, word(lang, "level3"), HEAD, across=level3)
    headers(grid, row, columns.header(lang)[level3:], first_column=level3 + 1)


def name_cell(grid: Grid, row: int, columns: Columns, indicator: Indicator, flat: bool) -> None:
    """The indicator's number and name; across the level columns in a flat list."""
    level3 = columns.at("level3")
    first = 1 if flat else level3
    grid.put(row, first, indicator_label(indicator), TEXT, across=level3 - first + 1)


def budget_block(grid: Grid, row: int, r: ScoreResult, lang: Lang, project: bool = False) -> int:
    """年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 (a project's with its 资金来源
    rows); returns the next free row."""
    b = r.budget
    t = r.targets
    head = LABELS[lang]["project_funds"].format(unit=t.money_unit) if project else None
    grid.put(row, 1, head or word(lang, "budget"), HEAD, across=BUDGET.first - 1)
    headers(grid, row, BUDGET.header(lang), first_column=BUDGET.first)
    total = word(lang, "funds_total" if project else "budget_total")
    grid.put(row + 1, 1, total, STRONG, across=BUDGET.first - 1)
    points = on_quantum(b.points, t.rules.for_budget_row().rounding)
    figures(grid, row + 1, BUDGET, [b.initial, b.adjusted, b.spent, points, b.rate, b.score])
    row += 2
    for label, amount in source_labels(t, lang) if project else []:
        source_row(grid, row, label, amount)
        row += 1
    if not b.explanation:
        return row
    grid.put(row, 1, word(lang, "explanation"), STRONG, across=BUDGET.first - 1)
    grid.put(row, BUDGET.first, b.explanation, TEXT, across=len(BUDGET))
    return row + 1


def source_row(grid: Grid, row: int, label: str, amount: Decimal) -> None:
    """A 资金来源 under 年度资金总额: its 年初预算数; the form does not score a source (—)."""
    grid.put(row, 1, label, TEXT, across=BUDGET.first - 1)
    for key in BUDGET.keys:
        shown: Value = amount if key == "initial" else "—" if key in ("points", "score") else None
        style = NUMBER if isinstance(shown, Decimal) else CENTERED
        grid.put(row, BUDGET.at(key), shown, style, BUDGET.fmt(key))


def actual_cell(item: IndicatorResult, lang: Lang) -> Shown:
    """A measured actual as a number in its unit; a grade, 不适用 or — as text."""
    if isinstance(item.actual, Decimal) and item.status is not Status.NOT_APPLICABLE:
        return item.actual, with_unit(item.actual, unit_of(item.indicator))
    return score_actual_text(item, lang), None


def indicator_row(grid: Grid, row: int, item: IndicatorResult, r: ScoreResult, lang: Lang) -> None:
    quantum = r.targets.rules.rounding
    actual, fmt = actual_cell(item, lang)
    name_cell(grid, row, FORM, item.indicator, r.targets.flat)
    grid.put(row, FORM.at("target"), item.indicator.target.text(), CENTERED)
    grid.put(row, FORM.at("actual"), actual, NUMBER if fmt else CENTERED, fmt)
    grid.put(row, FORM.at("points"), on_quantum(item.points, quantum), NUMBER)
    grid.put(row, FORM.at("score"), item.score, NUMBER)
    grid.put(row, FORM.at("explanation"), remark(item))


def part_row(
    grid: Grid, row: int, columns: Columns, part: PartResult, lang: Lang, flat: bool
) -> None:
    """A "其中" sub-row under its indicator: 其中：name, its target and its actual in its own
    unit; no points, score or light (the other cells left blank, within the form's lines)."""
    level3 = columns.at("level3")
    first = 1 if flat else level3
    grid.put(row, first, part_label(part, lang), TEXT, across=level3 - first + 1)
    grid.put(row, columns.at("target"), part.target, CENTERED)
    if isinstance(part.actual, Decimal):
        grid.put(row, columns.at("actual"), part.actual, NUMBER, with_unit(part.actual, part.unit))
    else:
        grid.put(row, columns.at("actual"), part_actual_text(part), CENTERED)
    for key in columns.keys[level3:]:
        if key not in ("target", "actual"):
            grid.put(row, columns.at(key), None, TEXT)


def totals(grid: Grid, row: int, r: ScoreResult, lang: Lang) -> None:
    """Subtotals per level-1, the budget, the sum when rescaled, the total and the grade."""
    quantum = r.targets.rules.rounding
    level2 = FORM.at("level2")
    for group in [] if r.targets.flat else r.groups:  # a flat list has no level-1 groups
        grid.put(row, 1, group.level1, STRONG)
        subtotal = word(lang, "subtotal")
        grid.put(row, level2, subtotal, STRONG, across=FORM.at("points") - level2)
        total_figures(grid, row, on_quantum(group.points, quantum), group.score)
        row += 1
    budget_points = on_quantum(r.budget.points, r.targets.rules.for_budget_row().rounding)
    row = total_line(grid, row, word(lang, "budget"), budget_points, r.budget.score)
    if note := budget_row_note(r.targets, lang):  # why the budget's points are 0
        grid.put(row, 1, note, NOTE, across=len(FORM))
        row += 1
    if r.rescaled:
        applicable = on_quantum(r.applicable_points, quantum)
        row = total_line(grid, row, word(lang, "sum"), applicable, r.subtotal)
        grid.put(row, 1, rescaled_text(r, lang), NOTE, across=len(FORM))
        row += 1
    points = on_quantum(r.targets.rules.total_points, quantum)
    row = total_line(grid, row, word(lang, "total"), points, r.total)
    grid.put(row, 1, word(lang, "grade"), STRONG, across=FORM.at("points") - 1)
    grid.put(row, FORM.at("points"), None, STRONG)
    grid.put(row, FORM.at("score"), r.grade, STRONG_NUMBER)
    grid.put(row, FORM.at("explanation"), None, STRONG)


def total_line(grid: Grid, row: int, label: str, points: Decimal, score: Decimal) -> int:
    grid.put(row, 1, label, STRONG, across=FORM.at("points") - 1)
    total_figures(grid, row, points, score)
    return row + 1


def total_figures(grid: Grid, row: int, points: Decimal, score: Decimal) -> None:
    grid.put(row, FORM.at("points"), points, STRONG_NUMBER)
    grid.put(row, FORM.at("score"), score, STRONG_NUMBER)
    grid.put(row, FORM.at("explanation"), None, STRONG)


# --- Sheet 1 before year-end: 运行监控表 --------------------------------------------------


def monitoring_form(sheet: Worksheet, summary: MonitoringSummary, lang: Lang) -> None:
    grid = Grid(sheet, MONITORING)
    r = summary.result
    t = r.targets
    heading = title("monitoring_form_title", t, r.period, lang)
    title_rows(grid, heading, r.period, t, lang, len(MONITORING))
    row = FIRST_BLOCK_ROW
    if t.kind == "project":
        row = project_rows(grid, row, t, lang, len(MONITORING))
    header_row = monitoring_budget(grid, row, r.budget, lang) + 1
    if t.kind == "project":
        header_row = (
            goal_rows(grid, header_row - 1, t, lang, len(MONITORING), None, evaluation=False) + 1
        )
    form_headers(grid, header_row, MONITORING, lang, t.flat)

    def write(at: int, item: IndicatorProgress) -> None:
        progress_row(grid, at, item, lang, t.flat)

    end = indicator_rows(grid, header_row + 1, MONITORING, r.indicators, write, lang, t.flat)
    projection_row(grid, end, summary, lang)
    grid.fit()
    page_setup(sheet, header_row)


def monitoring_budget(grid: Grid, row: int, b: BudgetProgress, lang: Lang) -> int:
    """全年预算数, 全年执行数, 执行率, 序时进度, 进度, 灯; returns the next free row."""
    block = MONITORING_BUDGET
    grid.put(row, 1, word(lang, "budget"), HEAD, across=block.first - 1)
    headers(grid, row, block.header(lang), first_column=block.first)
    grid.put(row + 1, 1, word(lang, "budget_total"), STRONG, across=block.first - 1)
    figures(grid, row + 1, block, [b.adjusted, b.spent, b.rate, b.expected, b.progress])
    light_cell(grid, row + 1, block.at("lights"), b.light, lang)
    return row + 2


def light_cell(grid: Grid, row: int, column: int, light: Light, lang: Lang) -> None:
    grid.put(row, column, LIGHT_WORDS[lang][light], LIGHT_STYLES.get(light, CENTERED))


def quantity(value: Decimal | None, indicator: Indicator) -> Shown:
    """As reports.monitoring prints it: two places at most, no trailing zeros, the unit after."""
    if value is None:
        return "—", None
    shown = to_cents(value)
    return shown, with_unit(shown, unit_of(indicator))


def reading_cell(p: IndicatorProgress) -> Shown:
    reading = p.reading
    if reading is not None and reading.done_text is not None:  # the date, as written
        return reading.done_text, None
    if reading is not None and reading.value is not None:
        return reading.value, with_unit(reading.value, unit_of(p.indicator))
    return (reading.grade if reading is not None and reading.grade else "—"), None


def forecast_cell(p: IndicatorProgress) -> Shown:
    forecast = p.reading.forecast if p.reading is not None else None
    if forecast is None:
        return "", None
    if forecast.done_text is not None:  # a time target's forecast date, as written
        return forecast.done_text, None
    if forecast.grade is not None:
        return forecast.grade, None
    return quantity(forecast.value, p.indicator)


def progress_cell(p: IndicatorProgress) -> Shown:
    if p.progress is None:
        return "—", None
    return p.progress, MONITORING.fmt("progress")


def progress_row(grid: Grid, row: int, p: IndicatorProgress, lang: Lang, flat: bool) -> None:
    at = MONITORING.at
    name_cell(grid, row, MONITORING, p.indicator, flat)
    grid.put(row, at("target"), p.indicator.target.text(), CENTERED)
    for key, (value, fmt) in (
        ("expected", quantity(p.expected, p.indicator)),
        ("actual", reading_cell(p)),
        ("progress", progress_cell(p)),
        ("forecast", forecast_cell(p)),
    ):
        grid.put(row, at(key), value, NUMBER if fmt else CENTERED, fmt)
    light_cell(grid, row, at("lights"), p.light, lang)
    grid.put(row, at("likelihood"), likelihood_text(p), CENTERED)
    grid.put(row, at("explanation"), reading_explanation(p))


def projection_row(grid: Grid, row: int, summary: MonitoringSummary, lang: Lang) -> None:
    """The year-end score the figures point to, labelled as a projection, under 进度 and 灯."""
    projection = summary.result.projection
    at = MONITORING.at
    grid.put(row, 1, word(lang, "projection"), STRONG, across=at("progress") - 1)
    grid.put(row, at("progress"), projection.total, STRONG_NUMBER)
    grid.put(row, at("lights"), projection.grade, STRONG)
    grid.put(row, at("forecast"), None, STRONG, across=len(MONITORING) - at("forecast") + 1)
