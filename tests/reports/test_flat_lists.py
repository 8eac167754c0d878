"""Flat lists (no level-1 / level-2) in `show` and `score`: no empty 一级指标 / 二级指标 columns
and no subtotal of their one unnamed group, as in the review pack; CSV keeps its columns."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, run

FLAT = "tests/fixtures/valid/targets/project_flat_points.yaml"
FLAT_ACTUALS = "tests/fixtures/valid/actuals/project_flat_points_year_end.yaml"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_show_prints_a_flat_list_without_level_columns() -> None:
    code, out, _ = run("show", FLAT)
    assert code == 0
    assert "一级指标" not in out and "二级指标" not in out and "小计" not in out
    assert "│ 1    │ 新建集中供水工程数量 │ ≥3处    │  20.00 │" in out
    assert "│      │ 预算执行率           │         │  10.00 │" in out
    assert "│      │ 合计                 │         │ 100.00 │" in out  # 90 + 10 for the budget


def test_score_prints_a_flat_list_without_level_columns() -> None:
    code, out, _ = run("score", FLAT_ACTUALS)
    assert code == 1  # two indicators unmet
    assert "一级指标" not in out and "二级指标" not in out and "小计" not in out
    lines = out.splitlines()
    header = next(line for line in lines if "三级指标" in line)
    assert header.split() == ["三级指标", "年度指标值", "实际完成值", "完成率", "分值", "得分"]
    # 12 of ≥15公里: 80.00 % of 20 points = 16.00
    assert any(line.split() == ["2.改造供水管网里程", "≥15公里", "12公里", "80.00%", "20.00",
                                "16.00", "✗"] for line in lines)  # fmt: skip


def test_score_markdown_has_no_level_columns_for_a_flat_list() -> None:
    code, out, _ = run("score", FLAT_ACTUALS, "--format", "markdown")
    assert code == 1
    assert "| 编号 | 三级指标 | 年度指标值 | 实际完成值 | 完成率 | 分值 | 得分 | 结果 |" in out
    assert "| --- | --- | --- | --- | --- | ---: | ---: | :---: | --- |" in out
    assert "| 6 | 受益群众满意度 | ≥90% | 88% | 97.78% | 10.00 | 9.78 | ✗ |" in out
    assert "一级指标" not in out and "小计" not in out


def test_score_csv_keeps_its_columns_for_a_flat_list() -> None:
    code, out, _ = run("score", FLAT_ACTUALS, "--format", "csv")
    assert code == 1
    assert out.splitlines()[0].startswith("\ufeff类型,一级指标,二级指标,编号,三级指标")
