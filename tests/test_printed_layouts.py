"""Layouts of published tables beyond the rows themselves: level-1 cells that print their
weight (`产出指标(60分)`), amounts in 万 and 亿, each scored or located against figures computed
by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, run
from tests.test_published_patterns import _edited, _fixture, _json, _located, _rows, _score

D = Decimal
VALID_TARGETS = FIXTURES / "valid" / "targets"

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


# --- amounts in 万 and 亿 -----------------------------------------------------------------------


def test_amounts_in_wan_and_yi_are_read_in_the_targets_units() -> None:
    code, data = _fixture("amounts_in_wan_yi")
    # 1: 20 × 45/48 = 18.75; 2: 11500万元 = 1.15亿元 ≤ 1.2亿元: 10; 3: 2,600,000元 = 260万元
    # above 250万元: 10 × 250/260 = 9.615… → 9.62; 4: December: 10; 5: 0.25亿元 = 2500万元 ≥ 2000:
    # 15; 6: 46000人 = 4.6万人: 15 × 4.6/5 = 13.8; 7: 10 (产出 50 − 50: the default weights).
    assert _rows(data) == {
        "1": (D(20), D("18.75")),
        "2": (D(10), D(10)),
        "3": (D(10), D("9.62")),
        "4": (D(10), D(10)),
        "5": (D(15), D(15)),
        "6": (D(15), D("13.8")),
        "7": (D(10), D(10)),
    }
    # each actual in its target's unit: 11500万元 is 1.15 (亿元), 2,600,000元 is 260 (万元)
    assert [i["actual"] for i in data["indicators"]][:3] == [D(45), D("1.15"), D(260)]
    # 1.2亿元 and 11400万 in a 万元 form: 11400 / 12000 = 95 % of 10: 9.5
    budget = data["budget"]
    assert (budget["adjusted"], budget["spent"], budget["score"]) == (D(12000), D(11400), D("9.5"))
    # 18.75 + 10 + 9.62 + 10 + 15 + 13.8 + 10 + 9.5 = 96.67
    assert (data["total"], code) == (D("96.67"), 1)


def test_the_budget_in_wan_and_yi_is_read_in_the_files_money_unit(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "amounts_in_wan_yi",
        lambda text: text.replace("money_unit: 万元", "money_unit: 元"),
    )
    _, shown = _json("show", str(path.parent.parent / "targets" / "amounts_in_wan_yi.yaml"))
    assert shown["budget"] == {
        "total": D(120000000),
        "sources": {"中央预算内投资": D(80000000), "地方政府专项债券": D(40000000)},
    }
    _, data = _score(path)
    budget = data["budget"]
    assert (budget["adjusted"], budget["spent"], budget["rate"]) == (
        D(120000000), D(114000000), D("0.95"),
    )  # fmt: skip
    # the indicators keep the units they are written in: the total is unchanged
    assert data["total"] == D("96.67")


@pytest.mark.parametrize(
    ("written", "replaced"),
    [("budget:\n  total: 1.2亿元", "budget:\n  total: 1.2亿人"), ("8000万\n", "≥8000万\n")],
)
def test_a_budget_amount_in_another_unit_is_refused(
    tmp_path: Path, written: str, replaced: str
) -> None:
    path = _edited(tmp_path, "amounts_in_wan_yi", lambda text: text.replace(written, replaced))
    found = _located(path.parent.parent / "targets")
    assert [code for code, _, _ in found] == ["S003"]


def test_an_actual_in_a_unit_no_multiple_of_the_targets_is_d021(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "amounts_in_wan_yi",
        lambda text: text.replace("value: 46000人", "value: 46000户"),
        which="actuals",
    )
    assert _located(path) == [("D021", 18, 12)]


@pytest.mark.parametrize(
    ("value", "written", "wanted", "expected"),
    [
        ("2500000", "元", "万元", "250"),
        ("1.2", "亿元", "万元", "12000"),
        ("250", "万", "万元", "250"),  # 250万 in a 万元 form
        ("250", "万", "元", "2500000"),
        ("250", "万元", "万", "250"),
        ("3", "千元", "元", "3000"),
        ("52000", "人", "万人", "5.2"),
        ("5.2", "万人次", "人次", "52000"),
        ("250", "万", "万元/年", "250"),  # the period left out, as `5次` for 次/年
        ("1", "元", "亿元", "0.00000001"),  # finer than the loader keeps: S005 where it is read
        ("3", "次", "人", None),
        ("98", "万", "%", None),
        ("250", "万元/月", "万元/年", None),
        ("5", "万人", "万元", None),
    ],
)
def test_amounts_between_multiples_of_a_unit(
    value: str, written: str, wanted: str, expected: str | None
) -> None:
    from perfcheck.model.notation.units import in_unit

    converted = in_unit(D(value), written, wanted)
    assert (None if converted is None else format(converted, "f")) == expected


def test_the_schema_accepts_budget_amounts_with_their_unit() -> None:
    from tests.test_published_patterns import _schema_errors

    text = (VALID_TARGETS / "amounts_in_wan_yi.yaml").read_text(encoding="utf-8")
    assert _schema_errors(text) == []
    assert _schema_errors(text.replace("total: 1.2亿元", "total: 1.2亿人")) != []


# --- 预算执行率 as a weighted row of the indicator list ----------------------------------------


def test_the_budget_listed_as_a_row_is_scored_there() -> None:
    code, data = _fixture("budget_row_in_the_list")
    # 1: the rate the budget gives, 92.6 / 100 = 92.60 %, against ≥95 %: 10 × 92.6/95 = 9.747…,
    # rounded as the budget row is, down to whole points: 9; 3: 20 × 97/98 = 19.795… → 19.80.
    assert _rows(data) == {
        "1": (D(10), D(9)),
        "2": (D(20), D(20)),
        "3": (D(20), D("19.80")),
        "4": (D(15), D(15)),
        "5": (D(15), D(15)),
        "6": (D(10), D(10)),
        "7": (D(10), D(10)),
    }
    assert data["indicators"][0]["actual"] == D("92.60")
    # the budget has no points of its own: 9 + 20 + 19.8 + 15 + 15 + 10 + 10 = 98.8
    budget = data["budget"]
    assert (budget["rate"], budget["points"], budget["score"]) == (D("0.926"), D(0), D(0))
    assert (data["total"], data["grade"], code) == (D("98.80"), "优", 1)


def test_the_text_report_says_where_the_budget_is_scored() -> None:
    _, out, _ = run("score", str(FIXTURES / "valid" / "actuals" / "budget_row_in_the_list.yaml"))
    assert "注：预算执行率列为指标 1，按其分值计分；预算执行一栏不另计分。" in out


@pytest.mark.parametrize(
    ("written", "score", "found"),
    [
        ("93%", D(9), []),  # 92.60 % at whole per cent: 93, as written; 10 × 93/95 → 9
        ("92.6%", D(9), []),
        ("95%", D(10), [("W015", 9, 12)]),  # not the budget's rate: scored as written
        ("92.55", D(9), [("W015", 9, 12)]),
    ],
)
def test_a_rate_written_on_the_budget_row_is_checked_against_the_budget(
    tmp_path: Path, written: str, score: Decimal, found: list[tuple[str, int, int]]
) -> None:
    path = _edited(
        tmp_path,
        "budget_row_in_the_list",
        lambda text: text.replace("  预算执行率:\n", f"  预算执行率:\n    value: {written}\n"),
        which="actuals",
    )
    assert _located(path) == found
    _, data = _score(path)
    assert data["indicators"][0]["score"] == score


def test_budget_points_beside_a_budget_row_are_d045(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "budget_row_in_the_list",
        lambda text: text.replace("rules:\n", "rules:\n  budget_points: 10\n"),
    )
    targets = path.parent.parent / "targets"
    # at the budget points; and the rows' 100 do not fit in the 90 the budget leaves (D005)
    assert _located(targets) == [("D005", 34, 13), ("D045", 36, 18)]
    _, out, _ = run("validate", str(targets), "--format", "concise")
    assert "指标 1 是预算执行率，已按其分值计分：rules.budget_points 又给预算执行另设 10 分" in out


def test_budget_points_of_0_beside_a_budget_row_are_fine(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "budget_row_in_the_list",
        lambda text: text.replace("rules:\n", "rules:\n  budget_points: 0\n"),
    )
    assert _located(path.parent.parent / "targets") == []


def test_two_budget_rows_are_d045(tmp_path: Path) -> None:
    second = "  - name: 资金执行率\n    target: ≥90%\n    points: 10\n"
    path = _edited(
        tmp_path,
        "budget_row_in_the_list",
        lambda text: text.replace(
            "    target: ≥90%\n    points: 10\n", "    target: ≥90%\n    points: 0\n" + second
        ),
    )
    _, out, _ = run("validate", str(path.parent.parent / "targets"), "--format", "concise")
    assert ":35:11: D045 指标 8 是预算执行率，已按其分值计分：第 14 行的指标也是预算执行率" in out


def test_in_year_the_budget_row_is_judged_against_the_time_elapsed(tmp_path: Path) -> None:
    targets = FIXTURES / "valid" / "targets" / "budget_row_in_the_list.yaml"
    path = tmp_path / "q2.yaml"
    path.write_text(
        f"targets: {targets.as_posix()}\nperiod: 2023Q2\nbudget:\n  adjusted: 100.00\n"
        "  spent: 45.00\nactuals:\n  改造农村户厕数量: 380户\n",
        encoding="utf-8",
    )
    _, data = _score(path)
    row = data["indicators"][0]
    # spending accumulates: ≥95 % × 6/12 = 47.5 % expected by June; 45 / 47.5 = 94.74 %: green
    assert (row["cumulative"], row["expected"], row["actual"]) == (True, D("47.5"), D(45))
    assert (row["progress"], row["light"]) == (D("0.9474"), "green")


# --- “其中” rows in every report ------------------------------------------------------------

PARTS = FIXTURES / "valid" / "actuals" / "parts_under_levels.yaml"
PARTS_IN_YEAR = FIXTURES / "valid" / "actuals" / "parts_under_levels_in_year.yaml"


def test_the_review_pack_in_markdown_lists_the_parts_under_their_indicator() -> None:
    _, out, _ = run("summary", str(PARTS))
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    first = rows.index(
        "| 产出指标 | 数量指标 | 1.新建农村公路里程 | ≥30公里 | 31公里 | 20.00 | 20.00 |  |"
    )
    assert rows[first + 1 : first + 4] == [
        "|  |  | 其中：四级公路 | ≥22公里 | 23公里 |  |  |  |",
        "|  |  | 其中：等外公路 | ≥8公里 | 8公里 |  |  |  |",
        "| 产出指标 | 数量指标 | 2.新建桥梁数量 | ≥4座 | 4座 | 15.00 | 15.00 |  |",
    ]
    assert "|  |  | 其中：脱贫人口 | ≥3000人 | 3150人 |  |  |  |" in rows


def test_the_review_pack_in_html_keeps_the_parts_inside_the_merged_level_cells(
    tmp_path: Path,
) -> None:
    out = tmp_path / "pack.html"
    run("summary", str(PARTS), "--format", "html", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    # 产出指标 over rows 1, its two parts, 2 and 3; 数量指标 over 1, its parts and 2
    assert '<th rowspan="5">产出指标</th><th rowspan="4">数量指标</th>' in page
    assert '<th rowspan="2">效益指标</th><th rowspan="2">社会效益指标</th>' in page
    assert (
        '<tr class="part"><td class="name">其中：四级公路</td><td>≥22公里</td><td>23公里</td>'
        '<td class="num"></td><td class="num"></td><td></td></tr>'
    ) in page


def _form(path: Path, tmp_path: Path) -> list[tuple[object, ...]]:
    import openpyxl

    out = tmp_path / "pack.xlsx"
    run("summary", str(path), "--format", "xlsx", "-o", str(out))
    sheet = openpyxl.load_workbook(out).worksheets[0]
    rows: list[tuple[object, ...]] = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    start = next(n for n, row in enumerate(rows) if row[2] == "1.新建农村公路里程")
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert f"A{start + 1}:A{start + 5}" in merged  # 产出指标 over its rows and their parts
    assert f"B{start + 1}:B{start + 4}" in merged  # 数量指标
    return rows[start : start + 7]


def test_the_official_form_in_xlsx_has_the_parts_under_their_indicator(tmp_path: Path) -> None:
    rows = _form(PARTS, tmp_path)
    assert rows[1][2:5] == ("其中：四级公路", "≥22公里", 23)
    assert rows[2][2:8] == ("其中：等外公路", "≥8公里", 8, None, None, None)
    assert rows[3][2] == "2.新建桥梁数量"
    assert rows[6][2:5] == ("其中：脱贫人口", "≥3000人", 3150)


def test_the_monitoring_form_in_xlsx_has_the_parts_too(tmp_path: Path) -> None:
    rows = _form(PARTS_IN_YEAR, tmp_path)
    assert rows[1][2:6] == ("其中：四级公路", "≥22公里", None, 10)
    assert rows[6][2:6] == ("其中：脱贫人口", "≥3000人", None, 1400)


def test_monitoring_reports_show_the_parts_without_a_light() -> None:
    _, data = _json("score", str(PARTS_IN_YEAR))
    first = data["indicators"][0]
    assert first["parts"] == [
        {"name": "四级公路", "target": "≥22公里", "actual": D(10)},
        {"name": "等外公路", "target": "≥8公里", "actual": D(4)},
    ]
    assert "parts" not in data["indicators"][1]
    _, text, _ = run("score", str(PARTS_IN_YEAR))
    assert "其中：脱贫人口" in text
    _, csv, _ = run("score", str(PARTS_IN_YEAR), "--format", "csv")
    assert "其中,,,其中：四级公路,≥22公里,,10公里,,,,," in csv.splitlines()
    _, markdown, _ = run("score", str(PARTS_IN_YEAR), "--format", "markdown")
    assert "|  |  | 其中：等外公路 | ≥8公里 |  | 4公里 |  |  |  |  |  |" in markdown
    _, pack, _ = run("summary", str(PARTS_IN_YEAR))
    assert "|  |  | 其中：脱贫人口 | ≥3000人 |  | 1400人 |  |  |  |  |  |" in pack


def test_the_monitoring_pack_in_html_has_the_parts(tmp_path: Path) -> None:
    out = tmp_path / "pack.html"
    run("summary", str(PARTS_IN_YEAR), "--format", "html", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert '<th rowspan="5">产出指标</th>' in page
    assert '<tr class="part"><td class="name">其中：四级公路</td>' in page


def test_a_count_in_wan_accumulates_like_the_count() -> None:
    _, data = _json("score", str(PARTS_IN_YEAR))
    people = data["indicators"][3]
    # ≥1.2万人 by June: 1.2 × 6/12 = 0.6万人; 0.6 / 0.6: green
    assert (people["cumulative"], people["expected"], people["light"]) == (True, D("0.6"), "green")


def test_a_file_with_an_error_is_still_read_as_printed_by_its_other_checks(
    tmp_path: Path,
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    # the rows that do validate are checked with 产出指标(60分) read as 产出指标: no W002
    path = _edited(
        tmp_path / "a", "level1_weights_printed", lambda text: text.replace("≥6000人", "≥6000")
    )
    assert _located(path.parent.parent / "targets") == [("S013", 17, 13)]
    # and the budget in 万 and 亿 as 万元: 9000 + 4000 is not 12000
    path = _edited(
        tmp_path / "b",
        "amounts_in_wan_yi",
        lambda text: text.replace("8000万", "9000万").replace("≥48公里", "≥48"),
    )
    assert _located(path.parent.parent / "targets") == [("D004", 11, 5), ("S013", 18, 13)]


# --- abbreviated level-2 names -------------------------------------------------------------------


def test_an_abbreviated_level2_name_is_read_as_the_standard_one(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "level1_weights_printed",
        lambda text: (
            text.replace("level2: 数量指标", "level2: 数量")
            .replace("level2: 社会效益指标", "level2: 社会效益")
            .replace("level2: 服务对象满意度指标", "level2: 服务对象满意度")
        ),
    )
    assert _located(path.parent.parent / "targets") == []  # no W002


def test_an_abbreviated_level2_under_another_level1_is_d003(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "level1_weights_printed",
        lambda text: text.replace("level2: 社会效益指标", "level2: 质量"),
    )
    targets = path.parent.parent / "targets"
    assert _located(targets) == [("D003", 29, 13)]
    _, out, _ = run("validate", str(targets), "--format", "concise")
    assert "“质量”" in out and "产出指标" in out
    # a name that abbreviates nothing stays a local name: W002
    (tmp_path / "b").mkdir()
    path = _edited(
        tmp_path / "b",
        "level1_weights_printed",
        lambda text: text.replace("level2: 社会效益指标", "level2: 社会影响"),
    )
    assert _located(path.parent.parent / "targets") == [("W002", 29, 13)]
