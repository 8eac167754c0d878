"""A table as read from any source: rows of cell texts, each cell with the place a user finds it.

Every reader (spreadsheet, Word, CSV, pasted text) produces the same `Grid`, so recognising a
table's layout never depends on where it came from. A merged cell keeps its text in its first
cell and leaves the others empty: exactly what the same table becomes when copied as text, so
both read alike; the merged ranges are kept as well for the checks that need them.
"""

from enum import StrEnum
from typing import NamedTuple


class PlaceStyle(StrEnum):
    """How a cell is named to the user, as the program that shows the source names it."""

    SHEET = "sheet"  # table.xlsx:Sheet1!D12
    WORD = "word"  # table.docx:table 2!R7C4
    TEXT = "text"  # table.txt:12:3 (line and 1-based column of the cell's first character)


class Span(NamedTuple):
    """A merged range, 0-based and inclusive: rows first..last, columns first..last."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int


class Grid(NamedTuple):
    """One table of one source file.

    `rows` are 0-based lists of cell texts, stripped of nothing (the recogniser decides what
    whitespace means); short rows are allowed. `name` is the sheet's name or `table N` for a
    Word table, empty for text. For text sources `text_columns[r][c]` is the 1-based column of
    cell (r, c) on its line and `text_lines[r]` the 1-based line of row r, so that a located
    diagnostic points where an editor shows the cell. A quoted cell may hold line breaks, so a
    row's later cells can stand on later lines: `text_cell_lines[r][c]`, when given, is the line
    of cell (r, c) itself.

    `above` is the text printed above the table outside it, nearest last: the last few
    paragraphs of a Word document before the table, where a report prints its title (a small
    table between them, such as who filled it in, is passed over).
    """

    file: str
    name: str
    style: PlaceStyle
    rows: list[list[str]]
    merged: tuple[Span, ...] = ()
    encoding: str = ""  # text sources: the encoding the bytes were read in
    text_lines: tuple[int, ...] = ()
    text_columns: tuple[tuple[int, ...], ...] = ()
    text_cell_lines: tuple[tuple[int, ...], ...] = ()
    above: tuple[str, ...] = ()

    def cell(self, row: int, col: int) -> str:
        if row >= len(self.rows) or col >= len(self.rows[row]):
            return ""
        return self.rows[row][col]

    def place(self, row: int, col: int) -> str:
        """The cell's name without the file: `Sheet1!D12`, `table 2!R7C4`, `12:3`."""
        if self.style is PlaceStyle.SHEET:
            return f"{self.name}!{column_letters(col)}{row + 1}"
        if self.style is PlaceStyle.WORD:
            return f"{self.name}!R{row + 1}C{col + 1}"
        line = self.text_lines[row] if row < len(self.text_lines) else row + 1
        cell_lines = self.text_cell_lines[row] if row < len(self.text_cell_lines) else ()
        line = cell_lines[col] if col < len(cell_lines) else line
        columns = self.text_columns[row] if row < len(self.text_columns) else ()
        return f"{line}:{columns[col] if col < len(columns) else col + 1}"


def column_letters(col: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column names spreadsheets show."""
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
