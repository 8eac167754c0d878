"""Fitting into existing tools: configuration files, suppression, GitHub Actions, SARIF, JUnit."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest
from typer.testing import CliRunner

from perfcheck.cli import app
from tests.conftest import CHENGDU, ROOT


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small repository: the Chengdu targets and the year-end actuals, and no configuration."""
    (tmp_path / "targets").mkdir()
    (tmp_path / "actuals").mkdir()
    shutil.copy(CHENGDU, tmp_path / "targets" / CHENGDU.name)
    shutil.copy(ROOT / "actuals" / "2022Q4.yaml", tmp_path / "actuals" / "2022Q4.yaml")
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


# --- configuration ---------------------------------------------------------------------------


def test_without_configuration_the_defaults_apply(project: Path) -> None:
    code, out, _ = run("config")
    assert code == 0
    assert 'paths = ["targets/", "actuals/"]  # default' in out
    assert 'lang = "zh"  # default' in out
    code, out, _ = run("validate")  # the default paths
    assert code == 0 and "检查了 2 个文件" in out


def test_pyproject_settings_apply_and_say_where_they_come_from(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.perfcheck]\nlang = "en"\nstrict = true\nignore = ["W002"]\n', encoding="utf-8"
    )
    code, out, _ = run("config")
    assert f'lang = "en"  # {project / "pyproject.toml"} [tool.perfcheck]' in out
    code, out, _ = run("validate", "--format", "concise")
    assert code == 1  # strict: the remaining warning fails
    assert "W002" not in out and "W001" in out and "1 warning suppressed" in out
    code, out, _ = run("validate", "--no-strict", "--lang", "zh", "--format", "concise")
    assert code == 0 and "另有 1 个警告已忽略" in out  # flags override the file


def test_the_nearest_dotfile_is_found_upwards(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / ".perfcheck.yaml").write_text("lang: en\npaths: [targets/]\n", encoding="utf-8")
    monkeypatch.chdir(project / "actuals")
    code, out, _ = run("config")
    assert f"# {project / '.perfcheck.yaml'}" in out
    monkeypatch.chdir(project)
    code, out, _ = run("validate", "--format", "concise")
    assert code == 0 and "1 file checked" in out


def test_a_broken_configuration_cannot_proceed(project: Path) -> None:
    (project / ".perfcheck.yaml").write_text("ignore: [D001]\n", encoding="utf-8")
    code, _, err = run("validate")
    assert code == 2 and ".perfcheck.yaml:1:10: S005 " in err and "只有警告" in err
    (project / ".perfcheck.yaml").write_text("lang: en\nlang: zh\n", encoding="utf-8")
    code, _, err = run("config")
    assert code == 2 and "Y002" in err


def test_limits_come_from_the_configuration(project: Path) -> None:
    (project / ".perfcheck.yaml").write_text("limits:\n  max_bytes: 1000\n", encoding="utf-8")
    code, out, _ = run("validate", "--format", "concise")
    assert code == 1 and "F003" in out
    (project / ".perfcheck.yaml").write_text("limits:\n  max_files: 1\n", encoding="utf-8")
    code, _, err = run("validate")
    assert code == 2 and "F016" in err


def test_a_warning_is_suppressed_on_its_own_line(project: Path) -> None:
    target = project / "targets" / CHENGDU.name
    text = target.read_text(encoding="utf-8").replace(
        "  - id: 4-6\n", "  - id: 4-6  # perfcheck: ignore[W001]\n"
    )
    target.write_text(text, encoding="utf-8")
    code, out, _ = run("validate", "targets/", "--format", "concise")
    assert "W001" not in out and "W002" in out
    code, out, _ = run("validate", "targets/", "--format", "concise", "--show-suppressed")
    assert code == 0 and "W001" in out and "[已忽略]" in out


def test_errors_cannot_be_suppressed(project: Path) -> None:
    broken = project / "targets" / "broken.yaml"
    broken.write_text("department: x  # perfcheck: ignore[S001]\n", encoding="utf-8")
    code, out, _ = run("validate", str(broken), "--format", "concise")
    assert code == 1 and "S001" in out


def test_quiet_lists_errors_only(project: Path) -> None:
    code, out, _ = run("validate", "--quiet", "--format", "concise")
    assert (code, out) == (0, "")


# --- GitHub Actions --------------------------------------------------------------------------


def test_on_github_actions_annotations_then_the_full_report(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(project))
    code, out, _ = run("validate", str(project / "targets"))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(
        "::warning file=targets/chengdu_procuratorate_2022.yaml,line=199,col=9,title=W001 "
    )
    assert any(line.startswith("targets/") is False and ": W001 " in line for line in lines)
    assert lines[-1] == "检查了 1 个文件：0 个错误，2 个警告"


def test_annotations_name_files_from_the_repository_root_whatever_the_format(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(project))
    (project / ".perfcheck.yaml").write_text("format: concise\n", encoding="utf-8")
    monkeypatch.chdir(project / "targets")
    code, out, _ = run("validate", ".")
    assert code == 0
    assert out.startswith("::warning file=targets/chengdu_procuratorate_2022.yaml,line=199,")
    code, out, _ = run("validate", ".", "--format", "sarif")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(out)["runs"][0]["results"]}  # fmt: skip
    assert uris == {"targets/chengdu_procuratorate_2022.yaml"}


def test_annotation_text_is_escaped_as_the_toolkit_does() -> None:
    from perfcheck.reports.diagnostics import _data, _property

    assert _data("50%\r\nnext") == "50%25%0D%0Anext"
    assert _property("a:b,c%") == "a%3Ab%2Cc%25"


def test_the_score_table_goes_to_the_step_summary(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = project / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run("score", "actuals/2022Q4.yaml")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n# 四川省成都市人民检察院部门 2022年度绩效自评")
    assert "**总分：98.54    等级：优**" in text


# --- SARIF and JUnit -------------------------------------------------------------------------


def test_sarif_has_stable_rules_and_fingerprints(project: Path) -> None:
    code, out, _ = run("validate", "--format", "sarif")
    assert code == 0
    document = json.loads(out)
    assert document["version"] == "2.1.0"
    run_ = document["runs"][0]
    assert [r["id"] for r in run_["tool"]["driver"]["rules"]] == ["W001", "W002"]
    result = run_["results"][0]
    assert result["ruleId"] == "W001" and result["level"] == "warning"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 199, "startColumn": 9}
    # the fingerprint follows the line's text, not its number
    target = project / "targets" / CHENGDU.name
    target.write_text("# a comment moves every line\n" + target.read_text("utf-8"), "utf-8")
    _, moved, _ = run("validate", "--format", "sarif")
    again = json.loads(moved)["runs"][0]["results"][0]
    assert again["locations"][0]["physicalLocation"]["region"]["startLine"] == 200
    assert again["partialFingerprints"] == result["partialFingerprints"]


def test_junit_has_a_case_per_file_and_fails_files_with_errors(project: Path) -> None:
    (project / "actuals" / "broken.yaml").write_text(
        "targets: ../targets/chengdu_procuratorate_2022.yaml\nperiod: 2022Q4\nbudget: {}\n",
        encoding="utf-8",
    )
    code, out, _ = run("validate", "--format", "junit")
    assert code == 1
    root = ElementTree.fromstring(out)
    suite = root.find("testsuite")
    assert suite is not None and (suite.get("tests"), suite.get("failures")) == ("3", "1")
    failing = [c for c in suite.iter("testcase") if c.find("failure") is not None]
    assert [c.get("name") for c in failing] == ["actuals/broken.yaml"]


PROVINCE_TOML = """[tool.perfcheck]
profile = "province"

[tool.perfcheck.profiles.province]
budget_points = 20
weights = { "产出指标" = 50, "效益指标" = 20, "满意度指标" = 10 }
"""


def test_a_rules_profile_from_the_configuration_scores_and_says_so(project: Path) -> None:
    (project / "pyproject.toml").write_text(PROVINCE_TOML, encoding="utf-8")
    code, out, _ = run("config")
    assert f'profile = "province"  # {project / "pyproject.toml"} [tool.perfcheck]' in out
    code, out, _ = run("score", "actuals/2022Q4.yaml", "--format", "markdown")
    assert code == 1  # two indicators unmet, as under any profile
    assert "| 20.00 | 19.56 |" in out  # budget execution: 97.79 % of 20 points
    assert "注：按评分规则方案 “province” 计分。" in out
    code, out, _ = run("summary", "actuals/2022Q4.yaml", "--format", "markdown")
    assert code == 0 and "按评分规则方案 “province” 计分\n" in out
    code, out, _ = run("score", "actuals/2022Q4.yaml", "--format", "json")
    assert json.loads(out)["profile"] == "province"
    code, out, _ = run("trend", "actuals/", "--format", "markdown")
    assert code == 0 and "按评分规则方案 “province” 计分" in out
    code, out, _ = run(
        "score", "actuals/2022Q4.yaml", "--format", "markdown", "--profile", "national"
    )
    assert "| 10.00 | 9.78 |" in out and "province" not in out  # the flag overrides the file


def test_an_unknown_or_broken_profile_cannot_proceed(project: Path) -> None:
    code, _, err = run("score", "actuals/2022Q4.yaml", "--profile", "province")
    assert code == 2 and "S016" in err and "national" in err
    (project / ".perfcheck.yaml").write_text(
        "profiles:\n  province:\n    budget_points: -1\n", encoding="utf-8"
    )
    code, _, err = run("validate")
    assert code == 2 and ".perfcheck.yaml:3:20: S005 取值不合法：应不小于 0" in err
    (project / ".perfcheck.yaml").write_text("profile: province\n", encoding="utf-8")
    code, _, err = run("validate")
    assert code == 2
    assert err == (
        f"perfcheck: {project / '.perfcheck.yaml'}:1:10: "
        "S016 未定义的评分规则方案 “province”；可用：national\n"
    )
    (project / ".perfcheck.yaml").unlink()
    code, _, err = run("score", "actuals/2022Q4.yaml", "--profile", "nope", "--lang", "en")
    assert code == 2 and "S016 undefined rules profile 'nope'; known: national" in err


def test_a_broken_pyproject_meant_for_perfcheck_is_not_ignored(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        "[tool.perfcheck]\nprofiles.x = { 产出指标 = 50 }\n", encoding="utf-8"
    )
    code, _, err = run("config")
    assert code == 2 and "pyproject.toml" in err


# --- quiet and verbose -----------------------------------------------------------------------


def test_score_quiet_answers_with_the_exit_code_only(project: Path) -> None:
    code, out, err = run("score", "actuals/2022Q4.yaml", "-q")
    assert (code, out, err) == (1, "", "")  # two indicators unmet
    code, out, err = run("score", "actuals/2022Q4.yaml", "-q", "--fail-under", "90")
    assert (code, out, err) == (0, "", "")  # 98.54 ≥ 90


def test_verbose_names_what_was_read_and_the_warnings(project: Path) -> None:
    code, out, err = run("score", "actuals/2022Q4.yaml", "--verbose", "--lang", "en")
    assert "98.54" in out
    assert err.splitlines()[:3] == [
        "configuration: none (all defaults)",
        "read target file targets/chengdu_procuratorate_2022.yaml (rules profile: national)",
        "read actuals file actuals/2022Q4.yaml (2022Q4)",
    ]
    assert "chengdu_procuratorate_2022.yaml:199:9: W001" in err
    code, out, err = run("show", "targets/chengdu_procuratorate_2022.yaml", "-v")
    assert code == 0 and "配置：无（全部默认）" in err and "W002" in err
    (project / ".perfcheck.yaml").write_text("ignore: [W002]\n", encoding="utf-8")
    code, out, err = run("show", "targets/chengdu_procuratorate_2022.yaml", "-v")
    assert "W001" in err and "W002" not in err  # as validate shows them: less the waved ones


def test_written_files_are_named_unless_quiet(project: Path) -> None:
    code, _, err = run("summary", "actuals/2022Q4.yaml", "-o", "review.md")
    assert code == 0 and err == "已写入 review.md（markdown）\n"
    code, _, err = run("summary", "actuals/2022Q4.yaml", "-o", "again.md", "--quiet")
    assert code == 0 and err == "" and (project / "again.md").is_file()
    target = "targets/chengdu_procuratorate_2022.yaml"
    code, _, err = run(
        "init", "actuals/2022Q1.yaml", "--targets", target, "--period", "2022Q1", "-q"
    )
    assert code == 0 and err == "" and (project / "actuals" / "2022Q1.yaml").is_file()


def test_config_prints_a_profiles_numbers_as_written(project: Path) -> None:
    (project / ".perfcheck.yaml").write_text(
        "profiles:\n  p:\n    bands: {achieved: 0.85}\n", encoding="utf-8"
    )
    code, out, _ = run("config")
    assert code == 0 and 'profiles.p = {"bands": {"achieved": 0.85}}' in out


def test_the_default_folders_need_not_all_exist(project: Path) -> None:
    shutil.rmtree(project / "actuals")  # before the first quarter's figures
    code, out, _ = run("validate", "--format", "concise")
    assert code == 0 and "1 个文件" in out
    code, _, err = run("validate", "targets/", "actuals/")  # named: each must exist
    assert code == 2 and "actuals/: F001" in err
    (project / ".perfcheck.yaml").write_text("paths: [targets/, actuals/]\n", encoding="utf-8")
    code, _, err = run("validate")  # configured: each must exist
    assert code == 2 and "actuals/: F001" in err


def test_a_pyproject_whose_tool_is_not_a_table_is_no_configuration(project: Path) -> None:
    (project / "pyproject.toml").write_text('tool = "none"\n', encoding="utf-8")
    code, out, _ = run("config")
    assert code == 0 and 'lang = "zh"  # default' in out


def test_paths_outside_the_repository_are_named_as_given(monkeypatch: pytest.MonkeyPatch) -> None:
    from perfcheck.reports import diagnostics

    here = Path("/w/repo/actuals")
    assert diagnostics.relative("a.yaml", Path("/w/repo"), here) == "actuals/a.yaml"
    assert diagnostics.relative("../../x.yaml", Path("/w/repo"), here) == "../../x.yaml"
    assert (
        diagnostics.relative("a.yaml", Path("/w/repo/..more"), Path("/w/repo/..more")) == "a.yaml"
    )

    def other_drive(path: str, start: str) -> str:
        raise ValueError("path is on mount 'C:', start on mount 'D:'")

    monkeypatch.setattr(os.path, "relpath", other_drive)
    assert diagnostics.relative("C:/temp/a.yaml", Path("/w/repo"), here) == "C:/temp/a.yaml"


def test_a_file_reached_through_a_symlink_is_named_from_the_repository(tmp_path: Path) -> None:
    from perfcheck.reports.diagnostics import relative

    (tmp_path / "repo" / "targets").mkdir(parents=True)
    (tmp_path / "link").symlink_to(tmp_path / "repo")
    through = str(tmp_path / "link" / "targets" / "t.yaml")
    assert relative(through, tmp_path / "repo", tmp_path) == "targets/t.yaml"


def test_a_byte_order_mark_does_not_hide_the_configuration(project: Path) -> None:
    (project / "pyproject.toml").write_text('\ufeff[tool.perfcheck]\nlang = "en"\n', "utf-8")
    code, out, _ = run("config")
    assert code == 0 and 'lang = "en"' in out
