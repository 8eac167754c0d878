"""Column widths and line breaks for the text tables (score, monitoring, trend, show), and the
pieces those reports share: a titled table with its footer, the indicator table's frame, the
level cells shown as merged cells read.

Widths are decided here, not by rich: rich sizes a column of Chinese text by its whole length
(a line without spaces is one "word" to it) and stretches an expanded table with blank columns.
Every column gets its natural width while the table fits; when it does not, columns give way in
a fixed order: the level columns down to a cap, the name column down to a readable minimum,
headers wider than their cells, values, then levels and names down to their longest unbreakable
piece. Nothing is folded inside such a piece (a number, a code, an id): a table too narrow for
them is printed wider than asked.
Lines break between Chinese characters and at spaces, never inside a Latin word or a number with
its unit (`≥17次/年`, `125.00%`), nor before closing or after opening punctuation.
"""

from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from rich.cells import cell_len

if TYPE_CHECKING:
    from typing import TextIO

    from rich.console import Console, JustifyMethod
    from rich.table import Table
    from rich.text import Text

    from perfcheck.reports.render import View


def terminal(out: "TextIO", view: "View") -> "Console":
    """The console a text report prints to: the view's width and colours, nothing highlighted
    (a number in a name is data, not syntax), and a table too narrow for its numbers printed
    whole (see `fill`) rather than cut at the width."""
    from rich.console import Console

    class Uncropped(Console):
        def print(self, *objects: Any, **options: Any) -> None:
            super().print(*objects, **{"crop": False, **options})

    return Uncropped(file=out, no_color=not view.color, highlight=False, width=view.width)


def say_line(console: "Console", line: "Text", style: str | None = None) -> None:
    """A footer line, printed whole: rich would break it at the width, in the middle of a
    number or after its first half (`2022Q4 97.79%\n（绿）`); a terminal shows it wrapped."""
    console.print(line, style=style, soft_wrap=True)


def say_prose(console: "Console", line: "Text", style: str | None = None) -> None:
    """A sentence or a paragraph, broken at the width where a line may break: never inside a
    number, never before a closing mark (rich would leave `%` or `、` at the head of a line)."""
    console.print(wrap(line, console.width), style=style, soft_wrap=True)


LEVEL_CAP = 12  # cells: 社会效益指标 on one line; 服务对象满意度指标 on two
LEVEL_MIN = 4  # cells: two characters of a level name a line, before anything is folded
NAME_MIN = 20  # cells: ten characters of a 三级指标 name a line, where the width allows

_OPENING = "（([{【《〈「『“‘"
_CLOSING = "）)]}】》〉」』”’、，。：；！？％‰,.;:!?%"
# Second characters of two-character units kept with their number: 24人次, 3场次, 5万元, 2小时.
_UNIT_TAILS = "次元时里米吨"


class Kind(Enum):
    SHORT = "short"  # ids, points, scores, rates, lights, marks: one line, natural width
    VALUE = "value"  # targets and actuals: one line unless the table cannot hold it
    LEVEL = "level"  # 一级指标, 二级指标: natural width up to LEVEL_CAP, then wrapped
    NAME = "name"  # 三级指标: what is left, at least NAME_MIN where the width allows


class Column(NamedTuple):
    header: str
    kind: Kind
    justify: "JustifyMethod" = "left"


class Row(NamedTuple):
    cells: "Sequence[Text]"
    style: str | None = None
    end_section: bool = False


def fill(table: "Table", columns: Sequence[Column], rows: Sequence[Row], width: int) -> None:
    """Add `columns` and `rows` to the empty `table`, sized to print within `width` cells."""
    from rich.text import Text

    headers = [Text(column.header) for column in columns]
    cells = [[header, *(row.cells[i] for row in rows)] for i, header in enumerate(headers)]
    widths = plan(columns, cells, width - _overhead(table, len(columns)))
    # Level names and headers are short labels: balanced lines (可持续影\n响指标, not
    # 可持续影响指\n标); names and values fill their lines.
    wrapped = [
        [
            wrap(cell, w, balanced=row == 0 or column.kind is Kind.LEVEL)
            for row, cell in enumerate(column_cells)
        ]
        for column, w, column_cells in zip(columns, widths, cells, strict=True)
    ]
    needed = _overhead(table, len(columns))
    for column, column_cells in zip(columns, wrapped, strict=True):
        # Each column only as wide as its widest wrapped line: no blank padding.
        shown = max(cell_len(line) for cell in column_cells for line in cell.plain.split("\n"))
        table.add_column(column_cells[0], justify=column.justify, no_wrap=True, width=max(shown, 1))
        needed += max(shown, 1)
    if needed > width:  # too narrow even for the numbers: wider lines rather than folded ones
        table.width = needed
    for index, row in enumerate(rows):
        body = [column_cells[index + 1] for column_cells in wrapped]
        table.add_row(*body, style=row.style, end_section=row.end_section)


def fits(table: "Table", columns: Sequence[Column], rows: Sequence[Row], width: int) -> bool:
    """Whether `rows` fit within `width` cells with no word or number folded."""
    from rich.text import Text

    heads = [Text(column.header) for column in columns]
    cells = [[head, *(row.cells[i] for row in rows)] for i, head in enumerate(heads)]
    shortest = sum(max(longest_atom(c.plain) for c in column) for column in cells)
    return shortest + _overhead(table, len(columns)) <= width


def _overhead(table: "Table", count: int) -> int:
    """Cells a table takes besides its columns' content: edges, separators, padding."""
    _, right, _, left = table.padding
    padding = (left + right) * count - (0 if table.pad_edge else left + right)
    if table.box is None:
        return padding
    return padding + (count - 1) + (2 if table.show_edge else 0)


# --- whole tables ------------------------------------------------------------------------------


def titled_table(
    out: "TextIO", view: "View", title: str, table: "Table", footer: Iterable[str]
) -> None:
    """A report that is a table: its title in bold, the table, then its footer lines, each line
    printed whole (`say_line`)."""
    from perfcheck.reports.visible import plain

    console = terminal(out, view)
    say_line(console, plain(title), "bold")
    console.print(table)
    for line in footer:
        say_line(console, plain(line))


def indicator_table(columns: Sequence[Column], rows: Sequence[Row], width: int) -> "Table":
    """An indicator table as the reports draw it: a rule under the header, no side padding,
    sized to `width` (`fill`)."""
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 0))
    fill(table, columns, rows, width)
    return table


def level_heads(level1: str, level2: Sequence[str]) -> list[tuple[str, str]]:
    """The 一级指标 and 二级指标 cells of a level-1 group's rows, as merged cells read: the
    level-1 name on the group's first row, a level-2 name on the first row of its run, blank
    below them."""
    return [
        (level1 if k == 0 else "", name if k == 0 or name != level2[k - 1] else "")
        for k, name in enumerate(level2)
    ]


# --- widths ------------------------------------------------------------------------------------


def plan(columns: Sequence[Column], cells: "Sequence[Sequence[Text]]", available: int) -> list[int]:
    """Each column's width; `cells[i]` is column i's header followed by its body cells."""
    natural = [max(cell_len(c.plain) for c in column) for column in cells]
    body = [max((cell_len(c.plain) for c in column[1:]), default=0) for column in cells]
    atoms = [max(longest_atom(c.plain) for c in column) for column in cells]
    kinds = [column.kind for column in columns]
    widths = list(natural)

    def stage(kind: Kind, target: Callable[[int], int]) -> None:
        targets = [target(i) if kinds[i] is kind else widths[i] for i in range(len(widths))]
        _reduce(widths, targets, sum(widths) - available)

    stage(Kind.LEVEL, lambda i: min(natural[i], max(atoms[i], LEVEL_CAP)))
    stage(Kind.NAME, lambda i: min(natural[i], max(atoms[i], NAME_MIN)))
    stage(Kind.SHORT, lambda i: max(body[i], atoms[i]))  # headers wrap over their cells
    stage(Kind.VALUE, lambda i: atoms[i])
    stage(Kind.LEVEL, lambda i: min(natural[i], max(atoms[i], LEVEL_MIN)))
    stage(Kind.NAME, lambda i: atoms[i])
    # No further: a value, a number or a code folded misreads (`10\n00` is two numbers, a
    # name's `1-\n1.` no id); a table that cannot hold them is printed wider (see `fill`).
    return widths


def _reduce(widths: list[int], targets: Sequence[int], excess: int) -> None:
    """Take `excess` cells from the columns above their target, the widest first."""
    while excess > 0:
        above = [i for i, w in enumerate(widths) if w > targets[i]]
        if not above:
            return
        widest = max(above, key=lambda i: widths[i])
        widths[widest] -= 1
        excess -= 1


# --- line breaks -------------------------------------------------------------------------------


def _wide(char: str) -> bool:
    return char >= "\u1100" and cell_len(char) > 1  # nothing before U+1100 takes two cells


def _may_break(text: str, at: int) -> bool:
    """Whether a line may end before `text[at]`."""
    before, after = text[at - 1], text[at]
    if after.isspace():
        return False  # the spaces stay at the end of the line
    if before.isspace():
        return True
    if after in _CLOSING or before in _OPENING or "/" in (before, after):
        return False
    if not _wide(before) and not _wide(after):
        return False  # inside a Latin word or a number
    if _wide(after) and before.isdigit():
        return False  # 17|次
    return not (at >= 2 and text[at - 2].isdigit() and _wide(before) and after in _UNIT_TAILS)


_JOINER = "\u200d"


@lru_cache(maxsize=4096)  # a text is measured several times as its table is sized and wrapped
def _pieces(text: str) -> tuple[str, ...]:
    """`text` cut where a line may break; each piece keeps its trailing spaces."""
    starts = [0, *(at for at in range(1, len(text)) if _may_break(text, at))]
    return tuple(text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True))


@lru_cache(maxsize=4096)
def longest_atom(text: str) -> int:
    """The cells of the widest piece no line break may split."""
    return max((cell_len(piece.rstrip()) for piece in _pieces(text)), default=0)


def lines(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy line spans of `text` within `width` cells; a piece wider than that is folded."""
    spans: list[tuple[int, int]] = []
    start = end = position = 0  # the open line is text[start:end], trailing spaces left out
    cells = 0  # the cells of text[start:position]: a line's width is the sum of its pieces'
    # but where rich measures a zero-width joiner with the character after it, as one glyph
    joined = _JOINER in text
    for piece in _pieces(text):
        stem = position + len(piece.rstrip())
        line = cell_len(text[start:stem]) if joined else cells + cell_len(text[position:stem])
        if line > width:
            if end > start:
                spans.append((start, end))
            start = position
            for at in range(position + 1, stem):  # fold a piece wider than a line
                if cell_len(text[start : at + 1]) > width:
                    spans.append((start, at))
                    start = at
            cells = cell_len(text[start : position + len(piece)])
        else:
            cells += cell_len(piece)
        end = stem
        position += len(piece)
    spans.append((start, end))
    return spans


def wrap(cell: "Text", width: int, *, balanced: bool = False) -> "Text":
    """`cell` broken into lines of at most `width` cells; balanced: as many lines, each as
    short as that allows."""
    from rich.text import Text

    text = cell.plain
    spans = lines(text, width)
    if balanced and len(spans) > 1:
        narrowest = max(longest_atom(text), 1)
        while width > narrowest and len(lines(text, width - 1)) == len(spans):
            width -= 1
        spans = lines(text, width)
    if len(spans) == 1 and spans[0] == (0, len(text)):
        return cell
    return Text("\n").join(cell[a:b] for a, b in spans)
