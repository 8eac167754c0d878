"""The document toolkits on their own: HTML elements, an SVG chart, the workbook grid and its
column tables, and the grid's linear merge and style bookkeeping."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from io import BytesIO
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.descriptors.serialisable import Serialisable
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from openpyxl.worksheet.worksheet import Worksheet

from perfcheck.reports.summary.html import elements
from perfcheck.reports.summary.html.year_end import budget_chart, completion_chart
from perfcheck.reports.summary.labels import LABELS
from perfcheck.reports.summary.text import INDICATOR_COLUMNS, MONITORING_COLUMNS
from perfcheck.reports.summary.xlsx import render
from perfcheck.reports.summary.xlsx.forms import FORM, MONITORING
from perfcheck.reports.summary.xlsx.grid import HEAD, Column, Columns, Grid, headers
from perfcheck.results.score import ScoreResult
from perfcheck.results.summary import Summary
from tests.builders import actuals, indicator, scored, targets

D = Decimal


def three(spent: str = "15213.00", **budget: Any) -> ScoreResult:
    """1-1 half done (≥4次, 2), 2-1 done (≥1次, 1), 3-1 beyond target (≥90%, 95)."""
    target_file = targets(
        [
            indicator("1-1", "≥4次"),
            indicator("2-1", "≥1次", level1="效益指标"),
            indicator("3-1", "≥90%", level1="满意度指标"),
        ]
    )
    values = {"1-1": 2, "2-1": 1, "3-1": 95}
    return scored(target_file, actuals(values, spent=D(spent), **budget))


# --- HTML elements -----------------------------------------------------------------------------


def test_elements_escape_text_and_attributes_once() -> None:
    assert elements.text("p", '<a href="x">&</a>') == (
        "<p>&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;</p>"
    )
    assert elements.el("td", "<b>ok</b>", {"title": 'a"b<'}) == (
        '<td title="a&quot;b&lt;"><b>ok</b></td>'
    )
    assert elements.cell("td", "1 < 2", "r", "gap") == '<td class="num gap">1 &lt; 2</td>'
    assert elements.shape("rect", {"x": "1"}) == '<rect x="1"/>'


def test_merged_cells_span_their_runs() -> None:
    keys = [("产出",), ("产出",), ("效益",), ("产出",)]
    assert elements.spans(keys) == [2, 0, 1, 1]
    assert elements.merged("产出", 2) == '<th rowspan="2">产出</th>'
    assert elements.merged("效益", 1) == '<th scope="row">效益</th>'
    assert elements.merged("产出", 0) == ""


# --- SVG charts --------------------------------------------------------------------------------

BAR = re.compile(r'<rect x="48.0" y="(\d+)" width="([\d.]+)" height="16" class="bar (\w+)" '
                 r'data-kind="(\w+)" data-id="([\w-]+)" data-value="([\d.]+)"/>')  # fmt: skip


def bars(svg: str) -> dict[str, tuple[int, Decimal, str, Decimal]]:
    """data-id → (y, width, tone, value) of each bar drawn."""
    return {m[5]: (int(m[1]), D(m[2]), m[3], D(m[6])) for m in BAR.finditer(svg)}


def test_the_completion_chart_of_three_indicators() -> None:
    chart = completion_chart(Summary(three(), (), "0"), "zh")
    # 0–150 % over 270 units: width = rate × 180; rows of 24 under a reference row (18 + 4)
    # and a heading row per 一级指标
    assert bars(chart) == {
        "1-1": (22 + 24 + 4, D("90.0"), "unmet", D("0.5")),
        "2-1": (22 + 3 * 24 + 4, D("180.0"), "met", D("1")),
        "3-1": (22 + 5 * 24 + 4, D("190.0"), "met", D("1.0556")),  # 1.0556 × 180 = 190.008
    }
    assert chart.count('class="group"') == 3
    assert 'viewBox="0 0 400 170"' in chart  # 22 + 6 rows of 24 + 4
    assert '<line class="ref" x1="228.0" y1="16" x2="228.0" y2="170" data-value="1"/>' in chart


def test_the_budget_bar_takes_its_tone_from_the_engine() -> None:
    """13,691.69 of 15,213.00 is 89.99993 %: shown as 90.00 %, yet short of the 90 % threshold,
    so the engine asks for an explanation and the bar is drawn as unmet."""
    short = three("13691.69")
    assert short.budget.rate == D("0.9000") and short.budget.needs_explanation
    assert bars(budget_chart(Summary(short, (), "0"), "zh"))["budget"][2] == "unmet"
    assert bars(budget_chart(Summary(three(), (), "0"), "zh"))["budget"][2] == "met"


def test_an_explained_low_rate_is_still_drawn_as_low() -> None:
    """The explanation answers the shortfall; it does not make the rate any higher."""
    short = three("13691.69")
    explained = short._replace(budget=short.budget._replace(explanation="项目延期"))
    assert not explained.budget.needs_explanation and explained.budget.low
    assert bars(budget_chart(Summary(explained, (), "0"), "zh"))["budget"][2] == "unmet"


# --- The workbook grid and its column tables ---------------------------------------------------


def sheet() -> Worksheet:
    ws = Workbook().active
    assert isinstance(ws, Worksheet)
    return ws


def test_a_column_table_drives_the_header_row_and_the_widths() -> None:
    table = Columns(Column("score", 9, "0.00"), Column("points", 11), Column("level1", 12))
    ws = sheet()
    headers(Grid(ws, table), 1, table.header("zh"))
    assert [ws.cell(1, c).value for c in (1, 2, 3)] == ["得分", "分值", "一级指标"]
    assert [ws.column_dimensions[c].width for c in "ABC"] == [9, 11, 12]
    assert ws["A1"].font.bold and ws["A1"].fill == HEAD.fill
    assert (table.at("points"), table.fmt("score"), table.fmt("points")) == (2, "0.00", None)
    block = Columns(Column("initial"), Column("spent"), first=3)
    assert (block.at("initial"), block.at("spent")) == (3, 4)


def test_the_forms_columns_are_the_report_columns() -> None:
    assert FORM.keys == INDICATOR_COLUMNS
    assert MONITORING.keys == MONITORING_COLUMNS
    form = load_workbook(BytesIO(render(Summary(three(), (), "0"), "zh"))).worksheets[0]
    header = next(r for r in range(1, form.max_row + 1) if form.cell(r, 1).value == "一级指标")
    assert [form.cell(header, c).value for c in range(1, 9)] == FORM.header("zh")
    assert [form.cell(header + 1, FORM.at(k)).value for k in ("level3", "points", "score")] == [
        "1-1.指标1-1", 50, 25,
    ]  # fmt: skip
    assert LABELS["zh"]["score"] == form.cell(header, FORM.at("score")).value


def test_spans_are_merged_with_openpyxls_borders() -> None:
    ws = sheet()
    grid = Grid(ws, Columns(Column("a", 10), Column("b", 10), Column("c", 10)))
    grid.put(1, 1, "合并", HEAD, across=3, down=2)
    assert [str(r) for r in ws.merged_cells.ranges] == ["A1:C2"]
    assert ws["A1"].value == "合并"
    assert ws["B2"].border.bottom.style == "thin" and ws["C2"].border.right.style == "thin"
    assert ws["B1"].border.left.style is None  # inside the span: top edge only
    assert ws["B1"].border.top.style == "thin"


# --- Linear bookkeeping ------------------------------------------------------------------------


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Calls of openpyxl's per-merge scan and of its style hashing, counted."""
    counts = {"contains": 0, "issubset": 0, "hash": 0}

    def counted(name: str, original: Any) -> Any:
        def wrapper(*args: Any) -> Any:
            counts[name] += 1
            return original(*args)

        return wrapper

    monkeypatch.setattr(
        MultiCellRange, "__contains__", counted("contains", MultiCellRange.__contains__)
    )
    monkeypatch.setattr(CellRange, "issubset", counted("issubset", CellRange.issubset))
    monkeypatch.setattr(Serialisable, "__hash__", counted("hash", Serialisable.__hash__))
    yield counts


def many(count: int) -> Summary:
    """`count` 产出 indicators in one 二级指标 run, half of them unmet, and two more groups."""
    first = [indicator(f"1-{n}", "≥4次") for n in range(1, count + 1)]
    target_file = targets(
        [*first, indicator("2-1", "≥1次", level1="效益指标"),
         indicator("3-1", "≥90%", level1="满意度指标")]
    )  # fmt: skip
    values = {f"1-{n}": 2 + 2 * (n % 2) for n in range(1, count + 1)} | {"2-1": 1, "3-1": 95}
    return Summary(scored(target_file, actuals(values)), (), "0")


def test_no_merge_scans_the_earlier_merges_and_styles_are_hashed_once(
    scans: dict[str, int],
) -> None:
    small = load_workbook(BytesIO(render(many(10), "zh")))
    # sheet 1 by hand: the title, the period and unit (2), the budget block (2), 一级 and 二级
    # over the 10 产出 indicators (2), three subtotals, the budget, the total and the grade
    assert len(small.worksheets[0].merged_cells.ranges) == 1 + 2 + 2 + 2 + 3 + 3
    assert scans["contains"] == scans["issubset"] == 0  # nothing scans while writing
    scans["hash"] = 0
    render(many(10), "zh")
    hashed_small = scans["hash"]
    scans["hash"] = 0
    render(many(200), "zh")
    assert scans["contains"] == scans["issubset"] == 0
    assert scans["hash"] == hashed_small  # per style, not per cell: 190 more rows, no more
