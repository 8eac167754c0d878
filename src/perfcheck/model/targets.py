"""The target file (绩效目标表) as a validated model."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    StringConstraints,
    Tag,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from perfcheck.codes import CODES
from perfcheck.model.notation import (
    Comparator,
    Deadline,
    Direction,
    NotationError,
    Qualitative,
    Quantity,
    in_unit,
    looks_like_date,
    money_written,
    parse_comparator,
    parse_direction,
    parse_number,
    parse_target,
    scaled_unit,
)
from perfcheck.model.rules import (
    BENEFIT,
    BUILTIN_SCALES,
    COST,
    FRAMEWORK,
    LARGEST,
    OUTPUT,
    SATISFACTION,
    NonNegative,
    Rules,
    Scale,
    representable,
)
from perfcheck.model.schema import (
    AMOUNT_TEXT,
    MONEY_TEXT,
    JsonDict,
    comparator_schema,
    lax_boolean,
    strings_match,
    whole,
)
from perfcheck.reading.invisible import visible
from perfcheck.text import Phrase

# Units of things counted as they happen (次, 个, 人次 …): their totals grow through the year.
COUNT_UNITS = frozenset(
    [
        "次",
        "个",
        "册",
        "套",
        "场",
        "场次",
        "人次",
        "人",
        "户",
        "只",
        "头",
        "件",
        "篇",
        "项",
        "期",
        "批",
        "家",
        "所",
        "条",
        "份",
        "本",
        "台",
        "辆",
        "处",
        "座",
        "名",
        "起",
        "宗",
        "例",
    ]
)

# Money amounts: 收入, 产值, 投资 or 成本 to date build up through the year as counts do.
MONEY_UNITS = frozenset(["元", "千元", "万元", "十万元", "百万元", "千万元", "亿元"])

# The words in 度 that name a share of people or of a whole (a percentage), as indicator names
# end: 服务对象满意度, 政策知晓度, 资金拨付进度. Other words in 度 measure something (长度, 宽度,
# 深度, 温度, 密度, 强度), tell a time (年度, 季度) or an amount (额度, 力度): not rates
# (docs/format.md, "Targets").
RATE_WORDS_IN_DU = (
    "满意度",
    "满意程度",
    "满足度",
    "知晓度",
    "知名度",
    "认知度",
    "认可度",
    "认同度",
    "信任度",
    "美誉度",
    "支持度",
    "参与度",
    "配合度",
    "获得度",
    "普及度",
    "覆盖度",
    "达标度",
    "达成度",
    "完成度",
    "完好度",
    "完整度",
    "准确度",
    "规范度",
    "熟悉度",
    "掌握度",
    "进度",
)

# A name ending in 率 (合格率, 覆盖率) or in one of those words, a closing bracket allowed,
# names a rate: a percentage of something.
_RATE_NAME = re.compile(rf"(?:率|{'|'.join(RATE_WORDS_IN_DU)})[)）]?$")


# A row of the indicator list that is the budget's execution rate, as flat tables list it among
# the weighted rows: 预算执行率, 资金执行率, 项目预算资金执行率, 财政资金支出执行率 …
_BUDGET_ROW_NAME = re.compile(r"(?:项目|财政|部门)?(?:预算资金|预算|资金)(?:支出)?执行率")


@lru_cache(maxsize=4096)  # asked of every row, more than once; names recur across files
def names_budget_execution(name: str) -> bool:
    """Whether an indicator's name is the budget's execution rate (预算执行率, 资金执行率)."""
    return _BUDGET_ROW_NAME.fullmatch(visible(name).strip()) is not None


@lru_cache(maxsize=4096)
def names_a_rate(name: str) -> bool:
    """Whether an indicator's name says it is a rate (…率, …满意度, …知晓度; not …长度)."""
    return _RATE_NAME.search(visible(name)) is not None


# Level-1 names as local forms print them, each standing for a level-1 of the framework: the
# weights, the level-2 map (D003, W002) and the points read them as the standard name; the
# reports keep the published wording (docs/format.md, "Level-1 names").
LEVEL1_SYNONYMS: dict[str, str] = {
    "产出": OUTPUT,
    "效益": BENEFIT,
    "满意度": SATISFACTION,
    "成本": COST,
    "社会公众或服务对象满意度指标": SATISFACTION,
    "社会公众或服务对象满意度": SATISFACTION,
    "社会公众满意度指标": SATISFACTION,
    "服务对象满意度指标": SATISFACTION,
    "服务对象满意度": SATISFACTION,
    "经济效益指标": BENEFIT,
    "社会效益指标": BENEFIT,
    "生态效益指标": BENEFIT,
    "环境效益指标": BENEFIT,
    "可持续影响指标": BENEFIT,
}


# A level-1 cell that carries its group's weight, as some forms print it: 产出指标(70分),
# 效益指标（30分）, 满意度指标（权重10）. The weight is read off as the group's stated weight and
# the name is the level-1 (docs/format.md, "Level-1 names").
_WEIGHTED_LEVEL1 = re.compile(
    r"(?P<name>.*?\S)\s*[（(]\s*(?:权重|分值)?\s*[:：]?\s*"
    r"(?P<points>\d{1,6}(?:\.\d{1,6})?)\s*分?\s*[)）]"
)


@lru_cache(maxsize=1024)  # a level-1 name stands on every row of its group
def weighted_level1(text: str) -> tuple[str, Decimal] | None:
    """A level-1 cell's name and the weight it prints (`产出指标(70分)`: 产出指标, 70), if any."""
    found = _WEIGHTED_LEVEL1.fullmatch(visible(text).strip())
    return None if found is None else (found["name"], Decimal(found["points"]))


_LEVEL2_NAMES = frozenset(name for names in FRAMEWORK.values() for name in names)


def standard_level2(name: str) -> str:
    """The framework's level-2 an abbreviated name stands for, as local forms print them
    (数量 → 数量指标, 社会效益 → 社会效益指标, 服务对象满意度 → 服务对象满意度指标); else itself."""
    full = name + "指标"
    return full if full in _LEVEL2_NAMES else name


def standard_level1(name: str) -> str:
    """The framework's level-1 a published level-1 name stands for (itself when it is one, or
    when it is a local name perfcheck does not know)."""
    return LEVEL1_SYNONYMS.get(name, name)


# A name that says what it counts: …次数, …人数, …个数 (…数量 too), or ending in 人次 / 场次.
_COUNTED = "人次|场次|" + "|".join(sorted(COUNT_UNITS - {"人次", "场次"}))
_COUNTED_NAME = re.compile(rf"(?:({_COUNTED})数量?|(人次|场次))[)）]?$")


def unit_of_name(name: str) -> str | None:
    """The unit an indicator's name makes plain: 次 for 培训次数, 人 for 受益人数; None when
    the name says none (a rate's % is not taken from its name: a rate may be 元/人 as well)."""
    found = _COUNTED_NAME.search(visible(name))
    return (found.group(1) or found.group(2)) if found else None


NOT_BLANK = r"\S"  # text with something in it besides blanks
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    Field(json_schema_extra={"pattern": NOT_BLANK}),
]
INDICATOR_ID = re.compile(r"(\d{1,6})-(\d{1,6})")  # task-number; six digits are more than any table
# An id in a table without tasks: a task-number, a plain number (`3`) or text with a letter in it
# (`A1`, `S001`); `1.2` and the like are refused as a task-number mistyped.
ANY_ID = re.compile(r"\d{1,6}(?:-\d{1,6})?|\S*[^\d.\-\s]\S*(?:\s+\S+)*")


def _custom_error(error: NotationError) -> PydanticCustomError:
    return PydanticCustomError(
        error.code, CODES[error.code].render("en", error.args_), dict(error.args_)
    )


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


class Budget(Model):
    """年度部门整体支出预算."""

    total: MoneyAmount = Field(description="资金总额 / total budget")
    sources: dict[str, MoneyAmount] = Field(
        default={},
        description="资金来源，如 财政拨款、其他资金；合计须等于资金总额 / sources, adding up "
        "to the total",
    )


class Task(Model):
    """年度主要任务."""

    id: Annotated[int, Field(ge=1, le=999_999, strict=True)] = Field(
        description="任务编号 / task number"
    )  # six digits, as in an indicator id
    name: Text = Field(description="任务名称 / task name")
    content: str = Field("", description="主要内容 / main content")


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
# counts (W007). The definition leaves both out; the rows put them back (`_measured_needs`).
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
    if isinstance(value, bool) or value is None:
        return handler(value)
    direction = info.data.get("direction")
    direction = direction if isinstance(direction, Direction) else None
    if isinstance(value, str | int | Decimal):
        return _target_text(str(value), direction, handler, info)
    if isinstance(value, dict) and value.keys() & _TIME_KEYS:
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


# Targets read from text, by the text and the row's direction: the same few notations recur
# across indicators and files, and a target once validated is frozen, so that one instance
# serves every row that writes it. (The unit hint only words an error, and errors are not kept.)
_TARGETS_READ: dict[tuple[str, Direction | None], BaseModel] = {}
_TARGETS_KEPT = 8192


def _target_text(
    text: str,
    direction: Direction | None,
    handler: ValidatorFunctionWrapHandler,
    info: ValidationInfo,
) -> Any:
    known = _TARGETS_READ.get((text, direction))
    if known is not None:
        return known
    try:
        parsed = parse_target(text, direction, _unit_hint(info))
    except NotationError as error:
        raise _custom_error(error) from None
    target = handler(_structured(parsed))
    if len(_TARGETS_READ) >= _TARGETS_KEPT:
        _TARGETS_READ.clear()
    _TARGETS_READ[(text, direction)] = target
    return target


_QUANTITATIVE_KEYS = {"comparator", "value", "unit"}
_TIME_KEYS = {"start", "end"}


def _structured(parsed: Quantity | Qualitative | Deadline) -> dict[str, Any]:
    if isinstance(parsed, Qualitative):
        return {"scale": parsed.scale} | ({"phrase": parsed.phrase} if parsed.phrase else {})
    if isinstance(parsed, Deadline):
        return {"start": parsed.start, "end": parsed.end, "phrase": parsed.phrase}
    return {"comparator": parsed.comparator, "value": parsed.value, "unit": parsed.unit}


def _target_kind(value: Any) -> str | None:
    if isinstance(value, dict):
        if value.keys() & _TIME_KEYS:
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
_DIRECTING = ["正向", "反向", "positive", "negative"]  # directions that supply a comparator
_DIRECTED: JsonDict = {"required": ["direction"], "properties": {"direction": {"enum": _DIRECTING}}}
_DEFAULT_DIRECTED: JsonDict = {
    "required": ["default_direction"],
    "properties": {"default_direction": {"enum": _DIRECTING}},
}


def _measured_needs(key: str) -> JsonDict:
    """A row's target, when it is a structured measured one, must write `key`."""
    need: JsonDict = {"required": [key]}
    if key == "unit":
        need["properties"] = {"unit": {"minLength": 1, "pattern": NOT_BLANK}}
    return {"if": _MEASURED, "then": need}


def _unit_required(schema: JsonDict) -> None:
    """A sub-row's measured target writes its unit (only an indicator's name supplies one)."""
    schema.setdefault("allOf", []).append({"properties": {"target": _measured_needs("unit")}})


class Part(Model):
    """A "其中" sub-row: one part of its indicator (`192只`: 其中 180只 and 12头), shown with it,
    never scored and never counted as an indicator; its target is read as an indicator's."""

    model_config = ConfigDict(json_schema_extra=_unit_required)

    name: Text = Field(description="子项名称 / sub-row name")
    direction: RowDirection = Field(
        None, description="指标性质；省略时同所属指标 / direction; the indicator's when absent"
    )
    target: Target = Field(description="子项指标值，写法同指标 / the sub-row's target")
    note: str | None = Field(None, description="备注 / note")

    def text(self) -> str:
        return self.target.text()


@dataclass(frozen=True, slots=True)
class _TaskNumbered:
    """An id written in a table with tasks, where it must be task-number (see `TargetFile`)."""

    written: Any


def id_form(tasks: bool) -> Phrase:
    """The id form of a table, as S015 names it: task-number with tasks, else free."""
    return Phrase("S015.department" if tasks else "S015.project")


def _indicator_id(value: Any) -> Any:
    tasks = isinstance(value, _TaskNumbered)
    if isinstance(value, _TaskNumbered):
        value = value.written
    form = INDICATOR_ID if tasks else ANY_ID
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        value = str(value)  # `2.3` or `12` unquoted: the same mistake as in text
    if isinstance(value, str) and not form.fullmatch(value.strip()):
        raise PydanticCustomError("S015", "bad indicator id", {"id": value, "form": id_form(tasks)})
    return value.strip() if isinstance(value, str) else value


def _id_optional(schema: dict[str, Any]) -> None:
    """A table without tasks numbers the indicators that have no id (`_numbered`); with tasks
    the file's schema requires it again. A measured target writes its unit unless the name
    says what it counts (`_blank_unit`)."""
    schema["required"] = [key for key in schema.get("required", []) if key != "id"]
    counted = {"required": ["name"], "properties": {"name": {"pattern": _COUNTED_NAME.pattern}}}
    unit = {"if": counted, "else": {"properties": {"target": _measured_needs("unit")}}}
    schema.setdefault("allOf", []).append(unit)


class Indicator(Model):
    """A level-3 indicator (三级指标) with its target (指标值)."""

    model_config = ConfigDict(json_schema_extra=_id_optional)

    id: Annotated[
        str,
        BeforeValidator(_indicator_id, json_schema_input_type=str | Annotated[int, Field(ge=0)]),
    ] = Field(
        description="编号：有年度主要任务时为 任务号-序号，如 2-3；否则可省略，按文件顺序编号 / "
        "id: task-number (e.g. 2-3) when the table has tasks; else optional, numbered in file "
        "order",
        json_schema_extra={"pattern": whole(ANY_ID, blanks=True)},
    )
    level1: Text = Field(
        "",
        description="一级指标；全表省略时为平铺指标清单 / level-1 indicator; absent in a flat list",
    )
    level2: Text = Field(
        "",
        description="二级指标；全表省略时为平铺指标清单 / level-2 indicator; absent in a flat list",
    )
    name: Text = Field(description="三级指标名称 / level-3 indicator name")
    # Read before the target, which takes a missing comparator from it.
    direction: RowDirection = Field(
        None,
        description="指标性质：正向（≥）、反向（≤）、定性；无比较符的指标值按此理解 / direction: "
        "正向 (≥), 反向 (≤), 定性 (also positive, negative, qualitative)",
    )
    target: Target = Field(description="指标值，如 ≥17次/年、=100%、定性优良中低差 / target")
    points: NonNegative | None = Field(None, description="分值（可省略）/ points (optional)")
    cumulative: bool | None = Field(
        None,
        description="是否随时间累计（运行监控按序时进度比较）；省略时按单位推断 / whether it "
        "accumulates over the year; inferred from the unit when absent",
        json_schema_extra=lax_boolean,
    )
    note: str | None = Field(None, description="备注 / note")
    parts: list[Part] = Field(
        default_factory=list,  # a default of [] would be deep-copied for every indicator
        json_schema_extra={"default": []},
        description="“其中”子项：分解本指标，随指标列示，不计分 / sub-rows (其中) that break "
        "the indicator down: shown with it, never scored",
    )

    # Level names are compared with the weights, the framework and one another: an invisible
    # character (reported as W005) must not make a name another. The indicator's own name is
    # kept as written (the reports show such a character escaped); names_a_rate looks past it.
    _visible_names = field_validator("level1", "level2")(visible)

    @property
    def is_budget_row(self) -> bool:
        """The budget's execution rate listed as a row (`预算执行率 ≥90%`): its actual is the
        rate the budget gives (docs/scoring.md, "Budget execution as a row")."""
        target = self.target
        return (
            isinstance(target, QuantitativeTarget)
            and target.unit == "%"
            and names_budget_execution(self.name)
        )

    @property
    def accumulates(self) -> bool:
        """Counts and money amounts grow through the year and are judged against 序时进度, and
        so is spending (the budget's execution rate as a row); rates, times, grades and prices
        (元/人, 元/平方米: a level, not a sum) are not."""
        if self.cumulative is not None:
            return self.cumulative
        if self.is_budget_row:
            return True
        target = self.target
        if not isinstance(target, QuantitativeTarget):
            return False
        _, counted, per = scaled_unit(target.unit)  # 1.2万人 counts people as 人 does
        base = target.unit.partition("/")[0]
        return counted in COUNT_UNITS or (base in MONEY_UNITS and per in ("", "年"))

    @property
    def framework_level1(self) -> str:
        """The standard level-1 its (possibly local) level-1 name stands for."""
        return standard_level1(self.level1)

    @property
    def task(self) -> int:
        """The task the indicator serves: 2 for `2-3` (the id was validated as `n-m`)."""
        return int(self.id.partition("-")[0])

    @property
    def number(self) -> int:
        """Its number within the task: 3 for `2-3`."""
        return int(self.id.partition("-")[2])


def with_level1_weight(row: Any) -> tuple[Any, Decimal | None]:
    """A row whose level-1 cell prints its weight (`产出指标(60分)`) with the level-1 alone,
    and that weight; any other row as it is, and None."""
    level1 = row.get("level1") if isinstance(row, dict) else None
    weighted = weighted_level1(level1) if isinstance(level1, str) else None
    if weighted is None:
        return row, None
    return {**row, "level1": weighted[0]}, weighted[1]


def with_unit_from_name(row: Any) -> tuple[Any, str | None]:
    """A row whose structured quantitative target has no unit written, with the unit its name
    makes plain filled in, and that unit; any other row as it is, and None."""
    unit = _unit_for_blank(row)
    if unit is None:
        return row, None
    return {**row, "target": {**row["target"], "unit": unit}}, unit


def _unit_for_blank(data: Any) -> str | None:
    """The unit to fill in when a structured quantitative target has none written."""
    target = data.get("target") if isinstance(data, dict) else None
    if not isinstance(target, dict) or not isinstance(data.get("name"), str):
        return None  # most rows: a target written as text
    if target.keys() & {"scale", *_TIME_KEYS}:
        return None
    unit = target.get("unit")
    if not (unit is None or (isinstance(unit, str) and not visible(unit).strip())):
        return None
    return unit_of_name(data["name"])


TableKind = Literal["department", "project"]  # 部门整体支出 / 项目支出


def in_money_unit(value: Any, money_unit: str) -> Any:
    """An amount written with its unit (`250万`, `1.2亿元`, `2,500,000元`) as a number in the
    file's money unit (250, 12000, 250 in 万元); anything else as it is, for its own check."""
    written = money_written(value) if isinstance(value, str) else None
    if written is None or not representable(written[0]):  # bounded before it is scaled
        return value
    converted = in_unit(*written, money_unit)
    return value if converted is None or not representable(converted) else converted


def in_money_unit_budget(budget: dict[Any, Any], money_unit: Any) -> dict[Any, Any]:
    unit = money_unit if money_unit in ("元", "万元") else "万元"
    read = (
        {**budget, "total": in_money_unit(budget["total"], unit)} if "total" in budget else budget
    )
    sources = budget.get("sources")
    if isinstance(sources, dict):
        read["sources"] = {name: in_money_unit(amount, unit) for name, amount in sources.items()}
    return read


def _numbered(data: Any) -> Any:
    """The kind when not written (department when there are tasks); ids for the indicators
    that have none, numbered in file order (the n-th indicator is `n`); and, where there are
    tasks, each written id marked to be checked in task-number form (an id and both levels are
    then required: the schema's `_TASK_NUMBERED_IDS`, and D012)."""
    if not isinstance(data, dict):
        return data
    tasks = "tasks" in data
    data = dict(data)
    data.setdefault("kind", "department" if tasks else "project")
    items = data.get("indicators")
    if isinstance(items, list):
        data["indicators"] = [_with_id(item, n, tasks) for n, item in enumerate(items, start=1)]
    return data


def _with_id(item: Any, number: int, tasks: bool) -> Any:
    if not isinstance(item, dict):
        return item
    if "id" not in item:
        return item if tasks else {"id": str(number), **item}  # with tasks an id is required
    return {**item, "id": _TaskNumbered(item["id"])} if tasks else item


# Without a direction (the row's, a sub-row's own, or the file's), a measured target writes its
# comparator: `_target_input` takes it from the direction only.
_NEEDS_COMPARATOR: JsonDict = {"properties": {"target": _measured_needs("comparator")}}
_UNDIRECTED_ROW: JsonDict = {  # a row, or a sub-row in it, with no direction of its own
    "if": {"not": _DIRECTED},
    "then": {
        "allOf": [_NEEDS_COMPARATOR],
        "properties": {"parts": {"items": {"if": {"not": _DIRECTED}, "then": _NEEDS_COMPARATOR}}},
    },
}
_UNDIRECTED_NEED_COMPARATORS: JsonDict = {
    "if": {"not": _DEFAULT_DIRECTED},
    "then": {"properties": {"indicators": {"items": _UNDIRECTED_ROW}}},
}

_TASK_NUMBERED_IDS: JsonDict = {
    "if": {"required": ["tasks"]},
    "then": {
        "properties": {
            "indicators": {
                "items": {
                    "required": ["id", "level1", "level2"],
                    "properties": {
                        "id": {"type": "string", "pattern": whole(INDICATOR_ID, blanks=True)}
                    },
                }
            }
        }
    },
}


class TargetFile(Model):
    """绩效目标表: the performance targets of a department (部门整体支出) or of one project
    (项目支出) for one year."""

    model_config = ConfigDict(
        json_schema_extra={"allOf": [_TASK_NUMBERED_IDS, _UNDIRECTED_NEED_COMPARATORS]}
    )

    schema_: str | None = Field(None, alias="$schema", description="JSON Schema (for editors)")
    kind: TableKind = Field(
        "project",  # filled in by `_numbered` before validation
        description="表的种类：department 部门整体支出，project 项目支出；省略时有 tasks 为 "
        "department，否则 project / table kind; department when tasks are given, else project",
    )
    project: Text | None = Field(None, description="项目名称（项目支出必填）/ project name")
    department: Text = Field(description="部门名称；项目支出为主管部门 / department")
    implementer: Text | None = Field(None, description="实施单位（项目支出）/ implementing unit")
    year: Annotated[int, Field(ge=1990, le=2200, strict=True)] = Field(description="年度 / year")
    money_unit: Literal["万元", "元"] = Field("万元", description="金额单位 / money unit")
    budget: Budget = Field(description="年度预算及资金来源 / budget and its sources")
    tasks: list[Task] = Field(
        default=[], min_length=1, description="年度主要任务（部门整体支出）/ annual tasks"
    )
    annual_goal: str = Field("", description="年度总体目标 / overall annual goal")
    default_direction: RowDirection = Field(
        None,
        description="未写 direction 的指标的指标性质：正向、反向、定性 / direction of every "
        "indicator that gives none",
    )
    scales: dict[str, Annotated[Scale, Field(min_length=1)]] = Field(
        default={}, description="自定义定性评价等级 / qualitative grade scales"
    )
    rules: Rules = Field(
        default={},  # validated, so that a configured default profile applies
        validate_default=True,
        description="评分规则 / scoring rules",
    )
    indicators: list[Indicator] = Field(min_length=1, description="三级指标 / indicators")

    # Where a row's unit column was left blank and its name makes the unit plain (培训次数:
    # 次), the unit taken, by the row's position (W007).
    _units_from_names: dict[int, str] = PrivateAttr(default_factory=dict)
    # Where a row's level-1 cell printed its group's weight (`产出指标(60分)`), by position.
    _level1_weights: dict[int, Decimal] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _as_published(cls, data: Any, handler: ModelWrapValidatorHandler[TargetFile]) -> Any:
        """Targets as the table prints them: each row without a direction takes the file's
        default_direction, a date without a year (11月底之前) is in the file's year, a blank
        unit the one its name makes plain, a level-1 printed with its weight (`产出指标(60分)`)
        the level-1 with that weight noted; then the kind and the ids (`_numbered`). Budget
        amounts written with their unit (`250万`, `1.2亿元`) are read in the file's money_unit
        (`in_money_unit_budget`)."""
        if isinstance(data, dict) and isinstance(data.get("budget"), dict):
            data = {**data, "budget": in_money_unit_budget(data["budget"], data.get("money_unit"))}
        if not isinstance(data, dict) or not isinstance(data.get("indicators"), list):
            return handler(_numbered(data))
        default = _valid_direction(data.get("default_direction"))
        year = data.get("year") if type(data.get("year")) is int else None
        rows = [_row_as_published(row, default, year) for row in data["indicators"]]
        units: dict[int, str] = {}
        weights: dict[int, Decimal] = {}
        for n, row in enumerate(rows):
            rows[n], unit = with_unit_from_name(row)
            if unit is not None:
                units[n] = unit
            rows[n], weight = with_level1_weight(rows[n])
            if weight is not None:
                weights[n] = weight
        targets = handler(_numbered({**data, "indicators": rows}))
        targets.record_units_from_names(units)
        targets.record_level1_weights(weights)
        return targets

    def units_from_names(self) -> dict[int, str]:
        """The units rows took from their names, their unit columns being blank, by position."""
        return self._units_from_names

    def record_units_from_names(self, units: dict[int, str]) -> None:
        """Which rows took their unit from their name (a private note: the file stays frozen)."""
        self._units_from_names = units

    def level1_weights(self) -> dict[int, Decimal]:
        """The weights level-1 cells print (`产出指标(60分)`: 60), by the row's position."""
        return self._level1_weights

    def record_level1_weights(self, weights: dict[int, Decimal]) -> None:
        """Which rows printed a weight in their level-1 cell (a private note, as above)."""
        self._level1_weights = weights

    @field_validator("scales")
    @classmethod
    def _visible_grades(cls, scales: dict[str, Scale]) -> dict[str, Scale]:
        return {
            visible(name): {visible(grade): g for grade, g in scale.items()}
            for name, scale in scales.items()
        }

    @model_validator(mode="after")
    def _budget_in_the_list(self) -> TargetFile:
        """A table that lists 预算执行率 among its rows scores the budget there: the budget
        has no points of its own unless the file itself gives them (then D045)."""
        if self.budget_row is not None and not self.rules.given_in_file("budget_points"):
            object.__setattr__(self, "rules", self.rules.with_budget_in_the_list())
        return self

    @property
    def budget_rows(self) -> list[int]:
        """The positions of the rows that are the budget's execution rate (one, or D045)."""
        return [n for n, indicator in enumerate(self.indicators) if indicator.is_budget_row]

    @property
    def budget_row(self) -> Indicator | None:
        """The budget's execution rate listed among the indicators, if it is."""
        rows = self.budget_rows
        return self.indicators[rows[0]] if rows else None

    def scale(self, name: str) -> Scale | None:
        return self.scales.get(name) or BUILTIN_SCALES.get(name)

    @property
    def flat(self) -> bool:
        """A flat list: no tasks, and no indicator names a level-1 or level-2
        (docs/scoring.md); a table with tasks names both levels on every row."""
        return not self.tasks and all(not (i.level1 or i.level2) for i in self.indicators)


def _valid_direction(value: Any) -> Direction | None:
    try:
        return parse_direction(value) if isinstance(value, str) else None
    except NotationError:
        return None  # the field's own check reports it


def _row_as_published(row: Any, default: Direction | None, year: int | None) -> Any:
    """A row (or a "其中" sub-row, which takes its row's direction) as its table means it."""
    if not isinstance(row, dict):
        return row
    if default is not None and row.get("direction") is None:
        row = {**row, "direction": default.value}
    parts = row.get("parts")
    if isinstance(parts, list):
        own = _valid_direction(row.get("direction")) or default
        row = {**row, "parts": [_row_as_published(part, own, year) for part in parts]}
    target = row.get("target")
    if year is not None and isinstance(target, str) and looks_like_date(target):
        try:
            parsed = parse_target(target, year=year)
        except NotationError:
            return row  # the target's own check reports it, located
        row = {**row, "target": _structured(parsed)}
    return row


def level1_groups(indicators: list[Indicator]) -> list[tuple[str, list[int]]]:
    """Indicator positions by level-1, groups in order of first appearance, file order within."""
    groups: dict[str, list[int]] = {}
    for index, indicator in enumerate(indicators):
        groups.setdefault(indicator.level1, []).append(index)
    return list(groups.items())
