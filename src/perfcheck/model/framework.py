"""The national indicator framework (财预〔2020〕10号): its level-1 and level-2 names, and the
standard name each level name of a local form stands for."""

from __future__ import annotations

OUTPUT = "产出指标"  # output indicators
BENEFIT = "效益指标"  # benefit indicators
SATISFACTION = "满意度指标"  # satisfaction indicators
COST = "成本指标"  # cost indicators (level-1 in 财预〔2021〕101号 forms)

# The national indicator framework: level-1 → its standard level-2 names.
FRAMEWORK: dict[str, tuple[str, ...]] = {
    OUTPUT: ("数量指标", "质量指标", "时效指标", "成本指标"),
    COST: ("经济成本指标", "社会成本指标", "生态环境成本指标"),
    BENEFIT: (
        "经济效益指标",
        "社会效益指标",
        "生态效益指标",
        "环境效益指标",
        "可持续影响指标",
    ),
    SATISFACTION: ("服务对象满意度指标",),
}

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
