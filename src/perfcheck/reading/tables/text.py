"""Tables as text: .csv, and .txt, .tsv or standard input as pasted from Excel, WPS or a browser.

The encoding is found by the byte-order mark (UTF-8, UTF-16), else by strict decoding: UTF-8,
then GBK, then GB18030 (GBK's superset) — Chinese text in GBK is almost never valid UTF-8, so
the first that decodes every byte is the file's encoding; no guessing library is needed.

Cells are split as Excel writes them (RFC 4180, which the csv module follows too): a cell that
begins with a double quote runs to the closing quote, may hold the separator and line breaks,
and writes a quote inside as two. A quote that does not close before the separator or the end
of the line is text like any other (a browser copies `"四个意识"` as it is). Text is split on
tabs when any line holds one, else each line is one cell; .csv is split on commas, .tsv on tabs.
The csv module cannot say where a cell starts, which every located diagnostic needs, so the
splitting is done here, with each cell's line and column.
"""

import codecs
from typing import NamedTuple

from perfcheck.reading.tables.errors import TableError
from perfcheck.reading.tables.grid import Grid, PlaceStyle
from perfcheck.text import Phrase


class Decoded(NamedTuple):
    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16, gbk or gb18030


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WITHOUT_BOM = ("utf-8", "gbk", "gb18030")


def decode(raw: bytes, file: str) -> Decoded:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return Decoded(_strict(raw, encoding, file), encoding)
    for encoding in _WITHOUT_BOM:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Decoded(_no_nul(text, file), encoding)
    args = {"kind": Phrase("table_kind.text"), "reason": Phrase("reason.table_encoding")}
    raise TableError(file, "F020", args)


def _strict(raw: bytes, encoding: str, file: str) -> str:
    try:
        return _no_nul(raw.decode(encoding).removeprefix("\ufeff"), file)
    except UnicodeDecodeError as error:
        reason = Phrase("reason.not_in_encoding", {"encoding": encoding})
        args = {"kind": Phrase("table_kind.text"), "reason": reason}
        raise TableError(file, "F020", args) from error


def _no_nul(text: str, file: str) -> str:
    """A NUL is in no table's text: the file is binary (or UTF-16 without its mark)."""
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        args = {"kind": Phrase("table_kind.text"), "reason": Phrase("reason.table_binary")}
        raise TableError(file, "F020", args, place=f"{line}:1")
    return text


class _Cell(NamedTuple):
    text: str
    line: int
    col: int


def read_text(raw: bytes, file: str, separator: str | None, max_cells: int) -> Grid:
    """`separator` is `,` (csv), a tab (tsv), or None: a tab when the text holds one, else
    none (each line one cell)."""
    text, encoding = decode(raw, file)
    if separator is None:
        separator = "\t" if "\t" in text else ""
    records = _split(text, separator, file, max_cells)
    return Grid(
        file,
        "",
        PlaceStyle.TEXT,
        [[cell.text for cell in record] for _, record in records],
        encoding=encoding,
        text_lines=tuple(line for line, _ in records),
        text_columns=tuple(tuple(cell.col for cell in record) for _, record in records),
        text_cell_lines=tuple(tuple(cell.line for cell in record) for _, record in records),
    )


def _split(text: str, separator: str, file: str, max_cells: int) -> list[tuple[int, list[_Cell]]]:
    """The records of the text, each with the line it starts on; an empty line is a record
    with no cells."""
    records: list[tuple[int, list[_Cell]]] = []
    scanner = _Scanner(text, separator)
    count = 0
    while not scanner.done():
        line = scanner.line
        record = scanner.record()
        count += len(record)
        if count > max_cells:
            raise TableError(file, "F024", {"cells": count, "limit": max_cells, "where": file})
        records.append((line, record))
    return records


class _Scanner:
    def __init__(self, text: str, separator: str) -> None:
        self.text = text
        self.separator = separator
        self.at = 0
        self.line = 1
        self.line_start = 0

    def done(self) -> bool:
        return self.at >= len(self.text)

    def record(self) -> list[_Cell]:
        if self._at_line_end():
            self._skip_line_end()
            return []
        cells = []
        while True:
            cells.append(self._cell())
            if self.separator and self.text.startswith(self.separator, self.at):
                self.at += len(self.separator)
                continue
            self._skip_line_end()
            return cells

    def _cell(self) -> _Cell:
        line, col = self.line, self.at - self.line_start + 1
        if self.text.startswith('"', self.at):
            quoted = self._quoted()
            if quoted is not None:
                return _Cell(quoted, line, col)
        end = self._plain_end()
        cell = _Cell(self.text[self.at : end], line, col)
        self.at = end
        return cell

    def _plain_end(self) -> int:
        ends = [self._line_end_from(self.at)]
        if self.separator:
            found = self.text.find(self.separator, self.at)
            if found != -1:
                ends.append(found)
        return min(ends)

    def _line_end_from(self, at: int) -> int:
        ends = [i for i in (self.text.find("\n", at), self.text.find("\r", at)) if i != -1]
        return min(ends) if ends else len(self.text)

    def _quoted(self) -> str | None:
        """The text of a quoted cell, the scanner moved past it; None (nothing moved) when the
        quote does not close right before a separator or a line's end."""
        text = self.text
        at = self.at + 1
        parts = []
        while True:
            close = text.find('"', at)
            if close == -1:
                return None
            parts.append(text[at:close])
            if text.startswith('"', close + 1):
                parts.append('"')
                at = close + 2
                continue
            after = close + 1
            if not self._cell_ends_at(after):
                return None
            self._count_lines(self.at, after)
            self.at = after
            return "".join(parts)

    def _cell_ends_at(self, at: int) -> bool:
        return (
            at >= len(self.text)
            or self.text[at] in "\r\n"
            or bool(self.separator and self.text.startswith(self.separator, at))
        )

    def _count_lines(self, start: int, end: int) -> None:
        """Move the line count over the line breaks inside a quoted cell."""
        at = start
        while True:
            found = self._line_end_from(at)
            if found >= end:
                return
            at = found + (2 if self.text.startswith("\r\n", found) else 1)
            self.line += 1
            self.line_start = at

    def _at_line_end(self) -> bool:
        return self.text[self.at] in "\r\n"

    def _skip_line_end(self) -> None:
        if self.done():
            return
        self.at += 2 if self.text.startswith("\r\n", self.at) else 1
        self.line += 1
        self.line_start = self.at
