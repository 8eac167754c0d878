"""Why a table file could not be read: one located error, raised by the readers.

A reader stops at the first such problem (a file that cannot be opened has nothing else to say),
so this is an exception, not a list. It carries a code and its arguments like every diagnostic;
`place` names a cell or a line (`Sheet1!D12`, `12:3`) when the problem has one, else the file as
a whole is meant.
"""

from __future__ import annotations

from collections.abc import Mapping

from perfcheck.diagnostics import NO_ARGS, Lang


class TableError(Exception):
    def __init__(
        self, file: str, code: str, args: Mapping[str, object] = NO_ARGS, place: str = ""
    ) -> None:
        super().__init__(file, code, dict(args), place)
        self.file = file
        self.code = code
        self.args_ = args
        self.place = place

    def location(self) -> str:
        return f"{self.file}:{self.place}" if self.place else self.file

    def message(self, lang: Lang = "zh") -> str:
        from perfcheck.codes import CODES

        return CODES[self.code].render(lang, self.args_)

    def concise(self, lang: Lang = "zh") -> str:
        """`table.xlsx: F022 …`, as every diagnostic is printed."""
        return f"{self.location()}: {self.code} {self.message(lang)}"
