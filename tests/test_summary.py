"""The review pack's content: counts, sections and the narrative, from the numbers only."""

from __future__ import annotations

from decimal import Decimal

from perfcheck import __version__
from perfcheck.reading.discovery import input_files
from perfcheck.reports.summary import markdown
from perfcheck.reports.summary.narrative import monitoring_narrative, narrative
from perfcheck.results.summary import Counts, MonitoringSummary, Summary
from perfcheck.run.load import load_actuals
from perfcheck.run.options import Options
from tests.builders import actuals, indicator, scored, targets
from tests.conftest import ROOT

D = Decimal


def chengdu(period: str = "2022Q4") -> Summary:
    path = ROOT / "actuals" / f"{period}.yaml"
    loaded = load_actuals(path, Options())
    assert loaded.result is not None
    return Summary(loaded.result, input_files([path]), __version__)


def test_counts_and_sections_of_the_chengdu_year() -> None:
    summary = chengdu()
    assert summary.counts == Counts(set=34, met=32, unmet=2, missing=0, not_applicable=0)
    assert [r.indicator.id for r in summary.unmet] == ["3-2", "2-8"]
    assert [r.indicator.id for r in summary.overachieved] == ["2-2"]
    assert summary.unexplained == ()
    assert [r.indicator.id for r in summary.measures] == ["2-2", "3-2", "2-8"]
    weakest = summary.weakest
    assert weakest is not None and (weakest.level1, weakest.score) == ("效益指标", D("29.33"))


def test_narrative_is_written_from_the_numbers() -> None:
    text = narrative(chengdu(), "zh")
    assert text == (
        "2022年度，四川省成都市人民检察院部门共设置三级绩效指标34个，已完成32个，"
        "未完成2个（3-2、2-8）。预算执行率97.79%，得9.78分（满分10.00分）。"
        "自评总分98.54分，等级为“优”。各一级指标中，得分率最低的是“效益指标”"
        "（29.33/30.00，97.77%）。另有1个指标超额完成（2-2），需分析年初目标是否设置偏低。"
    )
    assert narrative(chengdu(), "en").startswith("In 2022, 四川省成都市人民检察院部门 set 34")


def test_gaps_to_fill_are_marked() -> None:
    target_file = targets(
        [
            indicator("1-1", "≥4次"),
            indicator("2-1", "≥1次", level1="效益指标"),
            indicator("3-1", "≥90%", level1="满意度指标"),
        ]
    )
    result = scored(target_file, actuals({"1-1": 2, "2-1": 1}, spent=D(5000)))
    summary = Summary(result, (), "0")
    assert [r.indicator.id for r in summary.unexplained] == ["1-1"]
    text = markdown.render(summary, "zh")
    gap = text.split("待补充")[1].split("###")[0]
    assert "1-1" in gap and "预算执行率 32.87% 低于 90.00%" in gap
    assert "尚有1项偏差未说明原因，提交前须补充。" in narrative(summary, "zh")


def test_every_score_in_the_markdown_table_is_the_results() -> None:
    summary = chengdu()
    text = markdown.render(summary, "zh")
    table = text.split("## 三、")[1].split("## 四、")[0]
    rows = [line.split(" | ") for line in table.splitlines() if line.startswith("| 产出指标")
            or line.startswith("| 效益指标") or line.startswith("| 满意度指标")]  # fmt: skip
    assert len(rows) == 34
    for row, result in zip(rows, summary.result.indicators, strict=True):
        assert row[2].startswith(result.indicator.id + ".")
        assert D(row[6]) == result.score
        assert D(row[5]) == result.points
    assert f"**自评总分：{summary.result.total}　等级：优**" in text


def test_monitoring_narrative() -> None:
    path = ROOT / "actuals" / "2022Q2.yaml"
    loaded = load_actuals(path, Options())
    assert loaded.monitoring is not None and loaded.result is None
    text = monitoring_narrative(MonitoringSummary(loaded.monitoring, (), "0"), "zh")
    assert text == (
        "截至2022Q2（序时进度50.00%），四川省成都市人民检察院部门的34个三级指标中，"
        "绿灯32个、黄灯1个、红灯1个。预算执行率46.67%，为序时进度的93.34%。"
        "按目前进度推算，年终自评预计98.15分（“优”），仅供参考。"
    )
