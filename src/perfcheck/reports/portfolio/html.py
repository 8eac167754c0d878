"""The portfolio as one self-contained HTML page, in the review pack's style (reports/summary/html):
the distributions as inline SVG bar charts, the changes since the previous year, one row per
table, the files that could not be read. Nothing outside the file: no script, no fetch.

Each bar carries the count it draws (data-value) and each table row its file (data-id), so that a
test reads the page back and compares it with the JSON."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, TextIO

from perfcheck import __version__
from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text
from perfcheck.reports.portfolio.common import LABELS, band_text, change_name, header, shown, signed
from perfcheck.reports.portfolio.sections import error_lines, notes, title
from perfcheck.reports.summary.html.charts import (
    BASE,
    LABEL_GAP,
    PAD,
    ROW,
    Frame,
    figure,
    rect,
    svg_text,
)
from perfcheck.reports.summary.html.elements import cell as html_cell
from perfcheck.reports.summary.html.elements import el, lines, plain_table, section, table, text
from perfcheck.reports.summary.html.page import page
from perfcheck.results.portfolio import Change, Count, Portfolio, TableRow

if TYPE_CHECKING:
    from perfcheck.reports.render import View

# The columns of the page's table of tables: what a reader compares, then the file it came from.
COLUMNS = (
    "table", "kind", "period", "total", "grade", "met", "unmet", "missing", "not_applicable",
    "unexplained", "budget_rate", "elapsed", "red", "yellow", "reconciles", "path",
)  # fmt: skip
_LEFT = frozenset({"table", "kind", "period", "grade", "reconciles", "path"})
WIDTH = 480  # every count chart, in SVG units
TAIL = 56  # the printed count after a bar
LABEL_MAX = 252  # the widest label column: 18 Chinese characters, longer labels cut with …
WIDE = 14  # the width of a wide (CJK) character at the charts' font size
NARROW = 9  # at most that of a digit, a letter or a sign (% is the widest of them)
MARGIN = 4  # left of the longest label
GRADE_TONES = {"优": "met", "良": "score", "中": "yellow", "差": "red"}


def as_html(portfolio: Portfolio, lang: Lang, out: TextIO, view: View) -> None:
    out.write(render(portfolio, lang))


def render(portfolio: Portfolio, lang: Lang) -> str:
    labels = LABELS[lang]
    body = [el("p", text("span", note), {"class": "note"}) for note in notes(portfolio, lang)]
    body += [
        section(labels["html.distributions"], charts(portfolio, lang)),
        section(labels["html.changes"], changes(portfolio, lang)),
        section(labels["html.tables"], [tables(portfolio.tables, lang)]),
    ]
    if portfolio.errors:
        heading = labels["errors"].format(count=len(portfolio.errors))
        items = "".join(text("li", line) for line in error_lines(portfolio, lang))
        body.append(section(heading, [el("ul", items, {"class": "items errors"})]))
    made = text("p", labels["html.made_by"].format(version=__version__))
    body.append(lines("<footer>", made, "</footer>"))
    return page(lang, title(portfolio, lang), __version__, body)


# --- The distributions -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CountBar:
    """One bar of a count chart: its data-id, the label beside it, the count, its colour."""

    key: str
    label: str
    count: int
    tone: str


def charts(portfolio: Portfolio, lang: Lang) -> list[str]:
    labels = LABELS[lang]
    grades = [_bar(c, GRADE_TONES.get(c.key, "score")) for c in portfolio.grades]
    bands = [
        CountBar(decimal_text(b.low), band_text(b), b.count, "score")
        for b in portfolio.budget_bands
    ]
    reds = [_bar(c, "green" if c.key == "0" else "red") for c in portfolio.red_lights]
    level2 = [_bar(c, "unmet") for c in portfolio.unmet_by_level2]
    names = [_bar(c, "unmet") for c in portfolio.unmet_by_name]
    return [
        count_chart("grades", labels["grades"], grades, lang),
        count_chart("bands", labels["bands"], bands, lang),
        count_chart("red_lights", labels["red_lights"], reds, lang),
        count_chart("unmet_by_level2", labels["unmet_by_level2"], level2, lang),
        count_chart("unmet_by_name", labels["unmet_by_name"], names, lang),
    ]


def _bar(count: Count, tone: str) -> CountBar:
    return CountBar(count.key, count.key, count.count, tone)


def count_chart(chart: str, caption: str, bars: Sequence[CountBar], lang: Lang) -> str:
    """Horizontal bars on one scale, from 0 to the largest count; the count printed after each.
    A chart with nothing to draw is its caption and 无。"""
    if not bars:
        return lines(
            '<figure class="chart">',
            text("figcaption", caption),
            text("p", LABELS[lang]["html.none"], {"class": "none"}),
            "</figure>",
        )
    frame = count_frame([b.label for b in bars])
    top = max(max(b.count for b in bars), 1)
    shapes = [count_row(chart, b, k * ROW, top, frame) for k, b in enumerate(bars)]
    return figure(chart, caption, (frame.width, len(bars) * ROW + PAD), shapes, ())


def count_frame(labels: Sequence[str]) -> Frame:
    """Room for the longest label (up to LABEL_MAX), the rest of WIDTH for the bars."""
    label = MARGIN + min(max(label_width(t) for t in labels), LABEL_MAX) + LABEL_GAP
    return Frame(label=label, plot=WIDTH - label - TAIL, tail=TAIL)


def label_width(label: str) -> int:
    return sum(WIDE if unicodedata.east_asian_width(ch) in "WF" else NARROW for ch in label)


def shortened(label: str) -> str:
    """The label cut to the label column, with … where it was cut (the tooltip has it whole)."""
    if label_width(label) <= LABEL_MAX:
        return label
    while label_width(label + "…") > LABEL_MAX:
        label = label[:-1]
    return label + "…"


def bar_width(count: int, top: int, frame: Frame) -> Decimal:
    """The bar's length in SVG units, to a tenth: count / top of the plot."""
    exact = Decimal(count) * frame.plot / Decimal(top)
    return exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def count_row(chart: str, bar: CountBar, y: int, top: int, frame: Frame) -> str:
    data = {"class": f"bar {bar.tone}", "data-kind": chart, "data-id": bar.key}
    data["data-value"] = str(bar.count)
    return el(
        "g",
        "".join(
            [
                text("title", f"{bar.label}: {bar.count}"),
                svg_text(frame.label - LABEL_GAP, y + BASE, shortened(bar.label), "label", "end"),
                rect(frame.label, y + PAD, bar_width(bar.count, top, frame), data),
                svg_text(frame.label + frame.plot + LABEL_GAP, y + BASE, str(bar.count), "value"),
            ]
        ),
    )


# --- The changes since the previous year -------------------------------------------------------


def changes(portfolio: Portfolio, lang: Lang) -> list[str]:
    labels = LABELS[lang]
    header_row = [labels[f"html.change.{key}"] for key in ("name", "from", "to", "change")]
    parts = []
    for key, found in (("fell", portfolio.fell), ("rose", portfolio.rose)):
        parts.append(text("h3", labels[key]))
        if not found:
            parts.append(text("p", labels["html.none"], {"class": "none"}))
            continue
        rows = [_change_cells(c) for c in found]
        parts.append(plain_table(header_row, rows, "lrrr", f"changes {key}", labels[key]))
    return parts


def _change_cells(c: Change) -> list[str]:
    return [
        change_name(c),
        f"{c.from_year}: {decimal_text(c.before)}",
        f"{c.to_year}: {decimal_text(c.after)}",
        signed(c.change),
    ]


# --- One row per table -------------------------------------------------------------------------


def tables(rows: Sequence[TableRow], lang: Lang) -> str:
    align = "".join("l" if c in _LEFT else "r" for c in COLUMNS)
    body = [table_row(row, lang, align) for row in rows]
    label = LABELS[lang]["html.tables"]
    return table([header(c, lang) for c in COLUMNS], body, align, "portfolio", label)


def table_row(row: TableRow, lang: Lang, align: str) -> str:
    texts = (shown(row, column, lang) for column in COLUMNS)
    cells = "".join(html_cell("td", t, a) for t, a in zip(texts, align, strict=True))
    attrs = {"data-id": row.path}
    if row.grade == "差":
        attrs["class"] = "poor"
    elif row.red:
        attrs["class"] = "red"
    return el("tr", cells, attrs)
