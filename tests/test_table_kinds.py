"""Project tables, tables without tasks or ids, flat lists: the published shapes, each target and
actuals pair scored against totals computed by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from perfcheck.engine.points import allocate
from perfcheck.model.actuals import ActualsFile
from perfcheck.model.readings import read_actuals
from perfcheck.model.targets import TargetFile
from perfcheck.run.load import load_actuals
from perfcheck.run.options import Options
from perfcheck.run.validate import validate_file
from perfcheck.text import Phrase
from tests.builders import indicator, targets
from tests.conftest import FIXTURES

D = Decimal
VALID = FIXTURES / "valid"


def _scored(name: str) -> tuple[dict[str, Decimal], Decimal, Decimal, str]:
    loaded = load_actuals(VALID / "actuals" / name, Options())
    result = loaded.result
    assert result is not None
    scores = {r.indicator.id: r.score for r in result.indicators}
    return scores, result.budget.score, result.total, result.targets.kind


def test_a_project_table_without_tasks_or_ids_is_numbered_in_file_order() -> None:
    loaded = load_actuals(VALID / "actuals" / "project_self_evaluation_by_name.yaml", Options())
    assert loaded.result is not None
    targets = loaded.result.targets
    assert targets.kind == "project"
    assert targets.project == "2023年乡村道路养护项目"
    assert targets.implementer == "青禾县公路事务中心"
    assert targets.tasks == []
    assert [i.id for i in targets.indicators] == ["1", "2", "3", "4", "5", "6", "7"]
    assert loaded.actuals is not None
    assert loaded.actuals.annual_goal is not None
    assert loaded.actuals.annual_goal.startswith("完成乡村道路日常养护126公里")


def test_a_project_self_evaluation_by_name() -> None:
    scores, budget, total, kind = _scored("project_self_evaluation_by_name.yaml")
    # 产出 50 over four rows: 12.5 each; 效益 30 over two: 15 each; 满意度 10.
    # 2850 of ≥3000平方米: 12.5 × 0.95 = 11.875 → 11.88; the rest met. Budget 237.5 / 250 = 95 %
    # of 10 = 9.50. Total 9.50 + 12.50 + 11.88 + 12.50 + 12.50 + 15 + 15 + 10 = 98.88.
    assert scores == {
        "1": D("12.50"),
        "2": D("11.88"),
        "3": D("12.50"),
        "4": D("12.50"),
        "5": D("15.00"),
        "6": D("15.00"),
        "7": D("10.00"),
    }
    assert (budget, total, kind) == (D("9.50"), D("98.88"), "project")


def test_a_flat_list_takes_its_points_from_the_rows() -> None:
    scores, budget, total, kind = _scored("project_flat_points_year_end.yaml")
    # 12 of ≥15公里 on 20 points: 16.00; 88 % of ≥90 % on 10: 9.777… → 9.78; the rest met.
    # Budget 72 / 80 = 90 % of 10 = 9.00. Total 9 + 20 + 16 + 20 + 10 + 10 + 9.78 = 94.78.
    assert scores == {
        "1": D("20.00"),
        "2": D("16.00"),
        "3": D("20.00"),
        "4": D("10.00"),
        "5": D("10.00"),
        "6": D("9.78"),
    }
    assert (budget, total, kind) == (D("9.00"), D("94.78"), "project")


def _flat(points: list[str | None], **rules: object) -> TargetFile:
    rows = [
        {"name": f"指标{n}", "target": "≥1次", **({"points": D(p)} if p else {})}
        for n, p in enumerate(points, start=1)
    ]
    data = {"project": "测试项目", "department": "测试部门", "year": 2023}
    return TargetFile.model_validate(
        {**data, "budget": {"total": D(10)}, "rules": rules, "indicators": rows}
    )


def test_a_flat_list_without_points_is_split_evenly_over_every_row() -> None:
    # 100 − 10 for the budget = 90 over 7 rows at 0.01: 12.85 remainder 0.05 → the first five
    # rows 12.86, the last two 12.85 (5 × 12.86 + 2 × 12.85 = 90.00).
    allocation = allocate(_flat([None] * 7))
    assert allocation.findings == ()
    assert allocation.points == (D("12.86"),) * 5 + (D("12.85"),) * 2
    assert all(allocation.defaulted)


def test_a_flat_list_needs_no_weights_and_fills_in_the_rest() -> None:
    # 20 + 80 (a Yunnan split): 80 − 50 − 20 = 10 left for the row without points.
    allocation = allocate(
        _flat(["50", "20", None], budget_points=D(20), weights={"产出指标": D(80)})
    )
    assert allocation.findings == ()
    assert allocation.points == (D(50), D(20), D(10))


def test_flat_points_that_do_not_add_up_are_located_on_the_last_row() -> None:
    allocation = allocate(_flat(["50", "30"]))
    [finding] = allocation.findings
    assert (finding.code, finding.path) == ("D005", ("indicators", 1, "points"))
    assert (finding.args["sum"], finding.args["expected"]) == ("80", "90")


def test_the_kind_follows_the_tasks_when_not_written() -> None:
    department = TargetFile.model_validate(
        {
            "department": "测试部门",
            "year": 2023,
            "budget": {"total": D(10)},
            "tasks": [{"id": 1, "name": "任务"}],
            "indicators": [
                {
                    "id": "1-1",
                    "level1": "产出指标",
                    "level2": "数量指标",
                    "name": "次数",
                    "target": "≥1次",
                }
            ],
        }
    )
    assert department.kind == "department"
    assert _flat([None]).kind == "project"


def _actuals(values: dict[str, object], period: str = "2023Q4") -> ActualsFile:
    return ActualsFile.model_validate(
        {"targets": "x.yaml", "period": period, "budget": {"spent": D(10)}, "actuals": values}
    )


def test_an_actual_is_read_by_id_or_by_exact_name() -> None:
    targets = _flat([None, None])
    read = read_actuals(_actuals({"指标1": 2, "2": 1}), targets)
    assert read.findings == []
    assert sorted(read.readings) == ["1", "2"]
    assert read.readings["1"].value == D(2)


def test_an_unknown_name_is_located_with_close_names() -> None:
    read = read_actuals(_actuals({"指标9": 2}), _flat([None, None]))
    [finding] = read.findings
    assert (finding.code, finding.path) == ("D020", ("actuals", "指标9"))
    assert sorted(finding.args["close"]) == ["指标1", "指标2"]  # type: ignore[call-overload]


def test_keys_in_a_table_with_tasks_stay_task_numbered() -> None:
    with_tasks = targets([indicator("1-1", "≥1次")])
    assert [f.code for f in read_actuals(_actuals({"A1": 2}, "2022Q4"), with_tasks).findings] == [
        "S015"
    ]
    # without tasks `A1` is a well-formed id that the table does not have
    assert [f.code for f in read_actuals(_actuals({"A1": 2}), _flat([None])).findings] == ["D020"]


def _run(*args: str) -> str:
    from typer.testing import CliRunner

    from perfcheck.cli import app

    done = CliRunner().invoke(app, list(args))
    return done.stdout


def test_a_project_self_evaluation_reads_as_the_official_project_form() -> None:
    path = str(VALID / "actuals" / "project_self_evaluation_by_name.yaml")
    text = _run("score", path)
    assert text.splitlines()[:4] == [
        "2023年乡村道路养护项目 2023年度项目支出绩效自评表（2023Q4）",
        "项目名称：2023年乡村道路养护项目",
        "主管部门：青禾县交通运输局",
        "实施单位：青禾县公路事务中心",
    ]
    unwrapped = text.replace("\n", "")  # long lines wrap at the terminal's width
    assert "年度总体目标 · 预期目标：完成乡村道路日常养护120公里" in unwrapped
    assert "年度总体目标 · 实际完成情况：完成乡村道路日常养护126公里" in unwrapped
    markdown = _run("score", path, "--format", "markdown")
    assert markdown.startswith("# 2023年乡村道路养护项目 2023年度项目支出绩效自评表（2023Q4）\n\n")
    assert "- 实施单位：青禾县公路事务中心\n" in markdown


def test_project_json_carries_the_kind_and_the_project_block() -> None:
    import json

    path = str(VALID / "actuals" / "project_self_evaluation_by_name.yaml")
    scored = json.loads(_run("score", path, "--format", "json"))
    assert (scored["kind"], scored["project"], scored["total"]) == (
        "project",
        "2023年乡村道路养护项目",
        98.88,
    )
    assert scored["annual_goal"]["achieved"].startswith("完成乡村道路日常养护126公里")
    shown = json.loads(
        _run("show", str(VALID / "targets" / "project_flat_points.yaml"), "--format", "json")
    )
    assert (shown["kind"], shown["implementer"], shown["tasks"]) == (
        "project",
        "青禾县农村供水管理站",
        [],
    )
    assert [i["id"] for i in shown["indicators"]] == ["1", "2", "3", "4", "5", "6"]
    assert [i["level1"] for i in shown["indicators"]] == [""] * 6


def test_show_names_a_project_target_table() -> None:
    text = _run("show", str(VALID / "targets" / "project_flat_points.yaml"))
    assert text.splitlines()[0] == "2023年农村饮水安全巩固提升项目 2023年度项目支出绩效目标表"
    assert "年度主要任务" not in text


def test_the_review_pack_of_a_project_opens_with_the_project_block() -> None:
    path = str(VALID / "actuals" / "project_self_evaluation_by_name.yaml")
    pack = _run("summary", path)
    assert pack.startswith("# 2023年乡村道路养护项目 2023年度项目支出绩效自评报告\n")
    assert "- 主管部门：青禾县交通运输局\n" in pack
    assert "- 年度总体目标 · 实际完成情况：完成乡村道路日常养护126公里" in pack


# --- department tables as published: without 年度主要任务, or with tasks and no ids -----------


def test_a_department_table_without_tasks_is_scored_as_published() -> None:
    scores, budget, total, kind = _scored("department_without_tasks.yaml")
    # A flat list whose rows print their points: 38 of ≥40场次 on 50 points is 47.50; 93 % of
    # ≥90 % is met, 40. Budget 92 / 100 = 92 % of 10 = 9.20. Total 47.50 + 40 + 9.20 = 96.70.
    assert scores == {"1": D("47.50"), "2": D("40.00")}
    assert (budget, total, kind) == (D("9.20"), D("96.70"), "department")


def test_a_department_table_with_tasks_and_no_ids_is_numbered_in_file_order() -> None:
    loaded = load_actuals(VALID / "actuals" / "department_tasks_without_ids.yaml", Options())
    assert loaded.ok and loaded.result is not None
    targets = loaded.result.targets
    assert [task.id for task in targets.tasks] == [1, 2]
    assert [i.id for i in targets.indicators] == ["1", "2", "3", "4", "5"]
    assert not targets.task_numbered
    scores, budget, total, kind = _scored("department_tasks_without_ids.yaml")
    # 产出 50 over three rows at 0.01: 16.66 remainder 0.02 → 16.67, 16.67, 16.66. 126 of
    # ≥120场次 is met: 16.67; 45 of ≥48次: 16.67 × 45 / 48 = 15.628… → 15.63; done in 2023年10月
    # for 11月底前: 16.66. 效益 30: 4.6 of ≥5万人次 = 92 % → 27.60. 满意度 10: 92 % is met.
    # Budget 76 / 80 = 95 % of 10 = 9.50. Total 16.67 + 15.63 + 16.66 + 27.60 + 10 + 9.50 = 96.06.
    assert scores == {
        "1": D("16.67"),
        "2": D("15.63"),
        "3": D("16.66"),
        "4": D("27.60"),
        "5": D("10.00"),
    }
    assert (budget, total, kind) == (D("9.50"), D("96.06"), "department")


def _department(rows: list[dict[str, object]], **extra: object) -> TargetFile:
    return TargetFile.model_validate(
        {
            "kind": "department",
            "department": "测试部门",
            "year": 2023,
            "budget": {"total": D(10)},
            "indicators": rows,
            **extra,
        }
    )


def test_keys_in_a_task_table_without_ids_are_its_numbers() -> None:
    rows = [indicator("", "≥1次", name="甲"), indicator("", "≥2次", level1="效益指标", name="乙")]
    for row in rows:
        del row["id"]
    with_tasks = _department(rows, tasks=[{"id": 1, "name": "任务"}])
    read = read_actuals(_actuals({"2": 2, "甲": 1}), with_tasks)
    # `1-1` is a well-formed id the table does not have; `1.1` is no id in either form
    found = read_actuals(_actuals({"1-1": 2, "1.1": 2}), with_tasks).findings
    assert [(f.code, f.args["form"] if f.code == "S015" else None) for f in found] == [
        ("D020", None),
        ("S015", Phrase("S015.free")),
    ]
    assert (sorted(read.readings), read.findings) == (["1", "2"], [])


def test_a_row_without_an_id_among_task_numbered_rows_is_located() -> None:
    path = FIXTURES / "invalid" / "targets" / "task_ids_on_some_rows.yaml"
    report = validate_file(path, Options())
    [only] = report.diagnostics
    assert (only.code, only.line, only.col) == ("D046", 22, 5)  # the row, not S001 on `id`
    assert only.message("zh") == (
        "这一指标没有编号，而本表其他指标按“任务号-序号”编号（如 1-1）："
        "不能确定它属于哪项年度主要任务"
    )


def test_reports_of_a_department_table_without_tasks_have_no_task_section(
    tmp_path: Path,
) -> None:
    import json

    import openpyxl

    targets_path = str(VALID / "targets" / "department_without_tasks.yaml")
    actuals_path = str(VALID / "actuals" / "department_without_tasks.yaml")
    shown = _run("show", targets_path)
    assert shown.splitlines()[0] == "青山县文化馆 2023年度绩效目标表"
    assert json.loads(_run("show", targets_path, "--format", "json"))["tasks"] == []
    outputs = [
        _run("show", targets_path),
        _run("score", actuals_path),
        _run("score", actuals_path, "--format", "markdown"),
        _run("score", actuals_path, "--format", "csv"),
        _run("summary", actuals_path),
        _run("summary", actuals_path, "--format", "html"),
    ]
    assert [n for n, text in enumerate(outputs) if "年度主要任务" in text or not text] == []
    assert "- 年度预算资金总额：100.00\n\n## 二、总体评价" in outputs[4]
    for args in (
        ("summary", actuals_path, "--format", "xlsx"),
        ("show", targets_path, "--format", "xlsx"),
    ):
        out = tmp_path / f"{args[0]}.xlsx"
        _run(*args, "-o", str(out))
        workbook = openpyxl.load_workbook(out)
        cells = [c.value for sheet in workbook for row in sheet.iter_rows() for c in row]
        assert "青山县文化馆" in cells
        assert not [c for c in cells if isinstance(c, str) and "任务" in c], args
