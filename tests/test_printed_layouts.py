"""Layouts of published tables beyond the rows themselves: level-1 cells that print their
weight (`产出指标(60分)`), each scored or located against figures computed by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.conftest import run
from tests.test_published_patterns import _edited, _fixture, _located, _rows, _score

D = Decimal

# --- level-1 cells that print their weight --------------------------------------------------------


def test_weights_printed_in_the_level1_cells_are_the_weights() -> None:
    code, data = _fixture("level1_weights_printed")
    # 产出 60: rows 1 and 2 print 30 + 20, row 3 takes the other 10; 效益 20 over two rows: 10
    # each; 满意度 10. 1: 30 × 5700/6000 = 28.5; 3: November before the end of December: 10;
    # 4: 有效 for 有效改善: 达成, 10; 5: 部分达成 at 0.7: 7; 6: 96 % ≥ 90 %: 10.
    assert _rows(data) == {
        "1": (D(30), D("28.5")),
        "2": (D(20), D(20)),
        "3": (D(10), D(10)),
        "4": (D(10), D(10)),
        "5": (D(10), D(7)),
        "6": (D(10), D(10)),
    }
    groups = [(g["level1"], g["points"], g["score"]) for g in data["groups"]]
    assert groups == [
        ("产出指标", D(60), D("58.5")),  # the name without its weight, as the label
        ("效益指标", D(20), D(17)),
        ("满意度指标", D(10), D(10)),
    ]
    # budget 114 / 120 = 95 % of 10: 9.5; 28.5 + 20 + 10 + 10 + 7 + 10 + 9.5 = 95
    assert (data["budget"]["score"], data["total"], data["grade"]) == (D("9.5"), D(95), "优")
    assert code == 1  # two rows unmet


def test_rows_that_do_not_add_up_to_the_printed_weight_are_d005(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "level1_weights_printed",
        lambda text: text.replace("    points: 30\n", "    points: 50\n"),
    )
    # 50 + 20 = 70 against 产出指标(60分): at the last row that gives points
    assert _located(path.parent.parent / "targets") == [("D005", 23, 13)]


def test_a_weight_printed_otherwise_than_rules_weights_is_d044(tmp_path: Path) -> None:
    rules = "rules:\n  weights: {产出指标: 50, 效益指标: 30, 满意度指标: 10}\n"
    path = _edited(tmp_path, "level1_weights_printed", lambda text: text + rules)
    targets = path.parent.parent / "targets"
    # the first row printing 60, with what rules.weights gives; its 效益指标 too
    assert _located(targets) == [("D044", 14, 13), ("D044", 28, 13)]
    _, out, _ = run("validate", str(targets), "--format", "concise")
    assert "一级指标 “产出指标” 印有 60 分，而rules.weights 写的是 50 分" in out


def test_rules_weights_that_agree_with_the_printed_ones_are_fine(tmp_path: Path) -> None:
    rules = "rules:\n  weights: {产出指标: 60, 效益指标: 20, 满意度指标: 10}\n"
    path = _edited(tmp_path, "level1_weights_printed", lambda text: text + rules)
    assert _located(path.parent.parent / "targets") == []


def test_printed_weights_adding_up_to_110_are_d010_at_the_first_printed(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "level1_weights_printed",
        lambda text: text.replace("产出指标(60分)", "产出指标(70分)"),
    )
    # 30 + 20 + 20 split to row 3: no D005; 10 + 70 + 20 + 10 = 110, at the first cell printing it
    assert _located(path.parent.parent / "targets") == [("D010", 14, 5)]


def test_a_printed_weight_reads_in_the_forms_tables_use(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "level1_weights_printed",
        lambda text: text.replace("产出指标(60分)", "产出指标 （权重：６０）").replace(
            "满意度指标（10分）", "满意度指标(10)"
        ),
    )
    assert _located(path.parent.parent / "targets") == []
    _, data = _score(path)
    assert [g["level1"] for g in data["groups"]] == ["产出指标", "效益指标", "满意度指标"]
