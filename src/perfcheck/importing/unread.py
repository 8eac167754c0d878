"""The cells of a recognised table that nothing read: each a located W053, so that no row or
cell of the table is dropped without a word.

Between the first cell read and the last (the title lines above and the notes below the table
are no part of it), a cell is read when a value of the files came from it, when it is a label of
the forms (it says what other cells are), or when it prints nothing (`—`, `/`). A label of what
the files do not keep (项目负责人及电话 …) is passed over with the value beside it.
"""

from __future__ import annotations

from perfcheck.importing import labels as vocab
from perfcheck.importing.cells import NOTHING, Cells


def report_unread(cells: Cells) -> None:
    if not cells.used:
        return
    first = min(row for row, _ in cells.used)
    last = max(row for row, _ in cells.used)
    for row in range(first, last + 1):
        _report_row(cells, row)


def _report_row(cells: Cells, row: int) -> None:
    beside_not_kept = False
    for col, text in cells.filled(row):
        if (row, col) in cells.used or text in NOTHING:
            beside_not_kept = False
            continue
        if vocab.is_known_label(text):
            beside_not_kept = vocab.label(text) in vocab.NOT_KEPT
            continue
        if not beside_not_kept:
            cells.report("W053", row, col, {"text": text})
        beside_not_kept = False
