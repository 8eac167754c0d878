"""The indicator table: its header found by labels, its columns in any order, each row read
by column, or by content where the columns have shifted (text copied from a PDF)."""

from decimal import Decimal
from typing import Any, NamedTuple

from perfcheck.importing import labels as vocab
from perfcheck.importing.cells import Cells
from perfcheck.importing.indicator_rows import (
    AHEAD,
    Row,
    actual_of,
    indicator_of,
    part_of,
    row_text,
    shown,
)
from perfcheck.model.notation.numbers import parse_number
from perfcheck.reading.tables.grid import Grid
from perfcheck.text import Phrase

_LEVELS = ("level1", "level2", "name")
_NO_HEADER = {
    "part": Phrase("import.part.indicators"),
    "labels": Phrase("import.labels", {"labels": "三级指标、指标值"}),
}


class IndicatorTable(NamedTuple):
    targets: list[dict[str, Any]]
    actuals: dict[str, Any]
    scores: dict[str, Decimal]
    total: Decimal | None
    # the row of each indicator that starts a level-1 or a level-2 group, and its levels
    first_rows: tuple[tuple[int, str, str], ...] = ()
    # the budget's own row among the indicators (预算执行, no target): its 得分's cell and value
    budget_score: tuple[int, int, Decimal] | None = None
    total_points: Decimal | None = None  # the 分值 of the total row


def read_indicators(cells: Cells) -> IndicatorTable:
    header = _header_row(cells)
    empty = IndicatorTable([], {}, {}, None)
    if header is None:
        cells.report("T001", 0, 0, _NO_HEADER)
        return empty
    columns = _columns(cells, header)
    last = _last_row(cells, header)
    sums = {row for row in range(header + 1, last + 1) if _is_sum_row(cells, columns, row)}
    merged = _merged_across_levels(cells, columns, (header, last), sums)
    _guess_points(cells, columns, header, last)
    if "points" in columns:  # the 分值 printed: the total row's, else the header's cell
        cells.mark(("actuals", "published", "points"), header, columns["points"])
    headed = {c for c in range(cells.width(header)) if cells.text(header, c)}
    for col in headed:  # each header known, passed over (序号, 评分标准 …) or reported (T002)
        cells.use(header, col)
    table = _rows(cells, columns, headed | set(columns.values()), (header, last), sums)
    _empty_levels(cells, columns, table.first_rows, merged)
    return table


def has_indicator_table(grid: Grid) -> bool:
    """Whether the grid has an indicator table's header: a sheet of notes has none."""
    return _header_row(Cells(grid)) is not None


def _header_row(cells: Cells) -> int | None:
    """The row naming 三级指标, with 指标值 on it or, in a two-row header, above it."""
    for row in range(len(cells.grid.rows)):
        fields = _fields(cells, row)
        if "name" in fields and ("target" in fields or "target" in _fields(cells, row - 1)):
            return row
    return None


def _fields(cells: Cells, row: int) -> set[str | None]:
    if row < 0:
        return set()
    fields = _fields_by_label(cells, row)
    if "name" not in fields and _column_of_names(cells, row) is not None:
        fields.add("name")
    return fields


def _column_of_names(cells: Cells, header: int) -> int | None:
    """The column headed 绩效指标 (or 年度绩效指标) that holds the indicators' names, in a
    header naming no other name column: its first cell below is a name — not a header's label
    (a second header row, 一级指标 …) nor a level's name — where the official forms leave it
    empty (a label over the level columns) or put the level columns' header below it."""
    for col, text in cells.filled(header):
        if vocab.label(text) not in vocab.NAME_IF_ALONE:
            continue
        below = next(
            (cells.text(r, col) for r in range(header + 1, header + 4) if cells.text(r, col)), ""
        )
        bare = vocab.label(below)
        if (
            below
            and bare not in vocab.FIELD_OF
            and bare not in vocab.IGNORED
            and not vocab.is_level_label(below)
        ):
            return col
    return None


def _columns(cells: Cells, header: int) -> dict[str, int]:
    """Each field's column, by the header's labels (a blank header cell takes the label above
    it: two-row headers); an unknown label is T002."""
    columns: dict[str, int] = {}
    width = max(cells.width(r) for r in range(header, min(header + 3, len(cells.grid.rows))))
    names = None if "name" in _fields_by_label(cells, header) else _column_of_names(cells, header)
    for col in range(width):
        text = cells.text(header, col) or _label_above(cells, header, col)
        if not text:
            continue
        field = "name" if col == names else vocab.FIELD_OF.get(vocab.label(text))
        if field is not None:
            columns.setdefault(field, col)
        elif vocab.label(text) not in vocab.IGNORED:
            known = "、".join(dict.fromkeys(names[0] for names in vocab.COLUMNS.values()))
            cells.report("T002", header, col, {"header": text, "labels": known})
    return columns


def _fields_by_label(cells: Cells, row: int) -> set[str | None]:
    return {vocab.FIELD_OF.get(vocab.label(text)) for _, text in cells.filled(row)}


def _label_above(cells: Cells, header: int, col: int) -> str:
    above = cells.text(header - 1, col) if header > 0 else ""
    return above if vocab.label(above) in vocab.FIELD_OF else ""


def _last_row(cells: Cells, header: int) -> int:
    """The last row of the indicator table: before a 总分 / 合计 / 自评等级 row, or the end."""
    for row in range(header + 1, len(cells.grid.rows)):
        filled = cells.filled(row)
        if filled and vocab.END_OF_TABLE.match(vocab.label(filled[0][1])):
            return row - 1
    return len(cells.grid.rows) - 1


_LEVEL_NAMES = {"level1": "一级指标", "level2": "二级指标", "name": "三级指标"}


def _is_sum_row(cells: Cells, columns: dict[str, int], row: int) -> bool:
    """A row of the form's sums among the indicators: a group's 小计, or the budget's own row
    (预算执行 with its 分值 and 得分, no target: the 自评表 perfcheck writes ends so)."""
    filled = cells.filled(row)
    if any(vocab.is_subtotal(text) for _, text in filled):
        return True
    target = columns.get("target")
    return (
        bool(filled)
        and vocab.label(filled[0][1]) in vocab.BUDGET_ROW
        and (target is None or not cells.text(row, target))
    )


def _merged_across_levels(
    cells: Cells, columns: dict[str, int], rows: tuple[int, int], sums: set[int]
) -> set[int]:
    """A merged cell of the indicator rows spanning two level columns (T004); the 总分 row
    below them, and a 小计 or budget row among them, are merged across their label's columns as
    a rule. The rows such cells cover."""
    header, last = rows
    level_columns = {columns[f]: f for f in _LEVELS if f in columns}
    covered: set[int] = set()
    for span in cells.grid.merged:
        if not header < span.first_row <= last or span.first_row in sums:
            continue
        spanned = [f for col, f in level_columns.items() if span.first_col <= col <= span.last_col]
        if len(spanned) > 1:
            args = {"first": _LEVEL_NAMES[spanned[0]], "last": _LEVEL_NAMES[spanned[-1]]}
            cells.report("T004", span.first_row, span.first_col, args)
            covered.update(range(span.first_row, span.last_row + 1))
    return covered


def _empty_levels(
    cells: Cells,
    columns: dict[str, int],
    first_rows: tuple[tuple[int, str, str], ...],
    merged: set[int],
) -> None:
    """A group's first row with no level-1 or level-2 name (T006), at the empty cell: what a
    cell merged across the level columns becomes in text, where no merge is left to see
    (T004 already names a merge that is)."""
    for row, level1, level2 in first_rows:
        if row in merged:
            continue
        for field, given in (("level1", level1), ("level2", level2)):
            if not given and field in columns:
                cells.report("T006", row, columns[field], {"level": _LEVEL_NAMES[field]})


def _guess_points(cells: Cells, columns: dict[str, int], header: int, last: int) -> None:
    """No 分值 column: a header-less column holding only numbers is taken for it (W050)."""
    if "points" in columns:
        return
    taken = set(columns.values())
    width = max((cells.width(r) for r in range(header, last + 1)), default=0)
    for col in range(width):
        if col in taken or cells.text(header, col):
            continue
        values = [cells.text(r, col) for r in range(header + 1, last + 1) if cells.text(r, col)]
        numbers = [_number_or_none(v) for v in values]
        if len(values) >= 2 and all(n is not None for n in numbers):
            total = sum(n for n in numbers if n is not None)
            if 0 < total <= 110:
                columns["points"] = col
                cells.report("W050", header, col, {"total": total})
                return


def _number_or_none(text: str) -> Decimal | None:
    try:
        return parse_number(text)
    except ValueError:
        return None


def _rows(
    cells: Cells, columns: dict[str, int], headed: set[int], rows: tuple[int, int], sums: set[int]
) -> IndicatorTable:
    """Each row below the header an indicator; `headed` are the columns with a header, `sums`
    the rows of the form's sums (小计, the budget's row), which are none."""
    header, last = rows
    budget_score = None
    targets: list[dict[str, Any]] = []
    actuals: dict[str, Any] = {}
    scores: dict[str, Decimal] = {}
    first_rows: list[tuple[int, str, str]] = []
    runs = _ShiftedRuns(cells)
    level1 = level2 = ""
    passed_over = headed - set(columns.values())
    for row in range(header + 1, last + 1):
        if row in sums:
            budget_score = _sum_row(cells, columns, row) or budget_score
            continue
        read = _read_row(cells, columns, headed, row)
        if read is None:  # empty, or a group's heading row: its level names alone
            heading1, heading2 = _heading_row(cells, row)
            if heading1:
                level1, level2 = heading1, heading2
            level2 = heading2 or level2
            continue
        _use(cells, row, read, passed_over)
        given1, given2 = row_text(read, "level1"), row_text(read, "level2")
        starts = not targets or bool(given1 and given1 != level1)
        if given1 and given1 != level1:
            level1, level2 = given1, ""
        level2 = given2 or level2
        if starts:
            first_rows.append((row, level1, level2))
        if targets and vocab.SOURCE_PREFIX.match(read.cells["name"][1]):
            part_of(cells, read, row, targets[-1], actuals)
            continue
        indicator = indicator_of(cells, read, row, level1, level2)
        if indicator is None:
            continue
        if read.shifted:
            runs.add(row, _first_col(read), shown(indicator))
        else:
            runs.end()
        key = indicator.get("id", indicator["name"])
        _mark_indicator(cells, read, row, len(targets), columns)
        targets.append(indicator)
        actual_of(cells, read, row, str(key), actuals, scores)
        _mark_actual(cells, read, row, str(key), columns)
    runs.end()
    total, points = _total(cells, columns, last)
    return IndicatorTable(targets, actuals, scores, total, tuple(first_rows), budget_score, points)


def _sum_row(cells: Cells, columns: dict[str, int], row: int) -> tuple[int, int, Decimal] | None:
    """A 小计 row is read as what it is: the sum of its group's 分值 and 得分, which perfcheck
    computes itself. The budget's row: its 得分, for recognise to compare with the budget
    block's (its cell is left to it)."""
    score = columns.get("score")
    value = _number_or_none(cells.text(row, score)) if score is not None else None
    budget = not any(vocab.is_subtotal(text) for _, text in cells.filled(row))
    for col, _ in cells.filled(row):
        if not (budget and col == score and value is not None):
            cells.use(row, col)
    return (row, score, value) if budget and score is not None and value is not None else None


def _heading_row(cells: Cells, row: int) -> tuple[str, str]:
    """A row of level names alone (`效益指标`, `社会效益指标`): the heading of the rows below,
    whose level cells are left empty as a merged cell leaves them; its level-1 and level-2
    names ("" where it gives none, or is no such row)."""
    filled = cells.filled(row)
    if not filled or not all(vocab.is_level_label(text) for _, text in filled):
        return "", ""
    level1 = next((text for _, text in filled if vocab.is_level1(text)), "")
    level2 = next((text for _, text in filled if text != level1), "")
    for col, _ in filled:
        cells.use(row, col)
    return level1, level2


def _use(cells: Cells, row: int, read: Row, passed_over: set[int]) -> None:
    """The row's cells read: those of its fields and, under its headers, those of the columns
    the files do not keep (序号, 评分标准 …) or whose header is reported (T002)."""
    for col, _ in read.cells.values():
        cells.use(row, col)
    if not read.shifted:
        for col in passed_over:
            cells.use(row, col)


class _ShiftedRuns:
    """Rows read by content, one W051 for each run of them: at the run's first row, with its
    reading, and how many rows more down to which (a table copied from a PDF shifts whole
    pages; a warning for each of their rows would bury the rest)."""

    def __init__(self, cells: Cells) -> None:
        self.cells = cells
        self.run: list[tuple[int, int, str]] = []

    def add(self, row: int, col: int, reading: str) -> None:
        self.run.append((row, col, reading))

    def end(self) -> None:
        if not self.run:
            return
        row, col, reading = self.run[0]
        more: object = ""
        if len(self.run) > 1:
            last, last_col, _ = self.run[-1]
            where = self.cells.grid.place(last, last_col)
            count = len(self.run) - 1
            key = "import.shifted_more." + ("one" if count == 1 else "many")
            more = Phrase(key, {"count": count, "last": where})
        self.cells.report("W051", row, col, {"reading": reading, "more": more})
        self.run = []


def _mark_indicator(cells: Cells, read: Row, row: int, index: int, columns: dict[str, int]) -> None:
    at = ("targets", "indicators", index)
    cells.mark(at, row, read.cells["name"][0])
    for field in ("target", "points"):
        col = read.cells[field][0] if field in read.cells else columns.get(field)
        if col is not None:
            cells.mark((*at, field), row, col)


def _mark_actual(cells: Cells, read: Row, row: int, key: str, columns: dict[str, int]) -> None:
    """The cells of a row's actual, explanation and printed score, blank ones too (where a
    missing explanation is pointed at)."""
    name = read.cells["name"][0]
    where = {
        field: read.cells[field][0] if field in read.cells else columns.get(field, name)
        for field in ("actual", "explanation", "score", "points", *AHEAD)
    }
    at = ("actuals", "actuals", key)
    cells.mark(at, row, where["actual"])
    cells.mark((*at, "value"), row, where["actual"])
    cells.mark((*at, "explanation"), row, where["explanation"])
    for field in AHEAD:
        cells.mark((*at, field), row, where[field])
    cells.mark(("actuals", "published", "scores", key), row, where["score"])
    cells.mark(("actuals", "published", "points", key), row, where["points"])


def _first_col(read: Row) -> int:
    return min(col for col, _ in read.cells.values())


def _read_row(cells: Cells, columns: dict[str, int], headed: set[int], row: int) -> Row | None:
    filled = cells.filled(row)
    if not filled:
        return None
    by_column = {
        field: (col, cells.text(row, col)) for field, col in columns.items() if cells.text(row, col)
    }
    if _plausible(by_column) and all(col in headed for col, _ in filled):
        return Row(by_column, shifted=False)
    return _by_content(filled, columns)


def _plausible(by_column: dict[str, tuple[int, str]]) -> bool:
    """Whether the cells under the level, name and target headers are what those hold."""
    name = by_column.get("name", (0, ""))[1]
    if not name or (vocab.looks_like_target(name) and not vocab.numbered_name(name)):
        return False
    if vocab.is_level_label(name) and not vocab.ID_NAME.match(name):
        return False
    if not by_column.get("target", (0, ""))[1]:
        return False
    level1 = by_column.get("level1", (0, ""))[1]
    level2 = by_column.get("level2", (0, ""))[1]
    misplaced = vocab.label(level1) in vocab.LEVEL2 or vocab.ID_NAME.match(level1)
    if level1 and misplaced and not vocab.is_level1(level1):  # 成本指标 is either level
        return False
    return not (level2 and (vocab.ID_NAME.match(level2) or vocab.looks_like_target(level2)))


def _by_content(filled: list[tuple[int, str]], columns: dict[str, int]) -> Row | None:
    """A row whose cells are not under their headers, read by what each cell holds: level
    names, then the indicator (its id or the first other text), then the columns after the
    name column in their order."""
    at = next((i for i, (_, text) in enumerate(filled) if vocab.ID_NAME.match(text)), None)
    if at is None:
        at = next((i for i, (_, text) in enumerate(filled) if not vocab.is_level_label(text)), None)
    if at is None:
        return None
    found: dict[str, tuple[int, str]] = {}
    for col, text in filled[:at]:
        field = "level1" if vocab.is_level1(text) else "level2"
        found.setdefault(field, (col, text))
    found["name"] = filled[at]
    after = sorted((col, f) for f, col in columns.items() if col > columns.get("name", -1))
    for (col, text), (_, field) in zip(filled[at + 1 :], after, strict=False):
        found[field] = (col, text)
    return Row(found, shifted=True)


def _total(
    cells: Cells, columns: dict[str, int], last: int
) -> tuple[Decimal | None, Decimal | None]:
    """The published total: the score column (or the first number) of the 总分 / 合计 row; and
    the points the row prints under 分值 (the table's total points)."""
    row = last + 1
    filled = cells.filled(row)
    if not filled or vocab.label(filled[0][1]) not in vocab.TOTAL:
        return None, None
    for col, _ in filled:  # the total row: its label, 分值 and 得分, the grade beside them
        cells.use(row, col)
    points = None
    if "points" in columns and cells.text(row, columns["points"]):
        cells.mark(("actuals", "published", "points"), row, columns["points"])
        points = _number_or_none(cells.text(row, columns["points"]))
    if "score" in columns and cells.text(row, columns["score"]):
        cells.mark(("actuals", "published", "total"), row, columns["score"])
        return cells.number(row, columns["score"], "import.column.score"), points
    numbers = [(col, n) for col, text in filled[1:] if (n := _number_or_none(text)) is not None]
    if not numbers:
        return None, points
    cells.mark(("actuals", "published", "total"), row, numbers[-1][0])
    return numbers[-1][1], points
