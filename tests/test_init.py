"""`perfcheck init`: the skeleton says what to write where, for year-end and in-year files."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from perfcheck.cli import app
from tests.conftest import CHENGDU


def init(target: Path, period: str, *more: str) -> tuple[int, str]:
    done = CliRunner().invoke(
        app, ["init", str(target), "--targets", str(CHENGDU), "--period", period, *more]
    )
    return done.exit_code, done.stderr


def test_it_says_what_it_created(tmp_path: Path) -> None:
    target = tmp_path / "2022Q4.yaml"
    assert init(target, "2022Q4") == (0, f"已创建 {target}：34 个指标的完成值待填写（2022Q4）\n")
    other = tmp_path / "q.yaml"
    message = f"created {other}: the actuals of 34 indicators to fill in (2022Q2)\n"
    assert init(other, "2022Q2", "--lang", "en") == (0, message)


def test_one_indicator_is_counted_in_the_singular(tmp_path: Path) -> None:
    targets = tmp_path / "t.yaml"
    targets.write_text(
        "kind: project\nproject: 示例项目\ndepartment: 示例局\nyear: 2023\n"
        "budget:\n  total: 100\nannual_goal: 按期完成。\nindicators:\n"
        "  - id: 1\n    level1: 产出指标\n    level2: 数量指标\n    name: 新建工程数量\n"
        "    target: ≥8处\n    points: 90\n",
        encoding="utf-8",
    )
    one = tmp_path / "a.yaml"
    done = CliRunner().invoke(
        app, ["init", str(one), "--targets", str(targets), "--period", "2023Q4", "--lang", "en"]
    )
    assert done.stderr == f"created {one}: the actuals of 1 indicator to fill in (2023Q4)\n"


def test_a_graded_indicator_lists_its_grades(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    init(target, "2022Q4")
    lines = target.read_text(encoding="utf-8").splitlines()
    assert "  1-5:     # 增强党组织向心力 定性优良中低差（填 优 / 良 / 中 / 低 / 差）" in lines
    assert "  1-1:     # 理论学习中心组专题学习次数 ≥4次" in lines


def test_a_year_end_file_asks_for_the_whole_years_spending(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    init(target, "2022-12")
    text = target.read_text(encoding="utf-8")
    assert "  spent:                # 全年执行数（万元）：请填写\n" in text
    assert "forecast" not in text and "likelihood" not in text


def test_an_in_year_file_asks_for_the_spending_so_far_and_a_forecast(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    init(target, "2022Q2")
    lines = target.read_text(encoding="utf-8").splitlines()
    assert "  spent:                # 截至2022Q2的累计执行数（万元）：请填写" in lines
    at = lines.index("  2-3:     # 监管场所派驻+巡回检察检查频次 ≥17次/年")
    assert lines[at + 1 : at + 4] == [
        "    value:",
        "    forecast:         # 全年预计完成值",
        "    likelihood:       # 完成可能性：确定能 / 有可能 / 完全不可能",
    ]


def test_an_in_year_skeleton_filled_in_validates(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    init(target, "2022Q2")
    text = target.read_text(encoding="utf-8").replace("  spent:   ", "  spent: 7100", 1)
    text = text.replace("    value:\n    forecast:         # 全年预计完成值\n",
                        "    value: 3\n    forecast: 17\n", 1)  # fmt: skip
    target.write_text(text, encoding="utf-8")
    done = CliRunner().invoke(app, ["validate", str(target), "--format", "concise"])
    assert done.exit_code == 0, done.stdout


def test_numbered_rows_are_keyed_as_text_so_the_filled_file_reads_them(tmp_path: Path) -> None:
    project = Path("tests/fixtures/valid/targets/project_no_tasks_no_ids.yaml").resolve()
    target = tmp_path / "a.yaml"
    done = CliRunner().invoke(
        app, ["init", str(target), "--targets", str(project), "--period", "2023Q4"]
    )
    assert done.exit_code == 0, done.stderr
    text = target.read_text(encoding="utf-8")
    assert (
        '\n  "1":    # 道路日常养护里程' in text and '\n  "7":    # 沿线群众满意度 ≥90%\n' in text
    )
    filled = text.replace("  spent:   ", "  spent: 100", 1)
    target.write_text(filled, encoding="utf-8")
    done = CliRunner().invoke(app, ["validate", str(target), "--format", "concise"])
    assert "Y005" not in done.stdout, done.stdout
