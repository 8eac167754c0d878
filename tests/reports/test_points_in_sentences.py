"""Points (分值, 满分) print to the places of the scores beside them, in sentences as in tables:
a file that writes `points: 10` and one whose points come from weights read the same."""

from __future__ import annotations

import json
from decimal import Decimal

from typer.testing import CliRunner

from perfcheck.cli import app
from perfcheck.model.rules import Rules
from perfcheck.reports.score import points_text
from tests.conftest import ROOT

ACTUALS = ROOT / "tests" / "fixtures" / "valid" / "actuals"


def run(*args: str) -> str:
    done = CliRunner().invoke(app, list(args))
    assert done.exit_code in (0, 1), done.output
    return done.stdout


def test_points_take_the_places_of_the_rounding() -> None:
    cents, whole = Rules(), Rules(rounding=Decimal(1))
    assert points_text(Decimal(50), cents) == "50.00"
    assert points_text(Decimal("45.0"), whole) == "45"
    assert points_text(Decimal("12.5"), whole) == "12.5"  # a full score is the points


def test_the_weakest_group_prints_its_points_as_its_table_does() -> None:
    # the rows print their points (`points: 20`), so the group's points carry no places
    text = run("summary", str(ACTUALS / "project_deadlines.yaml"))
    assert "得分率最低的是“产出指标”（49.49/50.00，98.98%）" in text
    assert "| 产出指标 | 50.00 | 49.49 | 98.98% |" in text
    english = run("summary", str(ACTUALS / "project_deadlines.yaml"), "--lang", "en")
    assert "(49.49 of 50.00, 98.98%)" in english


def test_the_budget_points_read_as_the_budget_table_does() -> None:
    text = run("summary", str(ACTUALS / "project_deadlines.yaml"))
    assert "预算执行率95.00%，得9.50分（满分10.00分）" in text
    assert "| 420.00 | 420.00 | 399.00 | 95.00% | 10.00 | 9.50 |" in text


def test_whole_points_stay_whole_in_a_sentence() -> None:
    text = run("summary", str(ACTUALS / "half_points_whole_rounding.yaml"))
    assert "得9分（满分10分）" in text
    assert "（34.0/45，75.56%）" in text and "| 产出指标 | 45 | 34.0 | 75.56% |" in text


def test_the_rescaled_total_prints_its_points_as_the_others() -> None:
    score = run("score", str(ACTUALS / "not_applicable_with_reason.yaml"))
    assert "不适用指标共 12.50 分，总分按 100.00 分折算：87.00 × 100.00 ÷ 87.50" in score
    summary = run("summary", str(ACTUALS / "not_applicable_with_reason.yaml"))
    assert "不适用指标共 12.50 分，总分按 100.00 分折算" in summary


def test_the_budget_points_take_the_places_of_the_budget_score() -> None:
    # budget_rounding: 1, rounding 0.01: the budget row reads 19 of 20, not 19 of 20.00
    actuals = str(ACTUALS / "project_twenty_point_budget.yaml")
    assert "预算执行率97.80%，得19分（满分20分）" in run("summary", actuals)
    assert "| 150.00 | 160.00 | 146.70 | 97.80% | 20 | 19 |" in run("summary", actuals)
    assert "  97.80%     20     19 \n" in run("score", actuals, "--width", "120")
    budget = json.loads(run("score", actuals, "--format", "json"))["budget"]
    assert (budget["points"], budget["score"]) == (20, 19)
