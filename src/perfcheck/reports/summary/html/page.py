"""The page around the sections, and the parts both packs share: the basic information, the
indicator table's merged 一级/二级 cells, lights, listed indicators and the made-by footer.

Nothing outside the file: no script, no fetch (a Content Security Policy forbids any), fonts from
the system with a CJK fallback list. Readable on a phone (tables scroll in their own box, charts
scale with their viewBox) and printable (table headers repeat on every page): see style.css.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib.resources import files

from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text, money, percent
from perfcheck.model.indicators import Indicator
from perfcheck.model.targets import TargetFile
from perfcheck.reports.monitoring import LIGHT_WORDS
from perfcheck.reports.project import LABELS as PROJECT_LABELS
from perfcheck.reports.score import budget_points_text
from perfcheck.reports.summary.html.elements import (
    Attrs,
    cell,
    el,
    escaped,
    lines,
    merged,
    plain_table,
    section,
    shape,
    spans,
    table,
    text,
)
from perfcheck.reports.summary.labels import LABELS
from perfcheck.reports.summary.text import (
    GAP_SECTION,
    MONITORING_GAP_SECTION,
    PROJECT_BUDGET_COLUMNS,
    HasIndicator,
    Item,
    Listing,
    budget_total_text,
    form_title,
    indicator_label,
    item_label,
    source_labels,
    words,
)
from perfcheck.results.monitoring import Light
from perfcheck.results.score import BudgetResult
from perfcheck.results.summary import InputFile

HTML_LANG: dict[Lang, str] = {"zh": "zh-CN", "en": "en"}


def stylesheet() -> str:
    """The page's stylesheet, a resource of this package (inlined: the page fetches nothing)."""
    return files(__package__).joinpath("style.css").read_text(encoding="utf-8")


def page(lang: Lang, title: str, version: str, body: Iterable[str]) -> str:
    return lines(
        "<!DOCTYPE html>",
        f'<html lang="{HTML_LANG[lang]}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        shape("meta", {"name": "generator", "content": f"perfcheck {version}"}),
        text("title", title),
        f"<style>\n{stylesheet()}</style>",
        "</head>",
        "<body>",
        "<main>",
        text("h1", title),
        *body,
        "</main>",
        "</body>",
        "</html>",
        "",
    )


def basics(
    targets: TargetFile,
    period: str,
    lang: Lang,
    budget: BudgetResult | None = None,
    achieved: str | None = None,
) -> str:
    """一、基本情况: a department's facts and tasks, or the head of the project form. `budget`:
    the year-end execution figures, which a project form carries in its budget block."""
    if targets.kind == "project":
        return project_basics(targets, period, lang, budget, achieved)
    labels = LABELS[lang]
    facts = [
        ("department", targets.department),
        ("year", str(targets.year)),
        ("period", period),
        ("money_unit", targets.money_unit),
        ("budget_total", budget_total_text(targets)),
    ]
    tasks = "".join(
        el("li", text("strong", t.name) + escaped(f"：{t.content}"), {"value": str(t.id)})
        for t in targets.tasks
    )
    pairs = [text("dt", labels[key]) + text("dd", value) for key, value in facts]
    if tasks:  # many department tables are published without 年度主要任务
        pairs.append(text("dt", labels["tasks"]) + el("dd", el("ol", tasks, {"class": "tasks"})))
    return section(labels["basics"], [el("dl", "\n".join(pairs), {"class": "basics"})])


def project_basics(
    targets: TargetFile,
    period: str,
    lang: Lang,
    budget: BudgetResult | None,
    achieved: str | None,
) -> str:
    """The head of the 项目支出绩效自评表: 项目名称, 主管部门 and 实施单位; the budget block
    with its 资金来源 rows; 年度总体目标, 预期目标 beside 实际完成情况 at year-end."""
    labels, words_of = LABELS[lang], PROJECT_LABELS[lang]
    facts = [
        (words_of["name"], targets.project or "—"),
        (words_of["department"], targets.department),
        (words_of["implementer"], targets.implementer or "—"),
        (labels["year"], str(targets.year)),
        (labels["period"], period),
    ]
    pairs = [text("dt", key) + text("dd", value) for key, value in facts]
    heading, year = form_title(targets, lang)
    return section(
        labels["basics"],
        [
            text("p", f"{heading}{year}", {"class": "form-title"}),
            el("dl", "\n".join(pairs), {"class": "basics"}),
            funds_table(targets, lang, budget),
            goal_table(targets, lang, achieved, evaluation=budget is not None),
        ],
    )


def funds_table(targets: TargetFile, lang: Lang, budget: BudgetResult | None) -> str:
    """项目资金: 年度资金总额 and its sources; at year-end with the form's 全年预算数,
    全年执行数, 分值, 执行率 and 得分 (— for a source, which the form does not score)."""
    labels = LABELS[lang]
    head = labels["project_funds"].format(unit=targets.money_unit)
    if budget is None:
        header, align = [head, labels["initial"]], "lr"
        rows = [[labels["funds_total"], money(targets.budget.total)]]
        rows += [[label, money(amount)] for label, amount in source_labels(targets, lang)]
    else:
        header, align = [head, *words(lang, PROJECT_BUDGET_COLUMNS)], "lrrrrrr"
        points = budget_points_text(budget.points, targets.rules)
        rows = [
            [labels["funds_total"], money(budget.initial), money(budget.adjusted),
             money(budget.spent), points, percent(budget.rate), decimal_text(budget.score)]
        ]  # fmt: skip
        rows += [
            [label, money(amount), "", "", "—", "", "—"]
            for label, amount in source_labels(targets, lang)
        ]
    return plain_table(header, rows, align, "funds", head)


def goal_table(targets: TargetFile, lang: Lang, achieved: str | None, *, evaluation: bool) -> str:
    """年度总体目标: 预期目标, and in a self-evaluation 实际完成情况 beside it."""
    words_of = PROJECT_LABELS[lang]
    header = [words_of["goal_target"]] + ([words_of["goal_achieved"]] if evaluation else [])
    row = [targets.annual_goal or "—"] + ([achieved or "—"] if evaluation else [])
    caption = text("h3", words_of["goal"])
    return caption + "\n" + plain_table(header, [row], "l" * len(header), "goal", words_of["goal"])


def made_by(inputs: tuple[InputFile, ...], version: str, lang: Lang) -> str:
    labels = LABELS[lang]
    rows = [
        el("tr", el("td", text("code", f.path)) + el("td", text("code", f.sha256))) for f in inputs
    ]
    header = [labels["inputs"], labels["sha256"]]
    return lines(
        "<footer>",
        text("p", labels["made_by"].format(version=version) + "："),
        table(header, rows, "ll", "inputs", labels["inputs"]),
        "</footer>",
    )


def indicator_rows(
    indicators: Sequence[Indicator],
    rest: Sequence[str],
    attrs: Sequence[Attrs],
    parts: Sequence[Sequence[str]] = (),
) -> list[str]:
    """一级指标 and 二级指标 merged down their runs as on the official form (none in a flat
    list), then the rest; below each indicator its "其中" sub-rows (`parts`: each row's cells
    after the levels), inside the indicator's merged level cells."""
    below = list(parts) or [[] for _ in indicators]
    flat = all(not (i.level1 or i.level2) for i in indicators)
    owners = [k for k, sub in enumerate(below) for _ in range(1 + len(sub))]
    level1 = spans([(indicators[k].level1,) for k in owners])
    level2 = spans([(indicators[k].level1, indicators[k].level2) for k in owners])
    rows = []
    for at, k in enumerate(owners):
        i = indicators[k]
        head = "" if flat else merged(i.level1, level1[at]) + merged(i.level2, level2[at])
        first = at == 0 or owners[at - 1] != k
        if first:
            inner, attributes = cell("td", indicator_label(i), extra="name") + rest[k], attrs[k]
        else:
            inner, attributes = below[k][at - owners.index(k) - 1], {"class": "part"}
        rows.append(el("tr", head + inner, attributes))
    return rows


def part_cells(rows: Sequence[Sequence[str]], align: str) -> list[str]:
    """The "其中" sub-rows' cells after the levels (`part_rows` of a flat table): 其中：name
    as a name, the rest aligned as the table's columns."""
    return [
        cell("td", cells[0], extra="name")
        + "".join(cell("td", c, a) for c, a in zip(cells[1:], align[1:], strict=True))
        for cells in rows
    ]


def explanation_cell(content: str, missing: bool, lang: Lang) -> str:
    """The explanation given; where one is expected and missing, a gap to fill."""
    if missing:
        return cell("td", LABELS[lang]["no_explanation"], extra="gap")
    return cell("td", content)


def light_cell(light: Light, lang: Lang) -> str:
    dot = el("span", "", {"class": "dot", "aria-hidden": "true"})
    shown = el("span", dot + escaped(LIGHT_WORDS[lang][light]), {"class": f"light {light.value}"})
    return el("td", shown, {"class": "mid"})


def light_legend(lang: Lang) -> list[tuple[str, str]]:
    words = LIGHT_WORDS[lang]
    return [(light.value, words[light]) for light in (Light.GREEN, Light.YELLOW, Light.RED)]


def listed(listing: Listing[Item], lang: Lang) -> str:
    """The indicators as a list, then the other gaps, each marked as a gap to fill where it is
    one; else 无。"""
    if listing.empty:
        return text("p", LABELS[lang]["none"], {"class": "none"})
    items = [listed_item(i, listing.text(i), listing.gap(i)) for i in listing.items]
    items += [text("li", gap, {"class": "gap"}) for gap in listing.other_gaps]
    return el("ul", "".join(items), {"class": "items"})


def listed_item(i: HasIndicator, content: str, gap: bool) -> str:
    head = text("strong", item_label(i.indicator))
    return el("li", f"{head}{escaped('：' + content)}", {"class": "gap"} if gap else None)


def listings(sections: list[Listing[Item]], lang: Lang) -> list[str]:
    """Sections of listed indicators, each under its heading; the gaps to fill boxed."""
    parts = []
    for listing in sections:
        if listing.heading in (GAP_SECTION, MONITORING_GAP_SECTION):
            parts.append(gaps(listing, lang))
        else:
            parts += [text("h3", LABELS[lang][listing.heading]), listed(listing, lang)]
    return parts


def gaps(listing: Listing[Item], lang: Lang) -> str:
    """Deviations still lacking an explanation: boxed and marked, to fill before submission."""
    box = {"class": "gaps" if listing.empty else "gaps open"}
    heading = text("h3", LABELS[lang][listing.heading])
    return el("div", lines("", heading, listed(listing, lang), ""), box)
