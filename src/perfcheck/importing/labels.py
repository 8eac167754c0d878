"""The labels of the official forms and their local variants, compared without blanks."""

from __future__ import annotations

import re

_BLANKS = re.compile(r"[\s\u3000]+")
# A note or unit in brackets after a label, full-width or half-width: `分值（分）`,
# `指标值（包含数字及文字描述）`, `年度预算资金总额(万元)`, `资金总额【万元】`.
_BRACKETED = re.compile(r"[（(【〔［\[][^）)】〕］\]]*[）)】〕］\]]$")


def label(text: str) -> str:
    """A cell's text as a label: blanks dropped (`部 门 名 称`), a trailing colon and a
    bracketed note removed."""
    bare = _BLANKS.sub("", text).rstrip(":：")
    return _BRACKETED.sub("", bare) or bare


# The forms' titles; 监控表: the in-year 绩效运行监控表 (as `summary --format xlsx` writes it).
TITLE = re.compile(r"绩效目标表|绩效目标申报表|申报表|绩效自评表|绩效目标|监控表")
YEAR = re.compile(r"(\d{4})\s*年")
# A title naming the in-year form, whose period is never taken for the year's end.
MONITORING_TITLE = re.compile(r"监控表")
# The period a table is of, as the actuals file writes it (2022Q2, 2022-06): on a line of its
# own (`期间：2022Q2`), or in brackets after the title (`…绩效运行监控表（2022Q2）`).
PERIOD_LINE = re.compile(r"期间[:：]\s*(\d{4}(?:Q[1-4]|-(?:0[1-9]|1[0-2])))")
PERIOD_IN_TITLE = re.compile(r"[（(](\d{4}(?:Q[1-4]|-(?:0[1-9]|1[0-2])))[）)]")
# A title naming its department before the year and the form: `成都市示范局 2023年部门整体支出
# 绩效目标表`, `XX部门2023年度部门整体支出绩效自评表` (no digits or brackets in the name: `附件2`,
# `（2023年度）` name none; nor a project's name, nor the form's own words).
TITLED_DEPARTMENT = re.compile(
    r"((?:(?!项目|绩效|表)[^\d\s:：,，、（()）]){2,40}?)\s*\d{4}\s*年[^\n]*绩效"
)
MONEY_UNIT = re.compile(r"(?:金额)?单位[:：]\s*(万元|元)")
# The unit in the budget block's label: `项目资金（万元）`, `部门整体支出（万元）`.
MONEY_IN_LABEL = re.compile(r"(?:资金|支出|预算)[^（(]{0,8}[（(](?:单位[:：])?(万元|元)[）)]")

DEPARTMENT = (
    "部门名称",
    "部门（单位）名称",
    "部门(单位)名称",
    "主管部门",
    "主管部门及代码",
    "单位名称",
)
PROJECT = ("项目名称",)
IMPLEMENTER = ("实施单位",)
TASKS = ("年度主要任务",)
TASK = re.compile(r"任务\s*(\d{1,3})\s*[.．、:：]?\s*(.*)", re.DOTALL)
# The columns of the tasks block, by the header on its label's row.
TASK_COLUMNS = {
    "任务名称": "name",
    "主要任务": "name",
    "任务": "name",
    "主要内容": "content",
    "任务内容": "content",
    "主要工作内容": "content",
    "具体内容": "content",
}
# A name numbered in its own cell: `1.公共法律服务`, `2、普法宣传` (not `3.5万元`: a name starts
# with no digit).
NUMBERED = re.compile(r"(\d{1,3})\s*[.．、]\s*([^\d\s.．、].*)", re.DOTALL)
GOAL = ("年度总体目标", "年度目标", "总体目标")
GOAL_PLANNED = ("预期目标", "年度预期目标")
GOAL_ACHIEVED = ("实际完成情况", "全年实际完成情况")

BUDGET_TOTAL = ("资金总额", "年度资金总额", "年度资金总额合计")
# The budget's total under any of the names forms give it: 资金总额, 年度资金总额(合计),
# 年度预算资金总额, 预算资金总额, 年度预算总额, 部门预算总额 … (its unit in brackets dropped
# by `label`).
_BUDGET_TOTAL = re.compile(r"(?:年度|全年)?(?:部门)?(?:整体支出)?(?:预算)?(?:资金)?总额(?:合计)?")
SOURCE_PREFIX = re.compile(r"^其中\s*[:：]?\s*")
# A source of the budget by its name alone (a line whose amount is left blank).
SOURCE_NAME = re.compile(r"(?:其中[:：]?)?\S{0,12}(?:资金|拨款|收入)")
# The columns of a self-evaluation's budget block.
BUDGET_COLUMNS = {
    "年初预算数": "initial",
    "全年预算数": "adjusted",
    "全年执行数": "spent",
    "分值": "points",
    "执行率": "rate",
    "得分": "score",
}

# The indicator table's columns, by field.
COLUMNS: dict[str, tuple[str, ...]] = {
    "level1": ("一级指标",),
    "level2": ("二级指标",),
    "name": ("三级指标", "三级指标名称", "绩效指标名称", "指标名称"),
    "id": ("编号", "指标编号"),
    "target": ("指标值", "年度指标值", "年度目标值", "目标值", "预期指标值", "指标值内容"),
    "direction": ("指标性质", "指标方向"),
    "unit": ("度量单位", "计量单位", "单位"),
    "points": ("分值", "权重", "指标分值", "权重分值"),
    "actual": ("实际完成值", "全年实际值", "实际值", "全年实际完成值", "完成值"),
    # in-year: the year's expected value and how likely it is met
    "forecast": ("全年预计", "全年预计完成值", "预计全年完成值", "全年预计值"),
    "likelihood": ("完成可能性", "全年完成可能性"),
    "score": ("得分", "自评得分"),
    "explanation": ("偏差原因分析及改进措施", "偏差原因分析", "未完成原因分析", "偏差原因"),
    "note": ("备注",),
}
FIELD_OF = {name: field for field, names in COLUMNS.items() for name in names}
# Headers that name the indicator column in a flat table (`序号 | 绩效指标 | 年度指标值 …`) but,
# in the official forms, head the block of level columns, empty below (`绩效指标 | 一级指标 |
# 二级指标 | 三级指标`) or spanning them above a second header row: the name column only where
# the header has no other and the cells below it hold the names (`indicators._column_of_names`).
NAME_IF_ALONE = frozenset(["绩效指标", "年度绩效指标"])
# What an in-year table computes from the rest (序时目标, 进度 and 灯 of each row and of the
# budget, the budget's 序时进度): no file keeps it.
DERIVED = frozenset(["序时目标", "序时进度", "进度", "灯"])
# Headers of columns that hold nothing a target or actuals file keeps.
IGNORED = frozenset(
    ["年度绩效指标", "绩效指标", "绩效标准", "计划标准", "历史标准", "行业标准", "得分计算方法",
     "评分标准", "评(扣)分标准", "序号", "指标解释", "指标内容", *DERIVED]
)  # fmt: skip

LEVEL1 = re.compile(r"(产出|效益|满意度|成本|社会公众或服务对象满意度)指标([（(].*[）)])?")
LEVEL2 = frozenset(
    ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标",
     "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标", "社会成本指标",
     "生态环境成本指标", "社会公众满意度指标", "帮扶对象满意度指标"]
)  # fmt: skip
ID_NAME = re.compile(r"(\d{1,6}-\d{1,6})\s*[.．、:：\s]\s*(.+)", re.DOTALL)
_TARGET_START = re.compile(
    r"[≥≤<>=＞＜≧≦═＝]|定性|不低于|不少于|不高于|不超过|至少|大于|小于|等于|[\d０-９][\d０-９.,，]*\s*\S{0,6}$"
)
# Rows that end the indicator table (预计年终得分: the in-year table's projection).
END_OF_TABLE = re.compile(
    r"总分|合计|总计|自评总分|总得分|评价结论|自评结论|绩效自评等级|自评等级|填表人|联系电话|说明"
    r"|预计年终得分"
)
# An actual that says its indicator does not apply.
NOT_APPLICABLE = "不适用"
# What a cell prints for nothing at all: no value, no reason (`无` is a value: none happened).
DASHES = frozenset(["—", "——", "-", "--", "/", "／", "－"])
# The line in which a table states how it rescaled the total for rows that do not apply.
_RESCALED = re.compile(r"不适用指标.{0,20}分.{0,20}折算.*")


def is_subtotal(text: str) -> bool:
    """A group's sum among the indicators: `小计`, `产出指标小计`, `得分合计` (a bare 合计 is the
    table's total), or the line stating how the total was rescaled."""
    bare = label(text)
    return (
        bare.endswith("小计")
        or (bare.endswith("合计") and bare not in TOTAL and len(bare) <= 8)
        or _RESCALED.fullmatch(bare) is not None
    )


# The budget's own row among the indicators when it has no target: its 分值 and 得分 only.
BUDGET_ROW = frozenset(["预算执行", "预算执行率", "预算执行率得分", "预算资金执行率"])
GRADE = ("等级", "自评等级", "绩效自评等级", "评价等级", "自评结果")
# The grade in the label's own cell: `自评等级：良`.
GRADE_INLINE = re.compile(r"(?:绩效)?(?:自评|评价)?(?:等级|结果)\s*[:：]\s*(\S{1,4})")
TOTAL = ("总分", "合计", "总计", "自评总分", "总得分")


# Labels of the forms' blocks that head what the recogniser reads by other labels: the budget
# block's (年度部门整体支出预算 over 资金总额 …), 资金来源 over the sources.
BLOCK_LABELS = frozenset(
    ["年度部门整体支出预算", "部门整体支出预算", "年度部门预算", "年度预算", "部门整体支出",
     "项目资金", "资金来源", "其中", "预算执行", "年度预算执行"]
)  # fmt: skip
# Labels of what the files do not keep: whom to ask (the value beside such a label is passed
# over with it).
NOT_KEPT = frozenset(
    ["项目负责人及电话", "项目负责人", "联系人", "联系电话", "联系人及电话", "填表人", "填报人",
     "填报日期", "填报单位", "单位负责人", "财务负责人", "审核人", "项目属性", "项目类型"]
)  # fmt: skip
_KNOWN = (
    frozenset([*DEPARTMENT, *PROJECT, *IMPLEMENTER, *TASKS, *GOAL, *GOAL_PLANNED, *GOAL_ACHIEVED])
    | frozenset([*BUDGET_COLUMNS, *TASK_COLUMNS, *FIELD_OF, *GRADE, *TOTAL])
    | IGNORED
    | NAME_IF_ALONE
    | BLOCK_LABELS
    | NOT_KEPT
)


def is_known_label(text: str) -> bool:
    """A label of the forms, or a year or unit line: what a cell holds that says what other
    cells are, and that no file keeps itself (the whole cell: a note that starts with 说明 is
    no label)."""
    bare = label(text)
    return (
        bare in _KNOWN
        or is_budget_total(text)
        or END_OF_TABLE.fullmatch(bare) is not None
        or MONEY_UNIT.fullmatch(bare) is not None
        or YEAR.fullmatch(text.strip("()（）度 \u3000")) is not None
        or bare.split("：")[0].split(":")[0] in NOT_KEPT  # `填表人：张三`
    )


def is_budget_total(text: str) -> bool:
    bare = label(text)
    return bare in BUDGET_TOTAL or (
        _BUDGET_TOTAL.fullmatch(bare) is not None and ("预算" in bare or "资金" in bare)
    )


def is_level1(text: str) -> bool:
    return LEVEL1.fullmatch(label(text)) is not None


def is_level_label(text: str) -> bool:
    """A level-1 or level-2 name: a known one, or any short name ending in 指标 without an id."""
    bare = label(text)
    if is_level1(bare) or bare in LEVEL2:
        return True
    return bare.endswith("指标") and len(bare) <= 14 and not ID_NAME.match(bare)


def numbered_name(text: str) -> tuple[str, str] | None:
    """An indicator's id and name written in one cell: `1-1.理论学习次数` (task-number), or
    `3.公厕保洁达标率` (its number in the table, as perfcheck's own 自评表 writes rows without
    an id)."""
    found = ID_NAME.fullmatch(text) or NUMBERED.fullmatch(text)
    return (found.group(1), found.group(2).strip()) if found else None


def looks_like_target(text: str) -> bool:
    return _TARGET_START.match(text.strip()) is not None
