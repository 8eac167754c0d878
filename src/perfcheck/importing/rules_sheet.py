"""The scoring rules sheet `perfcheck show --format xlsx` writes beside the form
(reports/target_rules.py), read back into the target file's `rules:`: found by its name (or
the name a spreadsheet gives a copy of it, `计分规则 (2)`) and its headings in either language;
each row a setting, its key in the 设置 column, its value as YAML writes it in the 取值 column.
A row that cannot be read is T007 at its cell; whether a value suits its setting is for the
written file's validation to say. In a workbook of several forms, each form's rules sheet is
the one after it, as show writes them (`rules_sheets`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import yaml

from perfcheck.diagnostics import Diagnostic
from perfcheck.importing.cells import Cells
from perfcheck.model.rules import Rules
from perfcheck.reading.tables.grid import Grid
from perfcheck.text import Phrase, words

_LABELS = words("target_form")
SHEET_NAMES = frozenset(labels["rules_sheet"] for labels in _LABELS.values())
_KEY = frozenset(labels["rules_key"] for labels in _LABELS.values())
_VALUE = frozenset(labels["rules_value"] for labels in _LABELS.values())


# A copy of a sheet as Excel (`计分规则 (2)`), WPS (`计分规则(2)`) or LibreOffice (`计分规则_2`)
# names it, in a workbook of several forms and their rules: the name's number after it.
_COPY = re.compile(r"(?:\s*(?:[(（]\d+[)）]|_\d+))?")


def is_rules_sheet(grid: Grid) -> bool:
    name = grid.name.strip()
    return any(
        name.startswith(sheet) and _COPY.fullmatch(name, len(sheet)) is not None
        for sheet in SHEET_NAMES
    )


def rules_sheets(every: Sequence[Grid], forms: Sequence[Grid]) -> list[tuple[Grid, Grid]]:
    """Each form's rules sheet, as (form, sheet): of the rules sheets after the form and
    before the next one, the first — `show --format xlsx` writes a form, then its rules; a
    rules sheet before every form is the first form's (a workbook of one form: its rules
    sheet wherever it stands). A form may have none."""
    pairs: dict[int, tuple[Grid, Grid]] = {}
    form: Grid | None = None
    before: Grid | None = None  # a rules sheet before every form
    for grid in every:
        if any(grid is f for f in forms):
            if form is None and before is not None:
                pairs[id(grid)] = (grid, before)
            form = grid
        elif not is_rules_sheet(grid):
            continue
        elif form is None:
            before = before or grid
        elif id(form) not in pairs:
            pairs[id(form)] = (form, grid)
    return list(pairs.values())


def read_rules_sheet(grid: Grid) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The settings the sheet gives, and what in it could not be read."""
    cells = Cells(grid)
    header = _header(cells)
    if header is None:
        return {}, []
    row, key_col, value_col = header
    settings: dict[str, Any] = {}
    for at in range(row + 1, len(grid.rows)):
        key, text = cells.text(at, key_col), cells.text(at, value_col)
        if not key and not text:
            continue
        if key not in Rules.model_fields:
            reason = Phrase("reason.unknown_setting")
            cells.report("T007", at, key_col, {"text": key or "“”", "reason": reason})
            continue
        value = _value(text)
        if value is None:
            reason = Phrase("reason.setting_value")
            cells.report("T007", at, value_col, {"text": text or "“”", "reason": reason})
            continue
        settings[key] = value[0]
    return settings, cells.diagnostics


def _header(cells: Cells) -> tuple[int, int, int] | None:
    """The headings' row and the columns of the keys and the values."""
    found = cells.find_where(lambda text: text in _KEY)
    if found is None:
        return None
    row, key_col = found
    value_col = next((col for col, text in cells.filled(row) if text in _VALUE), None)
    return None if value_col is None else (row, key_col, value_col)


def _value(text: str) -> tuple[Any] | None:
    """The value the text gives as YAML, its numbers exact; None when it is not YAML (or
    nothing at all)."""
    if not text:
        return None
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    return (_exact(value),)


def _exact(value: Any) -> Any:
    """Floats as the decimals they were written as (`0.1`, not 0.1000000000000000055…)."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {str(key): _exact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_exact(item) for item in value]
    return value
