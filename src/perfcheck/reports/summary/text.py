"""The review pack's facts as plain text, worded once for every format.

Markdown, HTML and the workbook lay these strings out; none of them words a fact itself. Where a
format shows a number as a number (the workbook), it takes the figure, not the text, but the same
columns, sections and selections from here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from perfcheck.diagnostics import Lang
from perfcheck.engine.summary import share
from perfcheck.formatting import decimal_text, money, percent, rounded_text
from perfcheck.model.targets import Indicator, TargetFile
from perfcheck.reports.monitoring import actual_text, expected_text, progress_text
from perfcheck.reports.score import actual_text as score_actual_text
from perfcheck.reports.score import completion_text
from perfcheck.reports.summary.labels import LABELS
from perfcheck.results.monitoring import BudgetProgress, IndicatorProgress, MonitoringResult
from perfcheck.results.score import GroupResult, IndicatorResult, ScoreResult
from perfcheck.results.summary import Counts, Summary

# Table columns, as label keys.
GROUP_COLUMNS = ("level1", "points", "score", "share")
COUNT_COLUMNS = ("set", "met", "unmet", "missing", "not_applicable")
INDICATOR_COLUMNS = (
    "level1", "level2", "level3", "target", "actual", "points", "score", "explanation",
)  # fmt: skip
MONITORING_COLUMNS = (
    "level1", "level2", "level3", "target", "expected", "actual", "progress", "lights",
    "forecast", "explanation",
)  # fmt: skip
MONITORING_BUDGET_COLUMNS = ("adjusted", "spent", "rate", "expected", "progress", "lights")
GAP_SECTION = "gap_section"


def words(lang: Lang, keys: Iterable[str]) -> list[str]:
    """The labels of the keys: a table's header."""
    return [LABELS[lang][key] for key in keys]


# --- Headings and lines ------------------------------------------------------------------------


def title(key: str, targets: TargetFile, period: str, lang: Lang) -> str:
    """A title of the pack or its form; the year-end ones leave the period out."""
    template = LABELS[lang][key]
    return template.format(department=targets.department, year=targets.year, period=period)


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
    na = rounded_text(rules.total_points - result.applicable_points, rules.rounding)
    return LABELS[lang]["rescaled"].format(na=na, total=decimal_text(rules.total_points))


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
    """The level-1 groups worth any points: the others have no share to show."""
    return [g for g in result.groups if g.points > 0]


def group_cells(group: GroupResult, quantum: Decimal) -> list[str]:
    """一级指标, 分值, 得分, 得分率."""
    points = rounded_text(group.points, quantum)
    return [group.level1, points, decimal_text(group.score), percent(share(group))]


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


def result_cells(r: IndicatorResult, quantum: Decimal, lang: Lang) -> list[str]:
    """年度指标值, 实际完成值, 分值, 得分."""
    target, actual = r.indicator.target.text(), score_actual_text(r, lang)
    return [target, actual, rounded_text(r.points, quantum), decimal_text(r.score)]


def remark(r: IndicatorResult) -> str:
    """The explanation column: the explanation given, else why the indicator does not apply."""
    return r.explanation or r.not_applicable or ""


def progress_cells(p: IndicatorProgress) -> list[str]:
    """年度指标值, 序时目标, 实际完成值, 进度."""
    return [p.indicator.target.text(), expected_text(p), actual_text(p), progress_text(p)]


def reading_explanation(p: IndicatorProgress) -> str:
    return (p.reading.explanation or "") if p.reading is not None else ""


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


def always(r: IndicatorResult) -> bool:
    return True


def never(r: IndicatorResult) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class Listing:
    """A section listing indicators: its heading (a label key), the indicators, the text beside
    each, which of them to mark as a gap to fill, then gaps that are no indicator's (the
    budget's)."""

    heading: str
    items: tuple[IndicatorResult, ...]
    text: Callable[[IndicatorResult], str]
    gap: Callable[[IndicatorResult], bool] = never
    other_gaps: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.items and not self.other_gaps


def deviation_listings(summary: Summary, lang: Lang) -> list[Listing]:
    """The sections of 四、偏差情况 in order; number prints an adjustment."""

    def deviation(r: IndicatorResult) -> str:
        return deviation_text(r, lang)

    def adjustment(r: IndicatorResult) -> str:
        shown = decimal_text(r.adjustment) if r.adjustment is not None else ""
        return f"{shown}。{explained(r, lang)}"

    return [
        Listing("unmet_section", summary.unmet, deviation, unexplained),
        Listing("over_section", summary.overachieved, deviation, unexplained),
        gaps_listing(summary, lang),
        Listing("na_section", summary.not_applicable, lambda r: r.not_applicable or ""),
        Listing("adjust_section", summary.adjusted, adjustment, unexplained),
    ]


def gaps_listing(summary: Summary, lang: Lang) -> Listing:
    """What still lacks an explanation, the budget included: all of it gaps to fill."""
    budget_gap = budget_gap_text(summary.result, lang)
    budget = (budget_gap,) if budget_gap is not None else ()
    no_explanation = LABELS[lang]["no_explanation"]
    return Listing(GAP_SECTION, summary.unexplained, lambda r: no_explanation, always, budget)


def measures_listing(summary: Summary) -> Listing:
    """五、偏差原因及改进措施: every explanation given."""
    return Listing("measures", summary.measures, lambda r: r.explanation or "")
