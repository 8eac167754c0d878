"""The numbers a file may hold: none above a trillion, none finer than a millionth, so that every
computation stays exact; the field types that hold a file to them, and the check before any
arithmetic."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from perfcheck.model.schema import DECIMAL_TEXT, UNSIGNED_TEXT, strings_match
from perfcheck.text import Phrase

# Bounds that keep every computation exact within the engine's precision: no amount, count or
# point is above a trillion, none finer than a millionth.
LARGEST = Decimal("1e12")
FINEST_PLACES = 6

# A number may be written as text (`"12.5"`): the schema says which text (model.schema), and the
# loader reads no other (Python's Decimal alone would also take `0._` or `_1_`).


def _written_like(pattern: str) -> BeforeValidator:
    shape = re.compile(pattern)

    def check(value: Any) -> Any:
        if isinstance(value, str) and shape.search(value) is None:
            raise PydanticCustomError("decimal_parsing", "Input should be a valid decimal")
        return value

    return BeforeValidator(check)


NonNegative = Annotated[
    Decimal,
    Field(
        ge=0,
        le=LARGEST,
        decimal_places=FINEST_PLACES,
        allow_inf_nan=False,
        json_schema_extra=strings_match(UNSIGNED_TEXT),
    ),
    _written_like(UNSIGNED_TEXT),
]
Signed = Annotated[
    Decimal,
    Field(
        ge=-LARGEST,
        le=LARGEST,
        decimal_places=FINEST_PLACES,
        allow_inf_nan=False,
        json_schema_extra=strings_match(DECIMAL_TEXT),
    ),
    _written_like(DECIMAL_TEXT),
]
Share = Annotated[
    Decimal,
    Field(
        ge=0,
        le=1,
        decimal_places=FINEST_PLACES,
        allow_inf_nan=False,
        json_schema_extra=strings_match(UNSIGNED_TEXT),
    ),
    _written_like(UNSIGNED_TEXT),
]


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
