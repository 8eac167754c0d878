"""JSON with exact numbers: Decimals are written as their decimal text, never through float.

The standard encoder does the work; each Decimal travels through it as a marked string that is
then unquoted, so the output is exactly json.dumps's, with numbers as written.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

_MARK = "\x00"  # cannot occur in perfcheck's text: inputs with NUL bytes are refused
_MARKED = re.compile(r'"\\u0000(-?[0-9]+(?:\.[0-9]+)?)\\u0000"')


def dumps(value: object, *, indent: int = 2) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=indent, default=_marked)
    return _MARKED.sub(r"\1", text)


def _marked(value: object) -> Any:
    """Called by the encoder for what it cannot write itself: Decimals."""
    if isinstance(value, Decimal):
        return _MARK + _number(value) + _MARK
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _number(value: Decimal) -> str:
    if not value.is_finite():
        raise ValueError(f"{value} has no JSON form")
    return format(abs(value) if value.is_zero() else value, "f")
