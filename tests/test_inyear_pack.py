"""The monitoring pack's 偏差原因分析及纠偏措施: red and yellow indicators with their explanations,
the gaps still to fill, 完成可能性 in the indicator table; a red light left unexplained is W014;
at year-end the gaps include the missing actuals."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from perfcheck.cli import app
from tests.conftest import FIXTURES

TARGETS = (FIXTURES / "shared" / "targets_small.yaml").as_posix()

# 序时进度 6/12 = 50 %. 1-1: 1 of 4 × 50 % = 2 due, 50.00 %, red, unexplained. 1-2: 5 of 6 due,
# 83.33 %, yellow, explained. 1-3: no actual. 2-2: 中 is 60 % of the points, band 部分达成:
# yellow; its likelihood 有可能 asks for an explanation (W013), which it lacks.
IN_YEAR = """targets: {targets}
period: 2022Q2
budget:
  adjusted: 100.00
  spent: 50.00
actuals:
  1-1: 1
  1-2:
    value: 5
    explanation: 人员调整，走访推迟
  2-1: 25
  2-2:
    value: 中
    forecast: 良
    likelihood: 有可能
  2-3: 92%
"""

YEAR_END = """targets: {targets}
period: 2022Q4
budget:
  adjusted: 100.00
  spent: 96.00
actuals:
  1-1: 4
  1-3: 100%
  2-1: 25
  2-2: 良
  2-3: 92%
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def in_year(tmp_path: Path) -> Path:
    path = tmp_path / "2022Q2.yaml"
    path.write_text(IN_YEAR.format(targets=TARGETS), encoding="utf-8")
    return path


def test_a_red_light_without_explanation_is_a_warning_at_its_line(in_year: Path) -> None:
    code, out, _ = run("validate", str(in_year), "--format", "concise")
    assert code == 0
    found = [line.split(": ", 1)[1].split(" ", 1)[0] for line in out.splitlines() if ": W" in line]
    assert found == ["W014", "W013"]
    assert f"{in_year}:7:3: W014 指标 1-1 的进度为序时要求的 50.00%（红灯）" in out
    assert f"{in_year}:12:3: W013 指标 2-2 " in out  # one warning for 2-2, not W014 as well


def test_markdown_pack_explains_red_and_yellow_and_lists_the_gaps(in_year: Path) -> None:
    code, out, _ = run("summary", str(in_year))
    assert code == 0
    section = out.split("## 四、偏差原因分析及纠偏措施\n\n", 1)[1].split("\n---\n", 1)[0]
    assert section == (
        "### 红灯、黄灯指标\n\n"
        "- ⚠ **1-1 举办宣传活动次数**：红灯，进度 50.00%（实际 1次，序时目标 2次）。（未说明）\n"
        "- **1-2 入户走访频次**：黄灯，进度 83.33%（实际 5次/年，序时目标 6次/年）。"
        "人员调整，走访推迟\n"
        "- ⚠ **2-2 服务规范化水平**：黄灯，进度 60.00%（实际 中）。"
        "全年预计 良。完成可能性：有可能。（未说明）\n\n"
        "### ⚠ 待补充：尚未说明原因的红灯、预计无法完成的指标，缺少的完成值（报送前须补充）\n\n"
        "- **1-1 举办宣传活动次数**：红灯，尚未说明偏差原因和纠偏措施\n"
        "- **1-3 宣传材料审核通过率**：缺少完成值\n"
        "- **2-2 服务规范化水平**：预计无法完成（或完成可能性不是“确定能”），尚未说明原因和措施\n"
    )
    assert "| 定性优良中低差 | — | 中 | 60.00% | 黄 | 良 | 有可能 |  |\n" in out
    assert (
        "按累计数与“年度指标值 × 序时进度”比较的指标：1-1、1-2；"
        "其余指标（比率、时限、定性等）与年度指标值本身比较。\n"
    ) in out


def test_english_markdown_pack(in_year: Path) -> None:
    code, out, _ = run("summary", str(in_year), "--lang", "en")
    assert code == 0
    assert "## 4. Causes of deviation and corrective measures\n" in out
    assert (
        "- ⚠ **1-1 举办宣传活动次数**：Red, progress 50.00% (actual 1次, due 2次). "
        "(no explanation)\n"
    ) in out
    assert "- **1-3 宣传材料审核通过率**：no actual\n" in out
    assert "| Forecast | Likelihood |" in out


def test_html_pack_boxes_the_gaps_and_marks_the_red_one(in_year: Path, tmp_path: Path) -> None:
    page = tmp_path / "pack.html"
    code, _, _ = run("summary", str(in_year), "--format", "html", "-o", str(page))
    assert code == 0
    html = page.read_text(encoding="utf-8")
    section = html.split("<h2>四、偏差原因分析及纠偏措施</h2>", 1)[1].split("</section>", 1)[0]
    assert '<li class="gap"><strong>1-1 举办宣传活动次数</strong>：红灯，进度 50.00%' in section
    assert "<li><strong>1-2 入户走访频次</strong>：黄灯，" in section
    box = section.split('<div class="gaps open">', 1)[1]
    assert box.count('<li class="gap">') == 3
    assert '<td class="mid">有可能</td>' in html


def test_year_end_gaps_list_missing_actuals(tmp_path: Path) -> None:
    path = tmp_path / "2022Q4.yaml"
    path.write_text(YEAR_END.format(targets=TARGETS), encoding="utf-8")
    code, out, _ = run("summary", str(path))
    assert code == 0
    gaps = out.split("### ⚠ 待补充：尚未说明原因的偏差，缺少的完成值（提交前须补充）\n\n", 1)[1]
    assert gaps.split("\n\n", 1)[0] == "- **1-2 入户走访频次**：缺少完成值，按 0 分计"


# --- forecasts of time targets ---------------------------------------------------------------

DATES = (FIXTURES / "valid" / "actuals" / "project_deadlines_in_year.yaml").as_posix()


def test_a_date_forecast_is_shown_as_written_in_every_format(tmp_path: Path) -> None:
    import json

    import openpyxl

    _, out, _ = run("score", DATES, "--format", "json")
    forecasts = {i["id"]: i["forecast"] for i in json.loads(out)["indicators"]}
    assert (forecasts["3"], forecasts["4"]) == ("2023年9月", "2023年12月")
    _, text, _ = run("score", DATES, "--width", "200")
    row = next(line for line in text.splitlines() if "3.主体工程完工时间" in line)
    assert row.split()[-1] == "2023年9月"  # under 全年预计, the last column
    _, csv, _ = run("score", DATES, "--format", "csv")
    assert ",绿,2023年9月,确定能," in csv and ",绿,2023年12月,有可能," in csv
    _, markdown, _ = run("score", DATES, "--format", "markdown")
    assert "| 绿 | 2023年9月 | 确定能 |" in markdown
    _, pack, _ = run("summary", DATES)
    assert "| 绿 | 2023年9月 | 确定能 |" in pack
    assert "| 绿 | 2023年12月 | 有可能 |" in pack
    page = tmp_path / "pack.html"
    run("summary", DATES, "--format", "html", "-o", str(page))
    assert ">2023年9月</td>" in page.read_text(encoding="utf-8")
    book = tmp_path / "pack.xlsx"
    run("summary", DATES, "--format", "xlsx", "-o", str(book))
    cells = [c.value for s in openpyxl.load_workbook(book) for r in s.iter_rows() for c in r]
    assert "2023年9月" in cells and "2023年12月" in cells
