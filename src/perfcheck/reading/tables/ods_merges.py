"""The merged ranges of an ods sheet, which calamine does not give.

Read from the package's content.xml with the standard library's streaming parser: a cell's
`table:number-columns-spanned` and `table:number-rows-spanned` make a range; each row and cell
counts as often as its `…-repeated` attribute says (a sheet ends in a million repeated empty
rows, counted, never built), covered cells count like any other. Only the named sheet is
walked; each element is dropped as soon as it has been read.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element

from perfcheck.reading.tables.grid import Span

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")


def ods_merges(source: Path | IO[bytes], sheet: str) -> tuple[Span, ...]:
    from xml.etree import ElementTree

    if not isinstance(source, Path):
        source.seek(0)
    with zipfile.ZipFile(source) as package, package.open("content.xml") as content:
        spans: list[Span] = []
        walker = _Walker(sheet)
        for event, element in ElementTree.iterparse(content, events=("start", "end")):
            if walker.step(event, element, spans):
                break
    return tuple(sorted(spans))


class _Walker:
    """Where the parser is: inside the wanted sheet or not, its row and column."""

    def __init__(self, sheet: str) -> None:
        self.sheet = sheet
        self.depth = 0  # tables open inside the wanted sheet (a cell may hold one)
        self.inside = False
        self.row = 0
        self.col = 0

    def step(self, event: str, element: Element, spans: list[Span]) -> bool:
        """Follow one event; True once the wanted sheet has ended."""
        tag = element.tag
        if tag == f"{_TABLE}table":
            return self._table(event, element)
        if not self.inside or self.depth > 1:
            if event == "end":
                element.clear()
            return False
        if tag == f"{_TABLE}table-row":
            if event == "start":
                self.col = 0
            else:
                self.row += _count(element, "number-rows-repeated")
                element.clear()
        elif tag in _CELLS and event == "start":
            self._cell(element, spans)
        elif event == "end":
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

    def _cell(self, element: Element, spans: list[Span]) -> None:
        across = _count(element, "number-columns-spanned")
        down = _count(element, "number-rows-spanned")
        if across > 1 or down > 1:
            spans.append(Span(self.row, self.col, self.row + down - 1, self.col + across - 1))
        self.col += _count(element, "number-columns-repeated")


def _count(element: Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(f"{_TABLE}{attribute}", "1")))
    except ValueError:
        return 1
