"""The target file (绩效目标表) as a validated model."""

from decimal import Decimal
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import (
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    field_validator,
    model_validator,
)

from perfcheck.model.as_published import as_published
from perfcheck.model.fields import Model, MoneyAmount, Text
from perfcheck.model.indicators import INDICATOR_ID, Indicator
from perfcheck.model.rules import Rules
from perfcheck.model.scales import BUILTIN_SCALES, Scale
from perfcheck.model.schema import JsonDict, whole
from perfcheck.model.target_forms import RowDirection, measured_needs
from perfcheck.reading.invisible import visible


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


TableKind = Literal["department", "project"]  # 部门整体支出 / 项目支出

# What the file's schema adds to its rows': a measured target's comparator where no direction
# supplies it; where there are tasks, both levels, and ids in task-number form — on every row
# once one row writes its id (a row left without one among them is D046).
_DIRECTING = ["正向", "反向", "positive", "negative"]  # directions that supply a comparator
_DIRECTED: JsonDict = {"required": ["direction"], "properties": {"direction": {"enum": _DIRECTING}}}
_DEFAULT_DIRECTED: JsonDict = {
    "required": ["default_direction"],
    "properties": {"default_direction": {"enum": _DIRECTING}},
}

# Without a direction (the row's, a sub-row's own, or the file's), a measured target writes its
# comparator: `target_forms._target_input` takes it from the direction only.
_NEEDS_COMPARATOR: JsonDict = {"properties": {"target": measured_needs("comparator")}}
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

_ROWS_WRITE_IDS: JsonDict = {"properties": {"indicators": {"contains": {"required": ["id"]}}}}
_TASK_NUMBERED_IDS: JsonDict = {
    "if": {"required": ["tasks"]},
    "then": {
        "properties": {
            "indicators": {
                "items": {
                    "required": ["level1", "level2"],
                    "properties": {
                        "id": {"type": "string", "pattern": whole(INDICATOR_ID, blanks=True)}
                    },
                }
            }
        },
        "if": _ROWS_WRITE_IDS,
        "then": {"properties": {"indicators": {"items": {"required": ["id"]}}}},
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
        "project",  # filled in by `as_published` before validation
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
    def _as_published(cls, data: Any, handler: "ModelWrapValidatorHandler[TargetFile]") -> Any:
        """Targets as the table prints them (model.as_published): each row without a direction
        takes the file's default_direction, a date without a year (11月底之前) is in the file's
        year, a blank unit the one its name makes plain, a level-1 printed with its weight
        (`产出指标(60分)`) the level-1 with that weight noted; the kind and the ids filled in.
        Budget amounts written with their unit (`250万`, `1.2亿元`) are read in the file's
        money_unit (`in_money_unit_budget`)."""
        published = as_published(data)
        with published.validating():
            targets = handler(published.data)
        targets.record_units_from_names(published.units_from_names)
        targets.record_level1_weights(published.level1_weights)
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
    def _budget_in_the_list(self) -> "TargetFile":
        """A table that lists 预算执行率 among its rows scores the budget there: the budget
        has no points of its own unless the file itself gives them (then D045)."""
        if self.budget_row is not None and not self.rules.given_in_file("budget_points"):
            object.__setattr__(self, "rules", self.rules.with_budget_in_the_list())
        return self

    @cached_property  # asked as the file is validated, checked and scored; its rows are frozen
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
    def task_numbered(self) -> bool:
        """Whether the rows are numbered by task (`2-3`): a table with tasks whose rows write
        their ids. A table with tasks and unnumbered rows numbers them 1, 2, … in file order,
        and they serve no task in particular; positions are never task-number."""
        first = self.indicators[0].id if self.indicators else ""
        return bool(self.tasks) and INDICATOR_ID.fullmatch(first) is not None

    @property
    def flat(self) -> bool:
        """A flat list: no tasks, and no indicator names a level-1 or level-2
        (docs/scoring.md); a table with tasks names both levels on every row."""
        return not self.tasks and all(not (i.level1 or i.level2) for i in self.indicators)
