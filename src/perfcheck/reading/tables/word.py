"""Word documents (.docx): one Grid per table of the document's body, named `table N` (1-based,
in the order the tables appear), with the paragraphs above it (`Grid.above`: a Word report
prints a table's title as a paragraph, not as a row of the table).

The document's XML is read with the standard library. python-docx would need lxml, and with lxml
installed openpyxl writes through lxml instead of the stream the summary's xlsx writer appends
to; python-docx's tables would add nothing here, since merged cells are read from the XML anyway.

A cell merged across columns (`gridSpan`) or down rows (`vMerge`) keeps its text in its first
cell; the cells it covers are empty, and the range is recorded as a Span. A cell's paragraphs are
joined with newlines; a table nested in a cell gives its rows as lines of tab-separated cells.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element

from perfcheck.reading.limits import Limits
from perfcheck.reading.tables.errors import TableError
from perfcheck.reading.tables.grid import Grid, PlaceStyle, Span
from perfcheck.text import Phrase

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_document(source: Path | IO[bytes], file: str, limits: Limits) -> list[Grid]:
    body = _open(source, file)
    grids: list[Grid] = []
    used = 0
    above: tuple[str, ...] = ()  # the last non-empty paragraphs so far
    for element in body:
        if element.tag == f"{_W}p":
            text = _paragraph(element).strip()
            above = (*above[1 - _ABOVE :], text) if text else above
        elif element.tag == f"{_W}tbl":
            name = f"table {len(grids) + 1}"
            grid = _grid(element, file, name, used, limits.max_table_cells)
            used += sum(len(row) for row in grid.rows)
            grids.append(grid._replace(above=above))
    return grids


# The paragraphs kept above a table: enough for a title, its year, the unit, an attachment
# number and a line or two of the report's text, even past a small table between.
_ABOVE = 8


def _open(source: Path | IO[bytes], file: str) -> Element:
    """The document's body."""
    import zipfile
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(source) as package:
            root = ElementTree.fromstring(package.read("word/document.xml"))
        body = root.find(f"{_W}body")
        if body is None:
            raise ValueError("word/document.xml has no body")
        return body
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, ElementTree.ParseError) as error:
        why = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        args = {"kind": Phrase("table_kind.docx"), "reason": Phrase("verbatim", {"text": why})}
        raise TableError(file, "F020", args) from error


class _Open:
    """A vertical merge still open in a column: where it started."""

    def __init__(self, row: int, col: int, width: int) -> None:
        self.row = row
        self.col = col
        self.width = width
        self.last_row = row


def _grid(table: Element, file: str, name: str, used: int, limit: int) -> Grid:
    """The table's cells; `used` cells of the file are read already, `limit` in all."""
    rows: list[list[str]] = []
    spans: list[Span] = []
    open_merges: dict[int, _Open] = {}
    for r, tr in enumerate(table.findall(f"{_W}tr")):
        before = _grid_before(tr)
        _within(used + before, limit, file, name)
        row: list[str] = [""] * before
        for tc in tr.findall(f"{_W}tc"):
            col = len(row)
            width = _int_property(tc, "gridSpan", 1)
            _within(used + col + width, limit, file, name)  # before a span is laid out
            merge = _vmerge(tc)
            if merge == "continue" and col in open_merges:
                open_merges[col].last_row = r
                row.extend([""] * width)
                continue
            _close(open_merges.pop(col, None), spans)
            if merge == "restart":
                open_merges[col] = _Open(r, col, width)
            elif width > 1:
                spans.append(Span(r, col, r, col + width - 1))
            row.append(_text(tc))
            row.extend([""] * (width - 1))
        for col in [c for c, m in open_merges.items() if m.last_row < r]:
            _close(open_merges.pop(col), spans)
        rows.append(row)
        used += len(row)
        _within(used, limit, file, name)
    for still_open in open_merges.values():
        _close(still_open, spans)
    return Grid(file, name, PlaceStyle.WORD, rows, tuple(sorted(spans)))


def _within(cells: int, limit: int, file: str, name: str) -> None:
    if cells > limit:
        raise TableError(file, "F024", {"cells": cells, "limit": limit, "where": name})


def _close(merge: _Open | None, spans: list[Span]) -> None:
    if merge is not None and (merge.last_row > merge.row or merge.width > 1):
        spans.append(Span(merge.row, merge.col, merge.last_row, merge.col + merge.width - 1))


def _grid_before(tr: Element) -> int:
    """Grid columns a row skips before its first cell (`w:gridBefore`)."""
    properties = tr.find(f"{_W}trPr")
    if properties is None:
        return 0
    return _int_property(properties, "gridBefore", 0, nested=False)


def _int_property(element: Element, name: str, default: int, nested: bool = True) -> int:
    holder = element.find(f"{_W}tcPr") if nested else element
    found = holder.find(f"{_W}{name}") if holder is not None else None
    value = found.get(f"{_W}val") if found is not None else None
    if value is None or not value.isdecimal() or not value.isascii():
        return default
    # a count of columns; more digits than any limit would be an int too long to read
    return int(value) if len(value) <= _DIGITS else 10**_DIGITS


_DIGITS = 12  # more than any cell limit (limits.max_table_cells)


def _vmerge(tc: Element) -> str | None:
    """`restart`, `continue` (a `w:vMerge` with no value) or None."""
    properties = tc.find(f"{_W}tcPr")
    found = properties.find(f"{_W}vMerge") if properties is not None else None
    if found is None:
        return None
    return "restart" if found.get(f"{_W}val") == "restart" else "continue"


def _text(tc: Element) -> str:
    lines = []
    for child in tc:
        if child.tag == f"{_W}p":
            lines.append(_paragraph(child))
        elif child.tag == f"{_W}tbl":
            lines.extend(
                "\t".join(_text(cell) for cell in tr.findall(f"{_W}tc"))
                for tr in child.findall(f"{_W}tr")
            )
    return "\n".join(lines)


_SHOWN = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


def _paragraph(p: Element) -> str:
    """A paragraph's text as Word shows it: its runs' text, tabs and line breaks (deleted text
    of tracked changes is `w:delText` and so left out)."""
    parts = []
    for element in p.iter():
        if element.tag == f"{_W}t":
            parts.append(element.text or "")
        else:
            parts.append(_SHOWN.get(element.tag, ""))
    return "".join(parts)
