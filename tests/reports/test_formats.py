"""Every renderer of the tables in reports/render.py, on small results built by hand.

The golden files check the Chengdu dataset byte for byte; these check each format's figures on
results small enough to work out by hand, so that a renderer putting the wrong number in the
right place fails here. Each expectation is derived in the comment beside it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar
from xml.etree import ElementTree

import pytest

from perfcheck.diagnostics import Diagnostic, Lang
from perfcheck.model.targets import TargetFile
from perfcheck.reports import diagnostics
from perfcheck.reports.formats import ScoreFormat, ShowFormat, SummaryFormat, ValidateFormat
from perfcheck.reports.render import (
    Renderer,
    View,
    monitoring_renderer,
    monitoring_summary_renderer,
    score_renderer,
    summary_renderer,
    targets_renderer,
    trend_renderer,
    validation_renderer,
)
from perfcheck.results.files import FileKind, FileReport
from perfcheck.results.monitoring import MonitoringResult
from perfcheck.results.score import ScoreResult
from perfcheck.results.trend import Trend
from perfcheck.text import Phrase
from tests.builders import (
    actuals,
    file_report,
    indicator,
    monitored,
    resolved,
    scored,
    targets,
    three_groups,
    trend_of,
)

D = Decimal
R = TypeVar("R")


def render(renderer: Renderer[R], result: R, lang: Lang = "zh", view: View | None = None) -> str:
    out = io.StringIO()
    renderer(result, lang, out, view or View())
    return out.getvalue()


def _json(text: str) -> Any:
    return json.loads(text, parse_float=Decimal)


def _csv(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")  # Excel reads UTF-8 CSV by its byte order mark
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def _line_with(text: str, marker: str) -> list[str]:
    """The words of the one line of a terminal table holding `marker`."""
    lines = [line for line in text.splitlines() if marker in line]
    assert len(lines) == 1, (marker, lines)
    return lines[0].split()


# --- The datasets ------------------------------------------------------------------------------


def four_indicators() -> TargetFile:
    """产出 1-1 (20 points given) and 1-2 (the 30 left of 产出's 50), 效益 2-1 (30), 满意度 3-1
    (10); budget execution 10; the budget is 15,213.00."""
    return targets(
        [
            indicator("1-1", "≥4次", points="20"),
            indicator("1-2", "≥10册"),
            indicator("2-1", "≥90%", level1="效益指标"),
            indicator("3-1", "定性优良中低差", level1="满意度指标"),
        ]
    )


def year_end() -> ScoreResult:
    """1-1: 2 of ≥4次 = 50 %, 20 × 0.5 = 10.00, unmet and unexplained.
    1-2: 13 of ≥10册 = 130 %, over-achieved (≥ 130 %), capped at 30.00, explained.
    2-1: 99 % of ≥90 % = 110 %, capped at 30.00.
    3-1: 良 = 80 % of 10 = 8.00, within 达成 (80–100 %): met.
    Budget: 12,170.40 of 15,213.00 = 80 %, 10 × 0.8 = 8.00, below 90 % and unexplained.
    Total 10 + 30 + 30 + 8 + 8 = 86.00: 良 (80 ≤ total < 90)."""
    values = {
        "1-1": 2,
        "1-2": {"value": 13, "explanation": "新增两个社区，印数相应增加"},
        "2-1": "99%",
        "3-1": "良",
    }
    return scored(four_indicators(), actuals(values, spent=D("12170.40")))


def in_year() -> MonitoringResult:
    """2022Q2, 序时进度 6/12 = 50 %.
    1-1: 1 of the 4 × 0.5 = 2次 due: 50 %, red (< 70 %); forecast 3 < 4 unexplained.
    1-2: 4 of 10 × 0.5 = 5册 due: 80 %, yellow (70–90 %).
    2-1: a rate, against the target itself: 95 / 90 = 105.56 %, green.
    3-1: no actual, no light.
    Budget: 6,085.20 of 15,213.00 = 40 % against 50 %: 80 %, yellow.
    Lights: green 1, yellow 2 (1-2 and the budget), red 1, none 1.
    Projection: 1-1 by its forecast 3 / 4 × 20 = 15.00; 1-2 carried on, 4 / 0.5 = 8 of 10 × 30
    = 24.00; 2-1 as it stands, 30.00; 3-1 missing, 0; budget 6,085.20 / 0.5 = 12,170.40, 80 %
    × 10 = 8.00. Total 77.00: 中 (60 ≤ total < 80)."""
    values = {"1-1": {"value": 1, "forecast": 3}, "1-2": 4, "2-1": "95%"}
    return monitored(four_indicators(), actuals(values, period="2022Q2", spent=D("6085.20")))


def two_periods() -> Trend:
    """产出 1-1 ≥4次 (50), 效益 2-1 ≥1次 (30), 满意度 3-1 ≥90% (10), at 2022Q2 and 2022Q4.
    Q2 (序时进度 50 %): 1-1 1 of 2 due = 50 % red; 2-1 1 of 0.5 due = 200 % green; 3-1 81 / 90 =
    90 % green; budget 40 % of 50 % = 80 % yellow. Projected: 1-1 2 / 4 × 50 = 25; 2-1 capped 30;
    3-1 0.9 × 10 = 9; budget 8 — 72.00, 中.
    Q4: 1-1 4 of 4 = 100 % green; 2-1 100 % green; 3-1 72 / 90 = 80 % yellow; budget 100 %
    green. Projected: 50 + 30 + 8 + 10 = 98.00, 优.
    Ends: 1-1 green and met, 2-1 green and met, 3-1 yellow and unmet (72 % < 90 %)."""
    target_file = three_groups(indicator("1-1", "≥4次"))
    q2 = actuals({"1-1": 1, "2-1": 1, "3-1": "81%"}, period="2022Q2", spent=D("6085.20"))
    q4 = actuals({"1-1": 4, "2-1": 1, "3-1": "72%"}, period="2022Q4", spent=D("15213.00"))
    return trend_of(target_file, {"a/2022Q2.yaml": q2, "a/2022Q4.yaml": q4})


_W001_ARGS = {
    "task": 1,
    "before": "1-1",
    "after": "1-3",
    "missing": "1-2",
    "hint": Phrase("nothing"),
}


def two_files(line_of_w001: int = 9) -> list[FileReport]:
    """targets/t.yaml with an error (a NUL byte at 3:14) and a warning (an id gap at
    `line_of_w001`:9); targets/a.yaml with nothing to say."""
    lines = {3: "department: x\x00", line_of_w001: "  - id: 1-3"}
    return [
        file_report(
            "targets/t.yaml",
            FileKind.TARGETS,
            lines,
            Diagnostic("targets/t.yaml", line_of_w001, 9, "W001", _W001_ARGS),
            Diagnostic("targets/t.yaml", 3, 14, "F009"),
        ),
        file_report("targets/a.yaml", FileKind.ACTUALS, {}),
    ]


# --- Every format has a renderer ---------------------------------------------------------------

TABLES: list[tuple[Callable[[Any], object], type[StrEnum]]] = [
    (validation_renderer, ValidateFormat),
    (score_renderer, ScoreFormat),
    (monitoring_renderer, ScoreFormat),
    (trend_renderer, ScoreFormat),
    (targets_renderer, ShowFormat),
    (summary_renderer, SummaryFormat),
    (monitoring_summary_renderer, SummaryFormat),
]


@pytest.mark.parametrize(
    ("table", "member"),
    [(table, member) for table, formats in TABLES for member in formats],
    ids=lambda x: getattr(x, "__name__", str(x)),
)
def test_every_member_of_every_format_enum_has_a_renderer(
    table: Callable[[Any], object], member: StrEnum
) -> None:
    assert callable(table(member))


# --- score at year-end ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_score_json_has_the_hand_computed_figures(lang: Lang) -> None:
    document = _json(render(score_renderer(ScoreFormat.JSON), year_end(), lang))
    assert (document["mode"], document["total"], document["grade"]) == ("year-end", 86, "良")
    assert (document["subtotal"], document["applicable_points"]) == (86, 100)
    assert document["budget"] == {
        "initial": D("15213.00"),
        "adjusted": D("15213.00"),
        "spent": D("12170.40"),
        "rate": D("0.8000"),
        "points": 10,
        "score": 8,
    }
    assert [(g["level1"], g["points"], g["score"]) for g in document["groups"]] == [
        ("产出指标", 50, 40),
        ("效益指标", 30, 30),
        ("满意度指标", 10, 8),
    ]
    keys = ("id", "points", "actual", "completion", "score", "status", "flags")
    assert [tuple(i[k] for k in keys) for i in document["indicators"]] == [
        ("1-1", 20, 2, D("0.5"), 10, "unmet", ["needs_explanation"]),
        ("1-2", 30, 13, D("1.3"), 30, "met", ["default_points", "overachieved", "capped"]),
        ("2-1", 30, 99, D("1.1"), 30, "met", ["default_points", "capped"]),
        ("3-1", 10, "良", D("0.8"), 8, "met", ["default_points"]),
    ]
    scores = sum(i["score"] for i in document["indicators"]) + document["budget"]["score"]
    assert scores == document["total"]


def test_score_csv_rows_add_up() -> None:
    rows = _csv(render(score_renderer(ScoreFormat.CSV), year_end()))
    assert rows[0][:3] == ["类型", "一级指标", "二级指标"]
    assert rows[1:] == [
        ["指标", "产出指标", "数量指标", "1-1", "指标1-1", "≥4次", "2次", "50.00%", "20.00",
         "10.00", "✗", "缺少偏差说明", ""],
        ["指标", "产出指标", "数量指标", "1-2", "指标1-2", "≥10册", "13册", "130.00%", "30.00",
         "30.00", "✓", "默认分值、超额完成、得分封顶", "新增两个社区，印数相应增加"],
        ["小计", "产出指标", "", "", "小计", "", "", "", "50.00", "40.00", "", "", ""],
        ["指标", "效益指标", "社会效益指标", "2-1", "指标2-1", "≥90%", "99%", "110.00%", "30.00",
         "30.00", "✓", "默认分值、得分封顶", ""],
        ["小计", "效益指标", "", "", "小计", "", "", "", "30.00", "30.00", "", "", ""],
        ["指标", "满意度指标", "服务对象满意度指标", "3-1", "指标3-1", "定性优良中低差", "良",
         "80.00%", "10.00", "8.00", "✓", "默认分值", ""],
        ["小计", "满意度指标", "", "", "小计", "", "", "", "10.00", "8.00", "", "", ""],
        ["预算执行率", "预算执行率", "", "", "预算执行率", "15213.00", "12170.40", "80.00%",
         "10.00", "8.00", "", "缺少偏差说明", ""],
        ["总分", "总分", "", "", "", "", "", "", "", "86.00", "良", "", ""],
    ]  # fmt: skip
    subtotals = [D(r[9]) for r in rows if r[0] in ("小计", "预算执行率")]
    assert sum(subtotals) == D(rows[-1][9])  # 40 + 30 + 8 + 8 = 86


def test_score_markdown_has_the_subtotals_budget_and_total_lines() -> None:
    text = render(score_renderer(ScoreFormat.MARKDOWN), year_end())
    lines = text.splitlines()
    assert lines[0] == "# 测试部门 2022年度绩效自评（2022Q4）"
    assert "| **产出指标** |  |  | **小计** |  |  |  | **50.00** | **40.00** |  |  |" in lines
    qualitative = "| 满意度指标 | 服务对象满意度指标 | 3-1 | 指标3-1 | 定性优良中低差 | 良 |"
    assert f"{qualitative} 80.00% | 10.00 | 8.00 | ✓ |  |" in lines
    assert "| 15,213.00 | 15,213.00 | 12,170.40 | 80.00% | 10.00 | 8.00 |" in lines
    assert "**总分：86.00    等级：良**" in lines
    assert "- 未完成：1-1 指标1-1" in lines
    assert "- 超额完成（请分析目标是否设置偏低）：1-2 指标1-2（130.00%）" in lines
    assert "- 预算执行率低于 90.00%，缺少原因说明" in lines


def test_score_text_shows_each_row_and_the_total() -> None:
    text = render(score_renderer(ScoreFormat.TEXT), year_end(), view=View(width=100))
    assert _line_with(text, "1-1.指标1-1")[-5:] == ["2次", "50.00%", "20.00", "10.00", "✗"]
    assert _line_with(text, "1-2.指标1-2")[-5:] == ["13册", "130.00%", "30.00", "30.00", "✓"]
    assert _line_with(text, "2-1.指标2-1")[-5:] == ["99%", "110.00%", "30.00", "30.00", "✓"]
    assert _line_with(text, "12,170.40") == [
        "15,213.00", "15,213.00", "12,170.40", "80.00%", "10.00", "8.00",
    ]  # fmt: skip
    assert [line.split()[-2:] for line in text.splitlines() if "小计" in line] == [
        ["50.00", "40.00"],
        ["30.00", "30.00"],
        ["10.00", "8.00"],
    ]
    assert _line_with(text, "总分") == ["总分：86.00", "等级：良"]


# --- score before year-end (monitoring) ----------------------------------------------------------


def test_monitoring_json_has_the_hand_computed_figures() -> None:
    document = _json(render(monitoring_renderer(ScoreFormat.JSON), in_year()))
    assert (document["mode"], document["period"], document["elapsed"]) == (
        "monitoring",
        "2022Q2",
        D("0.5"),
    )
    assert document["lights"] == {"green": 1, "yellow": 2, "red": 1, "none": 1}
    assert document["budget"] == {
        "adjusted": D("15213.00"),
        "spent": D("6085.20"),
        "rate": D("0.4"),
        "expected": D("0.5"),
        "progress": D("0.8"),
        "light": "yellow",
    }
    keys = ("id", "cumulative", "expected", "actual", "progress", "light", "forecast", "basis")
    assert [tuple(i[k] for k in keys) for i in document["indicators"]] == [
        ("1-1", True, 2, 1, D("0.5"), "red", 3, "forecast"),
        ("1-2", True, 5, 4, D("0.8"), "yellow", None, "extrapolated"),
        ("2-1", False, 90, 95, D("1.0556"), "green", None, "current"),
        ("3-1", False, None, None, None, "none", None, "none"),
    ]
    assert [i["flags"] for i in document["indicators"]] == [["needs_explanation"], [], [], []]
    assert document["projection"] == {"total": 77, "grade": "中", "budget_score": 8}


def test_monitoring_csv_rows() -> None:
    rows = _csv(render(monitoring_renderer(ScoreFormat.CSV), in_year()))
    assert rows[0][:4] == ["类型", "一级指标", "二级指标", "三级指标"]
    assert rows[1:] == [
        ["指标", "产出指标", "数量指标", "1-1.指标1-1", "≥4次", "2次", "1次", "50.00%", "红",
         "3次", "", ""],
        ["指标", "产出指标", "数量指标", "1-2.指标1-2", "≥10册", "5册", "4册", "80.00%", "黄",
         "", "", ""],
        ["指标", "效益指标", "社会效益指标", "2-1.指标2-1", "≥90%", "90%", "95%", "105.56%",
         "绿", "", "", ""],
        ["指标", "满意度指标", "服务对象满意度指标", "3-1.指标3-1", "定性优良中低差", "—", "—",
         "—", "—", "", "", ""],
        ["预算执行", "预算执行率", "", "", "15,213.00", "50.00%", "40.00%", "80.00%", "黄", "",
         "", ""],
        ["预计年终得分", "预计年终得分", "", "", "", "", "77.00", "", "", "中", "", ""],
    ]  # fmt: skip


def test_monitoring_markdown_lists_the_lights_and_the_projection() -> None:
    lines = render(monitoring_renderer(ScoreFormat.MARKDOWN), in_year()).splitlines()
    assert lines[0] == "# 测试部门 2022年度绩效运行监控（2022Q2，序时进度 50.00%）"
    assert (
        "| 产出指标 | 数量指标 | 1-1.指标1-1 | ≥4次 | 2次 | 1次 | 50.00% | 红 | 3次 |  |  |"
        in lines
    )
    assert "- 红灯：1-1 指标1-1（50.00%）" in lines
    assert "- 黄灯：1-2 指标1-2（80.00%）" in lines
    assert "- 预计无法完成，缺少原因与措施：1-1 指标1-1（50.00%）" in lines
    assert "- 缺少完成值：3-1 指标3-1" in lines
    assert "- 预算执行：执行率 40.00%，序时进度 50.00%，进度 80.00%（黄）" in lines
    assert "- 绿灯 1 个，黄灯 2 个，红灯 1 个" in lines
    assert lines[-1].endswith("：77.00（中）")


def test_monitoring_text_shows_each_light_and_the_projection() -> None:
    text = render(monitoring_renderer(ScoreFormat.TEXT), in_year(), "en", View(width=120))
    assert _line_with(text, "1-1.指标1-1")[-6:] == ["≥4次", "2次", "1次", "50.00%", "red", "3次"]
    assert _line_with(text, "1-2.指标1-2")[-5:] == ["≥10册", "5册", "4册", "80.00%", "yellow"]
    assert _line_with(text, "2-1.指标2-1")[-5:] == ["≥90%", "90%", "95%", "105.56%", "green"]
    assert "1 green, 2 yellow, 1 red" in text
    assert text.rstrip().endswith(": 77.00（中）")


# --- trend ---------------------------------------------------------------------------------------


def test_trend_json_has_every_period_of_every_indicator() -> None:
    document = _json(render(trend_renderer(ScoreFormat.JSON), two_periods()))
    assert document["periods"] == [
        {"period": "2022Q2", "file": "a/2022Q2.yaml"},
        {"period": "2022Q4", "file": "a/2022Q4.yaml"},
    ]
    keys = ("actual", "expected", "progress", "light")
    assert {
        i["id"]: ([tuple(p[k] for k in keys) for p in i["points"]], i["final"], i["outcome"])
        for i in document["indicators"]
    } == {
        "1-1": ([(1, 2, D("0.5"), "red"), (4, 4, 1, "green")], "green", "met"),
        "2-1": ([(1, D("0.5"), 2, "green"), (1, 1, 1, "green")], "green", "met"),
        "3-1": ([(81, 90, D("0.9"), "green"), (72, 90, D("0.8"), "yellow")], "yellow", "unmet"),
    }
    assert document["year_end"] is True
    assert [(b["rate"], b["progress"], b["light"]) for b in document["budget"]] == [
        (D("0.4"), D("0.8"), "yellow"),
        (1, 1, "green"),
    ]
    assert [(p["total"], p["grade"]) for p in document["projection"]] == [(72, "中"), (98, "优")]


def test_trend_csv_has_a_row_per_indicator_and_period() -> None:
    rows = _csv(render(trend_renderer(ScoreFormat.CSV), two_periods()))
    assert rows == [
        ["编号", "三级指标", "年度指标值", "期间", "实际完成值", "进度", "灯", "期末"],
        ["1-1", "指标1-1", "≥4次", "2022Q2", "1次", "50.00%", "红", ""],
        ["1-1", "指标1-1", "≥4次", "2022Q4", "4次", "100.00%", "达成", "达成"],
        ["2-1", "指标2-1", "≥1次", "2022Q2", "1次", "200.00%", "绿", ""],
        ["2-1", "指标2-1", "≥1次", "2022Q4", "1次", "100.00%", "达成", "达成"],
        ["3-1", "指标3-1", "≥90%", "2022Q2", "81%", "90.00%", "绿", ""],
        ["3-1", "指标3-1", "≥90%", "2022Q4", "72%", "80.00%", "未达成", "未达成"],
    ]


def test_trend_markdown_has_the_sparklines_and_the_ends() -> None:
    lines = render(trend_renderer(ScoreFormat.MARKDOWN), two_periods()).splitlines()
    assert lines[0] == "# 测试部门 2022年度绩效目标完成趋势（2022Q2–2022Q4）"
    # Sparkline: each period's share of the annual target over the largest (at least 1), in
    # eighths: 1-1 1/4 → ▂, 4/4 → █; 3-1 81/90 = 0.9 → ▇ (int 6.3), 72/90 = 0.8 → ▆ (int 5.6).
    assert "| 1-1.指标1-1 | ≥4次 | 红 1次 | 达成 4次 | ▂█ | 达成 |" in lines
    assert "| 2-1.指标2-1 | ≥1次 | 绿 1次 | 达成 1次 | ██ | 达成 |" in lines
    assert "| 3-1.指标3-1 | ≥90% | 绿 81% | 未达成 72% | ▇▆ | 未达成 |" in lines
    assert "- 年终（2022Q4）：达成 2 个，未达成 1 个（3-1）" in lines
    assert "- 预算执行率：2022Q2 40.00%（黄）  2022Q4 100.00%（绿）" in lines
    assert "- 预计年终得分：2022Q2 72.00（中）  2022Q4 98.00（优）" in lines


def test_trend_text_shows_each_period_and_the_end() -> None:
    text = render(trend_renderer(ScoreFormat.TEXT), two_periods(), "en", View(width=120))
    assert _line_with(text, "3-1.指标3-1")[-6:] == [
        "green", "81%", "unmet", "72%", "▇▆", "unmet",
    ]  # fmt: skip
    assert _line_with(text, "1-1.指标1-1")[-6:] == ["red", "1次", "met", "4次", "▂█", "met"]
    assert "2022Q2 72.00（中）  2022Q4 98.00（优）" in text


# --- show ----------------------------------------------------------------------------------------


def test_show_json_resolves_the_points() -> None:
    document = _json(render(targets_renderer(ShowFormat.JSON), resolved(four_indicators())))
    keys = ("id", "comparator", "value", "unit", "scale", "points")
    assert [tuple(i[k] for k in keys) for i in document["indicators"]] == [
        ("1-1", ">=", 4, "次", None, 20),  # given
        ("1-2", ">=", 10, "册", None, 30),  # 产出's 50 less the 20 given
        ("2-1", ">=", 90, "%", None, 30),
        ("3-1", "qualitative", None, None, ["优", "良", "中", "低", "差"], 10),
    ]
    assert document["budget"] == {"total": D("15213.00"), "sources": {}}
    assert sum(i["points"] for i in document["indicators"]) == 90  # with budget's 10, 100


def test_show_text_shows_points_subtotals_and_the_sum() -> None:
    text = render(targets_renderer(ShowFormat.TEXT), resolved(four_indicators()), "zh")
    cells = [[c.strip() for c in line.split("│")[1:-1]] for line in text.splitlines()]
    rows = [(c[2], c[3], c[5]) for c in cells if len(c) == 6]
    assert rows == [
        ("1-1", "指标1-1", "20.00"),
        ("1-2", "指标1-2", "30.00"),
        ("", "小计", "50.00"),
        ("2-1", "指标2-1", "30.00"),
        ("", "小计", "30.00"),
        ("3-1", "指标3-1", "10.00"),
        ("", "小计", "10.00"),
        ("", "", "10.00"),  # 预算执行率
        ("", "", "100.00"),  # 合计
    ]
    assert "资金总额 15,213.00" in text


# --- validate ------------------------------------------------------------------------------------

NUL_ZH = "targets/t.yaml:3:14: F009 文件含有 NUL 字节（\\x00），不是文本文件"
GAP_ZH = "targets/t.yaml:9:9: W001 任务 1 的指标编号从 1-1 跳到 1-3，缺少 1-2"


def _validate(chosen: ValidateFormat, tmp_path: Path, reports: Sequence[FileReport]) -> str:
    view = View(version="9.9", workspace=tmp_path, cwd=tmp_path)
    return render(validation_renderer(chosen), reports, "zh", view)


def test_validate_concise_lists_each_problem_then_the_count(tmp_path: Path) -> None:
    text = _validate(ValidateFormat.CONCISE, tmp_path, two_files())
    assert text.splitlines() == [NUL_ZH, GAP_ZH, "检查了 2 个文件：1 个错误，1 个警告"]


def test_validate_github_annotates_then_lists_as_concise(tmp_path: Path) -> None:
    """The table's github entry is the concise list, which follows the annotations the command
    writes first (`diagnostics.github`), each relative to the workspace."""
    reports = two_files()
    assert _validate(ValidateFormat.GITHUB, tmp_path, reports) == _validate(
        ValidateFormat.CONCISE, tmp_path, reports
    )
    out = io.StringIO()
    diagnostics.github(reports, "zh", out, View(workspace=tmp_path, cwd=tmp_path))
    assert out.getvalue().splitlines() == [
        "::error file=targets/t.yaml,line=3,col=14,title=F009 文件含 NUL 字节::"
        "文件含有 NUL 字节（\\x00），不是文本文件",
        "::warning file=targets/t.yaml,line=9,col=9,title=W001 指标编号不连续::"
        "任务 1 的指标编号从 1-1 跳到 1-3，缺少 1-2",
    ]


def test_validate_human_shows_the_line_and_a_caret(tmp_path: Path) -> None:
    lines = _validate(ValidateFormat.HUMAN, tmp_path, two_files()).splitlines()
    assert lines == [
        "targets/t.yaml:3:14: F009 错误: 文件含有 NUL 字节（\\x00），不是文本文件",
        "    3 | department: x\\x00",
        "      |              ^",  # column 14: after the 13 characters of `department: x`
        "targets/t.yaml:9:9: W001 警告: 任务 1 的指标编号从 1-1 跳到 1-3，缺少 1-2",
        "    9 |   - id: 1-3",
        "      |         ^",
        "检查了 2 个文件：1 个错误，1 个警告",
    ]


def test_validate_json_counts_and_locates(tmp_path: Path) -> None:
    document = _json(_validate(ValidateFormat.JSON, tmp_path, two_files()))
    assert document["summary"] == {"files": 2, "errors": 1, "warnings": 1}
    assert [(f["path"], f["kind"], f["ok"]) for f in document["files"]] == [
        ("targets/t.yaml", "targets", False),
        ("targets/a.yaml", "actuals", True),
    ]
    found = [
        (d["line"], d["col"], d["code"], d["severity"]) for d in document["files"][0]["diagnostics"]
    ]
    assert found == [(3, 14, "F009", "error"), (9, 9, "W001", "warning")]


def test_validate_sarif_has_a_rule_per_code_and_a_located_result(tmp_path: Path) -> None:
    run = _json(_validate(ValidateFormat.SARIF, tmp_path, two_files()))["runs"][0]
    assert run["tool"]["driver"]["version"] == "9.9"
    rules = run["tool"]["driver"]["rules"]
    assert [(r["id"], r["defaultConfiguration"]["level"]) for r in rules] == [
        ("F009", "error"),
        ("W001", "warning"),
    ]
    located = [
        (
            r["ruleId"],
            r["ruleIndex"],
            r["level"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"],
        )
        for r in run["results"]
    ]
    assert located == [
        ("F009", 0, "error", "targets/t.yaml", {"startLine": 3, "startColumn": 14}),
        ("W001", 1, "warning", "targets/t.yaml", {"startLine": 9, "startColumn": 9}),
    ]


def test_validate_sarif_fingerprints_survive_lines_moving(tmp_path: Path) -> None:
    """The same problem on the same text two lines further down keeps its fingerprint."""

    def prints(reports: list[FileReport]) -> list[str]:
        run = _json(_validate(ValidateFormat.SARIF, tmp_path, reports))["runs"][0]
        return [r["partialFingerprints"]["perfcheck/v1"] for r in run["results"]]

    here, moved = prints(two_files(9)), prints(two_files(11))
    assert here == moved and len(set(here)) == 2


def test_validate_junit_fails_the_file_with_an_error(tmp_path: Path) -> None:
    text = _validate(ValidateFormat.JUNIT, tmp_path, two_files())
    root = ElementTree.fromstring(text.split("\n", 1)[1])
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("2", "1", "0")
    cases = {case.get("name"): case for case in root.iter("testcase")}
    failure = cases["targets/t.yaml"].find("failure")
    assert failure is not None
    assert (failure.get("type"), failure.get("message")) == ("F009", NUL_ZH)
    assert (failure.text or "").splitlines() == [NUL_ZH, GAP_ZH]
    assert list(cases["targets/a.yaml"]) == []  # nothing to say: passed, no output
