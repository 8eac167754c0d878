"""S020's suggestion is in the year the period names, else in the year of the target file the
actuals file is read against, else says YYYY."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CHENGDU, ROOT, run, write


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(
        "t2023.yaml",
        CHENGDU.read_text(encoding="utf-8").replace("\nyear: 2022\n", "\nyear: 2023\n"),
    )


def _actuals(period: str, targets: str = "t2023.yaml") -> None:
    text = (ROOT / "actuals" / "2022Q2.yaml").read_text(encoding="utf-8")
    text = text.replace("period: 2022Q2\n", f"period: {period}\n")
    write(
        "a.yaml",
        text.replace("targets: ../targets/chengdu_procuratorate_2022.yaml", f"targets: {targets}"),
    )


def _s020(*args: str) -> str:
    code, out, _ = run("validate", "a.yaml", "--format", "concise", "--lang", "en", *args)
    assert code == 1
    return out.splitlines()[0]


def test_a_period_without_a_year_is_shown_in_the_target_files_year() -> None:
    _actuals("二季度")
    assert _s020() == (
        "a.yaml:4:9: S020 period '二季度' should be 2023Q1…2023Q4 (a quarter) "
        "or 2023-01…2023-12 (a month)"
    )


def test_the_target_file_given_with_targets_is_the_one_scored_against() -> None:
    _actuals("二季度")
    code, _, err = run("score", "a.yaml", "--targets", str(CHENGDU), "--lang", "en")
    assert code == 2
    assert err.startswith("a.yaml:4:9: S020 period '二季度' should be 2022Q1…2022Q4 ")


def test_the_periods_own_year_comes_first() -> None:
    _actuals("2024年二季度")
    assert "should be 2024Q1…2024Q4" in _s020()


def test_without_a_readable_target_file_the_year_is_left_to_the_reader() -> None:
    _actuals("二季度", targets="missing.yaml")
    assert "should be YYYYQ1…YYYYQ4" in _s020()
