"""A row of the indicator table (三级指标) with its target, and its "其中" sub-rows."""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from perfcheck.model.bounds import NonNegative
from perfcheck.model.fields import Model, Text
from perfcheck.model.framework import standard_level1
from perfcheck.model.names import COUNT_UNITS, COUNTED_NAME, names_budget_execution
from perfcheck.model.notation.units import scaled_unit
from perfcheck.model.schema import JsonDict, lax_boolean, whole
from perfcheck.model.target_forms import QuantitativeTarget, RowDirection, Target, measured_needs
from perfcheck.reading.invisible import visible
from perfcheck.text import Phrase

# Money amounts: 收入, 产值, 投资 or 成本 to date build up through the year as counts do.
MONEY_UNITS = frozenset(["元", "千元", "万元", "十万元", "百万元", "千万元", "亿元"])

INDICATOR_ID = re.compile(r"(\d{1,6})-(\d{1,6})")  # task-number; six digits are more than any table
# An id in a table without tasks: a task-number, a plain number (`3`) or text with a letter in it
# (`A1`, `S001`); `1.2` and the like are refused as a task-number mistyped.
ANY_ID = re.compile(r"\d{1,6}(?:-\d{1,6})?|\S*[^\d.\-\s]\S*(?:\s+\S+)*")


def _unit_required(schema: JsonDict) -> None:
    """A sub-row's measured target writes its unit (only an indicator's name supplies one)."""
    schema.setdefault("allOf", []).append({"properties": {"target": measured_needs("unit")}})


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


# Whether the ids being validated are those of a table with tasks whose rows write ids, where each
# must be task-number: set by TargetFile around the validation of its rows, which go to the model as
# written (a copy of each row to mark its id would cost a batch more than the check itself).
_TASK_NUMBERED: ContextVar[bool] = ContextVar("task_numbered", default=False)


@contextmanager
def task_numbered_ids(task_numbered: bool) -> Iterator[None]:
    """Within: each indicator id validated must be task-number (`2-3`) when `task_numbered`."""
    token = _TASK_NUMBERED.set(task_numbered)
    try:
        yield
    finally:
        _TASK_NUMBERED.reset(token)


def id_form(task_numbered: bool) -> Phrase:
    """The id form of a table, as S015 names it: task-number where the rows are numbered by
    task (a table with tasks whose rows write ids), else free."""
    return Phrase("S015.task_numbered" if task_numbered else "S015.free")


class Unnumbered:
    """The id of a row written without one in a table with tasks whose other rows write theirs
    (model.as_published puts it in): which task the row serves cannot be told, so the row is
    D046, located at it. `example`: an id another row writes, for the message."""

    __slots__ = ("example",)

    def __init__(self, example: str) -> None:
        self.example = example


def _indicator_id(value: Any) -> Any:
    if isinstance(value, Unnumbered):
        raise PydanticCustomError("D046", "row without an id", {"example": value.example})
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        value = str(value)  # `2.3` or `12` unquoted: the same mistake as in text
    if not isinstance(value, str):
        return value  # the field's own check reports it
    tasks = _TASK_NUMBERED.get()
    stripped = value.strip()
    if not (INDICATOR_ID if tasks else ANY_ID).fullmatch(stripped):
        raise PydanticCustomError("S015", "bad indicator id", {"id": value, "form": id_form(tasks)})
    return stripped


def _id_optional(schema: dict[str, Any]) -> None:
    """A table numbers the indicators that have no id (model.as_published); a table with tasks
    whose rows write ids needs one on every row, which the file's schema requires. A measured
    target writes its unit unless the name says what it counts (as_published fills it in then)."""
    schema["required"] = [key for key in schema.get("required", []) if key != "id"]
    counted = {"required": ["name"], "properties": {"name": {"pattern": COUNTED_NAME}}}
    unit = {"if": counted, "else": {"properties": {"target": measured_needs("unit")}}}
    schema.setdefault("allOf", []).append(unit)


def _no_parts() -> list[Part]:
    """A row's parts when it lists none. A default of [] would be deep-copied for every row,
    and a builtin factory (`list`) has pydantic read its signature from text, which costs a
    start a tokenizer's patterns."""
    return []


class Indicator(Model):
    """A level-3 indicator (三级指标) with its target (指标值)."""

    model_config = ConfigDict(json_schema_extra=_id_optional)

    id: Annotated[
        str,
        BeforeValidator(_indicator_id, json_schema_input_type=str | Annotated[int, Field(ge=0)]),
    ] = Field(
        description="编号：可省略，按文件顺序编号；有年度主要任务的表写编号时为 任务号-序号，如 "
        "2-3，且每个指标都写 / id: optional, numbered in file order; a table with tasks that "
        "writes ids writes task-number (e.g. 2-3) on every row",
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
        default_factory=_no_parts,
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


def level1_groups(indicators: list[Indicator]) -> list[tuple[str, list[int]]]:
    """Indicator positions by level-1, groups in order of first appearance, file order within."""
    groups: dict[str, list[int]] = {}
    for index, indicator in enumerate(indicators):
        groups.setdefault(indicator.level1, []).append(index)
    return list(groups.items())
