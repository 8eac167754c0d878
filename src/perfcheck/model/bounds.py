"""The numbers a file may hold: none above a trillion, none finer than a millionth, so that every
computation stays exact; the field types that hold a file to them, and the check before any
arithmetic."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Annotated, Any

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from perfcheck.model.schema import DECIMAL_TEXT, UNSIGNED_TEXT, strings_match
from perfcheck.text import Phrase

# Bounds that keep every computation exact within the engine's precision: no amount, count or
# point is above a trillion, none finer than a millionth.
LARGEST = Decimal("1e12")
FINEST_PLACES = 6


def _exact(low: int | Decimal, high: int | Decimal, pattern: str) -> tuple[Any, ...]:
    """What a Decimal field between `low` and `high` is annotated with: no finer than
    FINEST_PLACES, finite, and written as text only as `pattern` says (the schema says which
    text, model.schema; the loader reads no other: Python's Decimal alone would also take `0._`
    or `_1_`)."""

    def written_like(value: Any) -> Any:
        if isinstance(value, str) and _compiled(pattern).search(value) is None:
            raise PydanticCustomError("decimal_parsing", "Input should be a valid decimal")
        return value

    return (
        Field(
            ge=low,
            le=high,
            decimal_places=FINEST_PLACES,
            allow_inf_nan=False,
            json_schema_extra=strings_match(pattern),
        ),
        BeforeValidator(written_like),
    )


@cache  # compiled when a file first writes such a number as text, not at every start
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


NonNegative = Annotated[Decimal, *_exact(0, LARGEST, UNSIGNED_TEXT)]
Signed = Annotated[Decimal, *_exact(-LARGEST, LARGEST, DECIMAL_TEXT)]
Share = Annotated[Decimal, *_exact(0, 1, UNSIGNED_TEXT)]


def representable(value: Decimal) -> bool:
    """Within the bounds above: no larger than a trillion, no finer than a millionth.

    Only comparisons and the exponent are used: arithmetic on a value such as 1e1000000 (even
    abs()) overflows the decimal context, so nothing may compute before this check."""
    exponent = value.as_tuple().exponent
    return (
        value.is_finite()
        and isinstance(exponent, int)
        and exponent >= -FINEST_PLACES
        and -LARGEST <= value <= LARGEST
    )


# S005's arguments for a number outside the bounds.
OUT_OF_RANGE = {"detail": Phrase("detail.out_of_range")}
