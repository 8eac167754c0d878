"""JSON with exact numbers: Decimals are written as their decimal text, never through float."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import Enum


def dumps(value: object, *, indent: int = 2) -> str:
    parts: list[str] = []
    _write(value, parts, indent, 0)
    return "".join(parts)


def _write(value: object, out: list[str], indent: int, depth: int) -> None:
    if isinstance(value, Decimal):
        out.append(_number(value))
    elif value is None or isinstance(value, bool | int | str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, Enum):
        out.append(json.dumps(value.value, ensure_ascii=False))
    elif isinstance(value, Mapping):
        _container("{", "}", list(value.items()), out, indent, depth, keyed=True)
    elif isinstance(value, Sequence):
        _container("[", "]", list(value), out, indent, depth, keyed=False)
    else:
        raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _container(
    open_: str,
    close: str,
    items: list[object],
    out: list[str],
    indent: int,
    depth: int,
    *,
    keyed: bool,
) -> None:
    if not items:
        out.append(open_ + close)
        return
    pad = "\n" + " " * (indent * (depth + 1))
    out.append(open_)
    for position, item in enumerate(items):
        out.append(pad)
        if keyed:
            assert isinstance(item, tuple)
            out.append(json.dumps(str(item[0]), ensure_ascii=False) + ": ")
            item = item[1]
        _write(item, out, indent, depth + 1)
        if position < len(items) - 1:
            out.append(",")
    out.append("\n" + " " * (indent * depth) + close)


def _number(value: Decimal) -> str:
    if not value.is_finite():
        raise ValueError(f"{value} has no JSON form")
    return format(abs(value) if value.is_zero() else value, "f")
