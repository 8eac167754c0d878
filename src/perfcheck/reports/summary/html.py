"""The review pack as one self-contained HTML page: the Markdown's facts plus inline SVG charts.

Nothing outside the file: no script, no fetch (a Content Security Policy forbids any), fonts from
the system with a CJK fallback list. Readable on a phone (tables scroll in their own box, charts
scale with their viewBox) and printable (table headers repeat on every page). Each bar carries the
exact value it draws (data-value), so a test can compare the charts with the result object.
Coordinates are computed with Decimal and integers, never floats.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from typing import TypeVar

from perfcheck.diagnostics import Lang
from perfcheck.engine.summary import monitoring_narrative, narrative
from perfcheck.formatting import decimal_text, percent, rounded_text
from perfcheck.model.targets import Indicator, TargetFile, level1_groups
from perfcheck.reports.monitoring import LIGHT_WORDS, forecast_text, progress_text
from perfcheck.reports.score import BUDGET_COLUMNS, budget_cells, completion_text
from perfcheck.reports.summary.labels import LABELS
from perfcheck.reports.summary.text import (
    COUNT_COLUMNS,
    GAP_SECTION,
    GROUP_COLUMNS,
    INDICATOR_COLUMNS,
    MONITORING_BUDGET_COLUMNS,
    MONITORING_COLUMNS,
    Listing,
    budget_total_text,
    count_cells,
    deviation_listings,
    group_cells,
    indicator_label,
    item_label,
    measures_listing,
    monitoring_budget_cells,
    profile_text,
    progress_cells,
    projection_text,
    reading_explanation,
    remark,
    rescaled_text,
    result_cells,
    scored_groups,
    title,
    titled,
    total_text,
    words,
)
from perfcheck.results.monitoring import IndicatorProgress, Light, MonitoringResult
from perfcheck.results.score import Flag, GroupResult, IndicatorResult
from perfcheck.results.summary import InputFile, MonitoringSummary, Summary

T = TypeVar("T")
Attrs = dict[str, str]

HTML_LANG: dict[Lang, str] = {"zh": "zh-CN", "en": "en"}
ONE = Decimal(1)
CAP = Decimal("1.5")  # rates beyond 150 % are drawn at 150 %, their true value printed beside
COORD = Decimal("0.1")  # SVG coordinates are written to a tenth of a unit
ROW = 24  # the height of one chart row, in SVG units (text is 14 units high)
BAR = 16  # the height of one bar
PAD = 4  # from the top of a row to its bar
BASE = 17  # from the top of a row to its text's baseline
REF_ROW = 18  # the height of a reference line's label above the bars
REF_TOP = 16  # from the top of a reference label's row to the top of its line
REF_BASE = 13  # from the top of a reference label's row to the label's baseline
REF_GAP = 4  # from the reference labels to the first row of bars
LABEL_GAP = 6  # from a row's label to the start of its bar
VALUE_GAP = 12  # from the end of the rate plot to the printed value
GROUP_VALUE_GAP = 8  # from the end of the group plot to the printed value
GROUP_GAP = 4  # between the rows of the group chart, and around them
CAP_MARK = 6  # how far the arrowhead past a capped bar reaches

FONTS = (
    'system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei",'
    '"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif'
)
MONO = 'ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace'
STYLE = f"""
:root{{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--head:#f3f5f7;--accent:#1f5fa8;
--met:#2f7d4f;--unmet:#c23b22;--green:#2f9e44;--yellow:#e0a800;--red:#d63333;--none:#9aa4ae;
--gap:#a34700;--gap-bg:#fff4e0}}
*{{box-sizing:border-box}}
html{{-webkit-text-size-adjust:100%;text-size-adjust:100%}}
body{{margin:0;color:var(--ink);background:#fff;font:16px/1.6 {FONTS}}}
main{{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 2rem}}
h1{{font-size:1.5rem;line-height:1.35;margin:.5rem 0 1rem}}
h2{{font-size:1.25rem;border-bottom:2px solid var(--line);padding-bottom:.2rem;
margin:2rem 0 .75rem}}
h3{{font-size:1.05rem;margin:1.25rem 0 .5rem}}
dl.basics{{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}}
dl.basics dt{{font-weight:600;color:var(--muted)}}
dl.basics dd{{margin:0}}
ol.tasks{{margin:.25rem 0 0;padding-left:1.5rem}}
ol.tasks li{{margin-bottom:.35rem}}
.total{{font-size:1.15rem}}
.scroll{{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5rem 0 1rem;max-width:100%}}
table{{border-collapse:collapse;width:100%;font-size:.9rem}}
th,td{{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}}
thead th{{background:var(--head);white-space:nowrap}}
tbody th{{font-weight:600;background:#fafbfc}}
.num{{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}}
.mid{{text-align:center;white-space:nowrap}}
table.indicators{{min-width:56rem}}
table.monitoring{{min-width:64rem}}
tbody th{{white-space:nowrap}}
td.name{{min-width:11rem}}
table.indicators td:last-child,table.monitoring td:last-child{{min-width:15rem}}
tr.unmet td,tr.missing td,tr.red td{{background:#fdecea}}
tr.overachieved td,tr.yellow td{{background:#fff8e6}}
.gap{{color:var(--gap);font-weight:600}}
.gaps.open{{border-left:4px solid var(--gap);background:var(--gap-bg);padding:.1rem .9rem .4rem}}
.gaps.open h3{{color:var(--gap)}}
.light{{white-space:nowrap}}
.dot,.swatch{{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:-.05em;
border:1px solid rgba(0,0,0,.35);-webkit-print-color-adjust:exact;print-color-adjust:exact}}
.dot{{border-radius:50%}}
.green{{--tone:var(--green)}}.yellow{{--tone:var(--yellow)}}.red{{--tone:var(--red)}}
.none{{--tone:var(--none)}}.met{{--tone:var(--met)}}.unmet{{--tone:var(--unmet)}}
.score{{--tone:var(--accent)}}.points{{--tone:#e6eaee}}
.dot,.swatch{{background:var(--tone)}}
figure.chart{{margin:1rem 0 1.5rem}}
figure.chart figcaption{{font-weight:600;margin-bottom:.35rem}}
svg.chart{{display:block;width:100%;max-width:28rem;height:auto}}
svg.chart text{{font-size:14px;fill:var(--ink)}}
svg.chart text.group{{font-weight:700}}
svg.chart text.value,svg.chart text.ref{{fill:var(--muted)}}
svg.chart text.ref{{font-size:12px}}
svg.chart line.axis{{stroke:var(--muted);stroke-width:1}}
svg.chart line.ref{{stroke:var(--ink);stroke-width:1.2;stroke-dasharray:4 3}}
svg.chart rect.bar{{fill:var(--tone)}}
svg.chart rect.track{{fill:#e6eaee;stroke:#8c959f;stroke-width:.8}}
svg.chart path.cap{{fill:var(--ink)}}
ul.legend{{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.35rem 0 0;padding:0;
font-size:.85rem;color:var(--muted)}}
ul.items{{padding-left:1.25rem}}
ul.items li{{margin-bottom:.35rem}}
.projection{{border:2px dashed var(--muted);padding:.5rem .8rem;font-size:1.05rem}}
footer{{margin-top:2.5rem;font-size:.85rem;color:var(--muted)}}
footer table{{font-size:.85rem}}
code{{font-family:{MONO};font-size:.9em;word-break:break-all}}
@media (max-width:40rem){{
body{{font-size:15px}}
main{{padding:.75rem .75rem 1.5rem}}
h1{{font-size:1.3rem}}
dl.basics{{grid-template-columns:1fr}}
dl.basics dd{{margin-bottom:.4rem}}
}}
@media print{{
@page{{size:A4;margin:14mm 12mm}}
body{{font-size:10pt;line-height:1.45}}
main{{max-width:none;padding:0}}
.scroll{{overflow:visible}}
table{{font-size:8.5pt}}
table.indicators,table.monitoring{{min-width:0}}
td.name,table.indicators td:last-child,table.monitoring td:last-child{{min-width:0}}
tbody th{{white-space:normal}}
thead{{display:table-header-group}}
tr,figure,li,dl,footer,.projection{{break-inside:avoid;page-break-inside:avoid}}
h1,h2,h3,figcaption{{break-after:avoid;page-break-after:avoid}}
svg.chart{{max-width:9.5cm}}
}}
"""


# --- Elements ----------------------------------------------------------------------------------


def _attrs(attrs: Attrs) -> str:
    return "".join(f' {name}="{escape(value)}"' for name, value in attrs.items())


def _el(tag: str, markup: str, attrs: Attrs | None = None) -> str:
    """An element around markup that is already escaped."""
    return f"<{tag}{_attrs(attrs or {})}>{markup}</{tag}>"


def _text(tag: str, text: str, attrs: Attrs | None = None) -> str:
    """An element around plain text, escaped."""
    return _el(tag, escape(text), attrs)


def _open(tag: str, attrs: Attrs) -> str:
    return f"<{tag}{_attrs(attrs)}>"


def _shape(tag: str, attrs: Attrs) -> str:
    return f"<{tag}{_attrs(attrs)}/>"


def _lines(*parts: str) -> str:
    return "\n".join(parts)


def _section(heading: str, parts: Iterable[str]) -> str:
    return _lines("<section>", _text("h2", heading), *parts, "</section>")


def _page(lang: Lang, title: str, version: str, body: Iterable[str]) -> str:
    return _lines(
        "<!DOCTYPE html>",
        f'<html lang="{HTML_LANG[lang]}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        _shape("meta", {"name": "generator", "content": f"perfcheck {version}"}),
        _text("title", title),
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        _text("h1", title),
        *body,
        "</main>",
        "</body>",
        "</html>",
        "",
    )


# --- Tables ------------------------------------------------------------------------------------

_ALIGN = {"r": "num", "c": "mid"}


def _cell(tag: str, text: str, align: str = "l", extra: str = "") -> str:
    """A cell of plain text; align as the Markdown renderer writes it: l, r or c."""
    classes = " ".join(c for c in (_ALIGN.get(align, ""), extra) if c)
    return _text(tag, text, {"class": classes} if classes else None)


def _row(tag: str, texts: Sequence[str], align: str) -> str:
    return _el("tr", "".join(_cell(tag, t, a) for t, a in zip(texts, align, strict=True)))


def _table(header: Sequence[str], rows: Iterable[str], align: str, name: str, label: str) -> str:
    """A table in its own horizontally scrolling box; rows are rendered <tr> elements."""
    table = _lines(
        f'<table class="{name}">',
        f"<thead>{_row('th', header, align)}</thead>",
        "<tbody>",
        *rows,
        "</tbody>",
        "</table>",
    )
    box = {"class": "scroll", "role": "region", "tabindex": "0", "aria-label": label}
    return _el("div", f"\n{table}\n", box)


def _plain_table(
    header: Sequence[str], rows: Iterable[Sequence[str]], align: str, name: str, label: str
) -> str:
    aligned = align.ljust(len(header), "l")
    return _table(header, (_row("td", r, aligned) for r in rows), aligned, name, label)


def _spans(keys: Sequence[tuple[str, ...]]) -> list[int]:
    """Rowspans of merged cells: the length of each run of equal keys at its first row, else 0."""
    spans = [0] * len(keys)
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            spans[start] = index - start
            start = index
    return spans


def _merged(text: str, span: int) -> str:
    if span == 0:
        return ""
    return _text("th", text, {"scope": "row"} if span == 1 else {"rowspan": str(span)})


def _indicator_rows(
    indicators: Sequence[Indicator], rest: Sequence[str], attrs: Sequence[Attrs]
) -> list[str]:
    """一级指标 and 二级指标 merged down their runs as on the official form, then the rest."""
    level1 = _spans([(i.level1,) for i in indicators])
    level2 = _spans([(i.level1, i.level2) for i in indicators])
    rows = []
    for k, i in enumerate(indicators):
        head = _merged(i.level1, level1[k]) + _merged(i.level2, level2[k])
        name = _cell("td", indicator_label(i), extra="name")
        rows.append(_el("tr", head + name + rest[k], attrs[k]))
    return rows


def _light(light: Light, lang: Lang) -> str:
    dot = _el("span", "", {"class": "dot", "aria-hidden": "true"})
    return _el("span", dot + escape(LIGHT_WORDS[lang][light]), {"class": f"light {light.value}"})


def _light_cell(light: Light, lang: Lang) -> str:
    return _el("td", _light(light, lang), {"class": "mid"})


# --- Charts ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of a rate chart: its data-id, the label beside it, the exact fraction it draws
    (None: nothing to draw), that fraction as printed, its colour and its tooltip."""

    key: str
    label: str
    value: Decimal | None
    text: str
    tone: str
    title: str


@dataclass(frozen=True, slots=True)
class Frame:
    """A chart's columns, in SVG units: labels, the plot, the printed values."""

    label: int
    plot: int
    tail: int

    @property
    def width(self) -> int:
        return self.label + self.plot + self.tail

    def x(self, value: Decimal, top: Decimal) -> Decimal:
        """Where value ends on a scale from 0 to top, clipped to the plot."""
        return self.label + min(max(value, Decimal(0)), top) * self.plot / top


RATE_FRAME = Frame(label=48, plot=270, tail=82)  # 100 % at 180 of 400
GROUP_FRAME = Frame(label=84, plot=196, tail=120)


def _coord(value: Decimal | int) -> str:
    return rounded_text(Decimal(value), COORD)


def _svg_text(x: Decimal | int, y: int, text: str, name: str, anchor: str = "start") -> str:
    attrs = {"x": _coord(x), "y": str(y), "class": name}
    if anchor != "start":
        attrs["text-anchor"] = anchor
    return _text("text", text, attrs)


def _rect(x: Decimal | int, y: int, width: Decimal, attrs: Attrs) -> str:
    box = {"x": _coord(x), "y": str(y), "width": _coord(width), "height": str(BAR)}
    return _shape("rect", box | attrs)


def _figure(
    chart: str,
    caption: str,
    size: tuple[int, int],
    shapes: Iterable[str],
    legend: Sequence[tuple[str, str]],
) -> str:
    """A captioned inline SVG chart with its legend (colour class, words)."""
    return _lines(
        '<figure class="chart">',
        _text("figcaption", caption),
        _open("svg", _svg_attrs(chart, caption, *size)),
        *shapes,
        "</svg>",
        *([_legend(legend)] if legend else []),
        "</figure>",
    )


def _svg_attrs(chart: str, caption: str, width: int, height: int) -> Attrs:
    return {
        "class": "chart",
        "data-chart": chart,
        "viewBox": f"0 0 {width} {height}",
        "width": str(width),
        "height": str(height),
        "role": "img",
        "aria-label": caption,
    }


def _legend(entries: Sequence[tuple[str, str]]) -> str:
    swatch = '<span class="swatch {}" aria-hidden="true"></span>'
    items = "".join(_el("li", swatch.format(tone) + escape(text)) for tone, text in entries)
    return _el("ul", items, {"class": "legend"})


def _rate_bar(bar: Bar, y: int, kind: str) -> str:
    """A row: label, the bar (capped at CAP with a mark) and the true value in the last column."""
    frame = RATE_FRAME
    x0 = str(frame.label)
    parts = [
        _text("title", bar.title),
        _shape("line", {"class": "axis", "x1": x0, "y1": str(y), "x2": x0, "y2": str(y + ROW)}),
        _svg_text(frame.label - LABEL_GAP, y + BASE, bar.label, "label", "end"),
    ]
    if bar.value is not None:
        end = frame.x(bar.value, CAP)
        data = {"class": f"bar {bar.tone}", "data-kind": kind, "data-id": bar.key}
        data["data-value"] = decimal_text(bar.value)
        parts.append(_rect(frame.label, y + PAD, end - frame.label, data))
        if bar.value > CAP:
            parts.append(_cap_mark(end, y + PAD))
    parts.append(_svg_text(frame.label + frame.plot + VALUE_GAP, y + BASE, bar.text, "value"))
    return _el("g", "".join(parts))


def _cap_mark(x: Decimal, y: int) -> str:
    """An arrowhead past a capped bar: the true value lies beyond the plot."""
    base, tip = _coord(x), _coord(x + CAP_MARK)
    path = f"M{base} {y}L{tip} {y + BAR // 2}L{base} {y + BAR}Z"
    return _shape("path", {"class": "cap", "d": path})


def _ref_line(value: Decimal, label: str, position: int, bottom: int) -> str:
    """A dashed reference line (100 %, 序时进度) with its label in its own row above the bars."""
    x = RATE_FRAME.x(value, CAP)
    top = str(position * REF_ROW + REF_TOP)
    ends = {"x1": _coord(x), "y1": top, "x2": _coord(x), "y2": str(bottom)}
    line = _shape("line", {"class": "ref", **ends, "data-value": decimal_text(value)})
    return line + _svg_text(x, position * REF_ROW + REF_BASE, label, "ref", "middle")


def _rate_chart(
    chart: str,
    caption: str,
    groups: Sequence[tuple[str, Sequence[Bar]]],
    refs: Sequence[tuple[Decimal, str]],
    legend: Sequence[tuple[str, str]] = (),
) -> str:
    """Horizontal bars on a 0–150 % scale, grouped under headings, with dashed reference lines."""
    top = len(refs) * REF_ROW + REF_GAP
    y, shapes = top, []
    for heading, bars in groups:
        if heading:
            shapes.append(_svg_text(0, y + BASE, heading, "group"))
            y += ROW
        for bar in bars:
            shapes.append(_rate_bar(bar, y, chart))
            y += ROW
    bottom = y + PAD
    lines = [_ref_line(value, label, k, bottom) for k, (value, label) in enumerate(refs)]
    return _figure(chart, caption, (RATE_FRAME.width, bottom), [*shapes, *lines], legend)


def _by_level1(items: Sequence[T], indicators: Sequence[Indicator]) -> list[tuple[str, list[T]]]:
    """Items under their 一级指标 (indicators[k] is items[k]'s), groups in order of appearance."""
    return [
        (level1, [items[k] for k in positions])
        for level1, positions in level1_groups(list(indicators))
    ]


# --- Shared sections ---------------------------------------------------------------------------


def _basics(targets: TargetFile, period: str, lang: Lang) -> str:
    labels = LABELS[lang]
    facts = [
        ("department", targets.department),
        ("year", str(targets.year)),
        ("period", period),
        ("money_unit", targets.money_unit),
        ("budget_total", budget_total_text(targets)),
    ]
    tasks = "".join(
        _el("li", _text("strong", t.name) + escape(f"：{t.content}"), {"value": str(t.id)})
        for t in targets.tasks
    )
    pairs = [_text("dt", labels[key]) + _text("dd", value) for key, value in facts]
    pairs.append(_text("dt", labels["tasks"]) + _el("dd", _el("ol", tasks, {"class": "tasks"})))
    return _section(labels["basics"], [_el("dl", "\n".join(pairs), {"class": "basics"})])


def _made_by(inputs: tuple[InputFile, ...], version: str, lang: Lang) -> str:
    labels = LABELS[lang]
    rows = [
        _el("tr", _el("td", _text("code", f.path)) + _el("td", _text("code", f.sha256)))
        for f in inputs
    ]
    header = [labels["inputs"], labels["sha256"]]
    return _lines(
        "<footer>",
        _text("p", labels["made_by"].format(version=version) + "："),
        _table(header, rows, "ll", "inputs", labels["inputs"]),
        "</footer>",
    )


# --- The year-end pack -------------------------------------------------------------------------


def render(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    r = summary.result
    table = [_completion_chart(summary, lang), _indicator_table(summary, lang)]
    return _page(
        lang,
        title("title", r.targets, r.period, lang),
        summary.version,
        [
            _basics(r.targets, r.period, lang),
            _overall(summary, lang),
            _section(labels["table"], table),
            _section(labels["deviations"], _deviations(summary, lang)),
            _section(labels["measures"], [_listed(measures_listing(summary), lang)]),
            _made_by(summary.inputs, summary.version, lang),
        ],
    )


def _overall(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    r = summary.result
    parts = [_text("p", narrative(summary, lang), {"class": "narrative"})]
    parts.append(_el("p", _text("strong", total_text(r, lang)), {"class": "total"}))
    if r.rescaled:
        parts.append(_text("p", rescaled_text(r, lang)))
    if profile := profile_text(r.targets, lang):
        parts.append(_text("p", profile))
    parts += [_groups_table(summary, lang), _groups_chart(summary, lang)]
    parts += [_text("h3", labels["budget"]), _budget_table(summary, lang)]
    parts += [_budget_chart(summary, lang), _text("h3", labels["counts"])]
    parts.append(_counts_table(summary, lang))
    return _section(labels["overall"], parts)


def _groups_table(summary: Summary, lang: Lang) -> str:
    quantum = summary.result.targets.rules.rounding
    rows = [group_cells(g, quantum) for g in scored_groups(summary.result)]
    header = words(lang, GROUP_COLUMNS)
    return _plain_table(header, rows, "lrrr", "groups", LABELS[lang]["chart_groups"])


def _groups_chart(summary: Summary, lang: Lang) -> str:
    """Per 一级指标, the score as a bar over its points as a track, on one common scale."""
    labels = LABELS[lang]
    quantum = summary.result.targets.rules.rounding
    groups = scored_groups(summary.result)
    top = max([g.points for g in groups] + [g.score for g in groups] + [ONE])
    step = ROW + GROUP_GAP
    shapes = [_group_row(g, GROUP_GAP + k * step, top, quantum) for k, g in enumerate(groups)]
    size = (GROUP_FRAME.width, 2 * GROUP_GAP + len(groups) * step)
    legend = [("score", labels["score"]), ("points", labels["points"])]
    return _figure("groups", labels["chart_groups"], size, shapes, legend)


def _group_row(g: GroupResult, y: int, top: Decimal, quantum: Decimal) -> str:
    """One 一级指标: its points as a track, its score as a bar over it, both on 0..top."""
    frame = GROUP_FRAME
    drawn = []
    for kind, value in (("points", g.points), ("score", g.score)):
        data = {"class": "track" if kind == "points" else "bar score", "data-kind": kind}
        data |= {"data-id": g.level1, "data-value": decimal_text(value)}
        drawn.append(_rect(frame.label, y + PAD, frame.x(value, top) - frame.label, data))
    level1, points, score, rate = group_cells(g, quantum)
    text = f"{score} / {points}"
    return _el(
        "g",
        "".join(
            [
                _text("title", f"{level1}：{text}（{rate}）"),
                _svg_text(frame.label - LABEL_GAP, y + BASE, level1, "label", "end"),
                *drawn,
                _svg_text(frame.label + frame.plot + GROUP_VALUE_GAP, y + BASE, text, "value"),
            ]
        ),
    )


def _budget_table(summary: Summary, lang: Lang) -> str:
    cells = [budget_cells(summary.result)]
    header = words(lang, BUDGET_COLUMNS)
    return _plain_table(header, cells, "rrrrrr", "budget", LABELS[lang]["budget"])


def _budget_chart(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    b = summary.result.budget
    tone = "met" if b.rate >= summary.result.targets.rules.explanation_threshold else "unmet"
    bar = Bar("budget", labels["rate"], b.rate, percent(b.rate), tone, labels["chart_budget"])
    return _rate_chart("budget", labels["chart_budget"], [("", [bar])], [(ONE, percent(ONE))])


def _counts_table(summary: Summary, lang: Lang) -> str:
    cells = [count_cells(summary.counts)]
    header = words(lang, COUNT_COLUMNS)
    return _plain_table(header, cells, "rrrrr", "counts", LABELS[lang]["counts"])


def _completion_chart(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    results = summary.result.indicators
    groups = [
        (level1, [_completion_bar(r) for r in members])
        for level1, members in _by_level1(results, [r.indicator for r in results])
    ]
    refs = [(ONE, percent(ONE))]
    legend = [("met", labels["met"]), ("unmet", labels["unmet"])]
    return _rate_chart("completion", labels["chart_completion"], groups, refs, legend)


def _completion_bar(r: IndicatorResult) -> Bar:
    i = r.indicator
    text = completion_text(r)
    return Bar(i.id, i.id, r.completion, text, r.status.value, titled(i, text))


def _indicator_table(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    quantum = summary.result.targets.rules.rounding
    results = summary.result.indicators
    rest = [_result_cells(r, quantum, lang) for r in results]
    attrs = [_row_attrs(r) for r in results]
    rows = _indicator_rows([r.indicator for r in results], rest, attrs)
    header = words(lang, INDICATOR_COLUMNS)
    return _table(header, rows, "lllllrrl", "indicators", labels["table"])


def _result_cells(r: IndicatorResult, quantum: Decimal, lang: Lang) -> str:
    """年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施."""
    target, actual, points, score = result_cells(r, quantum, lang)
    return (
        _cell("td", target)
        + _cell("td", actual)
        + _cell("td", points, "r")
        + _cell("td", score, "r")
        + _explanation_cell(remark(r), Flag.NEEDS_EXPLANATION in r.flags, lang)
    )


def _explanation_cell(text: str, missing: bool, lang: Lang) -> str:
    """The explanation given; where one is expected and missing, a gap to fill."""
    if missing:
        return _cell("td", LABELS[lang]["no_explanation"], extra="gap")
    return _cell("td", text)


def _row_attrs(r: IndicatorResult) -> Attrs:
    over = " overachieved" if Flag.OVERACHIEVED in r.flags else ""
    return {"class": r.status.value + over, "data-id": r.indicator.id}


def _listed(listing: Listing, lang: Lang) -> str:
    """The indicators as a list, then the other gaps, each marked as a gap to fill where it is
    one; else 无。"""
    if listing.empty:
        return _text("p", LABELS[lang]["none"], {"class": "none"})
    items = [_item(i, listing.text(i), listing.gap(i)) for i in listing.items]
    items += [_text("li", gap, {"class": "gap"}) for gap in listing.other_gaps]
    return _el("ul", "".join(items), {"class": "items"})


def _item(i: IndicatorResult, text: str, gap: bool) -> str:
    head = _text("strong", item_label(i.indicator))
    return _el("li", f"{head}{escape('：' + text)}", {"class": "gap"} if gap else None)


def _deviations(summary: Summary, lang: Lang) -> list[str]:
    parts = []
    for listing in deviation_listings(summary, lang):
        if listing.heading == GAP_SECTION:
            parts.append(_gaps(listing, lang))
        else:
            parts += [_text("h3", LABELS[lang][listing.heading]), _listed(listing, lang)]
    return parts


def _gaps(listing: Listing, lang: Lang) -> str:
    """Deviations still lacking an explanation: boxed and marked, to fill before submission."""
    box = {"class": "gaps" if listing.empty else "gaps open"}
    heading = _text("h3", LABELS[lang][listing.heading])
    return _el("div", _lines("", heading, _listed(listing, lang), ""), box)


# --- The monitoring report ---------------------------------------------------------------------


def render_monitoring(summary: MonitoringSummary, lang: Lang) -> str:
    labels = LABELS[lang]
    r = summary.result
    overall = [
        _text("p", monitoring_narrative(summary, lang), {"class": "narrative"}),
        _text("h3", labels["budget"]),
        _monitoring_budget_table(r, lang),
        _monitoring_budget_chart(r, lang),
    ]
    table = [
        _progress_chart(r, lang),
        _monitoring_table(r, lang),
        _el("p", _text("strong", projection_text(r, lang)), {"class": "projection"}),
    ]
    return _page(
        lang,
        title("monitoring_title", r.targets, r.period, lang),
        summary.version,
        [
            _basics(r.targets, r.period, lang),
            _section(labels["overall"], overall),
            _section(labels["table"], table),
            _made_by(summary.inputs, summary.version, lang),
        ],
    )


def _monitoring_budget_table(r: MonitoringResult, lang: Lang) -> str:
    cells = "".join(_cell("td", text, "r") for text in monitoring_budget_cells(r.budget))
    row = _el("tr", cells + _light_cell(r.budget.light, lang))
    header = words(lang, MONITORING_BUDGET_COLUMNS)
    return _table(header, [row], "rrrrrc", "budget", LABELS[lang]["budget"])


def _monitoring_budget_chart(r: MonitoringResult, lang: Lang) -> str:
    """The execution rate against 序时进度 (and the full year's 100 %)."""
    labels = LABELS[lang]
    b = r.budget
    bar = Bar(
        "budget", labels["rate"], b.rate, percent(b.rate), b.light.value, labels["chart_budget"]
    )
    refs = [(b.expected, _expected_ref(b.expected, lang)), (ONE, percent(ONE))]
    return _rate_chart("budget", labels["chart_budget"], [("", [bar])], refs, _light_legend(lang))


def _expected_ref(value: Decimal, lang: Lang) -> str:
    """The label of the line at 序时进度."""
    return f"{LABELS[lang]['expected']} {percent(value)}"


def _light_legend(lang: Lang) -> list[tuple[str, str]]:
    words = LIGHT_WORDS[lang]
    return [(light.value, words[light]) for light in (Light.GREEN, Light.YELLOW, Light.RED)]


def _progress_chart(r: MonitoringResult, lang: Lang) -> str:
    """Each indicator's progress against what 序时进度 asks for by now (the dashed 100 %)."""
    groups = [
        (level1, [_progress_bar(p) for p in members])
        for level1, members in _by_level1(r.indicators, [p.indicator for p in r.indicators])
    ]
    refs = [(ONE, _expected_ref(ONE, lang))]
    caption = LABELS[lang]["chart_progress"]
    return _rate_chart("progress", caption, groups, refs, _light_legend(lang))


def _progress_bar(p: IndicatorProgress) -> Bar:
    i = p.indicator
    text = progress_text(p)
    return Bar(i.id, i.id, p.progress, text, p.light.value, titled(i, text))


def _monitoring_table(r: MonitoringResult, lang: Lang) -> str:
    rest = [_monitoring_cells(p, lang) for p in r.indicators]
    attrs = [{"class": p.light.value, "data-id": p.indicator.id} for p in r.indicators]
    rows = _indicator_rows([p.indicator for p in r.indicators], rest, attrs)
    header = words(lang, MONITORING_COLUMNS)
    return _table(header, rows, "lllrrrrcrl", "monitoring", LABELS[lang]["table"])


def _monitoring_cells(p: IndicatorProgress, lang: Lang) -> str:
    """年度指标值, 序时目标, 实际完成值, 进度, 灯, 全年预计, 偏差原因及纠偏措施."""
    return (
        "".join(_cell("td", text, "r") for text in progress_cells(p))
        + _light_cell(p.light, lang)
        + _cell("td", forecast_text(p), "r")
        + _explanation_cell(reading_explanation(p), p.needs_explanation, lang)
    )
