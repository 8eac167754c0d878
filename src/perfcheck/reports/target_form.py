"""`perfcheck show --format xlsx`: a target file as the official 目标表 of its kind, so that the
YAML can be the one source a submission is generated from.

A department table is laid out as the published 部门整体支出绩效目标表 prints it: 部门名称,
年度主要任务 (任务名称, 主要内容), 年度部门整体支出预算 (资金总额 and the budget's sources),
年度总体目标, then 年度绩效指标. A project table as the 项目支出绩效目标表: 项目名称, 主管部门 and
实施单位, 项目资金 (年度资金总额, then its sources under 其中), 年度总体目标, then 绩效指标. The
labels stand in column A, each block's content to their right, every label exactly as the forms
print it, so that the sheet can be read back by its labels. Values are as the notation writes
them (`≥17次/年`, `=100%`, `定性优良中低差`), always as text, each indicator's "其中" parts on
rows of their own under it; a department's rows numbered by task (`1-1.`), a project's, as its
form prints them, not at all; 分值 only when the file gives points, and then the file's own. The
toolkit is the review pack's (summary/xlsx), with its fixed dates: the same file gives the same
bytes. The file's own `rules:` go on a second sheet (reports/target_rules.py), only when it gives
any: without, the workbook is the form alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from decimal import Decimal

from openpyxl import Workbook

from perfcheck import __version__
from perfcheck.diagnostics import Lang
from perfcheck.model.indicators import Indicator, Part, level1_groups
from perfcheck.model.targets import TargetFile
from perfcheck.reports.summary.text import indicator_label
from perfcheck.reports.summary.xlsx.book import saved
from perfcheck.reports.summary.xlsx.forms import runs
from perfcheck.reports.summary.xlsx.grid import (
    CENTERED,
    HEAD,
    MONEY,
    NOTE_CENTERED,
    NOTE_RIGHT,
    NUMBER,
    TEXT,
    TITLE,
    Column,
    Columns,
    Grid,
    Value,
    page_setup,
)
from perfcheck.reports.target_rules import rules_sheet
from perfcheck.results.targets import ResolvedTargets
from perfcheck.text import words

LABELS = words("target_form")
TITLE_HEIGHT = 30  # points: the form's title row
FIRST_BLOCK_ROW = 4  # below the title, the year and the money unit

# Column A holds the labels of the blocks; the indicator table fills the columns after it.
FORM = Columns(
    Column("label", 14), Column("level1", 12), Column("level2", 16), Column("level3", 44),
    Column("target", 20),
)  # fmt: skip
SCORED = Columns(*FORM.columns, Column("points", 10))


def render(resolved: ResolvedTargets, lang: Lang) -> bytes:
    """The workbook: the form, and the scoring rules sheet when the file gives rules of its
    own (reports/target_rules.py). Its document date is the first day of the year the
    targets are for, never the clock."""
    targets = resolved.targets
    book = Workbook()
    book.remove(book.worksheets[0])
    sheet = book.create_sheet(LABELS[lang]["sheet"])
    columns = SCORED if has_points(targets) else FORM
    grid = Grid(sheet, columns)
    header_row = form(grid, targets, lang, len(columns))
    grid.fit()
    page_setup(sheet, header_row)
    sheet.page_setup.orientation = "portrait"  # five or six columns: a page's width holds them
    rules_sheet(book, targets.rules, lang)  # only when the file gives rules of its own
    return saved(book, datetime(targets.year, 1, 1), __version__)


def has_points(targets: TargetFile) -> bool:
    """Whether the file gives any indicator its points: the form then has a 分值 column."""
    return any(i.points is not None for i in targets.indicators)


def form(grid: Grid, targets: TargetFile, lang: Lang, width: int) -> int:
    """The whole form; returns the row of the indicator table's header."""
    labels = LABELS[lang]
    project = targets.kind == "project"
    title_rows(grid, labels["title_project" if project else "title"], targets, lang, width)
    row = FIRST_BLOCK_ROW
    if project:
        row = project_rows(grid, row, targets, lang, width)
        row = task_rows(grid, row, targets, lang, width)  # a project table seldom has any
        row = funds_rows(grid, row, targets, lang, width)
    else:
        row = labelled(grid, row, labels["department"], targets.department, width)
        row = task_rows(grid, row, targets, lang, width)
        row = budget_rows(grid, row, targets, lang, width)
    row = labelled(grid, row, labels["goal"], targets.annual_goal or None, width, breaks=True)
    indicator_table(grid, row, targets, lang, width)
    return row


def title_rows(grid: Grid, heading: str, targets: TargetFile, lang: Lang, width: int) -> None:
    """The form's title, the year under it, 金额单位 on the right."""
    grid.put(1, 1, heading, TITLE, across=width)
    grid.sheet.row_dimensions[1].height = TITLE_HEIGHT
    grid.put(2, 1, LABELS[lang]["year"].format(year=targets.year), NOTE_CENTERED, across=width)
    grid.put(3, 1, LABELS[lang]["unit"].format(unit=targets.money_unit), NOTE_RIGHT, across=width)


def labelled(
    grid: Grid, row: int, label: str, value: Value, width: int, *, breaks: bool = False
) -> int:
    """A label in column A, its text across the rest of the row (prose keeps its line breaks
    with `breaks`); returns the next row."""
    grid.put(row, 1, label, HEAD)
    grid.put(row, 2, value, TEXT, across=width - 1, breaks=breaks)
    return row + 1


# --- The blocks above the indicator table -------------------------------------------------------


def project_rows(grid: Grid, row: int, targets: TargetFile, lang: Lang, width: int) -> int:
    """项目名称 across the row; 主管部门 and 实施单位 side by side on the row below."""
    labels = LABELS[lang]
    row = labelled(grid, row, labels["project"], targets.project, width)
    grid.put(row, 1, labels["department_project"], HEAD)
    grid.put(row, 2, targets.department, TEXT, across=2)
    grid.put(row, 4, labels["implementer"], HEAD)
    grid.put(row, 5, targets.implementer, TEXT, across=width - 4)
    return row + 1


def task_rows(grid: Grid, row: int, targets: TargetFile, lang: Lang, width: int) -> int:
    """年度主要任务 down its rows: the 任务名称 / 主要内容 header, then one row per task."""
    if not targets.tasks:
        return row
    labels = LABELS[lang]
    grid.put(row, 1, labels["tasks"], HEAD, down=len(targets.tasks) + 1)
    grid.put(row, 2, labels["task_name"], HEAD, across=2)
    grid.put(row, 4, labels["task_content"], HEAD, across=width - 3)
    for offset, task in enumerate(targets.tasks, start=1):
        name = labels["task"].format(id=task.id, name=task.name)
        grid.put(row + offset, 2, name, TEXT, across=2)
        grid.put(row + offset, 4, task.content or None, TEXT, across=width - 3, breaks=True)
    return row + len(targets.tasks) + 1


def budget_rows(grid: Grid, row: int, targets: TargetFile, lang: Lang, width: int) -> int:
    """年度部门整体支出预算: 资金总额 and each source of the budget as a heading over its amount,
    spread over the columns after the label; more of them than columns continue in pairs of
    rows below."""
    labels = LABELS[lang]
    budget = targets.budget
    items = [(labels["total"], budget.total), *budget.sources.items()]
    room = width - 1
    chunks = [items[k : k + room] for k in range(0, len(items), room)]
    grid.put(row, 1, labels["budget"], HEAD, down=2 * len(chunks))
    for chunk in chunks:
        column = 2
        for (heading, amount), span in zip(chunk, spans(len(chunk), room), strict=True):
            grid.put(row, column, heading, HEAD, across=span)
            grid.put(row + 1, column, amount, NUMBER, MONEY, across=span)
            column += span
        row += 2
    return row


def spans(count: int, room: int) -> list[int]:
    """`count` cells sharing `room` columns, the spare columns going to the first ones."""
    share, spare = divmod(room, count)
    return [share + (1 if k < spare else 0) for k in range(count)]


def funds_rows(grid: Grid, row: int, targets: TargetFile, lang: Lang, width: int) -> int:
    """项目资金（万元） down its rows: 年度资金总额, then the sources, the first after 其中：."""
    labels = LABELS[lang]
    budget = targets.budget
    lines: list[tuple[str, Decimal]] = [(labels["funds_total"], budget.total)]
    for k, (source, amount) in enumerate(budget.sources.items()):
        lines.append((labels["of_which"].format(source=source) if k == 0 else source, amount))
    head = labels["funds"].format(unit=targets.money_unit)
    grid.put(row, 1, head, HEAD, down=len(lines))
    for offset, (label, amount) in enumerate(lines):
        grid.put(row + offset, 2, label, TEXT, across=2)
        grid.put(row + offset, 4, amount, NUMBER, MONEY, across=width - 3)
    return row + len(lines)


# --- The indicator table ------------------------------------------------------------------------


def indicator_table(grid: Grid, row: int, targets: TargetFile, lang: Lang, width: int) -> None:
    """The header, then one row per indicator and one per "其中" part under it, level-1 groups
    in order of first appearance and file order within, 一级指标 and 二级指标 merged over their
    runs; a flat list's names span the level columns. Column A carries the table's label down
    all its rows."""
    labels = LABELS[lang]
    project = targets.kind == "project"
    flat = targets.flat
    lines = table_lines(targets)
    grid.put(row, 1, labels["indicators_project" if project else "indicators"], HEAD,
             down=len(lines) + 1)  # fmt: skip
    name_column = 2 if flat else FORM.at("level3")
    if not flat:
        grid.put(row, FORM.at("level1"), labels["level1"], HEAD)
        grid.put(row, FORM.at("level2"), labels["level2"], HEAD)
    name_span = FORM.at("level3") - name_column + 1
    grid.put(row, name_column, labels["level3"], HEAD, across=name_span)
    grid.put(row, FORM.at("target"), labels["target_project" if project else "target"], HEAD)
    scored = width > len(FORM)
    if scored:
        grid.put(row, SCORED.at("points"), labels["points"], HEAD)
    for offset, (indicator, part) in enumerate(lines, start=1):
        if part is None:
            name, target = row_name(indicator, project), indicator.target.text()
            points = indicator.points
        else:  # a part is never scored: its 分值 cell stays empty
            name, target, points = labels["part"].format(name=part.name), part.text(), None
        grid.put(row + offset, name_column, name, TEXT, across=name_span)
        grid.put(row + offset, FORM.at("target"), target, CENTERED)
        if scored:
            grid.put(row + offset, SCORED.at("points"), points, NUMBER)
    if not flat:
        level_cells(grid, row + 1, [indicator for indicator, _ in lines])


def row_name(indicator: Indicator, project: bool) -> str:
    """A department table numbers its rows by task (`1-1.理论学习中心组专题学习次数`); the
    published project form has no ids: its rows are numbered by their order alone."""
    return indicator.name if project else indicator_label(indicator)


def table_lines(targets: TargetFile) -> list[tuple[Indicator, Part | None]]:
    """The table's rows in order: each indicator (None), then its parts."""
    return [
        (indicator, part)
        for _, members in level1_groups(targets.indicators)
        for indicator in (targets.indicators[k] for k in members)
        for part in (None, *indicator.parts)
    ]


def level_cells(grid: Grid, first_row: int, owners: Sequence[Indicator]) -> None:
    """一级指标 and 二级指标 merged down over each run of rows that share them; a part's row is
    its indicator's."""
    for key, keys in level_keys(owners):
        column = FORM.at(key)
        for start, count in runs(keys):
            grid.put(first_row + start, column, keys[start][-1], CENTERED, down=count)


def level_keys(owners: Sequence[Indicator]) -> Iterator[tuple[str, list[tuple[str, ...]]]]:
    """A level-2 run ends where its level-1 does, even when the next group repeats its name."""
    yield "level1", [(i.level1,) for i in owners]
    yield "level2", [(i.level1, i.level2) for i in owners]
