"""The 自评表 workbook perfcheck writes (`summary --format xlsx`) read back by `import` and `audit`:
its 小计 rows, the 预算执行 row and 自评总分 are no indicators, the cells it merges across the
level columns on those rows are no T004, a quoted `%` format shows the value as typed. Imported,
the workbook gives the target and actuals files with the published figures, and they score as
the files it was written from.

The shapes are county tables' too: a group's 小计 or 得分合计 among the rows, the budget's own
row without a target, 不适用 in the actual column, a dash for no actual, the execution's
explanation below the budget, a total of 90 points or a budget of 20.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from perfcheck.importing import recognise
from perfcheck.reading.tables.read import read_tables
from perfcheck.text import Phrase
from tests.conftest import ROOT, run
from tests.tables.table_text import text_grid

VALID = ROOT / "tests" / "fixtures" / "valid" / "actuals"
# Year-end project tables whose figures the 自评表 prints in full (no rules beyond its points,
# no score_rate or adjustment, which it shows only as their scores).
ROUND_TRIPS = [
    "amounts_in_wan_yi",
    "flat_list_even_split",
    "flat_ninety_points",
    "hundred_and_ten_points",
    "level1_names_local",
    "parts_breakdown",
    "parts_under_levels",
    "project_flat_points_year_end",
    "project_implementer_sources",
    "project_self_evaluation_by_name",
]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _workbook(actuals: Path | str, name: str = "自评.xlsx") -> Path:
    code, _, err = run("summary", str(actuals), "--format", "xlsx", "-o", name)
    assert code == 0, err
    return Path(name)


def _scored(actuals: Path | str) -> dict[str, object]:
    code, out, err = run("score", str(actuals), "--format", "json")
    assert code in (0, 1), err
    scored: dict[str, object] = json.loads(out)
    return scored


def _figures(scored: dict[str, object]) -> tuple[object, ...]:
    indicators = scored["indicators"]
    assert isinstance(indicators, list)
    budget = scored["budget"]
    assert isinstance(budget, dict)
    return scored["total"], scored["grade"], budget["score"], [i["score"] for i in indicators]


@pytest.mark.parametrize("name", ROUND_TRIPS)
def test_the_workbook_imported_scores_as_the_files_it_was_written_from(name: str) -> None:
    """summary xlsx → import → score: the same total, grade, budget score and row scores; no
    cell of the table reported."""
    workbook = _workbook(VALID / f"{name}.yaml")
    code, out, err = run(
        "import", str(workbook), "-o", "t.yaml", "--actuals", "a.yaml", "--format", "concise"
    )
    assert (code, out) == (0, "检查了 3 个文件：0 个错误，0 个警告\n"), err
    assert _figures(_scored("a.yaml")) == _figures(_scored(VALID / f"{name}.yaml"))


@pytest.mark.parametrize("name", ROUND_TRIPS)
def test_audit_reproduces_every_figure_of_the_workbook(name: str) -> None:
    workbook = _workbook(VALID / f"{name}.yaml")
    code, out, err = run("audit", str(workbook), "--format", "json")
    audited = json.loads(out)["files"]
    assert [f["kind"] for f in audited] == ["table"], err
    if name == "hundred_and_ten_points":  # 70 + 20 + 10 printed against weights 50 + 30 + 10
        assert {f["code"] for f in audited[0]["findings"]} == {"A013"}
        return
    assert (code, audited[0]["findings"]) == (0, [])


def test_the_project_workbook_gives_its_published_figures() -> None:
    """The 自评表 of project_implementer_sources: rows numbered `1.` … `7.` (its rows have no
    ids) keep their numbers as ids; the budget row's and the total row's figures published."""
    (grid, *_) = read_tables(_workbook(VALID / "project_implementer_sources.yaml"))
    recognised = recognise(grid, targets_file="t.yaml")
    assert recognised.diagnostics == []
    targets = recognised.targets
    assert [(i["id"], i["name"], i["points"]) for i in targets["indicators"]][:2] == [
        ("1", "改造提升公共厕所数量", Decimal("20.00")),
        ("2", "新建第三卫生间数量", Decimal("10.00")),
    ]
    assert len(targets["indicators"]) == 7  # no 小计, 预算执行 or 自评总分 among them
    assert "rules" not in targets  # 100 points, a budget of 10: the defaults
    actuals = recognised.actuals
    assert actuals is not None
    assert actuals["published"] | {"scores": None} == {
        "total": Decimal("97.51"),
        "grade": "优",
        "rate": Decimal("98.00"),
        "budget": Decimal("9.80"),
        "scores": None,
    }
    assert actuals["actuals"]["3"] == "96%"  # 96 under the format 0"%": not 9600%


def test_the_chengdu_workbook_gives_its_figures_and_scores_as_the_table_says() -> None:
    """The department's 自评表 names its department in its title and prints no 年度主要任务: the
    target file is a department table without tasks, as printed (no D013), the indicators and the
    published figures are the table's, and the actuals score against it as the table says."""
    workbook = _workbook(ROOT / "actuals" / "2022Q4.yaml")
    (grid, *_) = read_tables(workbook)
    recognised = recognise(grid)
    assert recognised.diagnostics == []
    targets = recognised.targets
    assert (targets["kind"], targets["department"], targets["year"]) == (
        "department",
        "四川省成都市人民检察院部门",
        2022,
    )
    assert "tasks" not in targets
    assert targets["budget"] == {"total": Decimal("15213.00")}
    assert len(targets["indicators"]) == 34
    code, out, err = run(
        "import", str(workbook), "-o", "t.yaml", "--actuals", "a.yaml", "--format", "concise"
    )
    assert code == 0, err
    assert [line.split(" ")[:2] for line in out.splitlines()[:-1]] == [
        ["t.yaml:210:13:", "W002"],  # as the Chengdu target file has
    ]
    scored, original = _scored("a.yaml"), _scored(ROOT / "actuals" / "2022Q4.yaml")
    assert _figures(scored) == _figures(original)
    assert scored["total"] == 98.54


_SUMS = """2023年度项目支出绩效自评表
项目名称\t农村公路养护
主管部门\t青禾县交通运输局
项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t100\t100\t95\t20\t95%\t19
偏差原因分析及改进措施\t部分养护款按合同于次年支付
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
产出指标\t数量指标\t1.养护里程\t≥120公里\t120公里\t30\t30\t
\t时效指标\t2.完工时间\t2023年11月底前\t—\t10\t0\t资料待补
产出指标\t小计\t\t\t\t40\t30\t
效益指标\t社会效益指标\t3.通行条件\t明显改善\t不适用\t20\t0\t年内未通车
\t\t4.群众出行时间\t≤30分钟\t25分钟\t10\t10\t
得分合计\t\t\t\t\t60\t59
不适用指标共 20 分，总分按 90 分折算
预算执行\t\t\t\t\t20\t19
自评总分\t\t\t\t\t90\t78.86
等级\t良"""


def test_the_sums_among_the_rows_are_no_indicators() -> None:
    recognised = recognise(text_grid(_SUMS), targets_file="t.yaml")
    assert recognised.diagnostics == []
    assert [i["name"] for i in recognised.targets["indicators"]] == [
        "养护里程", "完工时间", "通行条件", "群众出行时间"
    ]  # fmt: skip


def test_the_table_s_own_points_are_its_rules() -> None:
    """A total of 90 points and a budget of 20, as printed: the rules' total_points and
    budget_points (100 and 10 are the defaults, written nowhere)."""
    targets = recognise(text_grid(_SUMS)).targets
    assert targets["rules"] == {"total_points": Decimal("90"), "budget_points": Decimal("20")}


def test_not_applicable_a_dash_and_the_budget_s_explanation() -> None:
    """不适用 with its reason in the explanation column; a dash is no actual (the row is left to
    be explained, not read as the text —); the execution's explanation below the budget."""
    actuals = recognise(text_grid(_SUMS), targets_file="t.yaml").actuals
    assert actuals is not None
    assert actuals["actuals"]["3"] == {"not_applicable": "年内未通车"}
    assert actuals["actuals"]["2"] == {"explanation": "资料待补"}
    assert actuals["budget"]["explanation"] == "部分养护款按合同于次年支付"
    assert actuals["published"]["budget"] == Decimal("19")
    assert actuals["published"]["total"] == Decimal("78.86")


def test_the_budget_row_gives_the_budget_score_where_no_block_does() -> None:
    table = "\n".join(line for line in _SUMS.split("\n")[:3] + _SUMS.split("\n")[6:])
    table = table.replace("一级指标", "年度资金总额\t100\n一级指标")
    recognised = recognise(text_grid(table), targets_file="t.yaml")
    assert recognised.diagnostics == []
    assert recognised.actuals is not None
    assert recognised.actuals["published"]["budget"] == Decimal("19")
    assert recognised.places[("actuals", "published", "budget")] == (12, 6)


def test_a_budget_row_printing_another_score_than_the_block_is_a_w053() -> None:
    """Printed twice and not alike: the block's is published, the other reported."""
    table = _SUMS.replace("预算执行\t\t\t\t\t20\t19", "预算执行\t\t\t\t\t20\t18")
    recognised = recognise(text_grid(table), targets_file="t.yaml")
    assert [(d.code, d.line, d.col, d.args["text"]) for d in recognised.diagnostics] == [
        ("W053", 15, 13, "18")
    ]
    assert recognised.actuals is not None
    assert recognised.actuals["published"]["budget"] == Decimal("19")


def test_a_subtotal_row_merged_across_the_level_columns_is_no_t004() -> None:
    from perfcheck.reading.tables.grid import Span
    from tests.tables.table_text import sheet_grid

    merged = (Span(9, 1, 9, 4), Span(12, 0, 12, 4), Span(14, 0, 14, 4), Span(15, 0, 15, 4))
    assert recognise(sheet_grid(_SUMS, merged=merged)).diagnostics == []
    across_an_indicator = (Span(7, 1, 7, 2),)
    found = recognise(sheet_grid(_SUMS, merged=across_an_indicator)).diagnostics
    assert [(d.code, d.location()) for d in found] == [("T004", "table.xlsx:Sheet1!B8")]


# --- The 监控表: perfcheck's in-year workbook -------------------------------------------------

# In-year tables: the 监控表 `summary --format xlsx` writes before year-end prints no 分值, so
# files whose points are the even split come back whole; for the others every figure but the
# projected year-end score, which rests on the points, comes back.
IN_YEAR = [
    "forecast_short_without_explanation",
    "monitoring_period_missing_actuals",
    "monitoring_period_on_schedule",
    "monitoring_red_with_doubtful_likelihood",
    "monitoring_red_without_explanation",
    "parts_breakdown_in_year",
    "warnings_by_name_in_year",
]
IN_YEAR_WITH_POINTS = ["parts_under_levels_in_year", "project_deadlines_in_year"]


def _monitored(actuals: Path | str, *leave_out: str) -> dict[str, object]:
    scored = _scored(actuals)
    return {key: value for key, value in scored.items() if key not in leave_out}


@pytest.mark.parametrize("name", IN_YEAR + IN_YEAR_WITH_POINTS)
def test_the_monitoring_workbook_imported_monitors_as_the_files_it_was_written_from(
    name: str,
) -> None:
    """summary xlsx (the 监控表) → import → score: the same monitoring, row by row — actuals,
    lights, progress, forecasts, likelihoods, explanations, the budget's — and the warnings the
    files written have are those of the file it came from."""
    original = VALID / f"{name}.yaml"
    workbook = _workbook(original)
    code, out, err = run(
        "import", str(workbook), "-o", "t.yaml", "--actuals", "a.yaml", "--format", "concise"
    )
    assert code == 0, err
    expected = run("validate", str(original), "--format", "concise")[1]
    assert [line.split(" ", 1)[1] for line in out.splitlines()[:-1]] == [
        line.split(" ", 1)[1] for line in expected.splitlines()[:-1]
    ]  # the same warnings, at the rows of the file written
    leave_out = ("projection",) if name in IN_YEAR_WITH_POINTS else ()
    assert _monitored("a.yaml", *leave_out) == _monitored(original, *leave_out)


@pytest.mark.parametrize("period", ["2022Q1", "2022Q2", "2022Q3"])
def test_the_chengdu_monitoring_workbooks_import_at_their_period(period: str) -> None:
    workbook = _workbook(ROOT / "actuals" / f"{period}.yaml")
    code, _, err = run("import", str(workbook), "-o", "t.yaml", "--actuals", "a.yaml")
    assert code == 0, err
    assert _monitored("a.yaml") == _monitored(ROOT / "actuals" / f"{period}.yaml")


def test_the_monitoring_form_is_read_as_an_in_year_table() -> None:
    """Its title names the department and the period; 序时目标, 进度 and 灯 (computed) are passed
    over, 全年预计 and 完成可能性 read, the 预计年终得分 row ends the table (no indicator, no
    merge across the levels reported); nothing is published but the budget's 执行率."""
    (grid, *others) = read_tables(_workbook(VALID / "forecast_short_without_explanation.yaml"))
    assert (grid.name, [g.name for g in others]) == ("监控表", ["来源与规则", "报告"])
    recognised = recognise(grid, targets_file="t.yaml")
    assert recognised.diagnostics == []
    targets, actuals = recognised.targets, recognised.actuals
    named = (targets["kind"], targets["department"], targets["year"])
    assert named == ("department", "测试部门", 2022)
    assert len(targets["indicators"]) == 6
    assert actuals is not None
    assert actuals["period"] == "2022Q2"
    assert recognised.places[("actuals", "period")] == (1, 0)  # 期间：2022Q2
    assert actuals["actuals"]["1-1"] == {"value": "1次", "forecast": "3次"}
    assert actuals["actuals"]["2-3"] == {"value": "92%", "likelihood": "有可能"}
    assert recognised.places[("actuals", "actuals", "2-3", "likelihood")] == (12, 9)
    assert actuals["budget"] == {"adjusted": Decimal("100.00"), "spent": Decimal("48.00")}
    assert actuals["published"] == {"rate": Decimal("48.00")}


def test_a_project_without_an_implementer_gets_none_from_the_dash_printed() -> None:
    """perfcheck's forms print `—` for a project's missing 实施单位: no implementer comes back."""
    (grid, *_) = read_tables(_workbook(VALID / "parts_breakdown_in_year.yaml"))
    assert "implementer" not in recognise(grid).targets
    (grid, *_) = read_tables(_workbook(VALID / "parts_breakdown.yaml", "自评2.xlsx"))
    assert "implementer" not in recognise(grid).targets


_MONITORED = """青禾县交通运输局 2023年度绩效运行监控表
预算执行\t\t全年预算数\t全年执行数\t执行率
年度预算资金总额\t\t100\t40\t40%
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t全年预计\t完成可能性
产出指标\t数量指标\t1.养护里程\t≥120公里\t50公里\t120公里\t确定能"""


def test_a_monitoring_table_without_its_period_is_t001_not_the_year_s_end() -> None:
    """An in-year table scored as a year-end one would score it wrongly: no period is guessed
    (the file written then says that it has none)."""
    recognised = recognise(text_grid(_MONITORED), targets_file="t.yaml")
    assert [(d.code, d.args["part"]) for d in recognised.diagnostics] == [
        ("T001", Phrase("import.part.period"))
    ]
    assert recognised.actuals is not None and "period" not in recognised.actuals
    assert recognised.actuals["actuals"]["1"] == {
        "value": "50公里", "forecast": "120公里", "likelihood": "确定能"
    }  # fmt: skip
    dated = _MONITORED.replace("监控表", "监控表（2023Q3）")
    recognised = recognise(text_grid(dated), targets_file="t.yaml")
    assert recognised.diagnostics == []
    assert recognised.actuals is not None and recognised.actuals["period"] == "2023Q3"


def test_a_self_evaluation_without_a_year_has_no_period_made_of_nothing() -> None:
    table = _SUMS.replace("2023年度项目支出绩效自评表", "项目支出绩效自评表")
    recognised = recognise(text_grid(table), targets_file="t.yaml")
    assert "T001" in [d.code for d in recognised.diagnostics]
    assert recognised.actuals is not None and "period" not in recognised.actuals  # not NoneQ4
