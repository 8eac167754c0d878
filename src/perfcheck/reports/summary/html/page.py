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
from perfcheck.model.targets import Indicator, TargetFile
from perfcheck.reports.monitoring import LIGHT_WORDS
from perfcheck.reports.summary.html.elements import (
    Attrs,
    cell,
    el,
    escaped,
    lines,
    merged,
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
    HasIndicator,
    Item,
    Listing,
    budget_total_text,
    indicator_label,
    item_label,
)
from perfcheck.results.monitoring import Light
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


def basics(targets: TargetFile, period: str, lang: Lang) -> str:
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
    pairs.append(text("dt", labels["tasks"]) + el("dd", el("ol", tasks, {"class": "tasks"})))
    return section(labels["basics"], [el("dl", "\n".join(pairs), {"class": "basics"})])


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
    indicators: Sequence[Indicator], rest: Sequence[str], attrs: Sequence[Attrs]
) -> list[str]:
    """一级指标 and 二级指标 merged down their runs as on the official form, then the rest."""
    level1 = spans([(i.level1,) for i in indicators])
    level2 = spans([(i.level1, i.level2) for i in indicators])
    rows = []
    for k, i in enumerate(indicators):
        head = merged(i.level1, level1[k]) + merged(i.level2, level2[k])
        name = cell("td", indicator_label(i), extra="name")
        rows.append(el("tr", head + name + rest[k], attrs[k]))
    return rows


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
