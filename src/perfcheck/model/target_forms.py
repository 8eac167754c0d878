"""A row's target (指标值) in its three forms: measured (`≥17次/年`), graded (定性, 有效) or a time
(`2023年12月底前`); read from the compact text tables print, or from the structured mapping."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    field_validator,
)
from pydantic_core import PydanticCustomError

from perfcheck.codes import CODES
from perfcheck.model.bounds import NonNegative
from perfcheck.model.fields import NOT_BLANK, Model, Text
from perfcheck.model.names import names_a_rate
from perfcheck.model.notation.comparators import (
    Comparator,
    Direction,
    parse_comparator,
    parse_direction,
)
from perfcheck.model.notation.dates import Deadline
from perfcheck.model.notation.errors import NotationError
from perfcheck.model.notation.target_text import Qualitative, Quantity, parse_target
from perfcheck.model.schema import JsonDict, comparator_schema
from perfcheck.reading.invisible import visible
from perfcheck.text import Phrase


def _custom_error(error: NotationError) -> PydanticCustomError:
    """A target's notation error as pydantic reports it: its code, pydantic's English message,
    and the arguments the finding is worded from."""
    return PydanticCustomError(
        error.code, CODES[error.code].render("en", error.args_), dict(error.args_)
    )


def _comparator(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, Comparator):  # a target read from text
        try:
            return parse_comparator(value)
        except NotationError as error:
            raise _custom_error(error) from None
    return value


_BLANK_UNIT = {"detail": Phrase("detail.blank_unit")}


# What the schema requires of a measured target depends on where it stands: its comparator
# unless the row (or the file) has a direction, its unit unless the row's name says what it
# counts (W007). The definition leaves both out; the rows put them back (`measured_needs`).
def _comparator_and_unit_by_context(schema: JsonDict) -> None:
    schema["required"] = [key for key in schema.get("required", []) if key == "value"]
    for key in ("minLength", "pattern"):
        schema["properties"]["unit"].pop(key, None)


class QuantitativeTarget(Model):
    """A measured target: comparator, value, unit (`≥17次/年`)."""

    model_config = ConfigDict(json_schema_extra=_comparator_and_unit_by_context)

    comparator: Annotated[Comparator, BeforeValidator(_comparator)] = Field(
        description="比较符 / comparator: ≥ ＞ = ≤ ＜ (>= > = <= <, 大于等于, 不低于 …)",
        json_schema_extra=comparator_schema,
    )
    value: NonNegative = Field(description="指标值 / target value")
    unit: Text = Field(description="计量单位 / unit, e.g. 次, %, 万元")

    @field_validator("unit", mode="before")
    @classmethod
    def _unit_written(cls, value: Any) -> Any:
        """`次` and `次\u200f` are one unit (W005); a blank unit is told what to write."""
        if not isinstance(value, str):
            return value
        unit = visible(value)
        if not unit.strip():
            raise PydanticCustomError("S005", "the unit is empty", _BLANK_UNIT)
        return unit

    @field_validator("value")
    @classmethod
    def _unsigned_zero(cls, value: Decimal) -> Decimal:
        return value.copy_abs() if value.is_zero() else value  # -0 is 0, and is shown so

    @property
    def quantity(self) -> Quantity:
        return Quantity(self.comparator, self.value, self.unit)

    def text(self) -> str:
        return self.quantity.text()


class QualitativeTarget(Model):
    """A graded target (定性) on a named scale, or words such as 有效 on the three-band one."""

    scale: Text = Field(description="评价等级名称 / grade scale, e.g. 优良中低差")
    phrase: Text | None = Field(
        None, description="指标值原文，如 有效、显著提升 / the target as published"
    )

    _visible_scale = field_validator("scale")(visible)

    def text(self) -> str:
        return Qualitative(self.scale, self.phrase).text()


class TimeTarget(Model):
    """A date, deadline or time range (`2023年12月底前`, `2023.07-2024.01`)."""

    start: date | None = Field(None, description="不早于 / not before (a range's first day)")
    end: date = Field(description="不晚于 / no later than (a deadline's last day)")
    phrase: Text | None = Field(
        None, description="指标值原文，如 2023年12月底前 / the target as published"
    )

    @property
    def deadline(self) -> Deadline:
        return Deadline(self.start, self.end, self.phrase)

    def text(self) -> str:
        return self.deadline.text()


# As the loader reads them (parse_direction); the schema lists them so that an editor offers them.
DirectionText = Literal["正向", "反向", "定性", "positive", "negative", "qualitative"]


def _direction(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return parse_direction(value)
        except NotationError as error:
            raise _custom_error(error) from None
    return value


RowDirection = Annotated[
    Direction | None, BeforeValidator(_direction, json_schema_input_type=DirectionText | None)
]


def _unit_hint(info: ValidationInfo) -> str:
    """The unit a suggestion offers when a target has none: % for a rate (…率, …满意度)."""
    name = info.data.get("name")
    return "%" if isinstance(name, str) and names_a_rate(name) else "次"


def _target_input(value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
    """The compact published form becomes the structured one; a row's direction supplies a
    missing comparator."""
    if type(value) is str:  # most rows: the target as the table prints it
        return _target_text(value, _row_direction(info), handler, info)
    if isinstance(value, bool) or value is None:
        return handler(value)
    direction = _row_direction(info)
    if isinstance(value, str | int | Decimal):
        return _target_text(str(value), direction, handler, info)
    if isinstance(value, dict) and value.keys() & TIME_KEYS:
        return handler(value)
    bare = isinstance(value, dict) and not value.keys() & {"scale", "comparator"}
    if bare and direction is not None and direction.comparator is not None:
        return handler({**value, "comparator": direction.comparator})
    if isinstance(value, dict) and "scale" in value and value.keys() & _QUANTITATIVE_KEYS:
        raise PydanticCustomError(
            "S010",
            "a target is either quantitative or qualitative",
            {
                "text": "{…}",
                "reason": Phrase("reason.both_target_forms"),
            },
        )
    return handler(value)


def _row_direction(info: ValidationInfo) -> Direction | None:
    direction = info.data.get("direction")
    return direction if isinstance(direction, Direction) else None


_TABLE_YEAR: ContextVar[int | None] = ContextVar("table_year", default=None)


@contextmanager
def dated_in(year: int | None) -> Iterator[None]:
    """Within: a target written as a date without a year (`11月底之前`) is in `year`, the year of
    the table whose rows are validated."""
    token = _TABLE_YEAR.set(year)
    try:
        yield
    finally:
        _TABLE_YEAR.reset(token)


# Targets read from text, by the text, the row's direction and the table's year: the same few
# notations recur across indicators and files, and a target once validated is frozen, so that
# one instance serves every row that writes it. (The unit hint only words an error, and errors
# are not kept.)
_TARGETS_READ: dict[tuple[str, Direction | None, int | None], BaseModel] = {}
_TARGETS_KEPT = 8192


def _target_text(
    text: str,
    direction: Direction | None,
    handler: ValidatorFunctionWrapHandler,
    info: ValidationInfo,
) -> Any:
    year = _TABLE_YEAR.get()
    known = _TARGETS_READ.get((text, direction, year))
    if known is not None:
        return known
    try:
        parsed = parse_target(text, direction, _unit_hint(info), year)
    except NotationError as error:
        raise _custom_error(error) from None
    target = handler(structured(parsed))
    if len(_TARGETS_READ) >= _TARGETS_KEPT:
        _TARGETS_READ.clear()
    _TARGETS_READ[(text, direction, year)] = target
    return target


_QUANTITATIVE_KEYS = {"comparator", "value", "unit"}
TIME_KEYS = {"start", "end"}


def structured(parsed: Quantity | Qualitative | Deadline) -> dict[str, Any]:
    if isinstance(parsed, Qualitative):
        return {"scale": parsed.scale} | ({"phrase": parsed.phrase} if parsed.phrase else {})
    if isinstance(parsed, Deadline):
        return {"start": parsed.start, "end": parsed.end, "phrase": parsed.phrase}
    return {"comparator": parsed.comparator, "value": parsed.value, "unit": parsed.unit}


def _target_kind(value: Any) -> str | None:
    if isinstance(value, dict):
        if value.keys() & TIME_KEYS:
            return "time"
        return "qualitative" if "scale" in value else "quantitative"  # mixed: see _target_input
    if isinstance(value, QualitativeTarget):
        return "qualitative"
    if isinstance(value, QuantitativeTarget):
        return "quantitative"
    if isinstance(value, TimeTarget):
        return "time"
    return None


TARGET_FORMS: dict[str, type[Model]] = {
    "quantitative": QuantitativeTarget,
    "qualitative": QualitativeTarget,
    "time": TimeTarget,
}

Target = Annotated[
    Annotated[QuantitativeTarget, Tag("quantitative")]
    | Annotated[QualitativeTarget, Tag("qualitative")]
    | Annotated[TimeTarget, Tag("time")],
    Discriminator(
        _target_kind,
        custom_error_type="S010",
        custom_error_message="a target is text such as ≥17次/年 or a mapping",
        custom_error_context={
            "text": "",
            "reason": Phrase("reason.target_form"),
        },
    ),
    WrapValidator(
        _target_input,
        json_schema_input_type=Annotated[str, Field(json_schema_extra={"pattern": NOT_BLANK})]
        | QuantitativeTarget
        | QualitativeTarget
        | TimeTarget,
    ),
]


# A structured target that is measured: neither a scale nor a time.
_MEASURED: JsonDict = {
    "type": "object",
    "not": {"anyOf": [{"required": ["scale"]}, {"required": ["start"]}, {"required": ["end"]}]},
}


def measured_needs(key: str) -> JsonDict:
    """A row's target, when it is a structured measured one, must write `key`."""
    need: JsonDict = {"required": [key]}
    if key == "unit":
        need["properties"] = {"unit": {"minLength": 1, "pattern": NOT_BLANK}}
    return {"if": _MEASURED, "then": need}
