"""The year-end pack as a page, its sections in order: basic information, the overall result
with the groups and budget charts, the indicator table under its completion chart, the
deviations, the corrective measures, the inputs."""

from __future__ import annotations

from perfcheck.diagnostics import Lang
from perfcheck.formatting import percent
from perfcheck.model.rules import Rules
from perfcheck.reports.score import BUDGET_COLUMNS, budget_cells, budget_row_note, completion_text
from perfcheck.reports.summary.html.charts import (
    ONE,
    Bar,
    GroupBar,
    by_level1,
    groups_chart,
    rate_chart,
)
from perfcheck.reports.summary.html.elements import (
    Attrs,
    cell,
    el,
    plain_table,
    section,
    table,
    text,
)
from perfcheck.reports.summary.html.page import (
    basics,
    explanation_cell,
    indicator_rows,
    listed,
    listings,
    made_by,
    page,
    part_cells,
)
from perfcheck.reports.summary.labels import LABELS
from perfcheck.reports.summary.narrative import narrative
from perfcheck.reports.summary.text import (
    COUNT_COLUMNS,
    GROUP_COLUMNS,
    INDICATOR_COLUMNS,
    RECONCILIATION_COLUMNS,
    count_cells,
    deviation_listings,
    group_cells,
    laid_out,
    laid_out_named,
    measures_listing,
    part_rows,
    profile_text,
    reconciled_cells,
    reconciled_rows,
    reconciliation_lines,
    remark,
    rescaled_text,
    result_cells,
    scored_groups,
    title,
    titled,
    total_text,
    words,
)
from perfcheck.results.score import Flag, IndicatorResult
from perfcheck.results.summary import Summary


def render(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    r = summary.result
    indicators = [completion_chart(summary, lang), indicator_table(summary, lang)]
    return page(
        lang,
        title("title", r.targets, r.period, lang),
        summary.version,
        [
            basics(r.targets, r.period, lang, r.budget, r.annual_goal_achieved),
            overall(summary, lang),
            section(labels["table"], indicators),
            section(labels["deviations"], deviations(summary, lang)),
            section(labels["measures"], [listed(measures_listing(summary), lang)]),
            *reconciliation(summary, lang),
            made_by(summary.inputs, summary.version, lang),
        ],
    )


def tone(agrees: bool) -> str:
    """A reconciled row's class: styled as a met or an unmet indicator."""
    return "met" if agrees else "unmet"


def row_cells(texts: list[str], align: str) -> str:
    return "".join(cell("td", t, a) for t, a in zip(texts, align, strict=True))


def reconciliation(summary: Summary, lang: Lang) -> list[str]:
    """六、原表数字复核, when the actuals carry the published figures: the printed figures
    beside perfcheck's, a difference marked, then what explains them."""
    audit = summary.reconciliation
    if audit is None:
        return []
    labels = LABELS[lang]
    rows = [
        el("tr", row_cells(reconciled_cells(row), "lrrc"), {"class": tone(row.agrees)})
        for row in reconciled_rows(audit, lang)
    ]
    header = words(lang, RECONCILIATION_COLUMNS)
    shown = table(header, rows, "lrrc", "reconciliation", labels["reconciliation"])
    notes = el("ul", "".join(text("li", line) for line in reconciliation_lines(audit, lang)))
    return [section(labels["reconciliation"], [shown, notes])]


def overall(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    r = summary.result
    parts = [text("p", narrative(summary, lang), {"class": "narrative"})]
    parts.append(el("p", text("strong", total_text(r, lang)), {"class": "total"}))
    if r.rescaled:
        parts.append(text("p", rescaled_text(r, lang)))
    if profile := profile_text(r.targets, lang):
        parts.append(text("p", profile))
    if scored_groups(r):  # a flat list has no level-1 groups
        parts += [groups_table(summary, lang), groups_figure(summary, lang)]
    parts.append(text("h3", labels["budget"]))
    if r.targets.kind != "project":  # a project's figures stand in its form's budget block
        parts.append(budget_table(summary, lang))
    if note := budget_row_note(r.targets, lang):  # why the budget's points are 0
        parts.append(text("p", note))
    parts += [budget_chart(summary, lang), text("h3", labels["counts"])]
    parts.append(counts_table(summary, lang))
    return section(labels["overall"], parts)


def groups_table(summary: Summary, lang: Lang) -> str:
    rules = summary.result.targets.rules
    rows = [group_cells(g, rules) for g in scored_groups(summary.result)]
    header = words(lang, GROUP_COLUMNS)
    return plain_table(header, rows, "lrrr", "groups", LABELS[lang]["chart_groups"])


def groups_figure(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    rules = summary.result.targets.rules
    rows = []
    for g in scored_groups(summary.result):
        level1, points, score, rate = group_cells(g, rules)
        shown = f"{score} / {points}"
        rows.append(GroupBar(g.level1, g.points, g.score, shown, f"{level1}：{shown}（{rate}）"))
    legend = [("score", labels["score"]), ("points", labels["points"])]
    return groups_chart(labels["chart_groups"], rows, legend)


def budget_table(summary: Summary, lang: Lang) -> str:
    cells = [budget_cells(summary.result)]
    header = words(lang, BUDGET_COLUMNS)
    return plain_table(header, cells, "rrrrrr", "budget", LABELS[lang]["budget"])


def budget_chart(summary: Summary, lang: Lang) -> str:
    """The execution rate against 100 %, drawn as unmet where it is below the rules'
    explanation threshold, as the engine judged it."""
    labels = LABELS[lang]
    b = summary.result.budget
    tone = "unmet" if b.low else "met"
    bar = Bar("budget", labels["rate"], b.rate, percent(b.rate), tone, labels["chart_budget"])
    return rate_chart("budget", labels["chart_budget"], [("", [bar])], [(ONE, percent(ONE))])


def counts_table(summary: Summary, lang: Lang) -> str:
    cells = [count_cells(summary.counts)]
    header = words(lang, COUNT_COLUMNS)
    return plain_table(header, cells, "rrrrr", "counts", LABELS[lang]["counts"])


def completion_chart(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    results = summary.result.indicators
    groups = [
        (level1, [completion_bar(r) for r in members])
        for level1, members in by_level1(results, [r.indicator for r in results])
    ]
    refs = [(ONE, percent(ONE))]
    legend = [("met", labels["met"]), ("unmet", labels["unmet"])]
    return rate_chart("completion", labels["chart_completion"], groups, refs, legend)


def completion_bar(r: IndicatorResult) -> Bar:
    i = r.indicator
    shown = completion_text(r)
    return Bar(i.id, i.id, r.completion, shown, r.status.value, titled(i, shown))


def indicator_table(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    rules = summary.result.targets.rules
    results = summary.result.indicators
    rest = [result_row_cells(r, rules, lang) for r in results]
    attrs = [row_attrs(r) for r in results]
    named = laid_out_named(INDICATOR_COLUMNS, "lllllrrl")
    parts = [part_cells(part_rows(r.parts, lang, True, INDICATOR_COLUMNS), named) for r in results]
    rows = indicator_rows([r.indicator for r in results], rest, attrs, parts)
    columns, align = laid_out(summary.result.targets, INDICATOR_COLUMNS, "lllllrrl")
    return table(words(lang, columns), rows, align, "indicators", labels["table"])


def result_row_cells(r: IndicatorResult, rules: Rules, lang: Lang) -> str:
    """年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施."""
    target, actual, points, score = result_cells(r, rules, lang)
    return (
        cell("td", target)
        + cell("td", actual)
        + cell("td", points, "r")
        + cell("td", score, "r")
        + explanation_cell(remark(r), Flag.NEEDS_EXPLANATION in r.flags, lang)
    )


def row_attrs(r: IndicatorResult) -> Attrs:
    over = " overachieved" if Flag.OVERACHIEVED in r.flags else ""
    return {"class": r.status.value + over, "data-id": r.indicator.id}


def deviations(summary: Summary, lang: Lang) -> list[str]:
    return listings(deviation_listings(summary, lang), lang)
