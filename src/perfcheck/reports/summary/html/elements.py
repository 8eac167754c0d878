"""HTML elements and tables as strings: every text escaped once, attributes in the order given.

Text from the inputs goes through `escaped`: first made visible as every text format shows it
(reports.visible: controls, a newline, bidi overrides and separators as escapes such as `\\x1b`
and `\\u202e`), then escaped as HTML."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from perfcheck.reports.visible import visible

Attrs = dict[str, str]

ALIGN = {"r": "num", "c": "mid"}  # a column's alignment letter → its class


def escaped(content: str) -> str:
    """Plain text as HTML: its unsafe characters shown as escapes, its markup escaped."""
    return escape(visible(content))


def attributes(attrs: Attrs) -> str:
    return "".join(f' {name}="{escaped(value)}"' for name, value in attrs.items())


def el(tag: str, markup: str, attrs: Attrs | None = None) -> str:
    """An element around markup that is already escaped."""
    return f"<{tag}{attributes(attrs or {})}>{markup}</{tag}>"


def text(tag: str, content: str, attrs: Attrs | None = None) -> str:
    """An element around plain text, escaped."""
    return el(tag, escaped(content), attrs)


def opening(tag: str, attrs: Attrs) -> str:
    return f"<{tag}{attributes(attrs)}>"


def shape(tag: str, attrs: Attrs) -> str:
    """An empty element: an SVG shape, a meta tag."""
    return f"<{tag}{attributes(attrs)}/>"


def lines(*parts: str) -> str:
    return "\n".join(parts)


def section(heading: str, parts: Iterable[str]) -> str:
    return lines("<section>", text("h2", heading), *parts, "</section>")


# --- Tables ------------------------------------------------------------------------------------


def cell(tag: str, content: str, align: str = "l", extra: str = "") -> str:
    """A cell of plain text; align as the Markdown renderer writes it: l, r or c."""
    classes = " ".join(c for c in (ALIGN.get(align, ""), extra) if c)
    return text(tag, content, {"class": classes} if classes else None)


def row(tag: str, texts: Sequence[str], align: str) -> str:
    return el("tr", "".join(cell(tag, t, a) for t, a in zip(texts, align, strict=True)))


def table(header: Sequence[str], rows: Iterable[str], align: str, name: str, label: str) -> str:
    """A table in its own horizontally scrolling box; rows are rendered <tr> elements."""
    inner = lines(
        f'<table class="{name}">',
        f"<thead>{row('th', header, align)}</thead>",
        "<tbody>",
        *rows,
        "</tbody>",
        "</table>",
    )
    box = {"class": "scroll", "role": "region", "tabindex": "0", "aria-label": label}
    return el("div", f"\n{inner}\n", box)


def plain_table(
    header: Sequence[str], rows: Iterable[Sequence[str]], align: str, name: str, label: str
) -> str:
    aligned = align.ljust(len(header), "l")
    return table(header, (row("td", r, aligned) for r in rows), aligned, name, label)


def spans(keys: Sequence[tuple[str, ...]]) -> list[int]:
    """Rowspans of merged cells: the length of each run of equal keys at its first row, else 0."""
    found = [0] * len(keys)
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            found[start] = index - start
            start = index
    return found


def merged(content: str, span: int) -> str:
    """The header cell of a run of `span` rows: rowspan over them, nothing in the rows below."""
    if span == 0:
        return ""
    return text("th", content, {"scope": "row"} if span == 1 else {"rowspan": str(span)})
