"""The scoring rules sheet of `perfcheck show --format xlsx`: the settings the target file
itself gives under `rules:` (not the defaults, not a profile's), one a row: the key as the YAML
writes it, its value as the YAML writes it (`0.1`, `false`, `{产出指标: 50, 效益指标: 30}`) and
what it is in words. `perfcheck import` reads it back (importing/rules_sheet.py), so that the
form keeps how the file is scored. A file without rules of its own gets no such sheet."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from pydantic import BaseModel

from perfcheck.diagnostics import Lang
from perfcheck.model.rules import Rules
from perfcheck.reading.yaml_scalars import quoted, scalar
from perfcheck.reports.summary.xlsx.grid import HEAD, TEXT, Column, Columns, Grid
from perfcheck.text import words

LABELS = words("target_form")
RULES = Columns(Column("key", 26), Column("value", 40), Column("label", 40))
_FLOW = set(",[]{}")  # what a key or text in a flow mapping must not hold unquoted


def given_settings(rules: Rules) -> list[str]:
    """The keys the target file itself gives, in the order the rules declare them."""
    return [key for key in Rules.model_fields if rules.given_in_file(key)]


def rules_sheet(book: Workbook, rules: Rules, lang: Lang) -> None:
    """The sheet, when the file gives any setting: its headings, then a row per setting."""
    keys = given_settings(rules)
    if not keys:
        return
    labels = LABELS[lang]
    grid = Grid(book.create_sheet(labels["rules_sheet"]), RULES)
    for column, key in enumerate(("rules_key", "rules_value", "rules_label"), start=1):
        grid.put(1, column, labels[key], HEAD)
    for row, key in enumerate(keys, start=2):
        grid.put(row, 1, key, TEXT)
        grid.put(row, 2, setting_text(getattr(rules, key)), TEXT)
        grid.put(row, 3, setting_label(key, lang), TEXT)
    grid.fit()


def setting_text(value: Any) -> str:
    """A setting's value as YAML text, a mapping in flow style on one line."""
    if isinstance(value, BaseModel):
        value = value.model_dump()
    if isinstance(value, dict):
        items = (f"{_flow(key)}: {setting_text(item)}" for key, item in value.items())
        return "{" + ", ".join(items) + "}"
    return _flow(value)


def _flow(value: Any) -> str:
    text = scalar(value)
    return quoted(str(value)) if isinstance(value, str) and _FLOW & set(text) else text


def setting_label(key: str, lang: Lang) -> str:
    """What the setting is, in words: its description's part in the language, up to its
    first explanation (`得分舍入单位：1、0.1…` → 得分舍入单位)."""
    description = Rules.model_fields[key].description or key
    zh, _, en = description.partition(" / ")
    by_lang: dict[Lang, str] = {
        "zh": zh.split("：")[0].split("，")[0],
        "en": (en or zh).split(":")[0].split(";")[0],
    }
    return by_lang[lang].strip()
