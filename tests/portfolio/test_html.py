"""`perfcheck portfolio --format html` over the generated portfolio: the page read back with
html.parser, every bar against the counts computed here (or, for the distributions test_portfolio
already checks against computed figures, against the JSON), every row against the figures
computed from the inputs, nothing fetched from outside, text escaped, and a real headless Chromium
that renders the page (skipped without /usr/bin/chromium, as the review pack's browser test)."""

from __future__ import annotations

import json
import os
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from perfcheck.engine.portfolio import roll_up
from perfcheck.reports.portfolio import html
from perfcheck.results.portfolio import TableRow
from tests.portfolio.generate import BROKEN, Table, generate
from tests.portfolio.test_portfolio import _in, _percent, expected, rounded, shown_verdict
from tests.reports.test_summary_html import (
    DESKTOP,
    FETCHING_ATTRS,
    FETCHING_TAGS,
    HEIGHT,
    PHONE,
    chromium,  # noqa: F401  (the fixture)
    png_size,
    run_chromium,
)

Pagefile = tuple[Path, list[Table], str, dict[str, Any]]


class Page(HTMLParser):
    """Every bar (chart → id → count, width), table row (file → cells), listed error, tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bars: dict[str, dict[str, tuple[int, Decimal]]] = {}
        self.frames: dict[str, Decimal] = {}  # chart → where its bars start
        self.rows: dict[str, list[str]] = {}
        self.classes: dict[str, str] = {}
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.chart = ""
        self.row: str | None = None
        self.text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if tag == "svg":
            self.chart = a["data-chart"]
            self.bars[self.chart] = {}
        elif tag == "rect" and "data-value" in a:
            assert a["data-kind"] == self.chart
            self.bars[self.chart][a["data-id"]] = (int(a["data-value"]), Decimal(a["width"]))
            self.frames[self.chart] = Decimal(a["x"])
        elif tag == "tr" and "data-id" in a:
            self.row = a["data-id"]
            self.rows[self.row] = []
            self.classes[self.row] = a.get("class", "")
        elif tag in ("td", "li"):
            self.text = []

    def handle_data(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self.row is not None and self.text is not None:
            self.rows[self.row].append("".join(self.text))
        elif tag == "li" and self.text is not None:
            self.errors.append("".join(self.text))
        if tag in ("td", "li"):
            self.text = None
        elif tag == "tr":
            self.row = None


def read(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Pagefile:
    root = tmp_path_factory.mktemp("portfolio_html")
    tables = generate(root)
    code, out, err = _in(root, "--format", "html", "-o", "portfolio.html")
    assert code == 1 and out == ""
    assert "portfolio.html" in err
    code, out, _ = _in(root, "--format", "json")
    text = (root / "portfolio.html").read_text(encoding="utf-8")
    return root, tables, text, json.loads(out, parse_float=Decimal)


def test_every_row_of_every_table(written: Pagefile) -> None:
    _, tables, text, _ = written
    page = read(text)
    assert len(page.rows) == 240
    for table in tables:
        want = expected(table)
        name = table.department + (f" / {table.project}" if table.project else "")
        kind = {"department": "部门整体", "project": "项目"}[table.kind]
        assert page.rows[table.path] == [
            name, kind, table.period, str(want.total), want.grade, str(want.met),
            str(want.unmet), str(want.missing), "0", str(want.unexplained),
            _percent(want.budget_rate), _percent(rounded(table.elapsed, "0.0001")),
            "" if want.red is None else str(want.red),
            "" if want.yellow is None else str(want.yellow), shown_verdict(want), table.path,
        ], table.path  # fmt: skip
        marked = "poor" if want.grade == "差" else "red" if want.red else ""
        assert page.classes[table.path] == marked


def width(count: int, top: int, start: Decimal) -> Decimal:
    plot = html.WIDTH - start - html.TAIL
    return (Decimal(count) * plot / top).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def test_every_bar_draws_its_count_on_one_scale(written: Pagefile) -> None:
    _, tables, text, document = written
    page = read(text)
    grades = Counter(expected(t).grade for t in tables if t.quarter == 4)
    reds = Counter(expected(t).red for t in tables if t.quarter != 4)
    wanted = {
        "grades": {g: grades[g] for g in "优良中差"},
        "bands": {str(b["from"]): b["tables"] for b in document["budget_bands"]},
        "red_lights": {str(k): reds[k] for k in sorted(k for k in reds if k is not None)},
        "unmet_by_level2": {c["level2"]: c["count"] for c in document["most_unmet"]["by_level2"]},
        "unmet_by_name": {c["name"]: c["count"] for c in document["most_unmet"]["by_name"]},
    }
    assert list(page.bars) == list(wanted)
    for chart, counts in wanted.items():
        drawn = page.bars[chart]
        assert {key: count for key, (count, _) in drawn.items()} == counts, chart
        top = max(counts.values())
        for key, (count, shown) in drawn.items():
            assert shown == width(count, top, page.frames[chart]), (chart, key)
    assert sum(c for c, _ in page.bars["bands"].values()) == 240


def test_the_changes_and_the_files_that_could_not_be_read(written: Pagefile) -> None:
    _, _, text, document = written
    for change in document["changes"]["fell"] + document["changes"]["rose"]:
        assert f'<td class="num">{change["to_year"]}: {change["to"]}</td>' in text
    page = read(text)
    listed = [e for e in page.errors if e.split(":")[0] in BROKEN]
    assert [e.split(":")[0] for e in listed] == sorted(BROKEN)
    assert "无法读取的文件（4 个）" in text


def test_the_page_references_nothing_outside_itself(written: Pagefile) -> None:
    _, _, text, _ = written
    for needle in ("http:", "https:", "@import", "file:"):
        assert needle not in text
    for tag, attrs in read(text).tags:
        assert tag not in FETCHING_TAGS
        assert not FETCHING_ATTRS & attrs.keys(), (tag, attrs)
    assert "content=\"default-src 'none'; style-src 'unsafe-inline'\"" in text


def test_every_text_is_escaped_and_long_labels_are_cut_with_their_whole_tooltip() -> None:
    hostile = '<script>alert("x")</script> & <b>'
    long_name = "为群众提供各类公共法律服务并跟踪回访满意情况的服务次数"  # 26 characters
    row = TableRow(
        "a/<b>.yaml", hostile, None, "department", 2023, "2023Q4", True, Decimal("50.00"), "差",
        0, 1, 0, 0, 1, Decimal("0.5"), Decimal(1), Decimal("0.5"), None, None, None,
        ((hostile, long_name),),
    )  # fmt: skip
    text = html.render(roll_up([row], []), "en")
    assert "<script>" not in text and "<b>" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;" in text
    assert f"<title>{long_name}: 1</title>" in text
    cut = html.shortened(long_name)
    assert cut.endswith("…") and long_name.startswith(cut[:-1])
    assert html.label_width(cut) <= html.LABEL_MAX < html.label_width(long_name)


def test_html_goes_to_stdout_without_an_output_file(written: Pagefile) -> None:
    root, _, text, _ = written
    code, out, _ = _in(root, "--format", "html")
    assert code == 1 and out == text


def test_an_output_file_is_never_replaced_unasked_nor_an_input(written: Pagefile) -> None:
    root, _, text, _ = written
    code, _, err = _in(root, "--format", "html", "-o", "portfolio.html")
    assert code == 2 and "F012" in err
    code, _, _ = _in(root, "--format", "html", "-o", "portfolio.html", "--force", "-q")
    assert code == 1 and (root / "portfolio.html").read_text(encoding="utf-8") == text
    before = (root / "unit000" / "2022Q4.yaml").read_bytes()
    code, _, err = _in(root, "-o", "unit000/2022Q4.yaml", "--force")
    assert code == 2 and "F013" in err
    assert (root / "unit000" / "2022Q4.yaml").read_bytes() == before
    code, _, err = _in(root, "-o", "same.sqlite", "--db", "same.sqlite")
    assert code == 2 and "same.sqlite" in err and not (root / "same.sqlite").exists()


def test_chromium_renders_the_page(
    chromium: Path,  # noqa: F811
    written: Pagefile,
    tmp_path: Path,
) -> None:
    _, _, text, _ = written
    page_file = tmp_path / "portfolio.html"
    page_file.write_text(text, encoding="utf-8")
    dom = run_chromium(chromium, page_file, tmp_path, "--dump-dom")
    rendered = read(dom.stdout)  # the DOM as the browser built it
    source = read(text)
    assert rendered.bars == source.bars and rendered.rows == source.rows
    assert len(dom.reports) == 1
    shots = Path(os.environ.get("PERFCHECK_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    for width in (PHONE, DESKTOP):
        shot = shots / f"portfolio-{width}.png"
        size = f"--window-size={width},{HEIGHT}"
        run = run_chromium(chromium, page_file, tmp_path, size, f"--screenshot={shot}")
        laid_out = [r for r in run.reports if r["viewport"] == width]
        assert laid_out, [r["viewport"] for r in run.reports]
        check_layout(laid_out[-1], source, width)
        assert png_size(shot) == (width, HEIGHT)
        assert shot.stat().st_size > 20_000  # text and charts, not a blank page


def check_layout(report: dict[str, Any], source: Page, width: int) -> None:
    """As laid out at a width: no sideways page, the wide table in its own box, bars to scale."""
    assert report["page"] == width  # the page itself never scrolls sideways
    tables = {t["name"]: t for t in report["tables"]}
    assert tables["portfolio"]["rows"] == 240
    if width == PHONE:
        assert tables["portfolio"]["scroll"] > tables["portfolio"]["client"]
    charts = {c["chart"]: c for c in report["charts"]}
    assert list(charts) == list(source.bars)
    assert len(report["bars"]) == sum(len(bars) for bars in source.bars.values())
    for bar in report["bars"]:
        chart = charts[bar["chart"]]
        assert 0 < chart["box"]["width"] <= width
        scale = chart["box"]["width"] / chart["view"]
        drawn = source.bars[bar["chart"]][bar["id"]][1]
        assert Decimal(bar["value"]) == source.bars[bar["chart"]][bar["id"]][0]
        assert abs(bar["box"]["width"] - drawn * scale) < Decimal("0.5"), bar
