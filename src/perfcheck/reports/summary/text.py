"""The review pack's facts as plain text, worded once for every format.

Markdown, HTML and the workbook lay these strings out; none of them words a fact itself. Where a
format shows a number as a number (the workbook), it takes the figure, not the text, but the same
columns, sections and selections from here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, Protocol, TypeVar

from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text, money, percent, signed_text
from perfcheck.model.indicators import Indicator
from perfcheck.model.rules import Rules
from perfcheck.model.targets import TargetFile
from perfcheck.reports.monitoring import (
    actual_text,
    expected_text,
    forecast_text,
    progress_text,
)
from perfcheck.reports.project import subject
from perfcheck.reports.score import actual_text as score_actual_text
from perfcheck.reports.score import completion_text, part_actual_text, part_label, points_text
from perfcheck.reports.summary.labels import LABELS
from perfcheck.results.audit import BUDGET_ID, GRADE_ID, RATE_ID, TOTAL_ID, Audit, Figure
from perfcheck.results.monitoring import BudgetProgress, IndicatorProgress, Light, MonitoringResult
from perfcheck.results.score import (
    Flag,
    GroupResult,
    IndicatorResult,
    PartResult,
    ScoreResult,
    Status,
)
from perfcheck.results.summary import Counts, MonitoringSummary, Summary
from perfcheck.text import say

# Table columns, as label keys.
GROUP_COLUMNS = ("level1", "points", "score", "share")
COUNT_COLUMNS = ("set", "met", "unmet", "missing", "not_applicable")
INDICATOR_COLUMNS = (
    "level1", "level2", "level3", "target", "actual", "points", "score", "explanation",
)  # fmt: skip
MONITORING_COLUMNS = (
    "level1", "level2", "level3", "target", "expected", "actual", "progress", "lights",
    "forecast", "likelihood", "explanation",
)  # fmt: skip
# The project form's budget block: 分值 before 执行率, as the official form orders them.
PROJECT_BUDGET_COLUMNS = ("initial", "adjusted", "spent", "points", "rate", "score")
MONITORING_BUDGET_COLUMNS = ("adjusted", "spent", "rate", "expected", "progress", "lights")
GAP_SECTION = "gap_section"
MONITORING_GAP_SECTION = "monitoring_gap_section"


LEVELS = ("level1", "level2")


def words(lang: Lang, keys: Iterable[str]) -> list[str]:
    """The labels of the keys: a table's header."""
    return [LABELS[lang][key] for key in keys]


def laid_out(
    targets: TargetFile, columns: tuple[str, ...], align: str
) -> tuple[tuple[str, ...], str]:
    """An indicator table's columns and their alignment letters: a flat list (no level-1 /
    level-2) has no 一级指标 and 二级指标 columns, which would be empty on every row."""
    if not targets.flat:
        return columns, align
    kept = [(key, a) for key, a in zip(columns, align, strict=True) if key not in LEVELS]
    return tuple(key for key, _ in kept), "".join(a for _, a in kept)


def laid_out_named(columns: tuple[str, ...], align: str) -> str:
    """The alignment letters of a table's columns from 三级指标 on (those after the levels)."""
    return "".join(a for key, a in zip(columns, align, strict=True) if key not in LEVELS)


def level_cells(indicator: Indicator, flat: bool) -> list[str]:
    """一级指标 and 二级指标 of a row; none in a flat list."""
    return [] if flat else [indicator.level1, indicator.level2]


def part_rows(
    parts: Iterable[PartResult], lang: Lang, flat: bool, columns: tuple[str, ...]
) -> list[list[str]]:
    """The "其中" sub-rows under their indicator in a table of `columns`: 其中：name under
    三级指标, its target and its actual, every other cell blank (no points, score or light)."""
    keys = [key for key in columns if not (flat and key in LEVELS)]
    rows = []
    for part in parts:
        shown = {"level3": part_label(part, lang), "target": part.target}
        shown["actual"] = part_actual_text(part)
        rows.append([shown.get(key, "") for key in keys])
    return rows


# --- Headings and lines ------------------------------------------------------------------------


def title(key: str, targets: TargetFile, period: str, lang: Lang) -> str:
    """A title of the pack or its form; the year-end ones leave the period out. A project
    table's titles name the project and the 项目支出 form (`KEY_project`)."""
    template = LABELS[lang][f"{key}_project" if targets.kind == "project" else key]
    return template.format(subject=subject(targets, lang), year=targets.year, period=period)


def form_title(targets: TargetFile, lang: Lang) -> tuple[str, str]:
    """The project form's title and the year line under it: 项目支出绩效自评表, （2023年度）."""
    labels = LABELS[lang]
    return labels["form_title_project"], labels["form_year"].format(year=targets.year)


def budget_total_text(targets: TargetFile) -> str:
    """年度预算资金总额, its sources in brackets: 15,213.00（财政拨款 15,000.00，其他 213.00）."""
    budget = targets.budget
    sources = "，".join(f"{name} {money(amount)}" for name, amount in budget.sources.items())
    return money(budget.total) + (f"（{sources}）" if sources else "")


def total_text(result: ScoreResult, lang: Lang) -> str:
    labels = LABELS[lang]
    return f"{labels['total']}：{decimal_text(result.total)}　{labels['grade']}：{result.grade}"


def rescaled_text(result: ScoreResult, lang: Lang) -> str:
    """The points of the indicators that do not apply, and the total rescaled to."""
    rules = result.targets.rules
    na = points_text(rules.total_points - result.applicable_points, rules)
    total = points_text(rules.total_points, rules)
    return LABELS[lang]["rescaled"].format(na=na, total=total)


def profile_text(targets: TargetFile, lang: Lang) -> str | None:
    """Which rules profile the score follows, when it is not the national one."""
    profile = targets.rules.special_profile
    return None if profile is None else LABELS[lang]["profile"].format(profile=profile)


def projection_text(result: MonitoringResult, lang: Lang) -> str:
    projection = result.projection
    total = decimal_text(projection.total)
    return f"{LABELS[lang]['projection']}：{total}（{projection.grade}）"


# --- Table cells -------------------------------------------------------------------------------


def scored_groups(result: ScoreResult) -> list[GroupResult]:
    """The level-1 groups worth any points: the others have no share to show. A flat list has
    no level-1 groups (its one unnamed group is the indicators' total)."""
    if result.targets.flat:
        return []
    return [g for g in result.groups if g.points > 0]


def source_labels(targets: TargetFile, lang: Lang) -> list[tuple[str, Decimal]]:
    """The budget's 资金来源 as the project form lists them under 年度资金总额, the first
    one after 其中：, with their amounts."""
    return [
        (LABELS[lang]["of_which"].format(source=name) if k == 0 else name, amount)
        for k, (name, amount) in enumerate(targets.budget.sources.items())
    ]


def group_cells(group: GroupResult, rules: Rules) -> list[str]:
    """一级指标, 分值, 得分, 得分率."""
    points = points_text(group.points, rules)
    shared = percent(group.share) if group.share is not None else "—"
    return [group.level1, points, decimal_text(group.score), shared]


def count_values(counts: Counts) -> tuple[int, ...]:
    """设置指标, 已完成, 未完成, 缺少完成值, 不适用."""
    return (counts.set, counts.met, counts.unmet, counts.missing, counts.not_applicable)


def count_cells(counts: Counts) -> list[str]:
    return [str(value) for value in count_values(counts)]


def indicator_label(indicator: Indicator) -> str:
    """As the published table numbers its rows: `1-1.理论学习中心组专题学习次数`."""
    return f"{indicator.id}.{indicator.name}"


def item_label(indicator: Indicator) -> str:
    """As a section lists an indicator: `1-1 理论学习中心组专题学习次数`."""
    return f"{indicator.id} {indicator.name}"


def titled(indicator: Indicator, text: str) -> str:
    """An indicator and what is said of it: `1-1 理论学习中心组专题学习次数：97.79%`."""
    return f"{item_label(indicator)}：{text}"


def result_cells(r: IndicatorResult, rules: Rules, lang: Lang) -> list[str]:
    """年度指标值, 实际完成值, 分值, 得分."""
    target, actual = r.indicator.target.text(), score_actual_text(r, lang)
    return [target, actual, points_text(r.points, rules), decimal_text(r.score)]


def remark(r: IndicatorResult) -> str:
    """The explanation column: the explanation given, else why the indicator does not apply."""
    return r.explanation or r.not_applicable or ""


def progress_cells(p: IndicatorProgress) -> list[str]:
    """年度指标值, 序时目标, 实际完成值, 进度."""
    return [p.indicator.target.text(), expected_text(p), actual_text(p), progress_text(p)]


def reading_explanation(p: IndicatorProgress) -> str:
    return p.explanation or ""


def likelihood_text(p: IndicatorProgress) -> str:
    """完成可能性 as the department gave it: 确定能, 有可能, 完全不可能, or nothing."""
    return (p.reading.likelihood or "") if p.reading is not None else ""


def cumulative_text(result: MonitoringResult, lang: Lang) -> str | None:
    """Which indicators were judged as running totals (against target × 序时进度); the others
    are judged as levels, against the target itself. None when there are none."""
    running = [p.indicator.id for p in result.indicators if p.cumulative]
    if not running:
        return None
    return LABELS[lang]["cumulative_note"].format(ids="、".join(running))


def monitoring_budget_cells(budget: BudgetProgress) -> list[str]:
    """全年预算数, 全年执行数, 执行率, 序时目标, 进度: the light is the format's to show."""
    rates = [percent(v) for v in (budget.rate, budget.expected, budget.progress)]
    return [money(budget.adjusted), money(budget.spent), *rates]


# --- Sections: 四、偏差情况 and 五、偏差原因及改进措施 --------------------------------------


def explained(r: IndicatorResult, lang: Lang) -> str:
    """The explanation given, else (未说明)."""
    return r.explanation or LABELS[lang]["no_explanation"]


def deviation_text(r: IndicatorResult, lang: Lang) -> str:
    """Actual against target, the completion, the explanation: `2次 / ≥4次，50.00%。…`."""
    actual = score_actual_text(r, lang)
    return f"{actual} / {r.indicator.target.text()}，{completion_text(r)}。{explained(r, lang)}"


def budget_gap_text(result: ScoreResult, lang: Lang) -> str | None:
    """An execution rate below the threshold without an explanation; None when there is none."""
    if not result.budget.needs_explanation:
        return None
    threshold = percent(result.targets.rules.explanation_threshold)
    return LABELS[lang]["budget_gap"].format(rate=percent(result.budget.rate), threshold=threshold)


def unexplained(r: IndicatorResult) -> bool:
    return not r.explanation


def always(r: object) -> bool:
    return True


def never(r: object) -> bool:
    return False


class HasIndicator(Protocol):
    @property
    def indicator(self) -> Indicator: ...


Item = TypeVar("Item", bound=HasIndicator)


@dataclass(frozen=True, slots=True)
class Listing(Generic[Item]):
    """A section listing indicators (year-end results or in-year progress): its heading (a label
    key), the indicators, the text beside each, which of them to mark as a gap to fill, then
    gaps that are no indicator's (the budget's)."""

    heading: str
    items: tuple[Item, ...]
    text: Callable[[Item], str]
    gap: Callable[[Item], bool] = never
    other_gaps: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.items and not self.other_gaps


def deviation_listings(summary: Summary, lang: Lang) -> list[Listing[IndicatorResult]]:
    """The sections of 四、偏差情况 in order; number prints an adjustment."""

    def deviation(r: IndicatorResult) -> str:
        return deviation_text(r, lang)

    def adjustment(r: IndicatorResult) -> str:
        shown = signed_text(r.adjustment) if r.adjustment is not None else ""
        return f"{shown}。{explained(r, lang)}"

    return [
        Listing("unmet_section", summary.unmet, deviation, unexplained),
        Listing("over_section", summary.overachieved, deviation, unexplained),
        gaps_listing(summary, lang),
        Listing("na_section", summary.not_applicable, lambda r: r.not_applicable or ""),
        Listing("adjust_section", summary.adjusted, adjustment, unexplained),
    ]


def gaps_listing(summary: Summary, lang: Lang) -> Listing[IndicatorResult]:
    """What still lacks an explanation, the budget included, and the actuals still missing
    (scored 0): all of it gaps to fill."""
    labels = LABELS[lang]
    budget_gap = budget_gap_text(summary.result, lang)
    budget = (budget_gap,) if budget_gap is not None else ()
    items = tuple(
        r
        for r in summary.result.indicators
        if Flag.NEEDS_EXPLANATION in r.flags or r.status is Status.MISSING
    )

    def text(r: IndicatorResult) -> str:
        return labels["no_actual"] if r.status is Status.MISSING else labels["no_explanation"]

    return Listing(GAP_SECTION, items, text, always, budget)


def measures_listing(summary: Summary) -> Listing[IndicatorResult]:
    """五、偏差原因及改进措施: every explanation given."""
    return Listing("measures", summary.measures, lambda r: r.explanation or "")


# --- The monitoring pack's 四、偏差原因分析及纠偏措施 -----------------------------------------


def light_deviation_text(p: IndicatorProgress, lang: Lang) -> str:
    """A red or yellow indicator as the 运行监控表 explains it: the light, the progress against
    what is due, the forecast and likelihood when given, the cause and measures (or 未说明)."""
    labels = LABELS[lang]
    light = labels["red"] if p.light is Light.RED else labels["yellow"]
    template = labels["light_deviation" if p.expected is not None else "grade_deviation"]
    shown = template.format(
        light=light, progress=progress_text(p), actual=actual_text(p), due=expected_text(p)
    )
    if forecast := forecast_text(p):
        shown += labels["forecast_line"].format(forecast=forecast)
    if likelihood := likelihood_text(p):
        shown += labels["likelihood_line"].format(likelihood=likelihood)
    return shown + (p.explanation or labels["no_explanation"])


def monitoring_gap_text(p: IndicatorProgress, lang: Lang) -> str:
    """Why an indicator is a gap to fill in-year: no actual, a red light or a shortfall
    forecast left unexplained."""
    labels = LABELS[lang]
    if p.reading is None:
        return labels["no_actual_yet"]
    return labels["shortfall_gap"] if p.needs_explanation else labels["red_gap"]


def monitoring_listings(summary: MonitoringSummary, lang: Lang) -> list[Listing[IndicatorProgress]]:
    """四、偏差原因分析及纠偏措施: the red then the yellow indicators with their explanations, the
    unexplained red ones marked; then what is still to fill (unexplained, or no actual)."""
    r = summary.result
    flagged = tuple(
        p for light in (Light.RED, Light.YELLOW) for p in r.indicators if p.light is light
    )
    gaps = tuple(p for p in r.indicators if p.gap or p.reading is None)

    def deviation(p: IndicatorProgress) -> str:
        return light_deviation_text(p, lang)

    def gap(p: IndicatorProgress) -> str:
        return monitoring_gap_text(p, lang)

    return [
        Listing("lights_section", flagged, deviation, lambda p: p.gap),
        Listing(MONITORING_GAP_SECTION, gaps, gap, always),
    ]


# --- 六、原表数字复核: the published figures set against the result ----------------------------

RECONCILIATION_COLUMNS = ("figure", "printed", "recomputed", "agrees")
_TABLE_FIGURES = {
    BUDGET_ID: "budget_score",
    RATE_ID: "rate_percent",
    TOTAL_ID: "total",
    GRADE_ID: "grade",
}


@dataclass(frozen=True, slots=True)
class Reconciled:
    """One printed figure beside perfcheck's."""

    label: str
    printed: Figure
    recomputed: Figure

    @property
    def agrees(self) -> bool:
        return self.printed == self.recomputed


def reconciled_rows(audit: Audit, lang: Lang) -> list[Reconciled]:
    """The indicators whose printed score differs, then the table's own figures it printed
    (budget score, rate, total, grade), agreeing or not."""
    rows = [
        Reconciled(f"{r.id} {r.name}", r.published, r.recomputed) for r in audit.rows if r.differs
    ]
    for key, printed, recomputed in audit.table_figures():
        rows.append(Reconciled(LABELS[lang][_TABLE_FIGURES[key]], printed, recomputed))
    return rows


def figure_text(value: Figure) -> str:
    if value is None:
        return "—"
    return decimal_text(value) if isinstance(value, Decimal) else value


def agrees_mark(row: Reconciled) -> str:
    return "✓" if row.agrees else "≠"


def reconciled_cells(row: Reconciled) -> list[str]:
    """项目, 原表, 重算, 一致."""
    return [row.label, figure_text(row.printed), figure_text(row.recomputed), agrees_mark(row)]


def reconciliation_lines(audit: Audit, lang: Lang) -> list[str]:
    """How many printed figures the rules reproduce, the settings that reproduce the most when
    they are not the file's, what none explains, then each difference in words."""
    from perfcheck.codes import CODES
    from perfcheck.reports.audit import rule_settings

    labels = LABELS[lang]
    separator = say("list_separator", lang)
    lines = [labels["reconciled_count"].format(printed=audit.printed, agreeing=audit.agreeing)]
    if audit.explained_by:
        settings = separator.join(rule_settings(audit.explained_by))
        shown = {"reproduced": audit.reproduced, "printed": audit.printed, "rules": settings}
        lines.append(labels["reconciled_rules"].format(**shown))
    if audit.unexplained:
        named = (labels[_TABLE_FIGURES[i]] if i in _TABLE_FIGURES else i for i in audit.unexplained)
        ids = separator.join(named)
        lines.append(labels["reconciled_unexplained"].format(ids=ids))
    for check in audit.checks:
        code = check.finding.code
        lines.append(f"{code} {CODES[code].render(lang, check.finding.args)}")
    return lines
