"""The monitoring report (before year-end) as a page, its sections in order: basic information,
the budget against 序时进度, the indicators' progress chart and table with their lights and the
projected year-end score, the inputs."""

from __future__ import annotations

from decimal import Decimal

from perfcheck.diagnostics import Lang
from perfcheck.formatting import percent
from perfcheck.reports.monitoring import forecast_text, progress_text
from perfcheck.reports.summary.html.charts import ONE, Bar, by_level1, rate_chart
from perfcheck.reports.summary.html.elements import cell, el, section, table, text
from perfcheck.reports.summary.html.page import (
    basics,
    explanation_cell,
    indicator_rows,
    light_cell,
    light_legend,
    listings,
    made_by,
    page,
    part_cells,
)
from perfcheck.reports.summary.labels import LABELS
from perfcheck.reports.summary.narrative import monitoring_narrative
from perfcheck.reports.summary.text import (
    MONITORING_BUDGET_COLUMNS,
    MONITORING_COLUMNS,
    cumulative_text,
    laid_out,
    laid_out_named,
    likelihood_text,
    monitoring_budget_cells,
    monitoring_listings,
    part_rows,
    progress_cells,
    projection_text,
    reading_explanation,
    title,
    titled,
    words,
)
from perfcheck.results.monitoring import IndicatorProgress, MonitoringResult
from perfcheck.results.summary import MonitoringSummary


def render_monitoring(summary: MonitoringSummary, lang: Lang) -> str:
    labels = LABELS[lang]
    r = summary.result
    overall = [
        text("p", monitoring_narrative(summary, lang), {"class": "narrative"}),
        text("h3", labels["budget"]),
        budget_table(r, lang),
        budget_chart(r, lang),
    ]
    indicators = [progress_chart(r, lang), monitoring_table(r, lang)]
    if note := cumulative_text(r, lang):
        indicators.append(text("p", note))
    indicators.append(el("p", text("strong", projection_text(r, lang)), {"class": "projection"}))
    measures = listings(monitoring_listings(summary, lang), lang)
    return page(
        lang,
        title("monitoring_title", r.targets, r.period, lang),
        summary.version,
        [
            basics(r.targets, r.period, lang),
            section(labels["overall"], overall),
            section(labels["table"], indicators),
            section(labels["monitoring_measures"], measures),
            made_by(summary.inputs, summary.version, lang),
        ],
    )


def budget_table(r: MonitoringResult, lang: Lang) -> str:
    cells = "".join(cell("td", shown, "r") for shown in monitoring_budget_cells(r.budget))
    row = el("tr", cells + light_cell(r.budget.light, lang))
    header = words(lang, MONITORING_BUDGET_COLUMNS)
    return table(header, [row], "rrrrrc", "budget", LABELS[lang]["budget"])


def budget_chart(r: MonitoringResult, lang: Lang) -> str:
    """The execution rate against 序时进度 (and the full year's 100 %)."""
    labels = LABELS[lang]
    b = r.budget
    bar = Bar(
        "budget", labels["rate"], b.rate, percent(b.rate), b.light.value, labels["chart_budget"]
    )
    refs = [(b.expected, expected_ref(b.expected, lang)), (ONE, percent(ONE))]
    return rate_chart("budget", labels["chart_budget"], [("", [bar])], refs, light_legend(lang))


def expected_ref(value: Decimal, lang: Lang) -> str:
    """The label of the line at 序时进度."""
    return f"{LABELS[lang]['expected']} {percent(value)}"


def progress_chart(r: MonitoringResult, lang: Lang) -> str:
    """Each indicator's progress against what 序时进度 asks for by now (the dashed 100 %)."""
    groups = [
        (level1, [progress_bar(p) for p in members])
        for level1, members in by_level1(r.indicators, [p.indicator for p in r.indicators])
    ]
    refs = [(ONE, expected_ref(ONE, lang))]
    caption = LABELS[lang]["chart_progress"]
    return rate_chart("progress", caption, groups, refs, light_legend(lang))


def progress_bar(p: IndicatorProgress) -> Bar:
    i = p.indicator
    shown = progress_text(p)
    return Bar(i.id, i.id, p.progress, shown, p.light.value, titled(i, shown))


def monitoring_table(r: MonitoringResult, lang: Lang) -> str:
    rest = [monitoring_cells(p, lang) for p in r.indicators]
    attrs = [{"class": p.light.value, "data-id": p.indicator.id} for p in r.indicators]
    named = laid_out_named(MONITORING_COLUMNS, "lllrrrrcrcl")
    parts = [
        part_cells(part_rows(p.parts, lang, True, MONITORING_COLUMNS), named) for p in r.indicators
    ]
    rows = indicator_rows([p.indicator for p in r.indicators], rest, attrs, parts)
    columns, align = laid_out(r.targets, MONITORING_COLUMNS, "lllrrrrcrcl")
    return table(words(lang, columns), rows, align, "monitoring", LABELS[lang]["table"])


def monitoring_cells(p: IndicatorProgress, lang: Lang) -> str:
    """年度指标值, 序时目标, 实际完成值, 进度, 灯, 全年预计, 完成可能性, 偏差原因及纠偏措施."""
    return (
        "".join(cell("td", shown, "r") for shown in progress_cells(p))
        + light_cell(p.light, lang)
        + cell("td", forecast_text(p), "r")
        + cell("td", likelihood_text(p), "c")
        + explanation_cell(reading_explanation(p), p.gap, lang)
    )
