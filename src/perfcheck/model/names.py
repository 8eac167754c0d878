"""What an indicator's name makes plain: a rate (…率, …满意度), the budget's execution rate, the
unit it counts in (培训次数: 次); and a level-1 cell that prints its group's weight
(产出指标(70分))."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from perfcheck.reading.invisible import visible

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
_RATE_ENDINGS = ("率", *RATE_WORDS_IN_DU)
_CLOSING_BRACKETS = (")", "）")


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
    # a final line break allowed: a name's blanks are stripped before its invisible characters
    text = visible(name).removesuffix("\n")
    if text.endswith(_CLOSING_BRACKETS):
        text = text[:-1]
    return text.endswith(_RATE_ENDINGS)


# A level-1 cell that carries its group's weight, as some forms print it: 产出指标(70分),
# 效益指标（30分）, 满意度指标（权重10）. The weight is read off as the group's stated weight and
# the name is the level-1 (docs/format.md, "Level-1 names").
_WEIGHTED_LEVEL1 = (  # compiled when a level-1 cell ends in a bracket, by the re module's cache
    r"(?P<name>.*?\S)\s*[（(]\s*(?:权重|分值)?\s*[:：]?\s*"
    r"(?P<points>\d{1,6}(?:\.\d{1,6})?)\s*分?\s*[)）]"
)


@lru_cache(maxsize=1024)  # a level-1 name stands on every row of its group
def weighted_level1(text: str) -> tuple[str, Decimal] | None:
    """A level-1 cell's name and the weight it prints (`产出指标(70分)`: 产出指标, 70), if any."""
    cell = visible(text).strip()
    if not cell.endswith(_CLOSING_BRACKETS):  # the weight closes the cell
        return None
    found = re.fullmatch(_WEIGHTED_LEVEL1, cell)
    return None if found is None else (found["name"], Decimal(found["points"]))


# A name that says what it counts: …次数, …人数, …个数 (…数量 too), or ending in 人次 / 场次.
_COUNTED = "人次|场次|" + "|".join(sorted(COUNT_UNITS - {"人次", "场次"}))
# Matched when a row leaves its unit blank (the re module compiles it then, and keeps it).
COUNTED_NAME = rf"(?:({_COUNTED})数量?|(人次|场次))[)）]?$"


def unit_of_name(name: str) -> str | None:
    """The unit an indicator's name makes plain: 次 for 培训次数, 人 for 受益人数; None when
    the name says none (a rate's % is not taken from its name: a rate may be 元/人 as well)."""
    found = re.search(COUNTED_NAME, visible(name))
    return (found.group(1) or found.group(2)) if found else None
