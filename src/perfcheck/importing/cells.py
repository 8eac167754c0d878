"""Cells as the recogniser reads them, and each problem located at its cell."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal

from perfcheck.diagnostics import NO_ARGS, Diagnostic
from perfcheck.importing.labels import label
from perfcheck.model.notation.numbers import parse_number
from perfcheck.reading.tables.grid import Grid, PlaceStyle
from perfcheck.text import Phrase

# A value of the recognised mappings, named by where it stands: ("targets" or "actuals", then
# its data path in that mapping), e.g. ("actuals", "published", "scores", "1-1").
Place = tuple[str | int, ...]

# What a form prints in a cell that has no figure.
NOTHING = frozenset(["", "—", "——", "-", "--", "/", "／", "－", "无"])


class Cells:
    """The grid with the diagnostics found in it so far."""

    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        self.diagnostics: list[Diagnostic] = []
        self.places: dict[Place, tuple[int, int]] = {}  # each value's cell (row, col)
        self.used: set[tuple[int, int]] = set()  # the cells read: the rest are reported (W053)

    def mark(self, place: Place, row: int, col: int) -> None:
        """Record the cell a value of the mappings was read from."""
        self.places[place] = (row, col)
        self.used.add((row, col))

    def use(self, row: int, col: int) -> None:
        """Record a cell as read (its value kept, or known to hold nothing the files keep)."""
        self.used.add((row, col))

    def text(self, row: int, col: int) -> str:
        return self.grid.cell(row, col).strip()

    def width(self, row: int) -> int:
        return len(self.grid.rows[row]) if row < len(self.grid.rows) else 0

    def filled(self, row: int) -> list[tuple[int, str]]:
        """The row's non-empty cells, left to right, with their columns."""
        cells = self.grid.rows[row] if row < len(self.grid.rows) else []
        return [(col, text.strip()) for col, text in enumerate(cells) if text.strip()]

    def find(self, names: tuple[str, ...], after: int = 0) -> tuple[int, int] | None:
        """The first cell, from row `after` on, whose label is one of `names`."""
        return self.find_where(lambda text: label(text) in names, after)

    def find_where(self, is_it: Callable[[str], bool], after: int = 0) -> tuple[int, int] | None:
        """The first cell, from row `after` on, whose text `is_it`."""
        for row in range(after, len(self.grid.rows)):
            for col, text in self.filled(row):
                if is_it(text):
                    return row, col
        return None

    def right_of(self, row: int, col: int) -> tuple[int, str] | None:
        """The first non-empty cell right of (row, col): a label's value."""
        for at, text in self.filled(row):
            if at > col:
                return at, text
        return None

    def value_of(self, names: tuple[str, ...]) -> str | None:
        found = self.find(names)
        if found is None:
            return None
        value = self.right_of(*found)
        if value is None:
            return None
        self.use(found[0], value[0])
        return value[1]

    def report(self, code: str, row: int, col: int, args: Mapping[str, object] = NO_ARGS) -> None:
        """A diagnostic at cell (row, col) (see at_cell)."""
        self.diagnostics.append(at_cell(self.grid, row, col, code, args))

    def number(self, row: int, col: int, column: str) -> Decimal | None:
        """The cell as a number (`15,213.00`, `95%` as 95); T005 when it holds text."""
        text = self.text(row, col)
        self.use(row, col)
        if text in NOTHING:
            return None
        try:
            return parse_number(text.rstrip("%％"))
        except ValueError:
            self.report("T005", row, col, {"column": Phrase(column), "text": text})
            return None


def at_cell(
    grid: Grid, row: int, col: int, code: str, args: Mapping[str, object] = NO_ARGS
) -> Diagnostic:
    """A diagnostic at cell (row, col): at its line and column in a text, else named as its
    program names it (`Sheet1!D12`, `table 2!R7C4`)."""
    if grid.style is PlaceStyle.TEXT:
        line, _, column = grid.place(row, col).partition(":")
        return Diagnostic(grid.file, int(line), int(column), code, args, cell=(row, col))
    return Diagnostic(grid.file, 0, 0, code, args, place=grid.place(row, col), cell=(row, col))


def rows_from(cells: Cells, first: int) -> Iterator[int]:
    yield from range(first, len(cells.grid.rows))
