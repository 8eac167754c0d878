"""Tables in the shapes published tables take — project tables with 实施单位 and 资金来源, flat
lists, a 指标性质 column, words, deadlines, 110- and 90-point tables, local rounding, reviewers'
adjustments — each pair in tests/fixtures/valid/ scored through `perfcheck score --format json`
against figures computed by hand."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, run

D = Decimal
VALID = FIXTURES / "valid"


def _json(*args: str) -> tuple[int, dict[str, Any]]:
    """A command's exit code and its JSON, numbers read as exact decimals."""
    code, out, err = run(*args, "--format", "json")
    assert code in (0, 1), err
    data: dict[str, Any] = json.loads(out, parse_float=D, parse_int=D)
    return code, data


def _score(path: Path) -> tuple[int, dict[str, Any]]:
    return _json("score", str(path))


def _fixture(name: str) -> tuple[int, dict[str, Any]]:
    return _score(VALID / "actuals" / f"{name}.yaml")


def _rows(data: dict[str, Any]) -> dict[str, tuple[Decimal, Decimal]]:
    """Each indicator's id with its points and its score."""
    return {i["id"]: (i["points"], i["score"]) for i in data["indicators"]}


def _budget(data: dict[str, Any]) -> tuple[Decimal, Decimal, Decimal]:
    budget = data["budget"]
    return budget["rate"], budget["points"], budget["score"]


def _edited(tmp_path: Path, name: str, edit: Callable[[str], str], which: str = "targets") -> Path:
    """A copy of the pair `name` in tmp_path, its `which` file changed by `edit`; the actuals."""
    for kind in ("targets", "actuals"):
        (tmp_path / kind).mkdir(exist_ok=True)
        shutil.copy(VALID / kind / f"{name}.yaml", tmp_path / kind)
    target = tmp_path / which / f"{name}.yaml"
    source = target.read_text(encoding="utf-8")
    changed = edit(source)
    assert changed != source
    target.write_text(changed, encoding="utf-8")
    return tmp_path / "actuals" / f"{name}.yaml"


# --- project tables ----------------------------------------------------------------------------


def test_a_project_table_with_implementer_and_three_funding_sources() -> None:
    code, data = _fixture("project_implementer_sources")
    assert (data["kind"], data["project"], data["implementer"]) == (
        "project", "2023年城区公共厕所提升改造项目", "临川市环境卫生服务中心",
    )  # fmt: skip
    assert data["annual_goal"]["achieved"].startswith("改造提升城区公共厕所22座")
    # 产出 50: rows 1 and 2 print 20 + 10, rows 3 and 4 share the other 20 (10 each).
    # 1: 20 × 22/24 = 18.333… → 18.33; 5: 15 × 11500/12000 = 14.375 → 14.38 (half-up);
    # 6: 健全 for 健全, the target's own phrase: 达成, 15; the rest met.
    assert _rows(data) == {
        "1": (D(20), D("18.33")),
        "2": (D(10), D(10)),
        "3": (D(10), D(10)),
        "4": (D(10), D(10)),
        "5": (D(15), D("14.38")),
        "6": (D(15), D(15)),
        "7": (D(10), D(10)),
    }
    # 执行率 over the adjusted budget: 323.40 / 330 = 98 %; 10 × 0.98 = 9.80.
    assert _budget(data) == (D("0.98"), D(10), D("9.80"))
    # 18.33 + 10 + 10 + 10 + 14.38 + 15 + 10 = 87.71; + 9.80 = 97.51.
    assert (data["total"], data["grade"], code) == (D("97.51"), "优", 1)


def test_a_twenty_point_budget_on_the_initial_budget_cut_down_to_whole_points() -> None:
    code, data = _fixture("project_twenty_point_budget")
    assert (data["kind"], data["implementer"]) == ("project", None)
    # Stated weights 产出 40 over four rows (10 each), 效益 30 over two (15), 满意度 10.
    # 2: 10 × 14/15 = 9.333… → 9.33; 4: finished in August, by the end of August: 10;
    # 6: 有效 for 有效改善 is 达成: 15.
    assert _rows(data) == {
        "1": (D(10), D(10)),
        "2": (D(10), D("9.33")),
        "3": (D(10), D(10)),
        "4": (D(10), D(10)),
        "5": (D(15), D(15)),
        "6": (D(15), D(15)),
        "7": (D(10), D(10)),
    }
    # 146.70 / 150 (年初预算数) = 97.8 %; 20 × 0.978 = 19.56, cut down to 19.
    assert _budget(data) == (D("0.978"), D(20), D(19))
    # 79.33 + 19 = 98.33.
    assert (data["total"], data["grade"], code) == (D("98.33"), "优", 1)


def test_the_twenty_point_budget_on_the_adjusted_budget(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "project_twenty_point_budget",
        lambda text: text.replace("  budget_denominator: initial\n", ""),
    )
    _, data = _score(path)
    # 146.70 / 160 = 0.916875 (printed 0.9169); 20 × 0.916875 = 18.3375, cut down to 18.
    assert _budget(data) == (D("0.9169"), D(20), D(18))
    assert (data["total"], data["grade"]) == (D("97.33"), "优")


# --- a 指标性质 column: direction, value and unit apart -------------------------------------------


def test_a_table_with_direction_value_and_unit_columns() -> None:
    code, data = _fixture("project_three_column_target")
    # 2: 15 × 11.8/12.5 = 14.16; 4: 反向, 4 渗漏点 for ≤3, linear: 10 × (1 − 1/3) = 6.666… →
    # 6.67; 6: 反向, 110 吨 under 120: 10; 7: 定性 部分达成 at 75 %: 5 × 0.75 = 3.75.
    assert _rows(data) == {
        "1": (D(15), D(15)),
        "2": (D(15), D("14.16")),
        "3": (D(10), D(10)),
        "4": (D(10), D("6.67")),
        "5": (D(15), D(15)),
        "6": (D(10), D(10)),
        "7": (D(5), D("3.75")),
        "8": (D(10), D(10)),
    }
    assert [i["target"] for i in data["indicators"]] == [
        "≥8座", "≥12.5公里", "≥90%", "≤3处", "≥65%", "≤120吨", "长效运行", "≥90%",
    ]  # fmt: skip
    # 480 / 500 = 96 %: 9.60. 15 + 14.16 + 10 + 6.67 + 15 + 10 + 3.75 + 10 = 84.58; + 9.60.
    assert _budget(data) == (D("0.96"), D(10), D("9.60"))
    assert (data["total"], data["grade"], code) == (D("94.18"), "优", 1)


def test_show_reads_each_direction_into_its_comparator() -> None:
    _, data = _json("show", str(VALID / "targets" / "project_three_column_target.yaml"))
    assert [i["comparator"] for i in data["indicators"]] == [
        ">=", ">=", ">=", "<=", ">=", "<=", "qualitative", ">=",
    ]  # fmt: skip


def _with_unit_column(text: str) -> str:
    """The rows' 指标值 and 度量单位 as two fields: `8座` → `{value: 8, unit: 座}`."""
    for written, value, unit in [("8座", "8", "座"), ("3处", "3", "处"), ("120吨", "120", "吨")]:
        text = text.replace(f"target: {written}\n", f"target: {{value: {value}, unit: {unit}}}\n")
    return text


def test_value_and_unit_apart_score_as_written_together(tmp_path: Path) -> None:
    _, data = _score(_edited(tmp_path, "project_three_column_target", _with_unit_column))
    assert [i["target"] for i in data["indicators"]][:6] == [
        "≥8座", "≥12.5公里", "≥90%", "≤3处", "≥65%", "≤120吨",
    ]  # fmt: skip
    assert data["total"] == D("94.18")


def test_the_schema_accepts_value_and_unit_on_a_row_with_a_direction(tmp_path: Path) -> None:
    import jsonschema

    from perfcheck.model.schema import schema_of
    from perfcheck.reading.yaml_reader import parse

    path = _edited(tmp_path, "project_three_column_target", _with_unit_column)
    data = parse((path.parent.parent / "targets" / path.name).read_text(encoding="utf-8")).data
    ready = json.loads(json.dumps(data, default=float))  # decimals as JSON numbers
    validator = jsonschema.Draft202012Validator(schema_of("targets"))
    assert [e.message for e in validator.iter_errors(ready)] == []


def _schema_errors(text: str) -> list[str]:
    import jsonschema

    from perfcheck.model.schema import schema_of
    from perfcheck.reading.yaml_reader import parse

    ready = json.loads(json.dumps(parse(text).data, default=float))  # decimals as JSON numbers
    validator = jsonschema.Draft202012Validator(schema_of("targets"))
    return [e.message for e in validator.iter_errors(ready)]


_ONE_ROW = """\
project: 测试项目
department: 测试局
year: 2023
budget: {total: 100}
indicators:
  - name: NAME
    target: TARGET
"""


@pytest.mark.parametrize(
    ("name", "target", "head", "loader"),
    [
        ("新建公厕", "{value: 8, unit: 座}", "", "S001"),  # no direction: no comparator
        ("新建公厕", "{value: 8, unit: 座}", "default_direction: 正向\n", ""),
        ("新建公厕", "{value: 8, unit: 座}", "default_direction: 定性\n", "S001"),
        ("新建公厕", "{comparator: '>=', value: 8, unit: ''}", "", "S005"),
        ("新建公厕个数", "{comparator: '>=', value: 8, unit: ''}", "", "W007"),
        ("新建公厕个数", "{comparator: '>=', value: 8}", "", "W007"),
    ],
)
def test_the_schema_says_what_the_loader_says_of_comparators_and_units(
    tmp_path: Path, name: str, target: str, head: str, loader: str
) -> None:
    text = head + _ONE_ROW.replace("NAME", name).replace("TARGET", target)
    (tmp_path / "t.yaml").write_text(text, encoding="utf-8")
    _, data = _json("validate", str(tmp_path / "t.yaml"))
    codes = [d["code"] for f in data["files"] for d in f["diagnostics"]]
    assert codes == ([loader] if loader else [])
    refused = bool(_schema_errors(text))
    assert refused is (loader.startswith("S")), _schema_errors(text)


def test_a_blank_unit_on_a_directed_count_is_taken_from_its_name(tmp_path: Path) -> None:
    text = _ONE_ROW.replace("NAME", "新建公厕个数").replace(
        "TARGET", "{value: 8, unit: ''}\n    direction: 正向"
    )
    (tmp_path / "t.yaml").write_text(text, encoding="utf-8")
    _, data = _json("show", str(tmp_path / "t.yaml"))
    row = data["indicators"][0]
    assert (row["comparator"], row["value"], row["unit"]) == (">=", D(8), "个")
    assert _schema_errors(text) == []


# --- flat lists ------------------------------------------------------------------------------


def test_a_flat_list_without_points_with_word_targets_and_word_actuals() -> None:
    code, data = _fixture("flat_list_even_split")
    # No levels, no points: 90 over nine rows, 10 each, one group with no level-1 name.
    # 2: 10 × 34200/36000 = 9.50; 3: 达到 → 达成, 10; 5: 2次 under 不超过5次, 10;
    # 6: 基本完成 → 部分达成 at its 60 %: 6.00; 7: the target's phrase; 8: 达成预期指标;
    # 9: 10 × 89/90 = 9.888… → 9.89.
    assert _rows(data) == {
        "1": (D(10), D(10)),
        "2": (D(10), D("9.50")),
        "3": (D(10), D(10)),
        "4": (D(10), D(10)),
        "5": (D(10), D(10)),
        "6": (D(10), D("6.00")),
        "7": (D(10), D(10)),
        "8": (D(10), D(10)),
        "9": (D(10), D("9.89")),
    }
    assert [(g["level1"], g["points"], g["score"]) for g in data["groups"]] == [
        ("", D(90), D("85.39"))
    ]
    # 540 / 600 = 90 %: 9.00 (not below the 90 % that asks for an explanation).
    assert _budget(data) == (D("0.9"), D(10), D(9))
    assert (data["total"], data["grade"], code) == (D("94.39"), "优", 1)


def test_a_partial_table_of_ninety_points_is_graded_on_ninety() -> None:
    code, data = _fixture("flat_ninety_points")
    # 1: 20 × 540/600 = 18.00; 2: 20 × 97.5/98 = 19.897… → 19.90; 4: 10 × 300/500 = 6.00;
    # 5: ≤0起 with 0: 10; 6: 10 × 85/90 = 9.444… → 9.44.
    assert _rows(data) == {
        "1": (D(20), D(18)),
        "2": (D(20), D("19.90")),
        "3": (D(10), D(10)),
        "4": (D(10), D(6)),
        "5": (D(10), D(10)),
        "6": (D(10), D("9.44")),
    }
    # 102 / 120 = 85 %: 8.50. 73.34 + 8.50 = 81.84, 90.93 % of 90: 优 (of 100 it is 良).
    assert _budget(data) == (D("0.85"), D(10), D("8.50"))
    assert (data["total"], data["grade"], code) == (D("81.84"), "优", 1)


# --- a 110-point table -------------------------------------------------------------------------


def test_a_table_adding_up_to_110_as_printed_is_d010(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "hundred_and_ten_points",
        lambda text: text.replace("rules:\n  total_points: 110\n", ""),
    )
    code, data = _json("validate", str(path.parent.parent / "targets"))
    found = [(d["code"], d["message"]) for f in data["files"] for d in f["diagnostics"]]
    assert found == [("D010", "预算执行分值 10 加各一级指标权重 100，合计 110，应为总分 100")]
    assert code == 1
    # No setting makes the total: the rows' points do, from the first row's on.
    assert _located(path.parent.parent / "targets") == [("D010", 19, 5)]


def test_the_110_point_table_with_its_true_total_is_graded_on_110() -> None:
    code, data = _fixture("hundred_and_ten_points")
    # 1: 20 × 27/30 = 18.00; 4: finished in November, deadline end of October: 0
    # (late_deadline: zero); 6: 2 deaths under the ceiling of 3: 10.
    assert _rows(data) == {
        "1": (D(20), D(18)),
        "2": (D(20), D(20)),
        "3": (D(15), D(15)),
        "4": (D(15), D(0)),
        "5": (D(10), D(10)),
        "6": (D(10), D(10)),
        "7": (D(10), D(10)),
    }
    assert [(g["level1"], g["points"]) for g in data["groups"]] == [
        ("产出指标", D(70)), ("效益指标", D(20)), ("满意度指标", D(10)),
    ]  # fmt: skip
    # 285 / 300 = 95 %: 9.50. 83 + 9.50 = 92.50, 84.09 % of 110: 良 (of 100 it would be 优).
    assert _budget(data) == (D("0.95"), D(10), D("9.50"))
    assert (data["total"], data["grade"], code) == (D("92.50"), "良", 1)


# --- words and dates ---------------------------------------------------------------------------


def test_a_department_table_of_word_targets_and_word_actuals() -> None:
    code, data = _fixture("department_word_targets")
    assert data["kind"] == "department"
    # 1-2: 良 on 优良中低差: 15 × 0.8 = 12.00; 1-3: 已完成 → 达成, 15; 1-4: 部分完成 at 65 %:
    # 15 × 0.65 = 9.75; 1-5: 未达到 → 未达成, 0.
    assert _rows(data) == {
        "1-1": (D(20), D(20)),
        "1-2": (D(15), D(12)),
        "1-3": (D(15), D(15)),
        "1-4": (D(15), D("9.75")),
        "1-5": (D(15), D(0)),
        "1-6": (D(10), D(10)),
    }
    assert [(i["target"], i["actual"], i["status"]) for i in data["indicators"][1:5]] == [
        ("优良", "良", "met"),
        ("及时", "已完成", "met"),
        ("有效丰富", "部分完成", "unmet"),
        ("显著扩大", "未达到", "unmet"),
    ]
    # 80 of 80 spent: 10. 20 + 12 + 15 + 9.75 + 0 + 10 = 66.75; + 10 = 76.75: 中.
    assert _budget(data) == (D(1), D(10), D(10))
    assert (data["total"], data["grade"], code) == (D("76.75"), "中", 1)


def test_a_project_table_of_deadlines_with_a_late_completion_prorated() -> None:
    code, data = _fixture("project_deadlines")
    # 2: March by the end of March: 10. 3: `9月30日前` in 2023, done 2023-10-14, 14 days late;
    # 273 days allowed from 1 January: 10 × (1 − 14/273) = 9.487… → 9.49. 4: 2023-11-20 within
    # April–November: 10. 6: 10.5 % under the ceiling of 12 %: 10.
    assert _rows(data) == {
        "1": (D(20), D(20)),
        "2": (D(10), D(10)),
        "3": (D(10), D("9.49")),
        "4": (D(10), D(10)),
        "5": (D(20), D(20)),
        "6": (D(10), D(10)),
        "7": (D(10), D(10)),
    }
    assert [i["actual"] for i in data["indicators"][1:4]] == [
        "2023年3月",
        "2023年10月14日",
        "2023-11-20",
    ]
    # 399 / 420 = 95 %: 9.50. 89.49 + 9.50 = 98.99.
    assert _budget(data) == (D("0.95"), D(10), D("9.50"))
    assert (data["total"], data["grade"], code) == (D("98.99"), "优", 1)


# --- rounding and adjustments ------------------------------------------------------------------


def test_twelve_and_a_half_points_at_whole_points_rounded_half_even() -> None:
    code, data = _fixture("whole_points_half_even")
    # 1-1: 12.5 × 20/40 = 6.25 → 6; 1-2: 12.5 × 140/200 = 8.75 → 9; 1-3 met: 12.5 as printed;
    # 1-4: 中 at 60 %: 7.5 → 8 (8 is even); 2-1: 15 × 7/8 = 13.125 → 13; 2-2: 15 × 19/20 =
    # 14.25 → 14; 2-3: 10 × 76.5/90 = 8.5 → 8 (8 is even).
    assert _rows(data) == {
        "1-1": (D("12.5"), D(6)),
        "1-2": (D("12.5"), D(9)),
        "1-3": (D("12.5"), D("12.5")),
        "1-4": (D("12.5"), D(8)),
        "2-1": (D(15), D(13)),
        "2-2": (D(15), D(14)),
        "2-3": (D(10), D(8)),
    }
    # 285 / 300 = 95 %: 9.5 → 10 (10 is even). 70.5 + 10 = 80.5: 良.
    assert _budget(data) == (D("0.95"), D(10), D(10))
    assert (data["total"], data["grade"], code) == (D("80.5"), "良", 1)


def test_the_same_table_rounded_half_up(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "whole_points_half_even",
        lambda text: text.replace("rounding_mode: half_even", "rounding_mode: half_up"),
    )
    _, data = _score(path)
    # Only 2-3 differs: 8.5 → 9. 6.25, 8.75, 7.5, 13.125 and 14.25 round alike; 9.5 → 10.
    assert [score for _, score in _rows(data).values()] == [
        D(6), D(9), D("12.5"), D(8), D(13), D(14), D(9),
    ]  # fmt: skip
    assert data["total"] == D("81.5")


def test_adjustments_apply_after_rounding_and_print_as_applied() -> None:
    code, data = _fixture("project_adjustments")
    # Rounding 0.1. 1: 420 of ≥300 capped at 20.0, −2: 18.0. 2: 15.0, −0.25 to 0.1 half-up
    # (−0.3): 14.7. 3: 15 × 90/95 = 14.21… → 14.2, +1 would pass 15: +0.8, 15. 4: 20 × 150/200 =
    # 15.0, −3: 12.0. 5: 未达成 0, −1: nothing to deduct, 0. 6: 10.0.
    assert _rows(data) == {
        "1": (D(20), D(18)),
        "2": (D(15), D("14.7")),
        "3": (D(15), D(15)),
        "4": (D(20), D(12)),
        "5": (D(10), D(0)),
        "6": (D(10), D(10)),
    }
    assert [i["adjustment"] for i in data["indicators"]] == [
        D(-2), D("-0.3"), D("0.8"), D(-3), D(0), None,
    ]  # fmt: skip
    assert "overachieved" in data["indicators"][0]["flags"]
    # 190 / 200 = 95 %: 9.5. 18 + 14.7 + 15 + 12 + 0 + 10 = 69.7; + 9.5 = 79.2: 中.
    assert _budget(data) == (D("0.95"), D(10), D("9.5"))
    assert (data["total"], data["grade"], code) == (D("79.2"), "中", 1)


def _located(path: Path) -> list[tuple[str, int, int]]:
    _, data = _json("validate", str(path))
    return [(d["code"], d["line"], d["col"]) for f in data["files"] for d in f["diagnostics"]]


def test_words_meaning_none_for_a_count_ask_for_the_number(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "flat_list_even_split",
        lambda text: text.replace("服务投诉次数: 2次", "服务投诉次数: 无上访"),
        which="actuals",
    )
    assert _located(path) == [("D036", 14, 11)]  # ≤5次 with 无上访: write value: 0


def test_an_adjustment_without_a_value_is_an_error(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "project_adjustments",
        lambda text: text.replace("    value: 150元/亩\n", ""),
        which="actuals",
    )
    assert _located(path) == [("D034", 21, 17)]  # at the adjustment's value


def test_an_adjustment_written_empty_is_an_error(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "project_adjustments",
        lambda text: text.replace("    adjustment: -3\n", "    adjustment:\n"),
        which="actuals",
    )
    assert _located(path) == [("D034", 22, 16)]  # where its value would be
    _, out, _ = run("validate", str(path))
    assert "没有写调整的分数" in out


def test_an_adjusted_score_is_printed_on_the_rounding_quantum() -> None:
    _, out, _ = run(
        "score", str(VALID / "actuals" / "project_adjustments.yaml"), "--format", "json"
    )
    printed = json.loads(out, parse_float=str, parse_int=str)  # each number as written
    assert [i["score"] for i in printed["indicators"]] == [
        "18.0", "14.7", "15.0", "12.0", "0.0", "10.0",
    ]  # fmt: skip
    # As applied: 15 × 90/95 = 14.21 → 14.2, +1 kept within 15: +0.8; −1 on 0: nothing.
    assert [i["adjustment"] for i in printed["indicators"]] == [
        "-2", "-0.3", "0.8", "-3", "0.0", None,
    ]  # fmt: skip


def test_the_adjustment_list_prints_each_change_with_its_sign() -> None:
    _, out, _ = run("score", str(VALID / "actuals" / "project_adjustments.yaml"))
    assert "人工调整：1 -2；2 -0.3；3 +0.8；4 -3；5 0.0" in out


# --- what the published names expose -----------------------------------------------------------


def test_a_length_is_not_a_rate(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "project_deadlines",
        lambda text: text.replace("改造供水管网里程", "改造供水管网长度"),
    )
    _, data = _json("validate", str(path.parent.parent / "targets"))
    assert [d["code"] for f in data["files"] for d in f["diagnostics"]] == []


@pytest.mark.parametrize(
    ("name", "rate"),
    [
        ("群众满意度", True),
        ("服务对象满意度）", True),
        ("资金拨付进度", True),
        ("政策知晓度", True),
        ("项目达标度", True),
        ("设施完好率", True),
        ("改造供水管网长度", False),
        ("道路宽度", False),
        ("清淤深度", False),
        ("年度", False),
        ("季度", False),
        ("补助额度", False),
    ],
)
def test_which_names_are_rates(name: str, rate: bool) -> None:
    from perfcheck.model.names import names_a_rate

    assert names_a_rate(name) is rate


def test_a_length_without_a_comparator_is_not_offered_a_percentage(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "project_deadlines",
        lambda text: text.replace("改造供水管网里程", "改造供水管网长度").replace(
            "target: ≥18公里", "target: 18"
        ),
    )
    _, out, _ = run("validate", str(path.parent.parent / "targets"), "--format", "concise")
    assert "S012" in out and "≥18次" in out and "≥18%" not in out
