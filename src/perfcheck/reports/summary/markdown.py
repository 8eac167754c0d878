"""The review pack as Markdown: readable as plain text and on a code-hosting site."""

from __future__ import annotations

from collections.abc import Iterable

from perfcheck.diagnostics import Lang
from perfcheck.model.rules import Rules
from perfcheck.model.targets import TargetFile
from perfcheck.reports.markup import md_line, md_row
from perfcheck.reports.monitoring import LIGHT_WORDS, forecast_text
from perfcheck.reports.project import project_lines
from perfcheck.reports.score import BUDGET_COLUMNS, budget_cells, budget_row_note
from perfcheck.reports.summary.labels import LABELS
from perfcheck.reports.summary.narrative import monitoring_narrative, narrative
from perfcheck.reports.summary.text import (
    COUNT_COLUMNS,
    GROUP_COLUMNS,
    INDICATOR_COLUMNS,
    MONITORING_BUDGET_COLUMNS,
    MONITORING_COLUMNS,
    RECONCILIATION_COLUMNS,
    Item,
    Listing,
    always,
    budget_total_text,
    count_cells,
    cumulative_text,
    deviation_listings,
    group_cells,
    indicator_label,
    item_label,
    laid_out,
    level_cells,
    likelihood_text,
    measures_listing,
    monitoring_budget_cells,
    monitoring_listings,
    part_rows,
    profile_text,
    progress_cells,
    projection_text,
    reading_explanation,
    reconciled_cells,
    reconciled_rows,
    reconciliation_lines,
    remark,
    rescaled_text,
    result_cells,
    scored_groups,
    title,
    total_text,
    words,
)
from perfcheck.results.audit import Audit
from perfcheck.results.monitoring import IndicatorProgress
from perfcheck.results.score import IndicatorResult
from perfcheck.results.summary import InputFile, MonitoringSummary, Summary


def _table(header: list[str], rows: Iterable[list[str]], align: str = "") -> str:
    marks = [{"r": "---:", "c": ":---:"}.get(a, "---") for a in align.ljust(len(header), "l")]
    return md_row(header) + md_row(marks) + "".join(md_row(r) for r in rows) + "\n"


def render(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    r = summary.result
    out = [md_line(f"# {title('title', r.targets, r.period, lang)}") + "\n"]
    out.append(_basics(r.targets, r.period, lang, r.annual_goal_achieved, r.year_end))
    out += [_overall(summary, lang), f"## {labels['table']}\n\n", _indicator_table(summary, lang)]
    out.append(f"## {labels['deviations']}\n\n")
    out += [_listing(listing, lang) for listing in deviation_listings(summary, lang)]
    out += [f"## {labels['measures']}\n\n", _listed(measures_listing(summary), lang)]
    if summary.reconciliation is not None:
        out.append(_reconciliation(summary.reconciliation, lang))
    out.append(_made_by(summary.inputs, summary.version, lang))
    return "".join(out)


def _reconciliation(audit: Audit, lang: Lang) -> str:
    """六、原表数字复核: the printed figures beside perfcheck's, then what explains them."""
    rows = [reconciled_cells(row) for row in reconciled_rows(audit, lang)]
    table = _table(words(lang, RECONCILIATION_COLUMNS), rows, "lrrc")
    notes = "".join(md_line(f"- {line}") for line in reconciliation_lines(audit, lang))
    return f"## {LABELS[lang]['reconciliation']}\n\n" + table + notes + "\n"


def _overall(summary: Summary, lang: Lang) -> str:
    """二、总体评价: the narrative, the total, the groups, the budget and the counts."""
    r = summary.result
    out = [f"## {LABELS[lang]['overall']}\n\n", md_line(narrative(summary, lang)) + "\n"]
    out.append(md_line(f"**{total_text(r, lang)}**") + "\n")
    if r.rescaled:
        out.append(md_line(rescaled_text(r, lang)) + "\n")
    if profile := profile_text(r.targets, lang):
        out.append(md_line(profile) + "\n")
    out += [_groups_table(summary, lang), _budget_table(summary, lang)]
    out.append(_counts_table(summary, lang))
    return "".join(out)


def _basics(
    targets: TargetFile,
    period: str,
    lang: Lang,
    achieved: str | None = None,
    evaluation: bool = False,
) -> str:
    labels = LABELS[lang]
    if targets.kind == "project":
        block = project_lines(targets, lang, achieved=achieved, evaluation=evaluation)
        return _project_basics(block, targets, period, lang)
    lines = [
        f"- {labels['department']}：{targets.department}",
        f"- {labels['year']}：{targets.year}　{labels['period']}：{period}",
        f"- {labels['money_unit']}：{targets.money_unit}",
        f"- {labels['budget_total']}：{budget_total_text(targets)}",
    ]
    if targets.tasks:  # many department tables are published without 年度主要任务
        lines.append(f"- {labels['tasks']}：")
    lines += [f"  {t.id}. **{t.name}**：{t.content}" for t in targets.tasks]
    return f"## {labels['basics']}\n\n" + "".join(map(md_line, lines)) + "\n"


def _project_basics(
    block: list[tuple[str, str]], targets: TargetFile, period: str, lang: Lang
) -> str:
    """The 项目支出 form's block: 项目名称, 主管部门, 实施单位, 年度总体目标 (预期目标, and at
    year-end 实际完成情况)."""
    labels = LABELS[lang]
    lines = [f"- {label}：{value}" for label, value in block]
    lines += [
        f"- {labels['year']}：{targets.year}　{labels['period']}：{period}",
        f"- {labels['money_unit']}：{targets.money_unit}",
        f"- {labels['budget_total']}：{budget_total_text(targets)}",
    ]
    return f"## {labels['basics']}\n\n" + "".join(map(md_line, lines)) + "\n"


def _groups_table(summary: Summary, lang: Lang) -> str:
    rules = summary.result.targets.rules
    rows = [group_cells(g, rules) for g in scored_groups(summary.result)]
    return _table(words(lang, GROUP_COLUMNS), rows, "lrrr") if rows else ""


def _budget_table(summary: Summary, lang: Lang) -> str:
    table = _table(words(lang, BUDGET_COLUMNS), [budget_cells(summary.result)], "rrrrrr")
    note = budget_row_note(summary.result.targets, lang)
    return f"**{LABELS[lang]['budget']}**\n\n" + table + (md_line(note) + "\n" if note else "")


def _counts_table(summary: Summary, lang: Lang) -> str:
    table = _table(words(lang, COUNT_COLUMNS), [count_cells(summary.counts)], "rrrrr")
    return f"**{LABELS[lang]['counts']}**\n\n" + table


def _indicator_table(summary: Summary, lang: Lang) -> str:
    targets = summary.result.targets
    rules = targets.rules
    rows = [
        row
        for r in summary.result.indicators
        for row in [
            _indicator_cells(r, rules, lang, targets.flat),
            *part_rows(r.parts, lang, targets.flat, INDICATOR_COLUMNS),
        ]
    ]
    columns, align = laid_out(targets, INDICATOR_COLUMNS, "lllllrrl")
    return _table(words(lang, columns), rows, align)


def _indicator_cells(r: IndicatorResult, rules: Rules, lang: Lang, flat: bool) -> list[str]:
    i = r.indicator
    return [*level_cells(i, flat), indicator_label(i), *result_cells(r, rules, lang), remark(r)]


def _listing(listing: Listing[Item], lang: Lang) -> str:
    """A section of 四、偏差情况: its heading, then its list."""
    return f"### {LABELS[lang][listing.heading]}\n\n" + _listed(listing, lang)


def _listed(listing: Listing[Item], lang: Lang) -> str:
    """The indicators with their text, then the other gaps; 无。 when there is neither. An item
    that is a gap to fill is marked ⚠ in a list that is not all gaps."""
    if listing.empty:
        return LABELS[lang]["none"] + "\n\n"
    mark = listing.gap is not always

    def shown(i: Item) -> str:
        flag = "⚠ " if mark and listing.gap(i) else ""
        return f"- {flag}**{item_label(i.indicator)}**：{listing.text(i)}"

    items = [shown(i) for i in listing.items]
    gaps = [f"- {gap}" for gap in listing.other_gaps]
    return "".join(map(md_line, items + gaps)) + "\n"


def _made_by(inputs: tuple[InputFile, ...], version: str, lang: Lang) -> str:
    lines = ["---\n\n", LABELS[lang]["made_by"].format(version=version) + "：\n\n"]
    lines += [md_line(f"- `{f.path}` (SHA-256 `{f.sha256}`)") for f in inputs]
    return "".join(lines)


def render_monitoring(summary: MonitoringSummary, lang: Lang) -> str:
    labels = LABELS[lang]
    r = summary.result
    out = [md_line(f"# {title('monitoring_title', r.targets, r.period, lang)}") + "\n"]
    out.append(_basics(r.targets, r.period, lang))
    out.append(f"## {labels['overall']}\n\n" + md_line(monitoring_narrative(summary, lang)) + "\n")
    out += [_monitoring_budget_table(summary, lang), f"## {labels['table']}\n\n"]
    rows = [
        row
        for p in r.indicators
        for row in [
            _progress_cells(p, lang, r.targets.flat),
            *part_rows(p.parts, lang, r.targets.flat, MONITORING_COLUMNS),
        ]
    ]
    columns, align = laid_out(r.targets, MONITORING_COLUMNS, "lllrrrrcrcl")
    out.append(_table(words(lang, columns), rows, align))
    if note := cumulative_text(r, lang):
        out.append(md_line(note) + "\n")
    out.append(md_line(f"**{projection_text(r, lang)}**") + "\n")
    out.append(f"## {labels['monitoring_measures']}\n\n")
    out += [_listing(listing, lang) for listing in monitoring_listings(summary, lang)]
    out.append(_made_by(summary.inputs, summary.version, lang))
    return "".join(out)


def _monitoring_budget_table(summary: MonitoringSummary, lang: Lang) -> str:
    budget = summary.result.budget
    row = [*monitoring_budget_cells(budget), LIGHT_WORDS[lang][budget.light]]
    table = _table(words(lang, MONITORING_BUDGET_COLUMNS), [row], "rrrrrc")
    return f"**{LABELS[lang]['budget']}**\n\n" + table


def _progress_cells(p: IndicatorProgress, lang: Lang, flat: bool) -> list[str]:
    i = p.indicator
    light, forecast = LIGHT_WORDS[lang][p.light], forecast_text(p)
    return [*level_cells(i, flat), indicator_label(i), *progress_cells(p), light, forecast,
            likelihood_text(p), reading_explanation(p)]  # fmt: skip
