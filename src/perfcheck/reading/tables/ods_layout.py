"""What calamine does not give of an ods sheet: its merged ranges, and its numbers as shown.

Read from the package's content.xml with the standard library's streaming parser. A cell's
`table:number-columns-spanned` and `table:number-rows-spanned` make a merged range; a number,
percentage, currency or date cell keeps the text its program showed (`95.40%` for 0.954,
`15,213.00`), which is how a spreadsheet's number is read everywhere else (xlsx and xls by their
formats). Each row and cell counts as often as its `…-repeated` attribute says (a sheet ends in
a million repeated empty rows, counted, never built); covered cells count like any other. Only
the named sheet is walked; each element is dropped as soon as it has been read.
"""

import zipfile
from pathlib import Path
from typing import IO, NamedTuple
from xml.etree.ElementTree import Element

from perfcheck.reading.tables.grid import Span

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
_SHOWN = frozenset(["float", "percentage", "currency", "date", "time"])
_MANY = 10_000  # a repeated number cell is shown as such up to this many places


class OdsLayout(NamedTuple):
    merged: tuple[Span, ...]
    shown: dict[tuple[int, int], str]  # (row, column) → the text a number cell shows


def ods_layout(source: Path | IO[bytes], sheet: str) -> OdsLayout:
    from xml.etree import ElementTree

    if not isinstance(source, Path):
        source.seek(0)
    walker = _Walker(sheet)
    with zipfile.ZipFile(source) as package, package.open("content.xml") as content:
        for event, element in ElementTree.iterparse(content, events=("start", "end")):
            if walker.step(event, element):
                break
    return OdsLayout(tuple(sorted(walker.spans)), walker.shown)


class _Walker:
    """Where the parser is: inside the wanted sheet or not, its row and column, the number
    cell whose text is being read."""

    def __init__(self, sheet: str) -> None:
        self.sheet = sheet
        self.depth = 0  # tables open inside the wanted sheet (a cell may hold one)
        self.inside = False
        self.row = 0
        self.col = 0
        self.rows_repeated = 1
        self.spans: list[Span] = []
        self.shown: dict[tuple[int, int], str] = {}
        self.number: tuple[int, int, int] | None = None  # row, column, columns repeated
        self.texts: list[str] = []

    def step(self, event: str, element: Element) -> bool:
        """Follow one event; True once the wanted sheet has ended."""
        tag = element.tag
        if tag == f"{_TABLE}table":
            return self._table(event, element)
        if not self.inside or self.depth > 1:
            if event == "end":
                element.clear()
            return False
        if tag == f"{_TABLE}table-row":
            self._row(event, element)
        elif tag in _CELLS:
            if event == "start":
                self._cell(element)
            else:
                self._cell_end(element)
        elif event == "end":
            if tag == f"{_TEXT}p" and self.number is not None:
                self.texts.append("".join(element.itertext()))
            element.clear()
        return False

    def _table(self, event: str, element: Element) -> bool:
        if event == "start":
            if self.inside:
                self.depth += 1
            elif element.get(f"{_TABLE}name") == self.sheet:
                self.inside, self.depth = True, 1
            return False
        if self.inside:
            self.depth -= 1
            if self.depth == 0:
                return True
        element.clear()
        return False

    def _row(self, event: str, element: Element) -> None:
        if event == "start":
            self.col = 0
            self.rows_repeated = _count(element, "number-rows-repeated")
        else:
            self.row += self.rows_repeated
            element.clear()

    def _cell(self, element: Element) -> None:
        across = _count(element, "number-columns-spanned")
        down = _count(element, "number-rows-spanned")
        if across > 1 or down > 1:
            self.spans.append(Span(self.row, self.col, self.row + down - 1, self.col + across - 1))
        repeated = _count(element, "number-columns-repeated")
        if element.get(f"{_OFFICE}value-type") in _SHOWN:
            self.number, self.texts = (self.row, self.col, repeated), []
        self.col += repeated

    def _cell_end(self, element: Element) -> None:
        if self.number is not None and self.texts:
            row, col, repeated = self.number
            text = "\n".join(self.texts)
            rows = self.rows_repeated if self.rows_repeated * repeated <= _MANY else 1
            for r in range(row, row + rows):
                for c in range(col, col + (repeated if repeated <= _MANY else 1)):
                    self.shown[(r, c)] = text
        self.number = None
        element.clear()


def _count(element: Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(f"{_TABLE}{attribute}", "1")))
    except ValueError:
        return 1
