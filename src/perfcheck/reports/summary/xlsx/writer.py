"""The workbook's bytes, with each worksheet's cells and merged ranges written as XML text.

openpyxl serialises every cell through an ElementTree element and its incremental writer, which
took a third of the time a pack of 10,000 indicators needed. SheetWriter writes the same cells
as strings: the same elements, attributes and escaping, the same style indices registered with
the workbook in the same order, so that the bytes are exactly those openpyxl writes. A row with
anything else in it (a formula, a date, a comment, a hyperlink, rich text) is left to openpyxl.
Where lxml is installed openpyxl serialises through lxml's writer, which has no text stream to
write into: then every row is left to openpyxl.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from math import isfinite
from typing import Any

from openpyxl.compat import safe_string
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml import LXML

ROWS_PER_WRITE = 500  # rows joined into one string before it is written
# What ElementTree escapes in text and in an attribute, in its order.
_CDATA = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTRIBUTE = (*_CDATA, ('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


class BookWriter(ExcelWriter):
    """openpyxl's ExcelWriter with each worksheet written by SheetWriter."""

    def write_worksheet(self, ws: Worksheet) -> None:
        # As ExcelWriter.write_worksheet for a workbook that is not write-only (openpyxl's
        # private attributes, which its type stubs do not declare, hence Any).
        sheet: Any = ws
        sheet._drawing = SpreadsheetDrawing()
        sheet._drawing.charts = sheet._charts
        sheet._drawing.images = sheet._images
        writer: Any = SheetWriter(ws)
        writer.write()
        sheet._rels = writer._rels
        book: Any = self
        book._archive.write(writer.out, ws.path[1:])
        self.manifest.append(ws)
        writer.cleanup()


class SheetWriter(WorksheetWriter):
    """WorksheetWriter with sheetData and mergeCells written as text."""

    def write_rows(self) -> None:
        if LXML:
            super().write_rows()
            return
        xf: Any = self.xf.send(True)
        out: Callable[[str], object] = xf._file  # the text stream under the element stack
        cells = _Cells(self.ws)
        with xf.element("sheetData"):
            parts: list[str] = []
            for count, (index, row) in enumerate(self.rows(), start=1):
                if not all(map(_plain, row)):
                    out("".join(parts))
                    parts.clear()
                    self.write_row(xf, row, index)  # openpyxl's own, element by element
                    continue
                parts.append(cells.row(index, row))
                if count % ROWS_PER_WRITE == 0:
                    out("".join(parts))
                    parts.clear()
            out("".join(parts))
        self.xf.send(None)  # control back to the generator, as openpyxl's write_rows does

    def write_merged_cells(self) -> None:
        if LXML:
            super().write_merged_cells()
            return
        sheet: Any = self.ws
        ranges = [str(ref) for ref in sheet.merged_cells]
        if not ranges:
            return
        xf: Any = self.xf.send(True)
        merges = "".join(f'<mergeCell ref="{ref}" />' for ref in ranges)
        xf._file(f'<mergeCells count="{len(ranges)}">{merges}</mergeCells>')
        self.xf.send(None)


def _plain(cell: Any) -> bool:
    """A cell _Cells writes as openpyxl would: text or a number, nothing attached."""
    if cell._comment is not None or cell.hyperlink:
        return False
    kind, value = cell.data_type, cell._value
    if kind == "s":
        return isinstance(value, str)
    if isinstance(value, float):
        return kind == "n" and isfinite(value)  # openpyxl writes NaN and infinity as <v />
    return kind == "n" and (value is None or isinstance(value, int))


class _Cells:
    """The `<row>` and `<c>` elements of one sheet, as openpyxl's etree writer spells them."""

    def __init__(self, ws: Any) -> None:
        self.dimensions = ws.row_dimensions
        self.styles = ws.parent._cell_styles  # the workbook's list: an index is a cell's `s`
        self.known: dict[bytes, int] = {}  # style indices → the list's index, met so far
        self.letters: dict[int, str] = {}

    def row(self, index: int, cells: Iterable[Any]) -> str:
        attributes = {"r": f"{index}"}
        attributes.update(self.dimensions.get(index, {}))
        opening = "".join(f' {k}="{_escaped(v, _ATTRIBUTE)}"' for k, v in attributes.items())
        return f"<row{opening}>{''.join(self.cell(c) for c in cells)}</row>"

    def cell(self, cell: Any) -> str:
        value, style = cell._value, cell._style
        if value is None and not (style and any(style)):
            return ""  # nothing to write, as openpyxl skips it
        column = cell.column
        letter = self.letters.get(column) or self.letters.setdefault(
            column, get_column_letter(column)
        )
        head = f'<c r="{letter}{cell.row}"'
        if style and any(style):
            head += f' s="{self.style_id(style)}"'
        if cell.data_type == "s":
            head += ' t="inlineStr"'
            if value is None or value == "":
                return head + " />"
            space = ' xml:space="preserve"' if value.strip() and value != value.strip() else ""
            return f"{head}><is><t{space}>{_escaped(value, _CDATA)}</t></is></c>"
        head += ' t="n"'
        if value is None:
            return head + " />"
        return f"{head}><v>{safe_string(value)}</v></c>"

    def style_id(self, style: Any) -> int:
        """As Cell.style_id: the style's index in the workbook's list, added when new."""
        key = style.tobytes()
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = self.styles.add(style)
        return found


def _escaped(text: str, table: tuple[tuple[str, str], ...]) -> str:
    for char, entity in table:
        if char in text:
            text = text.replace(char, entity)
    return text
