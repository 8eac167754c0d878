"""The text tables' column sizing at every width: nothing past the width, the name column kept
readable, the short columns on one line, no blank columns at large widths.

Run on the Chengdu dataset through the command line and on a small target file whose level
names are long, rendered with rich's Console(width=N, file=StringIO).
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from typer.testing import CliRunner

from perfcheck.cli import app
from perfcheck.reports import monitoring, score, show, trend
from perfcheck.reports.layout import NAME_MIN, longest_atom, wrap
from tests.builders import actuals, indicator, monitored, resolved, scored, targets, trend_of
from tests.conftest import ROOT

WIDTHS = (40, 60, 80, 100, 200, 1000)

LONG1 = "产出与效益综合评价指标体系"  # 26 cells
LONG2 = "服务对象及社会公众满意程度指标"  # 30 cells


def _long_levels() -> Any:
    """Two level-1 groups under long names, one indicator with a long name and a scale."""

    def entry(id_: str, target: str, level1: str, name: str, points: str) -> dict[str, Any]:
        return indicator(id_, target, points=points, name=name) | {
            "level1": level1,
            "level2": LONG2 if level1 == LONG1 else "质量指标",
        }

    return targets(
        [
            entry("1-1", "≥17次/年", LONG1, "监管场所派驻+巡回检察检查频次及整改落实情况", "50"),
            entry("1-2", "定性优良中低差", "满意度指标", "受援地区检察机关业务水平提升", "40"),
        ],
        rules={"weights": {LONG1: Decimal(50), "满意度指标": Decimal(40)}},
    )


def _built_tables(width: int) -> list[tuple[str, Table]]:
    target_file = _long_levels()
    year = scored(target_file, actuals({"1-1": "20次/年", "1-2": "良"}))
    q2 = actuals({"1-1": "9次/年", "1-2": "良"}, period="2022Q2")
    q3 = actuals({"1-1": "12次/年", "1-2": "优"}, period="2022Q3")
    in_year = monitored(target_file, q2)
    over_time = trend_of(target_file, {"q2.yaml": q2, "q3.yaml": q3})
    shown = resolved(target_file)
    labels = show._LABELS["zh"]
    return [
        ("score", score._indicator_table(year, "zh", width)),
        ("monitoring", monitoring._table(in_year, "zh", width)),
        ("trend", trend._table(over_time, "zh", width)),
        ("show", show._table(shown.targets, shown.allocation, labels, width)),
    ]


def _printed(table: Table, width: int) -> list[str]:
    out = io.StringIO()
    Console(width=width, file=out, no_color=True, highlight=False).print(table)
    return out.getvalue().splitlines()


def _cells(table: Table, header: str) -> list[str]:
    """The column's cells as printed, header first; a wrapped cell holds a newline."""
    column = next(c for c in table.columns if str(c.header).replace("\n", "") == header)
    return [str(column.header), *(str(cell) for cell in column.cells)]


# The short columns of each table, by header; their cells must never be wrapped.
SHORT = {
    "score": ("完成率", "分值", "得分"),
    "monitoring": ("进度", "灯"),
    "trend": ("趋势", "期末"),
    "show": ("编号", "分值"),
}
NAME = {"score": "三级指标", "monitoring": "三级指标", "trend": "三级指标", "show": "三级指标"}


@pytest.mark.parametrize("width", WIDTHS)
def test_built_tables_fit_and_keep_short_columns_whole(width: int) -> None:
    for kind, table in _built_tables(width):
        printed = _printed(table, width)
        assert max(cell_len(line) for line in printed) <= width, (kind, width)
        for header in SHORT[kind]:
            assert all("\n" not in cell for cell in _cells(table, header)[1:]), (kind, header)


@pytest.mark.parametrize("width", (80, 100, 200, 1000))
def test_built_name_column_keeps_its_minimum(width: int) -> None:
    """At 80 and up the long level names give way before the name column: a name of 26
    characters (52 cells) is shown on lines of at least NAME_MIN (20) cells."""
    for kind, table in _built_tables(width):
        name = next(c for c in table.columns if str(c.header).replace("\n", "") == NAME[kind])
        assert name.width is not None and name.width >= NAME_MIN, (kind, width, name.width)


def test_long_level_names_wrap_at_80_and_stay_whole_at_200() -> None:
    """LONG2 is 30 cells: more than LEVEL_CAP (12) at 80, where it wraps in balanced lines of
    at most 12 cells; at 200 everything has its natural width and LONG2 is one line."""
    narrow = dict(_built_tables(80))["score"]
    wrapped = _cells(narrow, "二级指标")[1]
    assert wrapped.replace("\n", "") == LONG2
    assert max(cell_len(line) for line in wrapped.split("\n")) <= 12
    wide = dict(_built_tables(200))["score"]
    assert _cells(wide, "二级指标")[1] == LONG2
    # row 2 is the first group's subtotal, with no target
    assert _cells(wide, "年度指标值")[1:4] == ["≥17次/年", "", "定性优良中低差"]


def test_no_column_wider_than_its_content_at_large_widths() -> None:
    for kind, table in _built_tables(1000):
        for column in table.columns:
            cells = [str(column.header), *(str(c) for c in column.cells)]
            widest = max(cell_len(line) for cell in cells for line in cell.split("\n"))
            assert column.width == max(widest, 1), (kind, column.header)


# --- Chengdu, through the command line -----------------------------------------------------------

CHENGDU_RUNS = {
    "score": ("score", "actuals/2022Q4.yaml"),
    "monitoring": ("score", "actuals/2022Q2.yaml"),
    "trend": ("trend", "actuals/"),
    "show": ("show", "targets/chengdu_procuratorate_2022.yaml"),
}


def _chengdu(kind: str, width: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(ROOT)
    args = [*CHENGDU_RUNS[kind], "--color", "never", "--width", str(width)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code in (0, 1), result.output
    return result.stdout.splitlines()


# Tables too narrow for their values, numbers and codes are printed wider than asked, never
# folded: at 40 all but show's, at 60 monitoring's (64 cells) and trend's (61).
UNFOLDED = {("monitoring", 60): 64, ("trend", 60): 61}


@pytest.mark.parametrize("width", [w for w in WIDTHS if w >= 60])
@pytest.mark.parametrize("kind", sorted(CHENGDU_RUNS))
def test_chengdu_tables_fit_the_width_their_numbers_allow(
    kind: str, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Table lines (those that begin with the table's edge); footer lines are printed whole."""
    lines = _chengdu(kind, width, monkeypatch)
    table = [line for line in lines if line.startswith((" ", "│", "┌", "├", "└", "┃", "┏", "┡"))]
    widest = max(cell_len(line) for line in table)
    if (kind, width) in UNFOLDED:
        assert widest == UNFOLDED[kind, width]
    else:
        assert widest <= width


@pytest.mark.parametrize("kind", ("score", "trend", "show"))
def test_chengdu_tables_are_not_stretched_at_200(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every line with content ends within three blanks of it: at most the empty mark column,
    a separator and the table's edge (score's subtotal rows). A table's title is padded to the
    table's width, which is the table's own."""
    for line in _chengdu(kind, 200, monkeypatch):
        if line.strip() not in ("", "预算执行率", "年度绩效指标"):
            assert len(line) - len(line.rstrip()) <= 3, line


@pytest.mark.parametrize("width", WIDTHS)
def test_chengdu_values_and_names_are_never_split_inside_a_number(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every value of the score table appears whole on one line: 125.00%, ≥17次/年, 2.28,
    at 40 as well, where the table is wider than asked rather than fold them."""
    text = "\n".join(_chengdu("score", width, monkeypatch))
    for value in ("125.00%", "≥17次/年", "17次/年", "≥350人次", "372人次", "50.00", "49.43"):
        assert value in text, (width, value)


# --- line breaks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        # CJK breaks on character cells: 4 characters fill 8 cells
        ("可持续影响指标", 8, ["可持续影", "响指标"]),
        # a number keeps its unit, even a two-character one and one with a slash
        ("全年开展17次/年检查", 8, ["全年开展", "17次/年", "检查"]),
        ("帮教24人次以上", 8, ["帮教", "24人次以", "上"]),
        # a Latin word and a percentage stay whole; a space is a break
        ("完成率125.00%以上", 10, ["完成率", "125.00%以", "上"]),
        ("Output indicators", 12, ["Output", "indicators"]),
        # no line starts with closing punctuation or ends with opening punctuation
        ("精准帮扶”工作援助", 8, ["精准帮", "扶”工作", "援助"]),
        ("工作“援藏提效”", 6, ["工作", "“援藏", "提效”"]),
        # a piece wider than the line is folded, as a last resort
        ("≥350人次", 4, ["≥350", "人次"]),
    ],
)
def test_wrap_breaks_between_characters_never_inside_numbers(
    text: str, width: int, expected: list[str]
) -> None:
    from rich.text import Text

    assert wrap(Text(text), width).plain.split("\n") == expected


def test_balanced_wrap_evens_the_lines() -> None:
    """可持续影响指标 at 12 cells: 6 + 1 characters greedily, 4 + 3 balanced."""
    from rich.text import Text

    assert wrap(Text("可持续影响指标"), 12).plain.split("\n") == ["可持续影响指", "标"]
    assert wrap(Text("可持续影响指标"), 12, balanced=True).plain.split("\n") == [
        "可持续影",
        "响指标",
    ]


def test_a_line_with_zero_width_joiners_is_measured_whole() -> None:
    """rich measures a joiner with the character after it (as one glyph), so a line's width is
    not the sum of its pieces' (a name pasted with joiners in it, W005)."""
    from rich.text import Text

    name = "理论学习\u200d中心组\u200d专题\u200d学习次数"
    assert wrap(Text(name), 12).plain.split("\n") == [
        "理论学习\u200d中心组\u200d专",
        "题\u200d学习次数",
    ]
    assert [cell_len(line) for line in wrap(Text(name), 16).plain.split("\n")] == [16, 4]


def test_longest_atom_is_the_widest_unbreakable_piece() -> None:
    assert longest_atom("2-3.监管场所") == 4  # "2-3."
    assert longest_atom("目标≥17次/年") == 8  # "≥17次/年": 3 + 2 + 1 + 2
    assert longest_atom("定性优良中低差") == 2


def test_level_heads_read_as_merged_cells() -> None:
    """The level-1 name on a group's first row only, a level-2 name where its run starts."""
    from perfcheck.reports.layout import level_heads

    assert level_heads("产出指标", ["数量指标", "数量指标", "质量指标", "数量指标"]) == [
        ("产出指标", "数量指标"),
        ("", ""),
        ("", "质量指标"),
        ("", "数量指标"),
    ]
    assert level_heads("效益指标", []) == []
