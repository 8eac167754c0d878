"""The command line end to end: exit codes, and every output format against a golden file.

Regenerate the golden files after an intended change with PERFCHECK_UPDATE_GOLDEN=1.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perfcheck import __version__
from perfcheck.cli import app
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
TARGETS = "targets/chengdu_procuratorate_2022.yaml"
ACTUALS = "actuals/2022Q4.yaml"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NO_COLOR", raising=False)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def matches_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PERFCHECK_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {name}; run with PERFCHECK_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


# name → (the exit code the run must give, its arguments). By hand: validate finds only the
# warnings W001 and W002 (0 without --strict); score at 2022Q4 has 3-2 and 2-8 unmet (1); 2022Q2
# has 2-3 red, 2022Q3 has 3-2 red (1), 2022Q1 only yellow lights (0); show and trend report (0).
GOLDEN_RUNS: dict[str, tuple[int, tuple[str, ...]]] = {
    "validate-concise.txt": (0, ("validate", "targets/", "actuals/", "--format", "concise")),
    "validate-concise-en.txt": (0, ("validate", "targets/", "--format", "concise", "--lang", "en")),
    "validate-human.txt": (0, ("validate", "targets/", "--format", "human", "--color", "never")),
    "validate.json": (0, ("validate", "targets/", "actuals/", "--format", "json")),
    "validate-github.txt": (0, ("validate", "targets/", "--format", "github")),
    "show.txt": (0, ("show", TARGETS, "--color", "never")),
    "show-en.txt": (0, ("show", TARGETS, "--lang", "en", "--color", "never")),
    "show.json": (0, ("show", TARGETS, "--format", "json")),
    "score.txt": (1, ("score", ACTUALS, "--color", "never", "--width", "80")),
    "score-en.txt": (1, ("score", ACTUALS, "--lang", "en", "--color", "never", "--width", "80")),
    "score.json": (1, ("score", ACTUALS, "--format", "json")),
    "score.csv": (1, ("score", ACTUALS, "--format", "csv")),
    "score.md": (1, ("score", ACTUALS, "--format", "markdown")),
    "monitoring.txt": (1, ("score", "actuals/2022Q2.yaml", "--color", "never", "--width", "80")),
    "monitoring-en.txt": (1, ("score", "actuals/2022Q3.yaml", "--lang", "en", "--color", "never")),
    "monitoring.json": (1, ("score", "actuals/2022Q2.yaml", "--format", "json")),
    "monitoring.csv": (1, ("score", "actuals/2022Q3.yaml", "--format", "csv")),
    "monitoring.md": (0, ("score", "actuals/2022Q1.yaml", "--format", "markdown")),
    "trend.txt": (0, ("trend", "actuals/", "--color", "never", "--width", "100")),
    "trend-en.txt": (
        0,
        ("trend", "actuals/", "--lang", "en", "--color", "never", "--width", "120"),
    ),
    "trend.json": (0, ("trend", "actuals/", "--format", "json")),
    "trend.csv": (0, ("trend", "actuals/", "--format", "csv")),
    "trend.md": (0, ("trend", "actuals/", "--format", "markdown")),
}


def golden_run(name: str) -> str:
    """Run `name`'s command; check its exit code, that stderr is empty and that stdout is the
    golden file byte for byte. Returns stdout."""
    expected_code, args = GOLDEN_RUNS[name]
    code, out, err = run(*args)
    assert (code, err) == (expected_code, ""), (name, code, err)
    matches_golden(name, out)
    return out


@pytest.mark.parametrize("name", sorted(GOLDEN_RUNS))
def test_output_matches_golden_file(name: str) -> None:
    golden_run(name)


def test_version() -> None:
    assert run("--version")[:2] == (0, f"perfcheck {__version__}\n")


def test_validate_exit_codes(tmp_path: Path) -> None:
    assert run("validate", "targets/")[0] == 0
    assert run("validate", "targets/", "--strict")[0] == 1  # the 4-5 gap is a warning
    broken = tmp_path / "broken.yaml"
    broken.write_text("department: x\ndepartment: y\n", encoding="utf-8")
    assert run("validate", str(broken))[0] == 1
    code, _, err = run("validate", str(tmp_path / "nothing-here.yaml"))
    assert code == 2 and "F001" in err


def test_validate_reports_the_gap_as_a_warning() -> None:
    code, out, _ = run("validate", "targets/", "--format", "concise")
    assert code == 0
    assert ":199:9: W001 " in out and "运行维护响应时间最长30分钟" in out


def test_show_json_has_34_indicators_adding_up() -> None:
    import json
    from decimal import Decimal

    _, out, _ = run("show", TARGETS, "--format", "json")
    document = json.loads(out, parse_float=Decimal)
    indicators = document["indicators"]
    assert len(indicators) == 34
    totals: dict[str, Decimal] = {}
    for entry in indicators:
        totals[entry["level1"]] = totals.get(entry["level1"], Decimal(0)) + entry["points"]
    assert totals == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    assert indicators[0] == {
        "id": "1-1",
        "level1": "产出指标",
        "level2": "数量指标",
        "name": "理论学习中心组专题学习次数",
        "target": "≥4次",
        "comparator": ">=",
        "value": 4,
        "unit": "次",
        "scale": None,
        "points": Decimal("2.28"),
    }
    assert {e["id"]: e["scale"] for e in indicators if e["comparator"] == "qualitative"} == {
        "5-5": ["优", "良", "中", "低", "差"],
        "1-5": ["优", "良", "中", "低", "差"],
    }


@pytest.mark.parametrize(
    ("fixture", "name", "target", "comparator"),
    [
        ("department_word_targets.yaml", "基层群众文化生活", "有效丰富", "qualitative"),
        ("amounts_in_wan_yi.yaml", "主管网通水时间", "2023年12月底前", "time"),
    ],
)
def test_show_json_gives_word_and_time_targets_as_published(
    fixture: str, name: str, target: str, comparator: str
) -> None:
    import json

    path = ROOT / "tests" / "fixtures" / "valid" / "targets" / fixture
    _, out, _ = run("show", str(path), "--format", "json")
    (entry,) = [e for e in json.loads(out)["indicators"] if e["name"] == name]
    assert (entry["target"], entry["comparator"]) == (target, comparator)


def test_score_exit_codes() -> None:
    assert run("score", ACTUALS)[0] == 1  # two indicators unmet
    assert run("score", ACTUALS, "--exit-zero")[0] == 0
    assert run("score", ACTUALS, "--fail-under", "98.54")[0] == 0
    assert run("score", ACTUALS, "--fail-under", "98.55")[0] == 1


def test_score_json_contract() -> None:
    import json
    from decimal import Decimal

    _, out, _ = run("score", ACTUALS, "--format", "json")
    document = json.loads(out, parse_float=Decimal)
    assert {"period", "mode", "total", "grade", "budget", "indicators"} <= document.keys()
    assert (document["mode"], document["total"], document["grade"]) == (
        "year-end",
        Decimal("98.54"),
        "优",
    )
    assert document["budget"] == {
        "initial": Decimal("15213.00"),
        "adjusted": Decimal("15213.00"),
        "spent": Decimal("14876.52"),
        "rate": Decimal("0.9779"),
        "points": Decimal("10.00"),
        "score": Decimal("9.78"),
    }
    first = document["indicators"][0]
    assert {k: first[k] for k in ("id", "points", "target", "actual", "completion", "score")} == {
        "id": "1-1",
        "points": Decimal("2.28"),
        "target": "≥4次",
        "actual": 5,
        "completion": Decimal("1.2500"),
        "score": Decimal("2.28"),
    }
    assert (first["status"], first["flags"]) == ("met", ["default_points", "capped"])
    printed = sum(i["score"] for i in document["indicators"]) + document["budget"]["score"]
    assert printed == document["total"]


def test_score_on_broken_input_exits_2_with_located_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        f"targets: {ROOT / TARGETS}\nperiod: 2023Q4\nbudget:\n  spent: 1\nactuals:\n  9-9: 1\n",
        encoding="utf-8",
    )
    code, out, err = run("score", str(bad))
    assert code == 2 and out == ""
    assert f"{bad}:2:9: D024 " in err
    assert f"{bad}:6:3: D020 " in err


def test_init_writes_a_skeleton_and_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "new.yaml"
    code, _, _ = run("init", str(target), "--targets", TARGETS, "--period", "2022-12")
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert "period: 2022-12" in text and "  4-6:" in text and "≥9套" in text
    code, _, err = run("init", str(target), "--targets", TARGETS, "--period", "2022-12")
    assert code == 2 and "F012" in err
    assert target.read_text(encoding="utf-8") == text
    assert run("init", str(tmp_path / "x.yaml"), "--targets", TARGETS, "--period", "Q9")[0] == 2
    code, _, err = run("init", str(tmp_path / "y.yaml"), "--targets", TARGETS, "--period", "2023Q4")
    assert code == 2 and "D024" in err
    code, _, err = run("init", TARGETS, "--targets", TARGETS, "--period", "2022Q4")
    assert code == 2 and "F013" in err


def test_init_skeleton_validates_once_filled(tmp_path: Path) -> None:
    target = tmp_path / "2022Q4.yaml"
    run("init", str(target), "--targets", TARGETS, "--period", "2022Q4")
    code, out, _ = run("validate", str(target), "--format", "concise")
    assert code == 1 and "S003" in out  # spent is left to fill in
    filled = target.read_text(encoding="utf-8").replace("  spent:", "  spent: 15000", 1)
    target.write_text(filled, encoding="utf-8")
    code, out, _ = run("validate", str(target), "--format", "concise")
    assert code == 0 and out.count("W012") == 34  # every indicator still missing


def test_explain() -> None:
    code, out, _ = run("explain", "y002")
    assert code == 0 and out.startswith("Y002 重复的键")
    assert run("explain", "Z999")[0] == 2
    code, out, _ = run("explain", "--lang", "en")
    assert code == 0 and "W001  gap in indicator ids" in out


def test_bad_language_is_a_usage_error() -> None:
    assert run("validate", "targets/", "--lang", "fr")[0] == 2


@pytest.mark.parametrize(
    "args",
    [
        ("score", ACTUALS, "--fail-under", "nan"),
        ("score", ACTUALS, "--fail-under", "abc"),
        ("score", ACTUALS, "--width", "0"),
        ("validate", "a" * 300),
        ("score", ACTUALS, "--targets", "a" * 300),
        ("init", "b" * 300 + ".yaml", "--targets", TARGETS, "--period", "2022Q4"),
        ("validate", "tests/fixtures/shared/no-such-folder/"),
    ],
)
def test_bad_arguments_exit_2_without_a_traceback(args: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_an_empty_folder_is_not_a_pass(tmp_path: Path) -> None:
    assert run("validate", str(tmp_path))[0] == 2


INVALID_ACTUALS = sorted((ROOT / "tests" / "fixtures" / "invalid" / "actuals").glob("*.yaml"))


@pytest.mark.parametrize("path", INVALID_ACTUALS, ids=lambda p: p.name)
def test_score_refuses_every_invalid_actuals_file_with_a_located_error(path: Path) -> None:
    import re

    shown = path.relative_to(ROOT).as_posix()
    code, out, err = run("score", shown)
    assert (code, out) == (2, "")
    assert re.search(rf"^{re.escape(shown)}:\d+:\d+: [A-Z]\d{{3}} ", err, re.MULTILINE), err


def test_score_of_a_monitoring_period_shows_lights() -> None:
    path = "tests/fixtures/valid/actuals/monitoring_period_on_schedule.yaml"
    code, out, _ = run("score", path, "--lang", "en", "--width", "100")
    assert code == 0 and "50.00% of the year elapsed" in out and "Projected year-end" in out


def test_monitoring_exit_codes_follow_the_lights() -> None:
    assert run("score", "actuals/2022Q1.yaml")[0] == 0  # yellow, no red
    assert run("score", "actuals/2022Q2.yaml")[0] == 1  # 2-3 is red
    assert run("score", "actuals/2022Q2.yaml", "--exit-zero")[0] == 0


def test_monitoring_json_contract() -> None:
    import json
    from decimal import Decimal

    _, out, _ = run("score", "actuals/2022Q2.yaml", "--format", "json")
    document = json.loads(out, parse_float=Decimal)
    assert (document["mode"], document["elapsed"]) == ("monitoring", Decimal("0.5000"))
    assert document["lights"] == {"green": 33, "yellow": 1, "red": 1, "none": 0}
    red = next(i for i in document["indicators"] if i["light"] == "red")
    # 2-3: 5 of ≥17次/年 when 17 × 6/12 = 8.5 are due: 5 / 8.5 = 58.82 %
    assert {k: red[k] for k in ("id", "cumulative", "expected", "actual", "progress")} == {
        "id": "2-3",
        "cumulative": True,
        "expected": Decimal("8.5"),
        "actual": 5,
        "progress": Decimal("0.5882"),
    }
    assert (red["forecast"], red["likelihood"], red["basis"]) == (17, "确定能", "forecast")
    assert document["budget"]["light"] == "green"


TREND = ROOT / "tests" / "fixtures" / "trend"


def test_trend_of_the_year_tells_its_story() -> None:
    import json

    code, out, _ = run("trend", "actuals/", "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert [p["period"] for p in document["periods"]] == ["2022Q1", "2022Q2", "2022Q3", "2022Q4"]
    lights = {i["id"]: [p["light"] for p in i["points"]] for i in document["indicators"]}
    assert lights["2-3"] == ["yellow", "red", "green", "green"]  # red in Q2, recovered
    assert lights["3-2"][2] == "red"


def test_trend_refuses_two_target_files_with_both_locations() -> None:
    code, _, err = run("trend", str(TREND / "mixed"))
    assert code == 2
    assert "mixed/2022Q3.yaml:1:10: D040 " in err and "mixed/2022Q2.yaml:1 " in err


def test_trend_refuses_a_repeated_period_with_both_locations() -> None:
    code, _, err = run("trend", str(TREND / "repeated"))
    assert code == 2
    assert "repeated/b.yaml:2:9: D041 " in err and "repeated/a.yaml:2" in err


def test_trend_warns_when_a_count_falls() -> None:
    code, out, err = run("trend", str(TREND / "falling"), "--format", "csv")
    assert code == 0 and out
    assert "falling/2022Q3.yaml:7:8: W040 " in err and "falling/2022Q2.yaml:7" in err


def test_trend_warns_at_the_value_of_an_actual_keyed_by_name() -> None:
    # `道路交通安全事故起数: 2` (a count of 起, so cumulative) after 3: at the value, as by id
    code, _, err = run("trend", str(TREND / "falling_by_name"), "--format", "csv")
    assert code == 0
    assert "falling_by_name/2023Q3.yaml:7:15: W040 " in err
    assert "falling_by_name/2023Q2.yaml:7）" in err


def test_trend_of_consistent_files_is_quiet() -> None:
    code, out, err = run("trend", str(TREND / "consistent"), "--format", "csv")
    assert (code, err) == (0, "")
    assert out.count("\n") == 1 + 6 * 2  # header, six indicators at two periods


def _versionless(text: str) -> str:
    return text.replace(f"perfcheck {__version__}", "perfcheck VERSION")


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("summary.md", ("summary", ACTUALS)),
        ("summary-en.md", ("summary", ACTUALS, "--lang", "en")),
        ("summary-monitoring.md", ("summary", "actuals/2022Q2.yaml")),
    ],
)
def test_summary_markdown_matches_golden_file(name: str, args: tuple[str, ...]) -> None:
    code, out, err = run(*args)
    assert (code, err) == (0, "")
    matches_golden(name, _versionless(out))


def test_summary_output_is_written_safely(tmp_path: Path) -> None:
    report = tmp_path / "review.md"
    assert run("summary", ACTUALS, "-o", str(report))[0] == 0
    first = report.read_text(encoding="utf-8")
    assert first.startswith("# 四川省成都市人民检察院部门 2022年度")
    code, _, err = run("summary", ACTUALS, "-o", str(report))
    assert code == 2 and "F012" in err  # an existing output is kept without --force
    assert run("summary", ACTUALS, "-o", str(report), "--force", "--lang", "en")[0] == 0
    assert report.read_text(encoding="utf-8") != first
    assert [p.name for p in tmp_path.iterdir()] == ["review.md"]  # no temporary left behind
    code, _, err = run("summary", ACTUALS, "-o", ACTUALS, "--force")
    assert code == 2 and "F013" in err  # never over an input, not even with --force
    code, _, err = run("summary", ACTUALS, "-o", TARGETS, "--force")
    assert code == 2 and "F013" in err


def test_summary_binary_format_needs_an_output_file() -> None:
    assert run("summary", ACTUALS, "--format", "xlsx")[0] == 2


def test_summary_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    code, _, err = run("summary", ACTUALS, "-o", str(tmp_path / "no" / "review.md"))
    assert code == 2 and "F014" in err


def test_no_arguments_shows_what_to_do() -> None:
    result = CliRunner().invoke(app, [])
    assert "perfcheck score actuals/2022Q4.yaml" in result.output
    assert "validate" in result.output and "summary" in result.output


def test_shell_completion_is_offered() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert "--install-completion" in result.stdout


def test_trend_over_a_broken_target_file_shows_its_errors() -> None:
    code, out, err = run("trend", str(TREND / "broken_targets"))
    assert (code, out) == (2, "")
    assert err.count("targets_with_error.yaml:16:13: S013") == 1 and err.count(" F011 ") == 2
    assert "内部错误" not in err  # the falling-count check needs a target file it can read


def test_show_json_writes_every_points_value_to_the_rounding_quantum(tmp_path: Path) -> None:
    import json

    text = (ROOT / "tests" / "fixtures" / "shared" / "targets_small.yaml").read_text("utf-8")
    given = text.replace("    target: ≥4次\n", "    target: ≥4次\n    points: 15\n", 1)
    (tmp_path / "t.yaml").write_text(given, encoding="utf-8")
    code, out, _ = run("show", str(tmp_path / "t.yaml"), "--format", "json")
    assert code == 0
    assert '"points": 15.00\n' in out and '"points": 11.67\n' in out  # (50 − 15) / 3
    assert sum(i["points"] for i in json.loads(out)["indicators"]) == 90
