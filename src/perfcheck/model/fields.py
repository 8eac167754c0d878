"""What every file model shares: the base class, and the field types of text and amounts."""

from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from perfcheck.model.bounds import LARGEST, NonNegative
from perfcheck.model.notation.numbers import parse_number
from perfcheck.model.schema import AMOUNT_TEXT, MONEY_TEXT, strings_match

NOT_BLANK = r"\S"  # text with something in it besides blanks
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    Field(json_schema_extra={"pattern": NOT_BLANK}),
]


def _amount(value: Any) -> Any:
    """Money as published: `15,213.00` and full-width digits are fine."""
    if isinstance(value, str):
        try:
            return parse_number(value)
        except ValueError:
            return value
    return value


Amount = Annotated[
    NonNegative,
    BeforeValidator(_amount, json_schema_input_type=Annotated[Decimal, Field(ge=0, le=LARGEST)]),
    Field(json_schema_extra=strings_match(AMOUNT_TEXT)),
]


# A budget amount: as `Amount`, or with its money unit (`250万`, `1.2亿元`), which the file
# reads in its money_unit (`in_money_unit`; an actuals file in its target file's).
MoneyAmount = Annotated[
    NonNegative,
    BeforeValidator(_amount, json_schema_input_type=Annotated[Decimal, Field(ge=0, le=LARGEST)]),
    Field(json_schema_extra=strings_match(MONEY_TEXT)),
]


class Model(BaseModel):
    """The base of every file model: unknown keys refused, values frozen once read."""

    # defer_build: a model's validator is built when first used, so a run that reads only
    # target files never pays for the actuals model.
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)
