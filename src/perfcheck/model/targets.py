"""The target file (绩效目标表) as a validated model."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
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
    looks_like_date,
    parse_comparator,
    parse_direction,
    parse_number,
    parse_target,
)
from perfcheck.model.rules import (
    BENEFIT,
    BUILTIN_SCALES,
    COST,
    LARGEST,
    OUTPUT,
    SATISFACTION,
    NonNegative,
    Rules,
    Scale,
)
from perfcheck.model.schema import (
    AMOUNT_TEXT,
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

# A name ending in 率 or 度 (合格率, 满意度, 知晓度), a closing bracket allowed, names a rate: a
# percentage of something.
_RATE_NAME = re.compile(r"[率度][)）]?$")


def names_a_rate(name: str) -> bool:
    """Whether an indicator's name says it is a rate (…率, …满意度, …知晓度)."""
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


class Model(BaseModel):
    """The base of every file model: unknown keys refused, values frozen once read."""

    # defer_build: a model's validator is built when first used, so a run that reads only
    # target files never pays for the actuals model.
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class Budget(Model):
    """年度部门整体支出预算."""

    total: Amount = Field(description="资金总额 / total budget")
    sources: dict[str, Amount] = Field(
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


class QuantitativeTarget(Model):
    """A measured target: comparator, value, unit (`≥17次/年`)."""

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
    """The unit a suggestion offers when a target has none: % for a rate (…率, …度)."""
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


class Part(Model):
    """A "其中" sub-row: one part of its indicator (`192只`: 其中 180只 and 12头), shown with it,
    never scored and never counted as an indicator; its target is read as an indicator's."""

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


def _indicator_id(value: Any) -> Any:
    form = ANY_ID
    if isinstance(value, _TaskNumbered):
        value, form = value.written, INDICATOR_ID
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        value = str(value)  # `2.3` or `12` unquoted: the same mistake as in text
    if isinstance(value, str) and not form.fullmatch(value.strip()):
        raise PydanticCustomError("S015", "bad indicator id", {"id": value})
    return value.strip() if isinstance(value, str) else value


def _id_optional(schema: dict[str, Any]) -> None:
    """A table without tasks numbers the indicators that have no id (`_numbered`); with tasks
    the file's schema requires it again."""
    schema["required"] = [key for key in schema.get("required", []) if key != "id"]


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
    def accumulates(self) -> bool:
        """Counts and money amounts grow through the year and are judged against 序时进度;
        rates, times, grades and prices (元/人, 元/平方米: a level, not a sum) are not."""
        if self.cumulative is not None:
            return self.cumulative
        target = self.target
        if not isinstance(target, QuantitativeTarget):
            return False
        base, _, per = target.unit.partition("/")
        return base in COUNT_UNITS or (base in MONEY_UNITS and per in ("", "年"))

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


def with_unit_from_name(row: Any) -> tuple[Any, str | None]:
    """A row whose structured quantitative target has no unit written, with the unit its name
    makes plain filled in, and that unit; any other row as it is, and None."""
    unit = _unit_for_blank(row)
    if unit is None:
        return row, None
    return {**row, "target": {**row["target"], "unit": unit}}, unit


def _unit_for_blank(data: Any) -> str | None:
    """The unit to fill in when a structured quantitative target has none written."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return None
    target = data.get("target")
    if not isinstance(target, dict) or target.keys() & {"scale", *_TIME_KEYS}:
        return None
    unit = target.get("unit")
    if "comparator" not in target or not (
        unit is None or (isinstance(unit, str) and not visible(unit).strip())
    ):
        return None
    return unit_of_name(data["name"])


TableKind = Literal["department", "project"]  # 部门整体支出 / 项目支出


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

    model_config = ConfigDict(json_schema_extra=_TASK_NUMBERED_IDS)

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

    @model_validator(mode="wrap")
    @classmethod
    def _as_published(cls, data: Any, handler: ModelWrapValidatorHandler[TargetFile]) -> Any:
        """Targets as the table prints them: each row without a direction takes the file's
        default_direction, a date without a year (11月底之前) is in the file's year, a blank
        unit the one its name makes plain; then the kind and the ids (`_numbered`)."""
        if not isinstance(data, dict) or not isinstance(data.get("indicators"), list):
            return handler(_numbered(data))
        default = _valid_direction(data.get("default_direction"))
        year = data.get("year") if type(data.get("year")) is int else None
        rows = [_row_as_published(row, default, year) for row in data["indicators"]]
        units: dict[int, str] = {}
        for n, row in enumerate(rows):
            rows[n], unit = with_unit_from_name(row)
            if unit is not None:
                units[n] = unit
        targets = handler(_numbered({**data, "indicators": rows}))
        targets.record_units_from_names(units)
        return targets

    def units_from_names(self) -> dict[int, str]:
        """The units rows took from their names, their unit columns being blank, by position."""
        return self._units_from_names

    def record_units_from_names(self, units: dict[int, str]) -> None:
        """Which rows took their unit from their name (a private note: the file stays frozen)."""
        self._units_from_names = units

    @field_validator("scales")
    @classmethod
    def _visible_grades(cls, scales: dict[str, Scale]) -> dict[str, Scale]:
        return {
            visible(name): {visible(grade): g for grade, g in scale.items()}
            for name, scale in scales.items()
        }

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
