"""A published table recognised by its labels: title, department or project block, tasks,
overall goal, the budget block (`budget_block.py`) and the indicator table (`indicators.py`)."""

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from perfcheck.diagnostics import Diagnostic
from perfcheck.importing import labels as vocab
from perfcheck.importing.budget_block import Budget, is_amount, read_budget
from perfcheck.importing.cells import Cells, Place
from perfcheck.importing.indicators import IndicatorTable, read_indicators
from perfcheck.importing.rules_sheet import read_rules_sheet
from perfcheck.importing.unread import report_unread
from perfcheck.reading.tables.grid import Grid
from perfcheck.text import Phrase


class Recognised(NamedTuple):
    """What a table says, as the mappings of perfcheck's files (None where it is not one)."""

    targets: dict[str, Any]
    actuals: dict[str, Any] | None  # a filled self-evaluation only
    diagnostics: list[Diagnostic]
    # The cell (row, col) each value was read from, by ("targets" or "actuals", data path...):
    # what locates a later finding about the value at the cell a user finds it in.
    places: Mapping[Place, tuple[int, int]] = {}


def recognise(
    grid: Grid, *, targets_file: str = "targets.yaml", rules_sheet: Grid | None = None
) -> Recognised:
    """Read `grid` as a target table or a self-evaluation. `targets_file` is what the actuals
    mapping names as its target file (relative to where it will be written); `rules_sheet`,
    the scoring rules sheet beside the form (importing/rules_sheet.py), gives its `rules:`."""
    cells = Cells(grid)
    title = _title(cells)
    year = _year(cells, title)
    targets: dict[str, Any] = {"kind": _kind(cells, title)}
    targets |= _names(cells, targets["kind"], title)
    if year is not None:
        targets["year"] = year
    unit = _money_unit(cells)
    if unit:
        targets["money_unit"] = unit
    budget = read_budget(cells)
    if budget is None:
        _missing(cells, "import.part.budget", vocab.BUDGET_TOTAL[:2])
        budget = Budget(None, {}, {})
    if budget.total is not None:
        targets["budget"] = {"total": budget.total} | (
            {"sources": budget.sources} if budget.sources else {}
        )
    tasks = _tasks(cells)
    if tasks:
        targets["tasks"] = tasks
    planned, achieved = _goal(cells)
    if planned:
        targets["annual_goal"] = planned
    table = read_indicators(cells)
    targets["indicators"] = table.targets
    rules: dict[str, Any] = dict(_printed_rules(table, budget))
    if rules_sheet is not None:
        given, unread = read_rules_sheet(rules_sheet)
        rules |= given  # the sheet is the file's own word: over what the table prints
        cells.diagnostics += unread
    if rules:
        targets["rules"] = rules
    period = _period(cells, title, year) if table.actuals or "spent" in budget.figures else None
    actuals = _actuals(cells, table, budget, period, achieved, targets_file)
    report_unread(cells)
    diagnostics = sorted(cells.diagnostics, key=Diagnostic.sort_key)
    return Recognised(targets, actuals, diagnostics, cells.places)


def _title(cells: Cells) -> str:
    """The table's title: in one of its first rows, else the nearest title printed above it
    (a Word report's paragraph)."""
    for row in range(min(len(cells.grid.rows), 12)):
        for col, text in cells.filled(row):
            if vocab.TITLE.search(text):
                _locate_files(cells, row, col)
                return text
    _locate_files(cells, 0, 0)
    above = _heading(cells)
    return above[0] if above and vocab.TITLE.search(above[0]) else ""


def _locate_files(cells: Cells, row: int, col: int) -> None:
    """What is said of a file as a whole is said at its title's cell (no value is read from
    it: the title lines are no block of the table, see `unread`)."""
    cells.places[("targets",)] = (row, col)
    cells.places[("actuals",)] = (row, col)


def _heading(cells: Cells) -> tuple[str, ...]:
    """The lines printed above the table that belong to it: from the nearest title on (a
    document's earlier titles belong to earlier tables), else all of them."""
    above = cells.grid.above
    titled = [at for at, line in enumerate(above) if vocab.TITLE.search(line)]
    return above[titled[-1] :] if titled else above


def _year(cells: Cells, title: str) -> int | None:
    """The year of the title, else of a `(2022年度)` row or line of its own above the table,
    else of the project's name (W052: read there, to be checked)."""
    found = vocab.YEAR.search(title)
    if found is None:
        top = range(min(len(cells.grid.rows), 12))
        lines = [text for row in top for _, text in cells.filled(row)] + list(_heading(cells))
        for text in lines:
            found = found or vocab.YEAR.fullmatch(text.strip("()（）度 "))
    if found is not None:
        return int(found.group(1))
    project = cells.find(vocab.PROJECT)
    name = cells.right_of(*project) if project is not None else None
    named = vocab.YEAR.search(name[1]) if name is not None else None
    if project is not None and name is not None and named is not None:
        year = int(named.group(1))
        cells.report("W052", project[0], name[0], {"year": year, "name": name[1]})
        return year
    cells.report("T001", 0, 0, {"part": Phrase("import.part.title"), "labels": _YEARED_TITLE})
    return None


_YEARED_TITLE = Phrase("import.expected.title")


def _kind(cells: Cells, title: str) -> str:
    if "项目" in title or (cells.find(vocab.PROJECT) and not cells.find(vocab.TASKS)):
        return "project"
    return "department"


def _names(cells: Cells, kind: str, title: str) -> dict[str, Any]:
    names: dict[str, Any] = {}
    if kind == "project":
        project = cells.value_of(vocab.PROJECT)
        if project is None:
            _missing(cells, "import.part.project", vocab.PROJECT)
        else:
            names["project"] = project
    department = cells.value_of(vocab.DEPARTMENT) or _titled_department(title)
    if department is None:
        _missing(cells, "import.part.department", vocab.DEPARTMENT)
    else:
        names["department"] = department
    implementer = _said(cells.value_of(vocab.IMPLEMENTER) or "")  # `—` (perfcheck's): none
    if implementer:
        names["implementer"] = implementer
    return names


def _period(cells: Cells, title: str, year: int | None) -> str | None:
    """The period of a filled table: its `期间：2022Q2` line (in-year, the 监控表), else the
    period in brackets after its title, else the end of its year (a self-evaluation). A 监控表
    that gives none is T001: its period is never guessed (nor one without a year)."""
    for row in range(min(len(cells.grid.rows), 12)):
        for col, text in cells.filled(row):
            found = vocab.PERIOD_LINE.fullmatch("".join(text.split()))
            if found is not None:
                cells.mark(("actuals", "period"), row, col)
                return found.group(1)
    found = vocab.PERIOD_IN_TITLE.search(title)
    if found is not None:
        return found.group(1)
    if vocab.MONITORING_TITLE.search(title):
        expected = Phrase("import.expected.period")
        cells.report("T001", 0, 0, {"part": Phrase("import.part.period"), "labels": expected})
        return None
    return None if year is None else f"{year}Q4"


def _titled_department(title: str) -> str | None:
    """The department a title names before its year: `XX局2023年度部门整体支出绩效自评表`."""
    found = vocab.TITLED_DEPARTMENT.match(title.strip())
    return found.group(1).strip() if found else None


def _missing(cells: Cells, part: str, expected: tuple[str, ...]) -> None:
    labels = Phrase("import.labels", {"labels": "、".join(expected)})
    cells.report("T001", 0, 0, {"part": Phrase(part), "labels": labels})


def _money_unit(cells: Cells) -> str | None:
    """The unit of the amounts: in the table's first rows, else above it (`金额单位：万元`)."""
    top = range(min(len(cells.grid.rows), 20))
    for text in [text for row in top for _, text in cells.filled(row)] + list(_heading(cells)):
        bare = text.replace(" ", "")
        found = vocab.MONEY_UNIT.search(bare) or vocab.MONEY_IN_LABEL.search(bare)
        if found:
            return found.group(1)
    return None


def _tasks(cells: Cells) -> list[dict[str, Any]]:
    """年度主要任务: the rows from its label on, each a task — `任务1.理论学习` with its content, or
    a name and content under 任务名称 / 主要内容 (or in that order) numbered in order — until a row
    that is none (another block's label, an empty row)."""
    found = cells.find(vocab.TASKS)
    if found is None:
        return []
    columns = _task_columns(cells, found[0])
    tasks: list[dict[str, Any]] = []
    numbered = False  # a block of `任务N` rows is read as such only: what follows is no task
    for row in range(found[0], len(cells.grid.rows)):
        number = tasks[-1]["id"] + 1 if tasks else 1
        task = _numbered_task(cells, row)
        numbered = numbered or task is not None
        if task is None and not numbered:
            task = _unnumbered_task(cells, row, found, columns, number)
        if task is not None:
            tasks.append(task)
        elif tasks or row > found[0] + 1:  # after the tasks, or no task below the labels
            break
    return tasks


def _task_columns(cells: Cells, row: int) -> dict[str, int]:
    """The columns headed 任务名称 and 主要内容 on the label's row."""
    return {
        vocab.TASK_COLUMNS[vocab.label(text)]: col
        for col, text in reversed(cells.filled(row))
        if vocab.label(text) in vocab.TASK_COLUMNS
    }


def _numbered_task(cells: Cells, row: int) -> dict[str, Any] | None:
    for col, text in cells.filled(row):
        numbered = vocab.TASK.fullmatch(text)
        if numbered is None:
            continue
        content = cells.right_of(row, col)
        cells.use(row, col)
        if content:
            cells.use(row, content[0])
        return {
            "id": int(numbered.group(1)),
            "name": numbered.group(2).strip(),
            "content": content[1] if content else "",
        }
    return None


def _unnumbered_task(
    cells: Cells, row: int, label: tuple[int, int], columns: dict[str, int], number: int
) -> dict[str, Any] | None:
    """A task row without `任务N`: its name and content right of the label's column, none of its
    cells a label (the header, or the next block's), its name no number (the budget's amounts
    below their labels)."""
    filled = [(col, text) for col, text in cells.filled(row) if (row, col) != label]
    right = [(col, text) for col, text in filled if col > label[1]]
    if not right or len(right) < len(filled) or any(vocab.is_known_label(t) for _, t in right):
        return None
    at = dict(right)
    name = (columns["name"], at[columns["name"]]) if columns.get("name") in at else right[0]
    if is_amount(name[1]):  # the budget's amounts below its labels
        return None
    later = [(col, text) for col, text in right if col > name[0]]
    wanted = columns.get("content")
    content = (
        (wanted, at[wanted]) if wanted in at and wanted != name[0] else next(iter(later), None)
    )
    cells.use(row, name[0])
    if content is not None:
        cells.use(row, content[0])
    numbered = vocab.NUMBERED.fullmatch(name[1])
    return {
        "id": int(numbered.group(1)) if numbered else number,
        "name": numbered.group(2).strip() if numbered else name[1],
        "content": content[1] if content else "",
    }


def _goal(cells: Cells) -> tuple[str | None, str | None]:
    """年度总体目标: its text, or 预期目标 and 实际完成情况 side by side below their labels."""
    found = cells.find(vocab.GOAL)
    if found is None:
        return None, None
    row, col = found
    planned = cells.find(vocab.GOAL_PLANNED, after=row)
    achieved = cells.find(vocab.GOAL_ACHIEVED, after=row)
    if planned is not None and planned[0] <= row + 1:
        below = planned[0] + 1
        cells.use(below, planned[1])
        done = None
        if achieved and achieved[0] == planned[0]:
            cells.use(below, achieved[1])
            done = _said(cells.text(below, achieved[1]))
        return _said(cells.text(below, planned[1])), done
    value = cells.right_of(row, col)
    if value is None:
        return None, None
    cells.use(row, value[0])
    return "\n".join([value[1], *_goal_lines(cells, row, col, value[0])]), None


def _said(text: str) -> str | None:
    """A goal as printed; None where the cell is blank or a dash (`—`)."""
    return text if text and text not in vocab.DASHES else None


def _goal_lines(cells: Cells, row: int, label: int, col: int) -> list[str]:
    """The goal's text continued on the rows below, in its column alone (a goal of several
    lines, each on a row of its own, as text copied from a PDF gives it)."""
    lines = []
    for below in range(row + 1, len(cells.grid.rows)):
        filled = cells.filled(below)
        if [at for at, _ in filled] != [col] or col <= label or vocab.is_known_label(filled[0][1]):
            break
        cells.use(below, col)
        lines.append(filled[0][1])
    return lines


def _actuals(
    cells: Cells,
    table: IndicatorTable,
    budget: Budget,
    period: str | None,
    achieved: str | None,
    targets_file: str,
) -> dict[str, Any] | None:
    """The actuals of a filled self-evaluation or 监控表; None for a target table."""
    if not table.actuals and "spent" not in budget.figures:
        return None
    actuals: dict[str, Any] = {"targets": targets_file}
    if period is not None:  # else the file written says it is missing
        actuals["period"] = period
    figures = budget.figures
    spending: dict[str, Any] = {
        key: figures[key] for key in ("initial", "adjusted", "spent") if key in figures
    }
    if budget.explanation:
        spending["explanation"] = budget.explanation
    actuals["budget"] = spending
    if achieved:
        actuals["annual_goal"] = achieved
    actuals["actuals"] = table.actuals
    published = _published(cells, table, figures)
    if published:
        actuals["published"] = published
    return actuals


def _printed_rules(table: IndicatorTable, budget: Budget) -> dict[str, Decimal]:
    """The points the table prints where they are not the rules' defaults: the total row's 分值
    (a 90-point table), the budget's 分值 (20 in some counties)."""
    rules: dict[str, Decimal] = {}
    if table.total_points is not None and table.total_points != _TOTAL_POINTS:
        rules["total_points"] = table.total_points
    points = budget.figures.get("points")
    if points is not None and points != _BUDGET_POINTS:
        rules["budget_points"] = points
    return rules


_TOTAL_POINTS = Decimal(100)  # the rules' defaults (model/rules.py)
_BUDGET_POINTS = Decimal(10)


def _published(cells: Cells, table: IndicatorTable, figures: dict[str, Decimal]) -> dict[str, Any]:
    published: dict[str, Any] = {}
    if table.total is not None:
        published["total"] = table.total
    grade = _grade(cells)
    if grade:
        published["grade"] = grade
    if "rate" in figures:
        published["rate"] = figures["rate"]
    budget_row = table.budget_score
    if "score" in figures:
        published["budget"] = figures["score"]
        if budget_row is not None and budget_row[2] == figures["score"]:
            cells.use(budget_row[0], budget_row[1])  # printed twice, alike; else W053
    elif budget_row is not None:
        published["budget"] = budget_row[2]
        cells.mark(("actuals", "published", "budget"), budget_row[0], budget_row[1])
    if table.scores:
        published["scores"] = table.scores
    return published


def _grade(cells: Cells) -> str | None:
    """The printed grade: the cell right of its label, or after the label in the same cell
    (`自评等级：良`, the 总分 row's last cell, often); its cell marked for the audit."""
    found = cells.find(vocab.GRADE)
    value = cells.right_of(*found) if found is not None else None
    if found is not None and value is not None:
        cells.mark(("actuals", "published", "grade"), found[0], value[0])
        return value[1]
    for row in range(len(cells.grid.rows) - 1, -1, -1):
        for col, text in cells.filled(row):
            written = vocab.GRADE_INLINE.fullmatch("".join(text.split()))
            if written is not None:
                cells.mark(("actuals", "published", "grade"), row, col)
                return written.group(1)
    return None
