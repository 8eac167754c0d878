"""JSON with exact numbers: Decimals are written as their decimal text, never through float.

The text is exactly what `json.dumps(value, ensure_ascii=False, indent=2)` writes, Decimals as
numbers. The standard library indents in pure Python, through a chain of generators per level;
this writer appends to one list and leaves escaping to the C string encoder, which makes a
10,000-indicator report several times faster.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

Escape = Callable[[str], str]


def dumps(value: object, *, indent: int | None = 2) -> str:
    """json.dumps's text, indented or (indent=None) on one line."""
    # the C escaper, as json.dumps uses it: imported here, as the json package is only needed
    # by a run that writes JSON
    from json.encoder import encode_basestring as escape

    chunks: list[str] = []
    if indent is None:
        _write(value, chunks, "", "", ", ", escape)
    else:
        _write(value, chunks, "\n", " " * indent, ",", escape)
    return "".join(chunks)


# Tested with a tuple, not `dict | list | tuple`: a union type is the slower test in a loop
# that runs once per value of a report.
_CONTAINERS = (dict, list, tuple)


def _write(
    value: object, chunks: list[str], newline: str, step: str, comma: str, escape: Escape
) -> None:
    """Append `value`'s text; `newline` is a line break followed by the current indentation
    (empty on one line), `comma` what separates items."""
    if isinstance(value, dict):
        if not value:
            chunks.append("{}")
            return
        inner = newline + step
        separator = "{" + inner
        for key, item in value.items():
            name = escape(key if type(key) is str else _key(key, escape))
            if isinstance(item, _CONTAINERS):
                chunks.append(f"{separator}{name}: ")
                _write(item, chunks, inner, step, comma, escape)
            elif type(item) is str:  # most values: text, escaped by the C encoder
                chunks.append(f"{separator}{name}: {escape(item)}")
            else:
                chunks.append(f"{separator}{name}: {_scalar(item, escape)}")
            separator = comma + inner
        chunks.append(newline + "}")
    elif isinstance(value, list | tuple):
        if hasattr(value, "_fields"):  # a record (NamedTuple): a report gives its fields by name
            raise TypeError(f"cannot write {type(value).__name__} as JSON")
        if not value:
            chunks.append("[]")
            return
        inner = newline + step
        separator = "[" + inner
        for item in value:
            if isinstance(item, _CONTAINERS):
                chunks.append(separator)
                _write(item, chunks, inner, step, comma, escape)
            else:
                chunks.append(separator + _scalar(item, escape))
            separator = comma + inner
        chunks.append(newline + "]")
    else:
        chunks.append(_scalar(value, escape))


def _scalar(value: object, escape: Escape) -> str:
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, Decimal):
        return _number(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _key(key: Any, escape: Escape) -> str:
    """Keys as json.dumps writes them: text as it is, numbers and constants as JSON text."""
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, bool | int | float):
        return _scalar(key, escape)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _float(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"{value} has no JSON form")
    return float.__repr__(value)


def _number(value: Decimal) -> str:
    if not value.is_finite():
        raise ValueError(f"{value} has no JSON form")
    return format(abs(value) if value.is_zero() else value, "f")
