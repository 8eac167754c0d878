"""The budget block of a published table: the year's total and its sources (其中：财政拨款 …),
on one row, below its labels or in lines; or a self-evaluation's row of figures (年初预算数,
全年预算数, 全年执行数 …) with its sources and the reason given for its execution."""

from decimal import Decimal
from typing import NamedTuple

from perfcheck.importing import labels as vocab
from perfcheck.importing.cells import Cells, Place
from perfcheck.model.notation.numbers import parse_number


class Budget(NamedTuple):
    total: Decimal | None
    sources: dict[str, Decimal]
    figures: dict[str, Decimal]  # a self-evaluation's 年初预算数 … 得分 of the total row
    explanation: str = ""  # a self-evaluation's 偏差原因分析及改进措施 of its execution


def read_budget(cells: Cells) -> Budget | None:
    """The budget block: its total and sources, or a self-evaluation's row of figures; None
    where the table has no budget label."""
    header = _budget_header(cells)
    if header is not None:
        return _evaluated_budget(cells, *header)
    found = cells.find_where(vocab.is_budget_total)
    if found is None:
        return None
    row, col = found
    cells.use(row, col)
    if is_amount(cells.text(row + 1, col)):  # labels on one row, amounts on the next
        total = cells.number(row + 1, col, "import.column.amount")
        for at, _ in cells.filled(row):  # the sources' labels, blank amounts and all
            if at > col:
                cells.use(row, at)
        sources = {
            label: amount
            for at, text in cells.filled(row)
            if at > col
            and (label := vocab.SOURCE_PREFIX.sub("", text))
            and (amount := cells.number(row + 1, at, "import.column.amount")) is not None
        }
        return Budget(total, sources, {})
    value = cells.right_of(row, col)
    total = cells.number(row, value[0], "import.column.amount") if value else None
    return Budget(total, _source_lines(cells, row + 1), {})


def is_amount(text: str) -> bool:
    """Whether a cell's text is a number as the table prints amounts (`15,213.00`)."""
    try:
        parse_number(text)
    except ValueError:
        return False
    return True


def _source_lines(cells: Cells, first: int) -> dict[str, Decimal]:
    """`其中：财政拨款 | 80.00` lines below the total, each a label and its amount (a line that
    names a source without its amount is read as printed: no amount)."""
    sources: dict[str, Decimal] = {}
    seen = False
    for row in range(first, len(cells.grid.rows)):
        filled = cells.filled(row)
        if not filled or not _is_source(filled[0][1], seen):
            break
        if len(filled) < 2 and not vocab.SOURCE_NAME.fullmatch(vocab.label(filled[0][1])):
            break
        seen = True
        cells.use(row, filled[0][0])
        if len(filled) < 2:
            continue
        amount = cells.number(row, filled[1][0], "import.column.amount")
        if amount is not None:
            sources[vocab.SOURCE_PREFIX.sub("", filled[0][1])] = amount
    return sources


def _is_source(text: str, seen: bool) -> bool:
    """A source's line: `其中：…`, a name ending in 拨款, or after one, any name with 资金."""
    return (
        bool(vocab.SOURCE_PREFIX.match(text)) or (seen and "资金" in text) or text.endswith("拨款")
    )


def _budget_header(cells: Cells) -> tuple[int, dict[str, int]] | None:
    """The row naming 年初预算数, 全年预算数, 全年执行数 … and each one's column."""
    for row in range(len(cells.grid.rows)):
        columns = {
            vocab.BUDGET_COLUMNS[vocab.label(text)]: col
            for col, text in cells.filled(row)
            if vocab.label(text) in vocab.BUDGET_COLUMNS
        }
        if "spent" in columns and ("initial" in columns or "adjusted" in columns):
            return row, columns
    return None


def _evaluated_budget(cells: Cells, header: int, columns: dict[str, int]) -> Budget:
    """A self-evaluation's block: the total row (年度资金总额), then its sources; the block ends
    at the first row with no amount under its headers."""
    first = min(columns.values())
    derived = [col for col, text in cells.filled(header) if vocab.label(text) in vocab.DERIVED]
    total: Decimal | None = None
    sources: dict[str, Decimal] = {}
    figures: dict[str, Decimal] = {}
    end = len(cells.grid.rows)
    for row in range(header + 1, len(cells.grid.rows)):
        names = [text for col, text in cells.filled(row) if col < first]
        if not names or not any(is_amount(cells.text(row, col)) for col in columns.values()):
            end = row
            break
        for col, _ in cells.filled(row):  # the row's names, and what it computes (序时进度 …)
            if col < first or col in derived:
                cells.use(row, col)
        amounts = {
            key: number
            for key, col in columns.items()
            if (number := cells.number(row, col, "import.column.amount")) is not None
        }
        if total is None:
            _mark_budget(cells, row, columns)
            figures = amounts
            total = amounts.get("initial", amounts.get("adjusted"))
        elif "initial" in amounts or "adjusted" in amounts:
            name = vocab.SOURCE_PREFIX.sub("", names[-1])
            sources[name] = amounts.get("initial", amounts.get("adjusted", Decimal(0)))
    return Budget(total, sources, figures, _budget_explanation(cells, end, first))


def _budget_explanation(cells: Cells, row: int, first: int) -> str:
    """The row after the block that explains its execution: `偏差原因分析及改进措施 | …` (the
    自评表 perfcheck writes prints it so)."""
    filled = cells.filled(row) if row < len(cells.grid.rows) else []
    labelled = bool(filled) and filled[0][0] < first
    if not labelled or vocab.FIELD_OF.get(vocab.label(filled[0][1])) != "explanation":
        return ""
    value = cells.right_of(row, filled[0][0])
    if value is None or value[1] in vocab.DASHES:
        return ""
    cells.mark(("actuals", "budget", "explanation"), row, value[0])
    return value[1]


# Where each figure of a self-evaluation's budget row goes in the actuals mapping.
_BUDGET_PLACES: dict[str, Place] = {
    "initial": ("actuals", "budget", "initial"),
    "adjusted": ("actuals", "budget", "adjusted"),
    "spent": ("actuals", "budget", "spent"),
    "rate": ("actuals", "published", "rate"),
    "score": ("actuals", "published", "budget"),
}


def _mark_budget(cells: Cells, row: int, columns: dict[str, int]) -> None:
    cells.mark(("actuals", "budget"), row, columns.get("spent", min(columns.values())))
    for key, col in columns.items():
        if key in _BUDGET_PLACES:
            cells.mark(_BUDGET_PLACES[key], row, col)
