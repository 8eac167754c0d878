"""The actuals file (实际完成值): what a department achieved, read against its target file
(model.readings)."""

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from perfcheck.model.bounds import Share, Signed, representable
from perfcheck.model.fields import Amount, Model, MoneyAmount, Text
from perfcheck.model.indicators import ANY_ID
from perfcheck.model.notation.numbers import parse_amount
from perfcheck.model.notation.units import in_unit, money_written
from perfcheck.model.period import Period, parse_period
from perfcheck.model.schema import PERIOD_TEXT, no_null, share_text, strings_match, whole
from perfcheck.reading.yaml_scalars import kind_of_value
from perfcheck.text import Phrase


def _share(value: Any) -> Any:
    """A share written as a fraction (0.9) or a percentage (`90%`)."""
    if isinstance(value, str):
        try:
            amount = parse_amount(value)
        except ValueError:
            return value
        if amount.unit == "%" and representable(amount.value):  # bounded before dividing
            return amount.value / 100
        if amount.unit in ("", "%"):  # a % too large to divide is refused by the bounds
            return amount.value
    return value


def _entry(value: Any) -> Any:
    """A bare value stands for `{value: …}`."""
    return value if isinstance(value, dict) else {"value": value}


def _reason(value: Any) -> Any:
    """`not_applicable:` written with nothing after it still needs its reason."""
    if value is None:
        raise PydanticCustomError("S003", "expected text (the reason), got null", _TEXT_NOT_NULL)
    return value


_TEXT_NOT_NULL = {"expected": Phrase("expected.reason"), "actual": Phrase("kind.null")}


def _value(value: Any) -> Any:
    """A number, text or nothing: one error for anything else (not one per union member)."""
    if isinstance(value, Decimal) and not value.is_finite():
        raise PydanticCustomError("S005", "not a finite number", _NOT_FINITE)
    if type(value) is date:  # `2023-10-15` unquoted: the date a deadline was met, as written
        return value.isoformat()
    if (
        value is None
        or isinstance(value, Decimal | str)
        or (isinstance(value, int) and not isinstance(value, bool))
    ):
        return value
    raise PydanticCustomError("S003", "expected a number or text", _number_or_text(value))


def _number_or_text(value: Any) -> dict[str, object]:
    return {"expected": Phrase("expected.number_or_text"), "actual": kind_of_value(value)}


_NOT_FINITE = {"detail": Phrase("detail.not_finite")}


def _period(value: Any, info: ValidationInfo) -> Any:
    if isinstance(value, str) and parse_period(value) is None:
        year_of_targets = (info.context or {}).get(TARGETS_YEAR)
        args = period_args(value, year_of_targets() if year_of_targets is not None else None)
        raise PydanticCustomError("S020", "bad period", args)
    return value


# The validation context's key for a function giving the year of the target file an actuals
# file is read against (None when it cannot be read): called only for a period S020 refuses.
TARGETS_YEAR = "targets_year"


_YEAR = r"(?<!\d)(?:19|20|21)\d\d(?!\d)"  # for S020 only: compiled then (re keeps it)


def period_args(text: str, targets_year: int | None = None) -> dict[str, object]:
    """S020's arguments: the examples are in the year the period names (`2023年一季度` → 2023Q1),
    else in the year of the target file it is read against, else say `年份` (YYYY)."""
    year = re.search(_YEAR, text.translate(_FULL_WIDTH_DIGITS))
    if year is not None:
        return {"period": text, "year": year.group()}
    return {"period": text, "year": targets_year or Phrase("S020.any_year")}


_FULL_WIDTH_DIGITS = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})


Likelihood = Literal["确定能", "有可能", "完全不可能"]  # certain, possible, impossible


def _said(text: str | None) -> str | None:
    """An explanation of blanks explains nothing: none was given."""
    return text if text is not None and text.strip() else None


def _no_parts() -> dict[str, Decimal | str]:
    """An entry's parts when it gives none: a fresh mapping per entry (a default of {} would be
    deep-copied for every one; a builtin factory has pydantic read its signature from text)."""
    return {}


class ActualEntry(Model):
    """One indicator's actual value (实际完成值) and what goes with it."""

    value: Annotated[Decimal | str | None, BeforeValidator(_value)] = Field(
        None,
        description="实际完成值：数值（按指标单位）、带单位的文字（98%）或定性等级（优）/ value",
    )
    explanation: str | None = Field(
        None, description="偏差原因分析及改进措施 / explanation of a deviation"
    )
    not_applicable: Annotated[Text | None, BeforeValidator(_reason)] = Field(
        None,
        description="不适用的原因；该指标不计分，总分按比例折算 / reason it does not apply",
        json_schema_extra=no_null,
    )
    adjustment: Signed | None = Field(
        None, description="评审人工调整的分数（须附说明）/ manual adjustment by the reviewer"
    )
    score_rate: Annotated[Share | None, BeforeValidator(_share)] = Field(
        None,
        description="定性指标在档次内的得分率，如 0.85 或 85% / qualitative share within its "
        "band, e.g. 0.85 or 85%",
        json_schema_extra=strings_match(share_text),
    )
    forecast: Annotated[Decimal | str | None, BeforeValidator(_value)] = Field(
        None, description="全年预计完成值（运行监控）/ full-year forecast, written like value"
    )
    likelihood: Likelihood | None = Field(
        None, description="完成可能性：确定能、有可能、完全不可能 / likelihood of completion"
    )
    parts: dict[str, Annotated[Decimal | str, BeforeValidator(_value)]] = Field(
        default_factory=_no_parts,
        json_schema_extra={"default": {}},
        description="“其中”子项的实际完成值，键为子项名称，写法同 value；不计分 / the sub-rows' "
        "actual values by name, written like value; never scored",
    )

    _explained = field_validator("explanation")(_said)


_BUDGET_AMOUNTS = ("initial", "adjusted", "spent")


class BudgetActuals(Model):
    """预算执行情况."""

    initial: MoneyAmount | None = Field(None, description="年初预算数 / budget at start of year")
    adjusted: MoneyAmount | None = Field(None, description="全年预算数 / full-year budget")
    spent: MoneyAmount = Field(description="全年执行数 / amount spent")
    explanation: str | None = Field(None, description="执行率偏低的原因 / explanation")

    _explained = field_validator("explanation")(_said)

    # The unit each amount was written with (`spent: 1.2亿元`), its number kept as written
    # until the target file's money_unit is known (`in_money_unit`).
    _units: dict[str, str] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _with_units(cls, data: Any, handler: "ModelWrapValidatorHandler[BudgetActuals]") -> Any:
        units: dict[str, str] = {}
        if isinstance(data, dict):
            data = dict(data)
            for key in _BUDGET_AMOUNTS:
                written = money_written(data[key]) if isinstance(data.get(key), str) else None
                if written is not None and representable(written[0]):
                    data[key], units[key] = written
        budget = handler(data)
        budget._units = units
        return budget

    def in_money_unit(self, money_unit: str) -> "BudgetActuals":
        """The amounts in the target file's money unit: `1.2亿元` is 12000 in a 万元 file."""
        converted = {
            key: in_unit(getattr(self, key), unit, money_unit) or getattr(self, key)
            for key, unit in self._units.items()
        }
        if not converted:
            return self
        budget = self.model_copy(update=converted)
        budget._units = {}
        return budget


def _percent_text(value: Any) -> Any:
    """A printed rate keeps its digits; the % sign after them says nothing more."""
    if isinstance(value, str) and value.strip().endswith(("%", "％")):
        return value.strip()[:-1].strip()
    return value


class Published(Model):
    """The figures a published self-evaluation printed (得分, 总分, 等级), recorded as found so
    that they can be checked against perfcheck's own; no score is taken from them."""

    total: Amount | None = Field(None, description="总分（原表所印）/ total as published")
    grade: Text | None = Field(None, description="自评等级（原表所印）/ grade as published")
    budget: Amount | None = Field(
        None, description="预算执行率得分（原表所印）/ budget execution score as published"
    )
    scores: dict[str, Amount] = Field(
        default={},
        description="各指标得分（原表所印），键为指标编号 / each indicator's score as published, "
        "by id",
    )
    points: dict[str, Amount] = Field(
        default={},
        description="各指标分值（原表所印），键为指标编号；用于目标表未给分值的指标 / each "
        "indicator's points as published, by id; used where the target file gives none",
    )
    rate: Annotated[Amount | None, BeforeValidator(_percent_text)] = Field(
        None,
        description="预算执行率（原表所印），百分数，如 97.79 或 97.79% / budget execution rate "
        "as published, a percentage such as 97.79 or 97.79%",
    )


class ActualsFile(Model):
    """实际完成值文件: one period's actual values against one target file."""

    schema_: str | None = Field(None, alias="$schema", description="JSON Schema (for editors)")
    targets: Text = Field(description="目标表路径（相对本文件）/ target file, relative to this one")
    period: Annotated[str, BeforeValidator(_period)] = Field(
        description="期间：2022Q1…2022Q4 或 2022-01…2022-12 / period",
        json_schema_extra={"pattern": PERIOD_TEXT},
    )
    budget: BudgetActuals = Field(description="预算执行 / budget execution")
    annual_goal: str | None = Field(
        None, description="年度总体目标实际完成情况 / what the overall annual goal achieved"
    )
    actuals: dict[
        str,
        Annotated[
            ActualEntry,
            BeforeValidator(_entry, json_schema_input_type=ActualEntry | Decimal | str | None),
        ],
    ] = Field(
        default={},
        description="各指标实际完成值，键为指标编号或三级指标名称 / actual values by id or by "
        "the indicator's exact name",
        json_schema_extra={"propertyNames": {"pattern": whole(ANY_ID)}},
    )
    published: Published | None = Field(
        None, description="原表所印的得分、总分和等级 / the published scores, total and grade"
    )

    @field_validator("actuals", mode="before")
    @classmethod
    def _none_yet(cls, value: Any) -> Any:
        """`actuals:` with nothing under it, as before the first figures: no actuals."""
        return {} if value is None else value

    def in_money_unit(self, money_unit: str) -> "ActualsFile":
        """The file with its budget amounts in the target file's money unit."""
        budget = self.budget.in_money_unit(money_unit)
        return self if budget is self.budget else self.model_copy(update={"budget": budget})

    @property
    def parsed_period(self) -> Period:
        period = parse_period(self.period)
        assert period is not None  # validated above
        return period
