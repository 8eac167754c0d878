"""Inline SVG bar charts. Each bar carries the exact value it draws (data-value), so a test can
compare the charts with the result object. Coordinates are computed with Decimal and integers,
never floats, and scale with the viewBox on any screen."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from perfcheck.formatting import decimal_text, rounded_text
from perfcheck.model.indicators import Indicator, level1_groups
from perfcheck.reports.summary.html.elements import Attrs, el, escaped, lines, opening, shape, text

T = TypeVar("T")

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


def coord(value: Decimal | int) -> str:
    return rounded_text(Decimal(value), COORD)


def svg_text(x: Decimal | int, y: int, content: str, name: str, anchor: str = "start") -> str:
    attrs = {"x": coord(x), "y": str(y), "class": name}
    if anchor != "start":
        attrs["text-anchor"] = anchor
    return text("text", content, attrs)


def rect(x: Decimal | int, y: int, width: Decimal, attrs: Attrs) -> str:
    box = {"x": coord(x), "y": str(y), "width": coord(width), "height": str(BAR)}
    return shape("rect", box | attrs)


def figure(
    chart: str,
    caption: str,
    size: tuple[int, int],
    shapes: Iterable[str],
    legend: Sequence[tuple[str, str]],
) -> str:
    """A captioned inline SVG chart with its legend (colour class, words)."""
    return lines(
        '<figure class="chart">',
        text("figcaption", caption),
        opening("svg", svg_attrs(chart, caption, *size)),
        *shapes,
        "</svg>",
        *([legend_list(legend)] if legend else []),
        "</figure>",
    )


def svg_attrs(chart: str, caption: str, width: int, height: int) -> Attrs:
    return {
        "class": "chart",
        "data-chart": chart,
        "viewBox": f"0 0 {width} {height}",
        "width": str(width),
        "height": str(height),
        "role": "img",
        "aria-label": caption,
    }


def legend_list(entries: Sequence[tuple[str, str]]) -> str:
    swatch = '<span class="swatch {}" aria-hidden="true"></span>'
    items = "".join(el("li", swatch.format(tone) + escaped(words)) for tone, words in entries)
    return el("ul", items, {"class": "legend"})


def rate_bar(bar: Bar, y: int, kind: str) -> str:
    """A row: label, the bar (capped at CAP with a mark) and the true value in the last column."""
    frame = RATE_FRAME
    x0 = str(frame.label)
    parts = [
        text("title", bar.title),
        shape("line", {"class": "axis", "x1": x0, "y1": str(y), "x2": x0, "y2": str(y + ROW)}),
        svg_text(frame.label - LABEL_GAP, y + BASE, bar.label, "label", "end"),
    ]
    if bar.value is not None:
        end = frame.x(bar.value, CAP)
        data = {"class": f"bar {bar.tone}", "data-kind": kind, "data-id": bar.key}
        data["data-value"] = decimal_text(bar.value)
        parts.append(rect(frame.label, y + PAD, end - frame.label, data))
        if bar.value > CAP:
            parts.append(cap_mark(end, y + PAD))
    parts.append(svg_text(frame.label + frame.plot + VALUE_GAP, y + BASE, bar.text, "value"))
    return el("g", "".join(parts))


def cap_mark(x: Decimal, y: int) -> str:
    """An arrowhead past a capped bar: the true value lies beyond the plot."""
    base, tip = coord(x), coord(x + CAP_MARK)
    path = f"M{base} {y}L{tip} {y + BAR // 2}L{base} {y + BAR}Z"
    return shape("path", {"class": "cap", "d": path})


def ref_line(value: Decimal, label: str, position: int, bottom: int) -> str:
    """A dashed reference line (100 %, 序时进度) with its label in its own row above the bars."""
    x = RATE_FRAME.x(value, CAP)
    top = str(position * REF_ROW + REF_TOP)
    ends = {"x1": coord(x), "y1": top, "x2": coord(x), "y2": str(bottom)}
    line = shape("line", {"class": "ref", **ends, "data-value": decimal_text(value)})
    return line + svg_text(x, position * REF_ROW + REF_BASE, label, "ref", "middle")


def rate_chart(
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
            shapes.append(svg_text(0, y + BASE, heading, "group"))
            y += ROW
        for bar in bars:
            shapes.append(rate_bar(bar, y, chart))
            y += ROW
    bottom = y + PAD
    refs_drawn = [ref_line(value, label, k, bottom) for k, (value, label) in enumerate(refs)]
    return figure(chart, caption, (RATE_FRAME.width, bottom), [*shapes, *refs_drawn], legend)


def by_level1(items: Sequence[T], indicators: Sequence[Indicator]) -> list[tuple[str, list[T]]]:
    """Items under their 一级指标 (indicators[k] is items[k]'s), groups in order of appearance."""
    return [
        (level1, [items[k] for k in positions])
        for level1, positions in level1_groups(list(indicators))
    ]


@dataclass(frozen=True, slots=True)
class GroupBar:
    """One row of the groups chart: a 一级指标's points as a track, its score as a bar over it,
    the label, and the printed `score / points` with its tooltip."""

    level1: str
    points: Decimal
    score: Decimal
    text: str
    title: str


def groups_chart(caption: str, rows: Sequence[GroupBar], legend: Sequence[tuple[str, str]]) -> str:
    """Per 一级指标, the score as a bar over its points as a track, on one common scale."""
    top = max([g.points for g in rows] + [g.score for g in rows] + [ONE])
    step = ROW + GROUP_GAP
    shapes = [group_row(g, GROUP_GAP + k * step, top) for k, g in enumerate(rows)]
    size = (GROUP_FRAME.width, 2 * GROUP_GAP + len(rows) * step)
    return figure("groups", caption, size, shapes, legend)


def group_row(g: GroupBar, y: int, top: Decimal) -> str:
    frame = GROUP_FRAME
    drawn = []
    for kind, value in (("points", g.points), ("score", g.score)):
        data = {"class": "track" if kind == "points" else "bar score", "data-kind": kind}
        data |= {"data-id": g.level1, "data-value": decimal_text(value)}
        drawn.append(rect(frame.label, y + PAD, frame.x(value, top) - frame.label, data))
    return el(
        "g",
        "".join(
            [
                text("title", g.title),
                svg_text(frame.label - LABEL_GAP, y + BASE, g.level1, "label", "end"),
                *drawn,
                svg_text(frame.label + frame.plot + GROUP_VALUE_GAP, y + BASE, g.text, "value"),
            ]
        ),
    )
