"""The trend at year-end: the year-end period's cell and the last column give the
self-evaluation's verdict (met or not), not a light, in every format; before year-end the last
column stays the last light."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perfcheck.cli import app
from tests.conftest import FIXTURES

TARGETS = (FIXTURES / "shared" / "targets_small.yaml").as_posix()

Q2 = """targets: {targets}
period: 2022Q2
budget:
  adjusted: 100.00
  spent: 50.00
actuals:
  1-1: 2
  1-2: 6
  1-3: 100%
  2-1: 25
  2-2: 良
  2-3: 92%
"""

# 2-3 ends at 88 % of a ≥90 % target: 88/90 = 97.78 % of what is due, green, yet not met; its
# sparkline is 92/90 and 88/90 of the highest, 92/90: bars 7 and int(88/92 × 7) = 6, █▇.
# 1-2 has no actual at year-end.
Q4 = """targets: {targets}
period: 2022Q4
budget:
  adjusted: 100.00
  spent: 96.00
actuals:
  1-1: 4
  1-3: 100%
  2-1: 25
  2-2: 良
  2-3: 88%
"""


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout


@pytest.fixture
def year(tmp_path: Path) -> Path:
    (tmp_path / "2022Q2.yaml").write_text(Q2.format(targets=TARGETS), encoding="utf-8")
    (tmp_path / "2022Q4.yaml").write_text(Q4.format(targets=TARGETS), encoding="utf-8")
    return tmp_path


def test_json_gives_the_outcome_beside_the_last_light(year: Path) -> None:
    code, out = run("trend", str(year), "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["year_end"] is True
    ends = {i["id"]: (i["final"], i["outcome"]) for i in document["indicators"]}
    assert ends == {
        "1-1": ("green", "met"),
        "1-2": ("none", "missing"),
        "1-3": ("green", "met"),
        "2-1": ("green", "met"),
        "2-2": ("green", "met"),
        "2-3": ("green", "unmet"),
    }
    last = next(i for i in document["indicators"] if i["id"] == "2-3")["points"][-1]
    assert (last["actual"], last["progress"], last["light"]) == (88, 0.9778, "green")


def test_text_table_says_met_or_not_and_counts_them(year: Path) -> None:
    code, out = run("trend", str(year), "--color", "never", "--width", "120")
    assert code == 0
    row = next(line for line in out.splitlines() if "2-3." in line)
    # 88 % is green by the time elapsed (97.78 % of what is due), but the year-end cell says
    # what the self-evaluation says: not met
    assert row.split()[-6:] == ["绿", "92%", "未达成", "88%", "█▇", "未达成"]
    assert "绿 88%" not in out
    assert "年终（2022Q4）：达成 4 个，未达成 1 个（2-3），缺少完成值 1 个\n" in out
    assert "年终一期与期末一栏：是否达成年度指标；此前各期的灯是对照序时进度的进度\n" in out


def test_english_words(year: Path) -> None:
    code, out = run("trend", str(year), "--lang", "en", "--format", "markdown")
    assert code == 0
    assert "| green 92% | unmet 88% | █▇ | unmet |\n" in out
    assert "| green 6次/年 | no actual — | ▄  | no actual |\n" in out
    assert "- Year-end (2022Q4): 4 met, 1 unmet (2-3), 1 without an actual\n" in out


def test_markdown_and_csv_say_the_same(year: Path) -> None:
    code, out = run("trend", str(year), "--format", "markdown")
    assert code == 0
    assert "| 2-3.服务对象满意度 | ≥90% | 绿 92% | 未达成 88% | █▇ | 未达成 |\n" in out
    assert "| 1-1.举办宣传活动次数 | ≥4次 | 绿 2次 | 达成 4次 | ▄█ | 达成 |\n" in out
    code, out = run("trend", str(year), "--format", "csv")
    assert code == 0
    lines = out.lstrip("\ufeff").splitlines()
    assert lines[0] == "编号,三级指标,年度指标值,期间,实际完成值,进度,灯,期末"
    assert "2-3,服务对象满意度,≥90%,2022Q2,92%,102.22%,绿," in lines  # filled at the end only
    assert "2-3,服务对象满意度,≥90%,2022Q4,88%,97.78%,未达成,未达成" in lines
    assert "1-2,入户走访频次,≥12次/年,2022Q4,—,—,缺少完成值,缺少完成值" in lines


def test_before_year_end_the_last_column_is_the_light(year: Path) -> None:
    (year / "2022Q4.yaml").unlink()
    code, out = run("trend", str(year), "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["year_end"] is False
    assert {i["outcome"] for i in document["indicators"]} == {None}
    code, out = run("trend", str(year), "--format", "markdown")
    assert "| 2-3.服务对象满意度 | ≥90% | 绿 92% | █ | 绿 |\n" in out and "年终（" not in out


def test_the_sparkline_draws_completion_as_the_self_evaluation_computes_it() -> None:
    """A reverse target beaten counts above 100 % (10/8 = 125 %, 10/5 = 200 %), as 完成率 does in
    the self-evaluation; the bars scale to the highest: int(1.25/2 × 7) = 4, then 7."""
    from perfcheck.reports.trend import period_completion, sparkline
    from tests.builders import actuals, indicator, three_groups, trend_of

    target_file = three_groups(indicator("1-1", "≤10次"))
    trend = trend_of(
        target_file,
        {
            "q2.yaml": actuals({"1-1": 8, "2-1": 1, "3-1": 95}, period="2022Q2"),
            "q4.yaml": actuals({"1-1": 5, "2-1": 1, "3-1": 95}, period="2022Q4"),
        },
    )
    row = trend.indicators[0]
    assert [period_completion(p) for p in row.points] == [Decimal("1.25"), Decimal(2)]
    assert sparkline(row) == "▅█"
    year_end = trend.periods[-1].score
    assert year_end is not None
    assert [period_completion(p) for p in (r.points[-1] for r in trend.indicators)] == [
        r.completion for r in year_end.indicators
    ]
