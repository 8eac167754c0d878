"""Rules profiles: a named rule set a target file selects, under the file's own settings."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from perfcheck.checks.targets import rate_units
from perfcheck.model.names import names_a_rate
from perfcheck.model.profiles import NATIONAL, known_profiles, with_profile
from perfcheck.model.readings import read_actuals
from perfcheck.model.rounding import rounded_rate
from perfcheck.model.rules import BandFloors, Rules
from perfcheck.model.scales import Band
from perfcheck.model.targets import TargetFile
from perfcheck.reading.settings_file import SettingsFile
from perfcheck.run.load import load_actuals
from perfcheck.run.options import Options
from perfcheck.run.validate import validate_files
from tests.builders import actuals, indicator, targets
from tests.conftest import ROOT

SHARED = ROOT / "tests" / "fixtures" / "shared"
# A province that gives budget execution 20 points and its indicators 80 (云南 forms use 20 + 80;
# the level-1 split here is the project's own choice).
PROVINCE = {"budget_points": 20, "weights": {"产出指标": 50, "效益指标": 20, "满意度指标": 10}}


def test_the_files_own_settings_replace_the_profiles() -> None:
    profile = {"budget_points": 20, "cap": False, "bands": {"achieved": "0.9", "partly": "0.7"}}
    merged = with_profile({"cap": True, "bands": {"partly": "0.5"}}, profile)
    assert merged == {
        "budget_points": 20,
        "cap": True,
        "bands": {"achieved": "0.9", "partly": "0.5"},
    }


def test_without_a_profile_the_national_rules_apply() -> None:
    rules = Rules.model_validate({})
    assert rules.profile == NATIONAL
    assert (rules.budget_points, rules.weights["效益指标"]) == (Decimal(10), Decimal(30))


def test_a_selected_profile_applies_under_the_files_settings() -> None:
    context = {"profiles": {"province": PROVINCE}}
    rules = Rules.model_validate({"profile": "province", "cap": False}, context=context)
    assert rules.profile == "province"
    assert rules.budget_points == Decimal(20) and rules.weights["效益指标"] == Decimal(20)
    assert rules.cap is False and rules.total_points == Decimal(100)


def test_an_unknown_profile_is_an_error_at_its_name() -> None:
    with pytest.raises(ValidationError) as raised:
        Rules.model_validate({"profile": "province"})
    (error,) = raised.value.errors()
    assert (error["type"], error["loc"]) == ("S016", ("profile",))
    assert error["ctx"] == {"profile": "province", "known": [NATIONAL]}


def test_the_configured_default_profile_applies_to_a_file_without_rules() -> None:
    data: dict[str, Any] = {
        "department": "测试部门",
        "year": 2022,
        "budget": {"total": Decimal(100)},
        "tasks": [{"id": 1, "name": "任务"}],
        "indicators": [
            {
                "id": "1-1",
                "level1": "产出指标",
                "level2": "数量指标",
                "name": "次数",
                "target": "≥4次",
            }
        ],
    }
    context = {"profiles": {"province": PROVINCE}, "profile": "province"}
    assert TargetFile.model_validate(data, context=context).rules.budget_points == Decimal(20)
    assert TargetFile.model_validate(data).rules.profile == NATIONAL


@pytest.mark.parametrize(
    ("profile", "budget", "total"),
    [
        # 95.00 / 100.00 = 95 %; every indicator met (2-2 优 earns all its points).
        (None, "9.50", "99.50"),  # national: 10 × 95 % = 9.50; 50 + 30 + 10 = 90
        ("province", "19.00", "99.00"),  # 20 × 95 % = 19.00; 50 + 20 + 10 = 80
    ],
)
def test_a_profile_changes_the_score_by_hand(profile: str | None, budget: str, total: str) -> None:
    options = Options(profile=profile, profiles={"province": PROVINCE})
    loaded = load_actuals(SHARED / "actuals_small_q4.yaml", options)
    assert loaded.result is not None, loaded.source.diagnostics
    assert loaded.result.budget.score == Decimal(budget)
    assert loaded.result.total == Decimal(total)
    points = {g.level1: g.points for g in loaded.result.groups}
    expected = "20" if profile else "30"
    assert points["效益指标"] == Decimal(expected)


def test_the_file_can_select_a_profile_the_project_defines(tmp_path: Path) -> None:
    text = (SHARED / "targets_small.yaml").read_text(encoding="utf-8")
    (tmp_path / "targets_small.yaml").write_text(text + "rules:\n  profile: province\n", "utf-8")
    actuals = (SHARED / "actuals_small_q4.yaml").read_text(encoding="utf-8")
    (tmp_path / "actuals.yaml").write_text(actuals, encoding="utf-8")
    loaded = load_actuals(tmp_path / "actuals.yaml", Options(profiles={"province": PROVINCE}))
    assert loaded.result is not None and loaded.result.total == Decimal("99.00")
    loaded = load_actuals(tmp_path / "actuals.yaml", Options())
    assert loaded.result is None
    codes = {d.code for d in loaded.source.diagnostics}
    assert "F011" in codes  # the target file cannot be used: its profile is unknown here


# A province whose weights name a level-1 group the small target file has none of (成本指标):
# D006. Its weights add up with the budget points, so nothing else is reported.
WITH_COST = {"weights": {"产出指标": 40, "效益指标": 30, "满意度指标": 10, "成本指标": 10}}


def located(text: str, options: Options, tmp_path: Path) -> list[tuple[str, int, int]]:
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    (report,) = validate_files([path], options, jobs=1)
    return [(d.code, d.line, d.col) for d in report.diagnostics]


def test_a_finding_about_a_profiles_setting_points_at_the_profile_the_file_names(
    tmp_path: Path,
) -> None:
    base = (SHARED / "targets_small.yaml").read_text(encoding="utf-8")
    options = Options(profiles={"province": WITH_COST})
    lines = len(base.splitlines())
    found = located(base + "rules:\n  profile: province\n", options, tmp_path)
    assert found == [("D006", lines + 2, 3)]  # at `profile:`, the file's own choice
    found = located(base, options._replace(profile="province"), tmp_path)
    indicators = base.splitlines().index("indicators:") + 1
    assert found == [("D006", indicators, 1)]  # chosen by the configuration: what lacks 成本指标


def test_points_that_do_not_add_up_point_at_the_setting_that_breaks_them(tmp_path: Path) -> None:
    base = (SHARED / "targets_small.yaml").read_text(encoding="utf-8")
    lines = len(base.splitlines())
    options = Options(profiles={"province": {"budget_points": 20}})  # 20 + 90 = 110
    found = located(base + "rules:\n  profile: province\n", options, tmp_path)
    assert found == [("D010", lines + 2, 3)]
    found = located(base + "rules:\n  profile: province\n  budget_points: 10\n", options, tmp_path)
    assert found == []  # the file's own budget points restore the total
    # chosen by the configuration, no row with points: at the indicators the weights are of
    indicators = base.splitlines().index("indicators:") + 1
    assert located(base, options._replace(profile="province"), tmp_path) == [
        ("D010", indicators, 1)
    ]


# --- one function per rule ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "rate"),
    [("0.97785", "0.9779"), ("0.977849", "0.9778"), ("0.99995", "1.0000"), ("1.30004", "1.3000"),
     ("0", "0.0000")],
)  # fmt: skip
def test_a_rate_is_a_fraction_to_four_places_half_up(value: str, rate: str) -> None:
    assert str(rounded_rate(Decimal(value))) == rate


@pytest.mark.parametrize(
    ("rounding", "value", "expected"),
    [("0.01", "2.345", "2.35"), ("0.01", "2.3449", "2.34"), ("0.01", "0.005", "0.01"),
     ("1", "10.5", "11"), ("1", "0.5", "1"), ("0.1", "-0.25", "-0.3")],
)  # fmt: skip
def test_scores_and_points_round_half_up_to_the_quantum(
    rounding: str, value: str, expected: str
) -> None:
    # Half-up, not the banker's rounding of Decimal.quantize's default: 0.5 → 1, not 0.
    assert str(Rules(rounding=Decimal(rounding)).rounded(Decimal(value))) == expected


@pytest.mark.parametrize(
    ("threshold", "rate", "low"),
    [("0.90", "0.9", False), ("0.90", "0.899999", True), ("0.90", "1.2", False),
     ("0.80", "0.85", False), ("0.80", "0.7999", True), ("0", "0", False)],
)  # fmt: skip
def test_an_execution_rate_below_the_threshold_needs_its_reason(
    threshold: str, rate: str, low: bool
) -> None:
    rules = Rules(explanation_threshold=Decimal(threshold))
    assert rules.low_execution(Decimal(rate)) is low


@pytest.mark.parametrize(
    ("band", "share", "misfit"),
    [
        (Band.ACHIEVED, "1", None),
        (Band.ACHIEVED, "0.8", None),  # 80 % belongs to 达成
        (Band.ACHIEVED, "0.7999", ("达成", "80.00%", "100.00%")),
        (Band.PARTLY, "0.6", None),
        (Band.PARTLY, "0.8", ("部分达成", "60.00%", "80.00%")),  # 80 % is 达成's
        (Band.NOT_ACHIEVED, "0", None),
        (Band.NOT_ACHIEVED, "0.5999", None),
        (Band.NOT_ACHIEVED, "0.6", ("未达成", "0.00%", "60.00%")),
    ],
)
def test_a_qualitative_share_must_lie_within_its_grades_band(
    band: Band, share: str, misfit: tuple[str, str, str] | None
) -> None:
    found = BandFloors().misfit(band, Decimal(share))
    expected = None if misfit is None else dict(zip(("band", "low", "high"), misfit, strict=True))
    assert found == expected


def test_band_floors_are_settings_of_the_share_rule() -> None:
    floors = BandFloors(achieved=Decimal("0.9"), partly=Decimal("0.7"))
    assert floors.misfit(Band.ACHIEVED, Decimal("0.85")) == {
        "band": "达成",
        "low": "90.00%",
        "high": "100.00%",
    }
    assert floors.misfit(Band.PARTLY, Decimal("0.85")) is None


def test_the_known_profiles_are_the_built_in_ones_then_the_configured_ones() -> None:
    assert known_profiles({}) == [NATIONAL]
    assert known_profiles({"sichuan": {}, "yunnan": PROVINCE}) == [NATIONAL, "sichuan", "yunnan"]


def test_the_same_profile_check_refuses_a_name_in_the_file_and_in_the_configuration() -> None:
    with pytest.raises(ValidationError) as raised:
        Rules.model_validate({"profile": "yunnan"}, context={"profiles": {"sichuan": {}}})
    assert raised.value.errors()[0]["ctx"]["known"] == [NATIONAL, "sichuan"]
    with pytest.raises(ValidationError) as raised:
        SettingsFile.model_validate({"profile": "yunnan", "profiles": {"sichuan": {}}})
    assert raised.value.errors()[0]["type"] == "S016"
    assert raised.value.errors()[0]["ctx"]["known"] == [NATIONAL, "sichuan"]


@pytest.mark.parametrize(
    ("name", "rate"),
    [("验收合格率", True), ("问题整改落实率）", True), ("服务对象满意度", True),
     ("政策知晓度(%)", False), ("群众知晓度（%）", False), ("群众知晓度）", True),
     ("资金拨付进度", True), ("编印宣传材料数量", False), ("率先完成项目数", False),
     ("宣传政策知晓率\n\u200b", True), ("合格率)\n", True), ("合格率\n\n", False)],
)  # fmt: skip
def test_a_name_ending_in_rate_or_degree_names_a_rate(name: str, rate: bool) -> None:
    assert names_a_rate(name) is rate


def test_every_name_ending_in_rate_or_degree_is_checked_as_a_rate() -> None:
    # Before one rule served both checks, W003 knew only …率 and D029 only …率, 满意度, 知晓度:
    # a satisfaction scored in 分 and a 进度 above 100 % went unremarked.
    target_file = targets(
        [
            indicator("1-1", "≥90分", name="服务对象满意度"),
            indicator("1-2", "≥80%", name="资金拨付进度"),
            indicator("1-3", "≥10%", name="收入增长率"),
        ]
    )
    assert [(f.code, f.args["name"]) for f in rate_units(target_file)] == [
        ("W003", "服务对象满意度")
    ]
    read = read_actuals(actuals({"1-2": "120%", "1-3": "130%"}), target_file)
    assert [(f.code, f.path) for f in read.findings] == [("D029", ("actuals", "1-2", "value"))]
