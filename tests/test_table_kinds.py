"""Project tables, tables without tasks or ids, flat lists: the published shapes, each target and
actuals pair scored against totals computed by hand."""

from __future__ import annotations

from decimal import Decimal

from perfcheck.engine.points import allocate
from perfcheck.model.actuals import ActualsFile
from perfcheck.model.readings import read_actuals
from perfcheck.model.targets import TargetFile
from perfcheck.run.load import load_actuals
from perfcheck.run.options import Options
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

    from perfcheck.cli.app import app

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
