"""The number format of each number cell of an xls sheet, which calamine does not give.

Read with xlrd (its `formatting_info`): each number cell's XF record and the format that record
names. Without it a percentage shows as its fraction (`0.954` for 95.40%), and an actual value
typed as a percentage would be read a hundred times too small.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO

from perfcheck.reading.tables.cells import GENERAL


def number_formats(source: Path | IO[bytes], sheet: str) -> dict[tuple[int, int], str]:
    """(row, column), 0-based → format code, for the number and date cells whose format is
    not General."""
    import xlrd

    data = source.read_bytes() if isinstance(source, Path) else _bytes_of(source)
    book = xlrd.open_workbook(
        file_contents=data, formatting_info=True, on_demand=True, logfile=io.StringIO()
    )
    try:
        table = book.sheet_by_name(sheet)
        found: dict[tuple[int, int], str] = {}
        for row in range(table.nrows):
            for col, kind in enumerate(table.row_types(row)):
                if kind not in (xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_DATE):
                    continue
                xf = book.xf_list[table.cell_xf_index(row, col)]
                shape = book.format_map.get(xf.format_key)
                code = shape.format_str if shape is not None else GENERAL
                if code and code != GENERAL:
                    found[(row, col)] = code
        return found
    finally:
        book.release_resources()


def _bytes_of(stream: IO[bytes]) -> bytes:
    stream.seek(0)
    return stream.read()
