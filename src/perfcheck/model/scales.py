"""Qualitative results: the three official bands (达成, 部分达成, 未达成), the grade scales a target
is graded on, and the words a self-evaluation writes for each band."""

from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from perfcheck.model.bounds import Share
from perfcheck.model.notation.target_text import DEFAULT_SCALE


class Band(StrEnum):
    """The three official bands of a qualitative result (财预〔2020〕10号)."""

    ACHIEVED = "达成"  # 达成年度指标
    PARTLY = "部分达成"  # 部分达成年度指标并具有一定效果
    NOT_ACHIEVED = "未达成"  # 未达成年度指标且效果较差


class Grade(BaseModel):
    """One grade of a qualitative scale: the share of the points it earns, and its band."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    share: Share = Field(description="得分率（0–1）/ share of the points (0–1)")
    band: Band = Field(description="所属档次 / official band")


Scale = dict[str, Grade]

BUILTIN_SCALES: dict[str, Scale] = {
    "优良中低差": {
        "优": Grade(share=Decimal("1.00"), band=Band.ACHIEVED),
        "良": Grade(share=Decimal("0.80"), band=Band.ACHIEVED),
        "中": Grade(share=Decimal("0.60"), band=Band.PARTLY),
        "低": Grade(share=Decimal("0.40"), band=Band.NOT_ACHIEVED),
        "差": Grade(share=Decimal("0.20"), band=Band.NOT_ACHIEVED),
    },
    DEFAULT_SCALE: {
        Band.ACHIEVED.value: Grade(share=Decimal("1.00"), band=Band.ACHIEVED),
        Band.PARTLY.value: Grade(share=Decimal("0.60"), band=Band.PARTLY),
        Band.NOT_ACHIEVED.value: Grade(share=Decimal("0.00"), band=Band.NOT_ACHIEVED),
    },
}


# Actuals of a qualitative target on the three-band scale (达成度), as self-evaluation tables
# write them: the grades themselves, the target's own phrase (→ 达成, model.readings), and these
# words. Applied by model.readings.band_of_words.
_DONE = "完成 已完成 全部完成 按时完成 如期完成 达到 已达到 达标 达成 已达成 达成预期指标 达成年度指标 达到预期 达到预期目标 是 有效 合格"  # noqa: E501
_PARTLY_DONE = "部分完成 基本完成 基本达到 部分达到 部分达成年度指标"
_NOT_DONE = "未完成 未达到 未达成 否 无效 未达成年度指标"
COMPLETION_WORDS: dict[str, Band] = {
    **dict.fromkeys(_DONE.split(), Band.ACHIEVED),
    **dict.fromkeys(_PARTLY_DONE.split(), Band.PARTLY),
    **dict.fromkeys(_NOT_DONE.split(), Band.NOT_ACHIEVED),
}
