"""Whose table a report names: the department of a 部门整体支出 table, the project of a 项目支出
table, in every title and sentence of every report and in the file `init` writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from perfcheck.cli import app
from tests.conftest import ROOT

VALID = ROOT / "tests" / "fixtures" / "valid"
PROJECT_TARGETS = VALID / "targets" / "project_no_tasks_no_ids.yaml"
PROJECT_ACTUALS = VALID / "actuals" / "project_self_evaluation_by_name.yaml"
NAME = "2023年乡村道路养护项目"
DEPARTMENT = "青禾县交通运输局"


def run(*args: str) -> str:
    done = CliRunner().invoke(app, list(args))
    assert done.exit_code in (0, 1), done.output
    return done.stdout


@pytest.fixture
def renamed(tmp_path: Path) -> Path:
    """The project table and its actuals, the project named without the word 项目."""
    text = PROJECT_TARGETS.read_text(encoding="utf-8").replace(NAME, "乡村道路养护")
    (tmp_path / "t.yaml").write_text(text, encoding="utf-8")
    actuals = PROJECT_ACTUALS.read_text(encoding="utf-8")
    actuals = actuals.replace("../targets/project_no_tasks_no_ids.yaml", "t.yaml")
    (tmp_path / "a.yaml").write_text(actuals, encoding="utf-8")
    return tmp_path / "a.yaml"


def in_year(folder: Path) -> Path:
    """The project's actuals as an in-year (2023Q2) file."""
    text = PROJECT_ACTUALS.read_text(encoding="utf-8").replace("2023Q4", "2023Q2")
    text = text.replace("../targets/", f"{PROJECT_TARGETS.parent.as_posix()}/")
    path = folder / "q2.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_project_narrative_names_the_project() -> None:
    text = run("summary", str(PROJECT_ACTUALS))
    assert f"2023年度，{NAME}共设置三级绩效指标7个" in text
    assert f"{DEPARTMENT}共设置" not in text
    english = run("summary", str(PROJECT_ACTUALS), "--lang", "en")
    assert f"In 2023, {NAME} set 7 level-3 indicators" in english


def test_a_project_name_without_the_word_takes_it_once(renamed: Path) -> None:
    text = run("summary", str(renamed))
    assert text.startswith("# 乡村道路养护项目 2023年度项目支出绩效自评报告\n")
    assert "2023年度，乡村道路养护项目共设置三级绩效指标7个" in text
    assert "In 2023, 乡村道路养护 set" in run("summary", str(renamed), "--lang", "en")
    assert run("score", str(renamed)).startswith("乡村道路养护项目 2023年度项目支出绩效自评表")


def test_the_trend_of_a_project_names_the_project() -> None:
    text = run("trend", str(PROJECT_ACTUALS))
    assert text.startswith(f"{NAME} 2023年度绩效目标完成趋势（2023Q4–2023Q4）")
    assert DEPARTMENT not in text


def test_an_in_year_project_pack_names_the_project(tmp_path: Path) -> None:
    text = run("summary", str(in_year(tmp_path)))
    assert f"截至2023Q2（序时进度50.00%），{NAME}的7个三级指标中" in text
    assert DEPARTMENT + "的" not in text


def test_init_names_the_project_of_a_project_table(tmp_path: Path) -> None:
    actuals = tmp_path / "a.yaml"
    done = CliRunner().invoke(
        app, ["init", str(actuals), "--targets", str(PROJECT_TARGETS), "--period", "2023Q4"]
    )
    assert done.exit_code == 0, done.output
    first = actuals.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# {NAME} 2023年度 实际完成值（2023Q4）"


def test_a_department_table_still_names_its_department() -> None:
    text = run("summary", str(ROOT / "actuals" / "2022Q4.yaml"))
    assert "2022年度，四川省成都市人民检察院部门共设置三级绩效指标34个" in text
