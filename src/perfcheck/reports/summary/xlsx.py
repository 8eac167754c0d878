"""The review pack as an Excel workbook, in the layout of the official 自评表.

Sheet 1 is the form (部门整体支出绩效自评表, or the 运行监控表 before year-end), sheet 2 records
the input files, their SHA-256, the perfcheck version and the rules in force, sheet 3 carries
the rest of the report (basic information, the narrative, counts and deviations).

Values only, never a formula: the workbook is a record. Numbers are stored as numbers, a Decimal
becoming a float only as its cell is written, and every number format shows exactly what the
printed report shows (two places for 2.28, `0.00%` for an execution rate of 0.9779). The bytes
are the same for the same input: fixed document dates, fixed zip entry dates.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from io import BytesIO
from math import ceil
from typing import Protocol, TypeVar

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from pydantic import BaseModel

from perfcheck.diagnostics import Lang
from perfcheck.engine.summary import monitoring_narrative, narrative, share
from perfcheck.formatting import CENT
from perfcheck.model.period import parse_period
from perfcheck.model.rules import Rules
from perfcheck.model.targets import Indicator, QuantitativeTarget, TargetFile, level1_groups
from perfcheck.reports.monitoring import LIGHT_WORDS
from perfcheck.reports.score import actual_text as score_actual_text
from perfcheck.reports.score import completion_text
from perfcheck.reports.summary.labels import LABELS
from perfcheck.reports.summary.text import (
    COUNT_COLUMNS,
    GROUP_COLUMNS,
    INDICATOR_COLUMNS,
    MONITORING_COLUMNS,
    Listing,
    count_values,
    deviation_listings,
    explained,
    indicator_label,
    item_label,
    measures_listing,
    profile_text,
    reading_explanation,
    remark,
    rescaled_text,
    scored_groups,
    title,
    words,
)
from perfcheck.results.monitoring import BudgetProgress, IndicatorProgress, Light
from perfcheck.results.score import BudgetResult, IndicatorResult, ScoreResult, Status
from perfcheck.results.summary import InputFile, MonitoringSummary, Summary

COLON: dict[Lang, str] = {"zh": "：", "en": ": "}
MONEY = "#,##0.00"  # as formatting.money prints: 15,213.00
PERCENT = "0.00%"  # as formatting.percent prints: 97.79%
COUNT = "0"  # a whole number
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest a zip entry can carry: no clock in the bytes
ZIP_UNIX = 3  # the system a zip entry was made on: Unix, so that its mode below counts
ZIP_MODE = 0o644 << 16  # rw-r--r--, in the high half of the external attributes
UNDATED = datetime(2000, 1, 1)  # the document date when the period names no month
LINE_HEIGHT = 15.0  # points per line of 11-point text
LINE_PADDING = 3  # points added to a row of several lines
TITLE_HEIGHT = 30  # points: the form's title row
SIDE_MARGIN = 0.4  # inches, left and right of the printed page
FIRST_BLOCK_ROW = 4  # below the title, the period and the money unit, and a blank row
WIDE = 1.7  # the width of a Chinese character, in column units (a digit is 1)

Value = str | int | Decimal | None
Shown = tuple[Value, str | None]  # a value and its number format (None: from its places)


def word(lang: Lang, key: str) -> str:
    return LABELS[lang][key]


# --- Styles ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Style:
    font: Font
    alignment: Alignment
    fill: PatternFill | None = None
    boxed: bool = True

    @property
    def wraps(self) -> bool:
        return bool(self.alignment.wrap_text)


_EDGE = Side(style="thin", color="FF808080")
BOX = Border(left=_EDGE, right=_EDGE, top=_EDGE, bottom=_EDGE)
GREY = PatternFill("solid", fgColor="FFE7E6E6")
LIGHT_FILLS = {
    Light.GREEN: PatternFill("solid", fgColor="FFC6EFCE"),
    Light.YELLOW: PatternFill("solid", fgColor="FFFFEB9C"),
    Light.RED: PatternFill("solid", fgColor="FFFFC7CE"),
}
TITLE = Style(
    Font(bold=True, size=16), Alignment(horizontal="center", vertical="center"), None, False
)
HEADING = Style(Font(bold=True, size=12), Alignment(vertical="center"), None, False)
NOTE = Style(Font(), Alignment(vertical="center", wrap_text=True), None, False)
NOTE_RIGHT = Style(Font(), Alignment(horizontal="right", vertical="center"), None, False)
HEAD = Style(Font(bold=True), Alignment("center", "center", wrap_text=True), GREY)
TEXT = Style(Font(), Alignment(vertical="center", wrap_text=True))
CENTERED = Style(Font(), Alignment("center", "center", wrap_text=True))
NUMBER = Style(Font(), Alignment(horizontal="right", vertical="center"))
STRONG = Style(Font(bold=True), Alignment(vertical="center", wrap_text=True))
STRONG_NUMBER = Style(Font(bold=True), Alignment(horizontal="right", vertical="center"))


# --- Number formats: what Excel shows equals what the report prints ------------------------------


def places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def fixed(value: Decimal) -> str:
    """The format that prints `value` as formatting.decimal_text does: 2.28 → `0.00`."""
    count = places(value)
    return "0." + "0" * count if count else "0"


def quoted(text: str) -> str:
    """Literal text in a number format (`"%"` is a percent sign, not a scaling by 100)."""
    return '"' + text.replace('"', '"\\""') + '"' if text else ""


def with_unit(value: Decimal, unit: str) -> str:
    """93.6 in `%` shows as 93.6%, 17 in `次/年` as 17次/年: the number stays a number."""
    return fixed(value) + quoted(unit)


def on_quantum(value: Decimal, quantum: Decimal) -> Decimal:
    """Points as the reports print them: 50 at 0.01 is 50.00."""
    return value.quantize(quantum, rounding=ROUND_HALF_UP)


def _unit(indicator: Indicator) -> str:
    target = indicator.target
    return target.unit if isinstance(target, QuantitativeTarget) else ""


def clean(text: str) -> str:
    """Control characters that a worksheet cannot hold are dropped."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


# --- A worksheet written cell by cell -----------------------------------------------------------


class Grid:
    """A worksheet: values with their formats and styles, merged spans, fitted row heights."""

    def __init__(self, sheet: Worksheet, widths: Sequence[float]) -> None:
        self.sheet = sheet
        self.widths = tuple(widths)
        self.heights: dict[int, int] = {}  # lines needed, by row
        for column, width in enumerate(self.widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width

    def put(
        self,
        row: int,
        column: int,
        value: Value,
        style: Style = TEXT,
        fmt: str | None = None,
        across: int = 1,
        down: int = 1,
    ) -> None:
        """Write one value, styled over its span; a span of more than one cell is merged."""
        written(self._cell(row, column), value, fmt)
        self._style(row, column, style, across, down)
        if across > 1 or down > 1:
            self.sheet.merge_cells(
                start_row=row, start_column=column, end_row=row + down - 1,
                end_column=column + across - 1,
            )  # fmt: skip
        if isinstance(value, str) and style.wraps and down == 1:
            self._need(row, value, sum(self.widths[column - 1 : column - 1 + across]))

    def _cell(self, row: int, column: int) -> Cell:
        cell = self.sheet.cell(row=row, column=column)
        assert isinstance(cell, Cell), f"cell {row},{column} lies inside a merged span"
        return cell

    def _style(self, row: int, column: int, style: Style, across: int, down: int) -> None:
        for r in range(row, row + down):
            for c in range(column, column + across):
                cell = self._cell(r, c)
                cell.font = style.font
                cell.alignment = style.alignment
                if style.fill is not None:
                    cell.fill = style.fill
                if style.boxed:
                    cell.border = BOX

    def _need(self, row: int, text: str, width: float) -> None:
        self.heights[row] = max(self.heights.get(row, 1), lines(text, width))

    def fit(self) -> None:
        """Heights for the rows whose wrapped text needs more than one line."""
        for row, count in sorted(self.heights.items()):
            if count > 1:
                self.sheet.row_dimensions[row].height = LINE_HEIGHT * count + LINE_PADDING


def written(cell: Cell, value: Value, fmt: str | None) -> None:
    """A number as a number in its format, text as text (`=100%` is a target, not a formula)."""
    if isinstance(value, Decimal):
        cell.value = float(value)  # the one conversion: openpyxl stores floats
        cell.number_format = fmt or fixed(value)
    elif isinstance(value, str):
        cell.value = clean(value)
        cell.data_type = "s"
    else:
        cell.value = value
        if fmt is not None:
            cell.number_format = fmt


def text_width(text: str) -> float:
    """Columns of text, roughly: a Chinese character is wider than a digit, not quite two."""
    return sum(WIDE if unicodedata.east_asian_width(ch) in "WF" else 1.0 for ch in text)


def lines(text: str, width: float) -> int:
    per_line = max(1, int(width) - 1)
    return sum(max(1, ceil(text_width(part) / per_line)) for part in text.split("\n"))


def page_setup(sheet: Worksheet, header_row: int | None) -> None:
    """Landscape A4, fitted to the page width, the header rows on every printed page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = SIDE_MARGIN
    if header_row is not None:
        sheet.print_title_rows = f"{header_row}:{header_row}"
        sheet.freeze_panes = f"A{header_row + 1}"


# --- Shared pieces of the form ------------------------------------------------------------------


class HasIndicator(Protocol):
    @property
    def indicator(self) -> Indicator: ...


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
    for column, keys in ((1, level1), (2, level2)):
        for start, count in runs(keys):
            grid.put(first_row + start, column, keys[start][-1], CENTERED, down=count)


def title_rows(grid: Grid, heading: str, left: str, right: str, columns: int) -> None:
    """The title, then the period on the left and 金额单位 on the right."""
    grid.put(1, 1, heading, TITLE, across=columns)
    grid.sheet.row_dimensions[1].height = TITLE_HEIGHT
    half = columns // 2
    grid.put(2, 1, left, NOTE, across=half)
    grid.put(2, half + 1, right, NOTE_RIGHT, across=columns - half)


def unit_text(targets: TargetFile, lang: Lang) -> str:
    return f"{word(lang, 'money_unit')}{COLON[lang]}{targets.money_unit}"


def period_text(period: str, lang: Lang) -> str:
    return f"{word(lang, 'period')}{COLON[lang]}{period}"


def headers(grid: Grid, row: int, texts: Sequence[str], first_column: int = 1) -> None:
    for offset, text in enumerate(texts):
        grid.put(row, first_column + offset, text, HEAD)


# --- Sheet 1 at year-end: 部门整体支出绩效自评表 ---------------------------------------------

FORM_WIDTHS = (12, 16, 44, 15, 15, 11, 11, 52)
BUDGET_KEYS = ("initial", "adjusted", "spent", "points", "rate", "score")  # the official order


def form(sheet: Worksheet, summary: Summary, lang: Lang) -> None:
    grid = Grid(sheet, FORM_WIDTHS)
    r = summary.result
    t = r.targets
    heading = title("form_title", t, r.period, lang)
    title_rows(grid, heading, period_text(r.period, lang), unit_text(t, lang), len(FORM_WIDTHS))
    header_row = budget_block(grid, FIRST_BLOCK_ROW, r, lang) + 1
    headers(grid, header_row, words(lang, INDICATOR_COLUMNS))
    items = by_level1(r.indicators)
    for offset, item in enumerate(items):
        indicator_row(grid, header_row + 1 + offset, item, r, lang)
    merged_levels(grid, header_row + 1, items)
    totals(grid, header_row + 1 + len(items), r, lang)
    grid.fit()
    page_setup(sheet, header_row)


def budget_block(grid: Grid, row: int, r: ScoreResult, lang: Lang) -> int:
    """年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分; returns the next free row."""
    b: BudgetResult = r.budget
    grid.put(row, 1, word(lang, "budget"), HEAD, across=2)
    headers(grid, row, words(lang, BUDGET_KEYS), first_column=3)
    grid.put(row + 1, 1, word(lang, "budget_total"), STRONG, across=2)
    quantum = r.targets.rules.rounding
    values: list[tuple[Decimal, str | None]] = [
        (b.initial, MONEY), (b.adjusted, MONEY), (b.spent, MONEY),
        (on_quantum(b.points, quantum), None), (b.rate, PERCENT), (b.score, None),
    ]  # fmt: skip
    for offset, (value, fmt) in enumerate(values):
        grid.put(row + 1, 3 + offset, value, NUMBER, fmt)
    if not b.explanation:
        return row + 2
    grid.put(row + 2, 1, word(lang, "explanation"), STRONG, across=2)
    grid.put(row + 2, 3, b.explanation, TEXT, across=len(BUDGET_KEYS))
    return row + 3


def actual_cell(item: IndicatorResult, lang: Lang) -> Shown:
    """A measured actual as a number in its unit; a grade, 不适用 or — as text."""
    if isinstance(item.actual, Decimal) and item.status is not Status.NOT_APPLICABLE:
        return item.actual, with_unit(item.actual, _unit(item.indicator))
    return score_actual_text(item, lang), None


def indicator_row(grid: Grid, row: int, item: IndicatorResult, r: ScoreResult, lang: Lang) -> None:
    quantum = r.targets.rules.rounding
    actual, fmt = actual_cell(item, lang)
    grid.put(row, 3, indicator_label(item.indicator))
    grid.put(row, 4, item.indicator.target.text(), CENTERED)
    grid.put(row, 5, actual, NUMBER if fmt else CENTERED, fmt)
    grid.put(row, 6, on_quantum(item.points, quantum), NUMBER)
    grid.put(row, 7, item.score, NUMBER)
    grid.put(row, 8, remark(item))


def totals(grid: Grid, row: int, r: ScoreResult, lang: Lang) -> None:
    """Subtotals per level-1, the budget, the sum when rescaled, the total and the grade."""
    quantum = r.targets.rules.rounding
    for group in r.groups:
        grid.put(row, 1, group.level1, STRONG)
        grid.put(row, 2, word(lang, "subtotal"), STRONG, across=4)
        total_figures(grid, row, on_quantum(group.points, quantum), group.score)
        row += 1
    row = total_line(
        grid, row, word(lang, "budget"), on_quantum(r.budget.points, quantum), r.budget.score
    )
    if r.rescaled:
        applicable = on_quantum(r.applicable_points, quantum)
        row = total_line(grid, row, word(lang, "sum"), applicable, r.subtotal)
        grid.put(row, 1, rescaled_text(r, lang), NOTE, across=len(FORM_WIDTHS))
        row += 1
    points = on_quantum(r.targets.rules.total_points, quantum)
    row = total_line(grid, row, word(lang, "total"), points, r.total)
    grid.put(row, 1, word(lang, "grade"), STRONG, across=5)
    grid.put(row, 6, None, STRONG)
    grid.put(row, 7, r.grade, STRONG_NUMBER)
    grid.put(row, 8, None, STRONG)


def total_line(grid: Grid, row: int, label: str, points: Decimal, score: Decimal) -> int:
    grid.put(row, 1, label, STRONG, across=5)
    total_figures(grid, row, points, score)
    return row + 1


def total_figures(grid: Grid, row: int, points: Decimal, score: Decimal) -> None:
    grid.put(row, 6, points, STRONG_NUMBER)
    grid.put(row, 7, score, STRONG_NUMBER)
    grid.put(row, 8, None, STRONG)


# --- Sheet 1 before year-end: 运行监控表 --------------------------------------------------

MONITORING_WIDTHS = (12, 16, 40, 14, 13, 13, 11, 8, 13, 46)
MONITORING_BUDGET_KEYS = ("adjusted", "spent", "rate", "elapsed", "progress", "lights")


def monitoring_form(sheet: Worksheet, summary: MonitoringSummary, lang: Lang) -> None:
    grid = Grid(sheet, MONITORING_WIDTHS)
    r = summary.result
    t = r.targets
    heading = title("monitoring_form_title", t, r.period, lang)
    period = period_text(r.period, lang)
    title_rows(grid, heading, period, unit_text(t, lang), len(MONITORING_WIDTHS))
    header_row = monitoring_budget(grid, FIRST_BLOCK_ROW, r.budget, lang) + 1
    headers(grid, header_row, words(lang, MONITORING_COLUMNS))
    items = by_level1(r.indicators)
    for offset, item in enumerate(items):
        progress_row(grid, header_row + 1 + offset, item, lang)
    merged_levels(grid, header_row + 1, items)
    projection_row(grid, header_row + 1 + len(items), summary, lang)
    grid.fit()
    page_setup(sheet, header_row)


def monitoring_budget(grid: Grid, row: int, b: BudgetProgress, lang: Lang) -> int:
    """全年预算数, 全年执行数, 执行率, 序时进度, 进度, 灯; returns the next free row."""
    grid.put(row, 1, word(lang, "budget"), HEAD, across=2)
    headers(grid, row, words(lang, MONITORING_BUDGET_KEYS), first_column=3)
    grid.put(row + 1, 1, word(lang, "budget_total"), STRONG, across=2)
    figures = [(b.adjusted, MONEY), (b.spent, MONEY), (b.rate, PERCENT), (b.expected, PERCENT),
               (b.progress, PERCENT)]  # fmt: skip
    for offset, (value, fmt) in enumerate(figures):
        grid.put(row + 1, 3 + offset, value, NUMBER, fmt)
    light_cell(grid, row + 1, 8, b.light, lang)
    return row + 2


def light_cell(grid: Grid, row: int, column: int, light: Light, lang: Lang) -> None:
    fill = LIGHT_FILLS.get(light)
    style = CENTERED if fill is None else Style(CENTERED.font, CENTERED.alignment, fill)
    grid.put(row, column, LIGHT_WORDS[lang][light], style)


def quantity(value: Decimal | None, indicator: Indicator) -> Shown:
    """As reports.monitoring prints it: two places at most, no trailing zeros, the unit after."""
    if value is None:
        return "—", None
    shown = value.quantize(CENT, rounding=ROUND_HALF_UP).normalize()
    return shown, with_unit(shown, _unit(indicator))


def reading_cell(p: IndicatorProgress) -> Shown:
    reading = p.reading
    if reading is not None and reading.value is not None:
        return reading.value, with_unit(reading.value, _unit(p.indicator))
    return (reading.grade if reading is not None and reading.grade else "—"), None


def forecast_cell(p: IndicatorProgress) -> Shown:
    forecast = p.reading.forecast if p.reading is not None else None
    if forecast is None:
        return "", None
    if forecast.grade is not None:
        return forecast.grade, None
    return quantity(forecast.value, p.indicator)


def progress_row(grid: Grid, row: int, p: IndicatorProgress, lang: Lang) -> None:
    grid.put(row, 3, indicator_label(p.indicator))
    grid.put(row, 4, p.indicator.target.text(), CENTERED)
    for column, (value, fmt) in (
        (5, quantity(p.expected, p.indicator)),
        (6, reading_cell(p)),
        (7, (p.progress, PERCENT) if p.progress is not None else ("—", None)),
        (9, forecast_cell(p)),
    ):
        grid.put(row, column, value, NUMBER if fmt else CENTERED, fmt)
    light_cell(grid, row, 8, p.light, lang)
    grid.put(row, 10, reading_explanation(p))


def projection_row(grid: Grid, row: int, summary: MonitoringSummary, lang: Lang) -> None:
    """The year-end score the figures point to, labelled as a projection."""
    projection = summary.result.projection
    grid.put(row, 1, word(lang, "projection"), STRONG, across=6)
    grid.put(row, 7, projection.total, STRONG_NUMBER)
    grid.put(row, 8, projection.grade, STRONG)
    grid.put(row, 9, None, STRONG, across=2)


# --- Sheet 2: the input files, the version, the rules in force ----------------------------------

SOURCE_WIDTHS = (44, 68, 60)


def sources(
    sheet: Worksheet, inputs: Sequence[InputFile], version: str, rules: Rules, lang: Lang
) -> None:
    grid = Grid(sheet, SOURCE_WIDTHS)
    grid.put(1, 1, word(lang, "made_by").format(version=version), HEADING, across=3)
    headers(grid, 3, [word(lang, "inputs"), word(lang, "sha256")])
    row = 4
    for item in inputs:
        grid.put(row, 1, item.path)
        grid.put(row, 2, item.sha256)
        row += 1
    grid.put(row + 1, 1, word(lang, "version"), STRONG)
    grid.put(row + 1, 2, version)
    row += 3
    grid.put(row, 1, word(lang, "rules"), HEAD, across=3)
    for name, value, description in rule_rows(rules, lang):
        row += 1
        grid.put(row, 1, name)
        grid.put(row, 2, value, styled(value))
        grid.put(row, 3, description)
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

REPORT_WIDTHS = (40, 16, 16, 14, 14, 52)
SPAN = len(REPORT_WIDTHS)


class Report:
    """Sheet 3 written top to bottom: sections of key–value rows and small tables."""

    def __init__(self, sheet: Worksheet) -> None:
        self.grid = Grid(sheet, REPORT_WIDTHS)
        self.row = 1

    def line(self, value: Value, style: Style = NOTE, across: int = SPAN) -> None:
        self.grid.put(self.row, 1, value, style, across=across)
        self.row += 1

    def heading(self, text: str) -> None:
        self.row += 1
        self.line(text, HEADING)

    def pair(self, key: str, value: Value, fmt: str | None = None) -> None:
        self.grid.put(self.row, 1, key, STRONG)
        self.grid.put(self.row, 2, value, styled(value), fmt, across=SPAN - 1)
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
        self.grid.put(self.row, 1, item_label(indicator))
        for offset, (value, fmt) in enumerate(cells):
            column = 2 + offset
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


def styled(value: Value) -> Style:
    """Numbers to the right, text wrapped."""
    return NUMBER if isinstance(value, Decimal | int) else TEXT


def basics(report: Report, targets: TargetFile, period: str, lang: Lang) -> None:
    report.heading(word(lang, "basics"))
    report.pair(word(lang, "department"), targets.department)
    report.pair(word(lang, "year"), targets.year, COUNT)
    report.pair(word(lang, "period"), period)
    report.pair(word(lang, "money_unit"), targets.money_unit)
    report.pair(word(lang, "budget_total"), targets.budget.total, MONEY)
    for source, amount in targets.budget.sources.items():
        report.pair(f"　{source}", amount, MONEY)
    report.line(word(lang, "tasks"), STRONG)
    for task in targets.tasks:
        report.pair(f"{task.id}. {task.name}", task.content)


def report_sheet(sheet: Worksheet, summary: Summary, lang: Lang) -> None:
    report = Report(sheet)
    r = summary.result
    report.line(title("title", r.targets, r.period, lang), HEADING)
    basics(report, r.targets, r.period, lang)
    overall(report, summary, lang)
    pointer(report, word(lang, "form_sheet"), lang)
    report.heading(word(lang, "deviations"))
    for listing in deviation_listings(summary, lang):
        report.line(word(lang, listing.heading), STRONG)
        listed(report, listing, lang)
    report.heading(word(lang, "measures"))
    listed(report, measures_listing(summary), lang)
    report.finish()


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
    report.skip()
    counts(report, summary, lang)
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
            (share(g), PERCENT),
        ]
        for g in scored_groups(summary.result)
    ]
    report.table(words(lang, GROUP_COLUMNS), rows)


def listed(report: Report, listing: Listing, lang: Lang) -> None:
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
    report.finish()


# --- The workbook and its bytes -----------------------------------------------------------------


def render(summary: Summary, lang: Lang) -> bytes:
    """The year-end pack: the 自评表, the sources and rules, the report."""
    return workbook(summary, lang, "form_sheet", form, report_sheet)


def render_monitoring(summary: MonitoringSummary, lang: Lang) -> bytes:
    """The in-year pack: the 运行监控表 with lights, the sources and rules, the report."""
    return workbook(summary, lang, "monitoring_sheet", monitoring_form, monitoring_report_sheet)


Pack = TypeVar("Pack", Summary, MonitoringSummary)


def workbook(
    summary: Pack,
    lang: Lang,
    form_sheet: str,
    form: Callable[[Worksheet, Pack, Lang], None],
    report: Callable[[Worksheet, Pack, Lang], None],
) -> bytes:
    """The form on a sheet named by the label form_sheet, the sources and rules, the report."""
    book = Workbook()
    book.remove(book.worksheets[0])
    form(book.create_sheet(word(lang, form_sheet)), summary, lang)
    rules = summary.result.targets.rules
    sheet = book.create_sheet(word(lang, "sources_sheet"))
    sources(sheet, summary.inputs, summary.version, rules, lang)
    report(book.create_sheet(word(lang, "report_sheet")), summary, lang)
    return saved(book, stamp(summary.result.period), summary.version)


def stamp(period: str) -> datetime:
    """The document date: the last day of the period the figures cover, never the clock."""
    parsed = parse_period(period)
    if parsed is None:
        return UNDATED
    if parsed.month == 12:
        return datetime(parsed.year, 12, 31)
    end = date(parsed.year, parsed.month + 1, 1) - timedelta(days=1)
    return datetime(end.year, end.month, end.day)


def saved(book: Workbook, when: datetime, version: str) -> bytes:
    """The workbook's bytes, the same for the same content."""
    book.properties.created = when
    book.properties.modified = when  # openpyxl's save_workbook would write the clock here
    book.properties.creator = f"perfcheck {version}"
    book.properties.lastModifiedBy = None
    raw = BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    return without_clock(raw.getvalue())


def without_clock(data: bytes) -> bytes:
    """The same archive, every entry dated ZIP_DATE instead of the moment it was written."""
    out = BytesIO()
    with (
        zipfile.ZipFile(BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = ZIP_UNIX
            info.external_attr = ZIP_MODE
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()
