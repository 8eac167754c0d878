"""Diagnostics: what perfcheck says about a file, located at a line and column."""

from collections.abc import Mapping
from typing import NamedTuple

from perfcheck.codes import CODES
from perfcheck.codes import Severity as Severity  # where the diagnostics' users look
from perfcheck.text.catalogue import Lang as Lang  # where the diagnostics' users look

# A path into the YAML data: mapping keys and sequence indices.
DataPath = tuple[str | int, ...]


class LineOf(tuple[str | int, ...]):
    """A message argument naming another place in the file: rendered as its line number."""


# The arguments of a record that has none: one shared mapping, never written to. (Records are
# NamedTuples: dataclasses took 9 ms of every start to create.)
NO_ARGS: Mapping[str, object] = {}


class Finding(NamedTuple):
    """A problem found in parsed data, located by its data path rather than a line."""

    code: str
    path: DataPath
    args: Mapping[str, object] = NO_ARGS
    at_key: bool = False  # point at the mapping key instead of its value
    # about the file as a whole: at the key of `path` when the file has it, else at line 1
    whole_file: bool = False


class Diagnostic(NamedTuple):
    """One problem of one file, at a 1-based line and column (0 when the whole file is meant).

    A cell of a spreadsheet or a Word table has no line: `place` names it as its program shows
    it (`Sheet1!D12`, `table 2!R7C4`) and `cell` (0-based row and column) orders such
    diagnostics; a cell of a text table is simply a line and column.
    """

    file: str
    line: int
    col: int
    code: str
    args: Mapping[str, object] = NO_ARGS
    place: str = ""
    cell: tuple[int, int] = (0, 0)

    @property
    def severity(self) -> Severity:
        return Severity.WARNING if self.code.startswith("W") else Severity.ERROR

    def message(self, lang: Lang = "zh") -> str:
        return CODES[self.code].render(lang, self.args)

    def location(self) -> str:
        if self.place:
            return f"{self.file}:{self.place}"
        if self.line <= 0:
            return self.file
        return f"{self.file}:{self.line}:{self.col}"

    def concise(self, lang: Lang = "zh") -> str:
        return f"{self.location()}: {self.code} {self.message(lang)}"

    def sort_key(self) -> tuple[str, int, int, tuple[int, int], str]:
        return (self.file, self.line, self.col, self.cell, self.code)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)
