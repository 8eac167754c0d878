"""Scoring rules (评分规则): the national defaults and every setting a province may change.

The defaults follow 财办预〔2016〕123号 and 财预〔2020〕10号 (see docs/scoring.md). A target file
overrides any of them in its `rules:` section.
"""

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from perfcheck.formatting import percent
from perfcheck.model.bounds import NonNegative, Share
from perfcheck.model.framework import BENEFIT, OUTPUT, SATISFACTION
from perfcheck.model.profiles import (
    NATIONAL,
    defined_profiles,
    known_profiles,
    profiles_in,
    with_profile,
)
from perfcheck.model.rounding import QUANTA, Quantum, RoundingMode, rounded_score, shown_points
from perfcheck.model.scales import Band
from perfcheck.model.schema import lax_boolean
from perfcheck.reading.invisible import visible
from perfcheck.text import Phrase


def _bad_setting(detail: str, message: str) -> PydanticCustomError:
    """S005 for a setting the rules cannot work with: `detail` is a key of the catalogue;
    `message` is pydantic's own (English) account of the error."""
    return PydanticCustomError("S005", message, {"detail": Phrase(detail)})


def _in_order(lower: str, upper: str, disorder: tuple[str, str]) -> Any:
    """A model validator for a setting of two thresholds: `lower` must not lie above `upper`,
    else S005 (`disorder`: its detail and message, as `_bad_setting` takes them)."""

    def ordered(settings: Any) -> Any:
        if getattr(settings, lower) > getattr(settings, upper):
            raise _bad_setting(*disorder)
        return settings

    return model_validator(mode="after")(ordered)


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _national_weights() -> dict[str, Decimal]:
    return {OUTPUT: Decimal(50), BENEFIT: Decimal(30), SATISFACTION: Decimal(10)}


def _national_grades() -> dict[str, Decimal]:
    return {"优": Decimal(90), "良": Decimal(80), "中": Decimal(60), "差": Decimal(0)}


_FLOORS_DISORDER = ("detail.band_floors", "the floor of 部分达成 must not lie above that of 达成")
_LIGHTS_DISORDER = (
    "detail.light_thresholds",
    "the yellow threshold must not lie above the green one",
)


class BandFloors(_Settings):
    """Lower bounds of the qualitative bands, as shares of the points."""

    achieved: Share = Field(Decimal("0.80"), description="达成 档下限 / floor of 达成")
    partly: Share = Field(Decimal("0.60"), description="部分达成 档下限 / floor of 部分达成")

    _ordered = _in_order("partly", "achieved", _FLOORS_DISORDER)

    def band_range(self, band: Band) -> tuple[Decimal, Decimal]:
        """[low, high] of a band; the high end belongs to the band above, except for 达成."""
        if band is Band.ACHIEVED:
            return self.achieved, Decimal(1)
        if band is Band.PARTLY:
            return self.partly, self.achieved
        return Decimal(0), self.partly

    def contains(self, band: Band, share: Decimal) -> bool:
        low, high = self.band_range(band)
        return low <= share <= high if band is Band.ACHIEVED else low <= share < high

    def misfit(self, band: Band, share: Decimal) -> dict[str, str] | None:
        """The band and its range as a message shows them, when the share lies outside it."""
        if self.contains(band, share):
            return None
        low, high = self.band_range(band)
        return {"band": band.value, "low": percent(low), "high": percent(high)}


class LightThresholds(_Settings):
    """Progress against 序时进度 that earns a green or a yellow light; below yellow is red."""

    green: NonNegative = Field(Decimal("0.90"), description="绿灯下限 / green from")
    yellow: NonNegative = Field(Decimal("0.70"), description="黄灯下限 / yellow from")

    _ordered = _in_order("yellow", "green", _LIGHTS_DISORDER)


class Rules(_Settings):
    """The scoring settings; every field has the national default."""

    profile: str = Field(  # checked against known_profiles
        NATIONAL,
        description="评分规则方案：national（全国默认）或配置文件 profiles 中定义的名称 / rules "
        "profile: national or one defined under profiles in the configuration",
    )

    # Settings the rules took from the profile, not from the file: what a finding about them
    # cannot point at in the file.
    _inherited: frozenset[str] = PrivateAttr(frozenset())

    @model_validator(mode="wrap")
    @classmethod
    def _apply_profile(
        cls, data: Any, handler: "ModelWrapValidatorHandler[Rules]", info: ValidationInfo
    ) -> "Rules":
        if not isinstance(data, Mapping):
            return handler(data)
        context = info.context if isinstance(info.context, Mapping) else {}
        name = data.get("profile", context.get("profile", NATIONAL))
        profile = profiles_in(context).get(name) if isinstance(name, str) else None
        if profile is None:  # the profile's own check names what is known
            return handler({**data, "profile": name})
        rules = handler({**with_profile(data, profile), "profile": name})
        chosen_elsewhere = set() if "profile" in data else {"profile"}  # by the configuration
        rules._inherited = frozenset(profile.keys() - data.keys()) | chosen_elsewhere
        return rules

    def given_in_file(self, key: str) -> bool:
        """Whether the target file itself gives this setting (not a default, not a profile)."""
        return key in self.model_fields_set and key not in self._inherited

    @property
    def special_profile(self) -> str | None:
        """The profile when it is not the national one: what a report must name."""
        return None if self.profile == NATIONAL else self.profile

    def decided_at(self, key: str) -> tuple[str, ...] | None:
        """Where in the target file this setting is decided: its own key, or the profile it
        names; None for a default or a profile the configuration chose."""
        if self.given_in_file(key):
            return ("rules", key)
        if key in self._inherited and self.given_in_file("profile"):
            return ("rules", "profile")
        return None

    @field_validator("profile")
    @classmethod
    def _known_profile(cls, name: str, info: ValidationInfo) -> str:
        known = known_profiles(defined_profiles(info.context))
        if name not in known:
            raise PydanticCustomError(
                "S016", "unknown rules profile", {"profile": name, "known": known}
            )
        return name

    # Points: engine.points.allocate; the total rescaled over what applies: engine.scoring;
    # grades on the share of total_points: engine.scoring.grade_of.
    total_points: NonNegative = Field(Decimal(100), description="总分 / total points")
    budget_points: NonNegative = Field(
        Decimal(10), description="预算执行率分值 / points for budget execution"
    )
    # Applied by engine.points.level1_weights: stated, checked against the rows (D005, D006);
    # unstated, a group whose every row has points weighs their sum.
    weights: dict[str, NonNegative] = Field(
        default_factory=_national_weights,
        description="一级指标权重 / level-1 weights",
    )
    # reverse_formula, cap, strict_inequalities, overachievement_threshold: engine.scoring.
    reverse_formula: Literal["ratio", "linear"] = Field(
        "ratio",
        description="反向指标超出上限时的计分公式 / formula for a reverse indicator over its "
        "ceiling: ratio = w×t/a, linear = w×max(0, 1−(a−t)/t)",
    )
    cap: bool = Field(
        True,
        description="得分不超过分值 / no score above the points",
        json_schema_extra=lax_boolean,
    )
    strict_inequalities: bool = Field(
        False,
        description="＞ ＜ 按严格不等式判定 / score ＞ and ＜ strictly",
        json_schema_extra=lax_boolean,
    )
    overachievement_threshold: NonNegative = Field(
        Decimal("1.30"),
        description="超额完成提示阈值（完成率）/ completion ratio flagged as over-achievement",
    )
    # Applied by engine.scoring.time_share.
    late_deadline: Literal["zero", "linear"] = Field(
        "zero",
        description="时间指标逾期的计分：zero = 0 分，linear = 按逾期天数占期限天数的比例扣减 / a "
        "time target done late: zero scores 0, linear w×max(0, 1 − days late / days allowed)",
    )
    # Rounding (舍入): `rounding` and `rounding_mode` are applied by Rules.rounded to every score
    # but the budget row's; `budget_rounding` and `budget_rounding_mode` by Rules.budget_rounded
    # to the budget row's (unset, it rounds like the rest). Text shows points and scores with
    # formatting.rounded_text(value, rounding).
    rounding: Quantum = Field(
        Decimal("0.01"),
        description="得分舍入单位：1、0.1、0.01、0.001 或 0.0001 / rounding quantum of the scores: "
        "1, 0.1, 0.01, 0.001 or 0.0001",
    )
    rounding_mode: RoundingMode = Field(
        "half_up",
        description="得分舍入方式：half_up 四舍五入、down 去尾、half_even 四舍六入五成双 / how "
        "scores are rounded: half-up, down or half-even",
    )
    budget_rounding: Quantum | None = Field(
        None,
        description="预算执行率得分的舍入单位，未设时同 rounding / rounding quantum of the budget "
        "row's score; unset, that of rounding",
    )
    budget_rounding_mode: RoundingMode | None = Field(
        None,
        description="预算执行率得分的舍入方式，未设时同 rounding_mode / how the budget row's score "
        "is rounded; unset, as rounding_mode",
    )
    # Applied by engine.scoring.grade_of.
    grades: dict[str, NonNegative] = Field(
        default_factory=_national_grades,
        description="总分等级及其下限，须有一个下限为 0 / overall grades and their lowest total, "
        "one of them 0",
        json_schema_extra={"minProperties": 1},  # the one at 0: checked by _floor_at_zero
    )
    # Applied by BandFloors.contains and BandFloors.misfit.
    bands: BandFloors = Field(
        default_factory=BandFloors, description="定性档次下限 / qualitative band floors"
    )
    # Applied by model.execution.budget_base.
    budget_denominator: Literal["adjusted", "initial"] = Field(
        "adjusted",
        description="执行率分母：全年预算数或年初预算数 / denominator of the execution rate",
    )

    @field_validator("weights")
    @classmethod
    def _visible_names(cls, weights: dict[str, Decimal]) -> dict[str, Decimal]:
        """A level-1 name with an invisible character (W005) still names its group."""
        return {visible(name): weight for name, weight in weights.items()}

    @field_validator("rounding", "budget_rounding")
    @classmethod
    def _power_of_ten(cls, value: Decimal | None) -> Decimal | None:
        if value is None:
            return None
        # Compared, not normalised: normalize() overflows on 1e1000000 or 1e-1000000.
        quantum = next((q for q in QUANTA if q == value), None)
        if quantum is None:
            raise _bad_setting("detail.rounding", "rounding must be 1, 0.1, 0.01, 0.001 or 0.0001")
        return quantum

    @field_validator("grades")
    @classmethod
    def _floor_at_zero(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        if not value or min(value.values()) != 0:
            raise _bad_setting("detail.grade_floor", "the grades need one whose lowest total is 0")
        return value

    # Applied by model.period.Period.elapsed.
    progress: Literal["months", "days"] = Field(
        "months",
        description="序时进度：按月（Q2 = 6/12）或按天计算 / time elapsed by months or by days",
    )
    # Applied by engine.monitoring.light_for.
    lights: LightThresholds = Field(
        default_factory=lambda: LightThresholds(),
        description="运行监控的红黄绿灯阈值 / thresholds of the monitoring lights",
    )
    # Applied by Rules.low_execution.
    explanation_threshold: Share = Field(
        Decimal("0.90"),
        description="执行率低于此值须说明原因 / execution rate below which an explanation "
        "is expected",
    )

    def rounded(self, value: Decimal, points: Decimal | None = None) -> Decimal:
        """A score as the rules round it: to `rounding` by `rounding_mode` (2.345 → 2.35 half-up);
        with its points, a full score stays the points (see rounded_score)."""
        return rounded_score(value, self.rounding, self.rounding_mode, points)

    def shown_points(self, points: Decimal) -> Decimal:
        """Points as printed beside their scores (see shown_points)."""
        return shown_points(points, self.rounding)

    def budget_rounded(self, value: Decimal, points: Decimal | None = None) -> Decimal:
        """The budget row's score: to `budget_rounding` by `budget_rounding_mode`, each unset
        one as the other scores (97.8 % of 10 points → 9 at whole points, down)."""
        quantum = self.budget_rounding or self.rounding
        mode = self.budget_rounding_mode or self.rounding_mode
        return rounded_score(value, quantum, mode, points)

    def with_budget_in_the_list(self) -> "Rules":
        """The rules of a table that lists 预算执行率 among its weighted rows: the budget has
        no points of its own (a profile's included), as if none had been set."""
        rules = self.model_copy(update={"budget_points": Decimal(0)})
        rules.__pydantic_fields_set__ = self.__pydantic_fields_set__ - {"budget_points"}
        rules._inherited = self._inherited - {"budget_points"}
        return rules

    def for_budget_row(self) -> "Rules":
        """The rules a budget row listed among the indicators is rounded by: the budget's."""
        update = {
            "rounding": self.budget_rounding or self.rounding,
            "rounding_mode": self.budget_rounding_mode or self.rounding_mode,
        }
        return self.model_copy(update=update)

    def low_execution(self, rate: Decimal) -> bool:
        """An execution rate that needs its reason given: below `explanation_threshold`."""
        return rate < self.explanation_threshold
