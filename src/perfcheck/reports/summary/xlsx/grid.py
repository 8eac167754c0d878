"""A worksheet written cell by cell: styles, number formats, merged spans, fitted row heights,
and the column tables that name a sheet's columns.

openpyxl's own `merge_cells` checks each new span against every earlier one and each style
assignment hashes the whole style object, which makes a sheet of many rows quadratic and slow.
Grid does the same work in linear time: a style is registered with the workbook the first time a
sheet uses it and copied as indices after that, a span goes straight into the sheet's set of
merged ranges (the spans a Grid writes never overlap), and the borders openpyxl gives the cells
of a span are worked out once per kind of edge. The workbook comes out exactly as openpyxl's
per-cell calls would write it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from math import ceil
from typing import Any, Protocol, cast

from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from perfcheck.diagnostics import Lang
from perfcheck.model.rounding import shown_points
from perfcheck.reports.summary.labels import LABELS
from perfcheck.reports.visible import visible

MONEY = "#,##0.00"  # as formatting.money prints: 15,213.00
PERCENT = "0.00%"  # as formatting.percent prints: 97.79%
COUNT = "0"  # a whole number
LINE_HEIGHT = 15.0  # points per line of 11-point text
LINE_PADDING = 3  # points added to a row of several lines
SIDE_MARGIN = 0.4  # inches, left and right of the printed page
WIDE = 1.7  # the width of a Chinese character, in column units (a digit is 1)
EDGES = ("top", "left", "right", "bottom")  # the order MergedCellRange.format borders them in

Value = str | int | Decimal | None


def word(lang: Lang, key: str) -> str:
    return LABELS[lang][key]


# --- Column tables -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a table: the label key of its header, its width in characters (0: the sheet's
    own table sets it) and the number format of its figures (None: each value's places)."""

    key: str
    width: float = 0
    fmt: str | None = None


class Columns:
    """A table's columns in order, from column `first` of the sheet, found by key."""

    def __init__(self, *columns: Column, first: int = 1) -> None:
        self.columns = columns
        self.first = first
        self._at = {c.key: first + k for k, c in enumerate(columns)}
        assert len(self._at) == len(columns), "two columns with one key"

    def __len__(self) -> int:
        return len(self.columns)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    @property
    def widths(self) -> tuple[float, ...]:
        return tuple(c.width for c in self.columns)

    def at(self, key: str) -> int:
        """The sheet column (1 is A) of the column named key."""
        return self._at[key]

    def fmt(self, key: str) -> str | None:
        return self.columns[self._at[key] - self.first].fmt

    def header(self, lang: Lang) -> list[str]:
        return [word(lang, key) for key in self.keys]


# --- Styles ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, eq=False)  # compared by identity: a cheap key for a cache
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
TITLE = Style(
    Font(bold=True, size=16), Alignment(horizontal="center", vertical="center"), None, False
)
HEADING = Style(Font(bold=True, size=12), Alignment(vertical="center"), None, False)
NOTE = Style(Font(), Alignment(vertical="center", wrap_text=True), None, False)
NOTE_CENTERED = Style(Font(), Alignment(horizontal="center", vertical="center"), None, False)
NOTE_RIGHT = Style(Font(), Alignment(horizontal="right", vertical="center"), None, False)
HEAD = Style(Font(bold=True), Alignment("center", "center", wrap_text=True), GREY)
TEXT = Style(Font(), Alignment(vertical="center", wrap_text=True))
CENTERED = Style(Font(), Alignment("center", "center", wrap_text=True))
NUMBER = Style(Font(), Alignment(horizontal="right", vertical="center"))
STRONG = Style(Font(bold=True), Alignment(vertical="center", wrap_text=True))
STRONG_NUMBER = Style(Font(bold=True), Alignment(horizontal="right", vertical="center"))


def styled(value: Value) -> Style:
    """Numbers to the right, text wrapped."""
    return NUMBER if isinstance(value, Decimal | int) else TEXT


# --- Number formats: what Excel shows equals what the report prints ------------------------------


def places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def fixed(value: Decimal) -> str:
    """The format that prints `value` as formatting.decimal_text does: 2.28 → `0.00`."""
    count = places(value)
    return "0." + "0" * count if count else "0"


def quoted(text: str) -> str:
    """Literal text in a number format (`"%"` is a percent sign, not a scaling by 100), made
    visible as a cell's text is: a unit comes from the input."""
    return '"' + visible(text).replace('"', '"\\""') + '"' if text else ""


def with_unit(value: Decimal, unit: str) -> str:
    """93.6 in `%` shows as 93.6%, 17 in `次/年` as 17次/年: the number stays a number."""
    return fixed(value) + quoted(unit)


def on_quantum(value: Decimal, quantum: Decimal) -> Decimal:
    """Points as the reports print them: 50 at 0.01 is 50.00, 12.5 at 1 stays 12.5."""
    return shown_points(value, quantum)


def written(cell: Cell, value: Value, fmt: str | None) -> None:
    """A number as a number in its format, text as text: the cell's type is set to a string
    after its value, which openpyxl would otherwise take for a formula when it starts with `=`
    (`=100%` is a target, `=HYPERLINK(…)` in an explanation is what the department wrote).
    Text comes here already visible (Grid.put)."""
    if isinstance(value, Decimal):
        cell.value = float(value)  # the one conversion: openpyxl stores floats
        cell.number_format = fmt or fixed(value)
    elif isinstance(value, str):
        cell.value = value
        cell.data_type = "s"
    else:
        cell.value = value
        if fmt is not None:
            cell.number_format = fmt


# --- The worksheet -----------------------------------------------------------------------------


class _Styleable(Protocol):
    """openpyxl keeps a cell's style as indices into the workbook's lists, in `_style`."""

    _style: StyleArray | None


def indices(cell: Cell | MergedCell) -> StyleArray:
    """The cell's style indices, which openpyxl creates on the first style set."""
    target = cast(_Styleable, cell)
    if target._style is None:
        target._style = StyleArray()
    return target._style


# Where StyleArray keeps each index (its fields are positions in an array of integers).
POSITIONS = {
    key: vars(StyleArray)[key].key for key in ("fontId", "alignmentId", "fillId", "borderId")
}


class Grid:
    """A worksheet: values with their formats and styles, merged spans, fitted row heights."""

    def __init__(self, sheet: Worksheet, columns: Columns) -> None:
        self.sheet = sheet
        self.widths = columns.widths
        self.heights: dict[int, int] = {}  # lines needed, by row
        self._styles: dict[Style, tuple[tuple[int, int], ...]] = {}  # index positions, values
        self._edges: dict[tuple[int, str, int], int] = {}  # border before, step → after
        self._sides: dict[tuple[int, str], Side | None] = {}  # border index, edge → its side
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
        breaks: bool = False,
    ) -> None:
        """Write one value, styled over its span; a span of more than one cell is merged. Text
        is shown as every text format shows it: controls, a newline, bidi overrides as escapes
        (`\\x1b`, `\\n`, `\\u202e`), none dropped — with `breaks`, a line break stays one (a
        form's prose, read back as written); the row's height is fitted to that."""
        if isinstance(value, str):
            value = "\n".join(map(visible, value.split("\n"))) if breaks else visible(value)
        written(self._cell(row, column), value, fmt)
        for r in range(row, row + down):
            for c in range(column, column + across):
                self._style(self._cell(r, c), style)
        if across > 1 or down > 1:
            self._merge(row, column, row + down - 1, column + across - 1)
        if isinstance(value, str) and style.wraps and down == 1:
            self._need(row, value, sum(self.widths[column - 1 : column - 1 + across]))

    def _cell(self, row: int, column: int) -> Cell:
        cell = self.sheet._cells.get((row, column))
        if cell is None:  # as sheet.cell(row, column) makes it, without its checks
            cell = Cell(self.sheet, row=row, column=column)
            sheet: Any = self.sheet  # _add_cell is private to openpyxl
            sheet._add_cell(cell)
        assert isinstance(cell, Cell), f"cell {row},{column} lies inside a merged span"
        return cell

    def _style(self, cell: Cell, style: Style) -> None:
        """As setting font, alignment, fill and border would; the first time through openpyxl,
        which registers them with the workbook in the order of first use, then as indices."""
        known = self._styles.get(style)
        if known is None:
            cell.font = style.font
            cell.alignment = style.alignment
            if style.fill is not None:
                cell.fill = style.fill
            if style.boxed:
                cell.border = BOX
            keys = ["fontId", "alignmentId"]
            keys += ["fillId"] if style.fill is not None else []
            keys += ["borderId"] if style.boxed else []
            array = indices(cell)
            self._styles[style] = tuple((POSITIONS[key], getattr(array, key)) for key in keys)
            return
        array = indices(cell)
        for position, index in known:
            array[position] = index

    def _merge(self, top: int, left: int, bottom: int, right: int) -> None:
        """ws.merge_cells without its scan of the earlier spans. As MergedCellRange does, the
        top-left cell takes the bottom-right cell's right and bottom borders, the other cells
        become MergedCells, those along each edge get the top-left cell's side of it, and all
        take its protection."""
        self.sheet.merged_cells.ranges.add(
            CellRange(min_col=left, min_row=top, max_col=right, max_row=bottom)
        )
        cells = self.sheet._cells
        start = cells[top, left]
        end = indices(cells[bottom, right]).borderId
        right_side, bottom_side = self._side(end, "right"), self._side(end, "bottom")
        corner = partial(Border, right=right_side, bottom=bottom_side)
        self._border(start, ("corner", end), corner)
        for row in range(top, bottom + 1):
            for column in range(left, right + 1):
                if (row, column) != (top, left):
                    cells[row, column] = MergedCell(self.sheet, row, column)
        edges = {
            "top": [(top, c) for c in range(left, right + 1)],
            "left": [(r, left) for r in range(top, bottom + 1)],
            "right": [(r, right) for r in range(top, bottom + 1)],
            "bottom": [(bottom, c) for c in range(left, right + 1)],
        }
        for edge in EDGES:
            before = indices(start).borderId
            side = self._side(before, edge)
            if side and side.style is None:
                continue  # nothing to draw along this edge
            drawn: dict[str, Any] = {edge: side}
            step, along = (edge, before), partial(Border, **drawn)
            for coord in edges[edge]:
                self._border(cells[coord], step, along)
        protection = indices(start).protectionId
        for row in range(top, bottom + 1):
            for column in range(left, right + 1):
                indices(cells[row, column]).protectionId = protection

    def _side(self, border: int, edge: str) -> Side | None:
        """One side of the workbook's border at index `border`, as `cell.border.<edge>` reads."""
        key = (border, edge)
        if key not in self._sides:
            book: Any = self.sheet.parent  # its list of borders is private to openpyxl
            self._sides[key] = getattr(book._borders[border], edge)
        return self._sides[key]

    def _border(
        self, cell: Cell | MergedCell, step: tuple[str, int], added: Callable[[], Border]
    ) -> None:
        """`cell.border += added()`, worked out once per border before and step (what the added
        border is made from), then copied as an index."""
        array = indices(cell)
        key = (array.borderId, *step)
        after = self._edges.get(key)
        if after is None:
            cell.border += added()
            after = self._edges[key] = array.borderId
        array.borderId = after

    def _need(self, row: int, text: str, width: float) -> None:
        self.heights[row] = max(self.heights.get(row, 1), lines(text, width))

    def fit(self) -> None:
        """Heights for the rows whose wrapped text needs more than one line."""
        for row, count in sorted(self.heights.items()):
            if count > 1:
                self.sheet.row_dimensions[row].height = LINE_HEIGHT * count + LINE_PADDING


class _Widths(dict[str, float]):
    """The width of each character met so far: a Chinese character is wider than a digit,
    not quite two."""

    def __missing__(self, ch: str) -> float:
        width = self[ch] = WIDE if unicodedata.east_asian_width(ch) in "WF" else 1.0
        return width


_WIDTHS = _Widths()


def text_width(text: str) -> float:
    """Columns of text, roughly."""
    return sum(map(_WIDTHS.__getitem__, text))


def lines(text: str, width: float) -> int:
    per_line = max(1, int(width) - 1)
    if len(text) * WIDE <= per_line and "\n" not in text:
        return 1  # short enough whatever its characters
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


def headers(grid: Grid, row: int, texts: Sequence[str], first_column: int = 1) -> None:
    for offset, text in enumerate(texts):
        grid.put(row, first_column + offset, text, HEAD)
