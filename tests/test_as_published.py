"""Targets and actuals written as published tables print them: directions instead of
comparators, qualitative words, dates and deadlines; each with hand-computed scores."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from perfcheck.engine.scoring import time_share
from perfcheck.model.notation.comparators import Comparator, Direction
from perfcheck.model.notation.dates import DateSpan, Deadline, parse_date
from perfcheck.model.notation.errors import NotationError
from perfcheck.model.notation.target_text import Qualitative, Quantity, parse_target
from perfcheck.model.rules import Rules
from perfcheck.model.target_forms import QuantitativeTarget, TimeTarget
from perfcheck.results.score import Status
from perfcheck.run.load import load_actuals
from perfcheck.run.options import Options
from perfcheck.text import Phrase
from tests.builders import actuals, indicator, scored, three_groups
from tests.conftest import FIXTURES

D = Decimal
VALID = FIXTURES / "valid" / "actuals"


def _score(name: str) -> tuple[Decimal, dict[str, Decimal]]:
    loaded = load_actuals(VALID / f"{name}.yaml", Options())
    assert loaded.ok and loaded.result is not None
    result = loaded.result
    return result.total, {r.indicator.id: r.score for r in result.indicators}


# --- direction: a bare number takes ≥ (正向) or ≤ (反向) ------------------------------------


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        ("29.5亩", Direction.POSITIVE, Quantity(Comparator.GE, D("29.5"), "亩")),
        ("% 95", Direction.POSITIVE, Quantity(Comparator.GE, D(95), "%")),
        ("5%", Direction.NEGATIVE, Quantity(Comparator.LE, D(5), "%")),
        ("=100%", Direction.NEGATIVE, Quantity(Comparator.EQ, D(100), "%")),
    ],
)
def test_a_bare_number_takes_its_rows_direction(
    text: str, direction: Direction, expected: Quantity
) -> None:
    assert parse_target(text, direction) == expected


def test_a_comparator_against_the_direction_is_refused() -> None:
    with pytest.raises(NotationError) as raised:
        parse_target("≤30分钟", Direction.POSITIVE)
    assert raised.value.code == "S010"


def test_no_comparator_and_no_direction_suggests_the_unit_the_name_implies() -> None:
    with pytest.raises(NotationError) as raised:
        parse_target("95", None, "%")
    assert raised.value.args_["suggestion"] == ["≥95%", "≤95%", "=95%"]


def test_a_rate_row_without_unit_or_comparator_is_told_to_write_percent() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as raised:
        three_groups(indicator("1-1", "95", name="设备完好率"))
    error = raised.value.errors()[0]
    assert error["type"] == "S012"
    assert error["ctx"]["suggestion"] == ["≥95%", "≤95%", "=95%"]


def test_default_direction_applies_where_a_row_gives_none() -> None:
    rows = three_groups(
        {**indicator("1-1", "20次"), "direction": "反向"}, default_direction="positive"
    )
    first, second = rows.indicators[0].target, rows.indicators[1].target
    assert isinstance(first, QuantitativeTarget) and isinstance(second, QuantitativeTarget)
    assert (first.comparator, second.comparator) == (Comparator.LE, Comparator.GE)
    assert rows.indicators[1].direction is Direction.POSITIVE


def test_the_structured_comparator_takes_words_and_the_direction() -> None:
    structured = three_groups(
        {**indicator("1-1", "x"), "target": {"value": 3, "unit": "次"}, "direction": "正向"}
    )
    target = structured.indicators[0].target
    assert isinstance(target, QuantitativeTarget) and target.comparator is Comparator.GE


def test_the_direction_column_table_scores_as_computed_by_hand() -> None:
    # 1-1 20 × 26.55/29.5 = 18.00; 1-2 15; 1-3 反向 15 × 1500/1600 = 14.0625 → 14.06;
    # 1-4 反向 4% ≤ 5%: 30; 1-5 ≥92% read as 92: 10; budget 10 × 95/100 = 9.50.
    total, scores = _score("direction_column")
    assert scores == {
        "1-1": D("18.00"),
        "1-2": D("15.00"),
        "1-3": D("14.06"),
        "1-4": D("30.00"),
        "1-5": D("10.00"),
    }
    assert total == D("96.56")


# --- qualitative targets in words --------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["有效", "效果明显", "显著提升", "合规", "按时完成", "达成预期指标"]
)
def test_words_are_a_qualitative_target_on_the_three_bands(text: str) -> None:
    assert parse_target(text) == Qualitative("达成度", text)
    assert parse_target(text).text() == text


def test_the_word_table_scores_as_computed_by_hand() -> None:
    # 1-1 达到 → 达成 25; 1-2 已完成 → 25; 1-3 its own phrase → 15; 1-4 部分达成 at 70 %:
    # 15 × 0.7 = 10.50; 1-5 10 × 88/90 = 9.777… → 9.78; budget 10.
    total, scores = _score("word_targets")
    assert scores == {
        "1-1": D("25.00"),
        "1-2": D("25.00"),
        "1-3": D("15.00"),
        "1-4": D("10.50"),
        "1-5": D("9.78"),
    }
    assert total == D("95.28")


@pytest.mark.parametrize(
    ("word", "score", "status"),
    [
        ("完成", "50.00", Status.MET),
        ("有效", "50.00", Status.MET),
        ("未完成", "0.00", Status.UNMET),
    ],
)
def test_completion_words_are_read_as_their_band(word: str, score: str, status: Status) -> None:
    target_file = three_groups(indicator("1-1", "有效提升"))
    result = scored(target_file, actuals({"1-1": word, "2-1": 1, "3-1": 95}))
    assert (result.indicators[0].score, result.indicators[0].status) == (D(score), status)


# --- dates and deadlines -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023年12月", None, date(2023, 12, 31)),
        ("2023年12月底前", None, date(2023, 12, 31)),
        ("≤2023-12-31", None, date(2023, 12, 31)),
        ("<2023-12-31", None, date(2023, 12, 30)),
        ("=2023年12月", date(2023, 12, 1), date(2023, 12, 31)),
        ("2023.07-2024.01", date(2023, 7, 1), date(2024, 1, 31)),
        ("11月底之前", None, date(2023, 11, 30)),
        ("≤11月底之前", None, date(2023, 11, 30)),
        ("2月底前", None, date(2023, 2, 28)),
    ],
)
def test_dates_are_time_targets(text: str, start: date | None, end: date) -> None:
    assert parse_target(text, year=2023) == Deadline(start, end, text)


@pytest.mark.parametrize("text", ["≤11月底之前", "2023年13月", "≥2023年12月", "2024.01-2023.07"])
def test_a_date_is_never_read_as_a_number(text: str) -> None:
    with pytest.raises(NotationError) as raised:
        parse_target(text)
    assert raised.value.code == "S010"


def test_a_yearless_deadline_takes_the_files_year() -> None:
    target = three_groups(indicator("1-1", "6月底前")).indicators[0].target  # year 2022
    assert isinstance(target, TimeTarget) and target.end == date(2022, 6, 30)


@pytest.mark.parametrize("year", [0, 99999, "2023"])
def test_a_yearless_deadline_in_a_file_without_a_dating_year_says_the_year_is_missing(
    year: object,
) -> None:
    """A year no date can be in is the year's own error; the deadline's is that no year
    supplies its own, not that `6月底前` is no date."""
    with pytest.raises(ValidationError) as raised:
        three_groups(indicator("1-1", "6月底前"), year=year)
    (reason,) = [e["ctx"]["reason"] for e in raised.value.errors() if e["type"] == "S010"]
    assert reason == Phrase("reason.date_without_year")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2023年10月", date(2023, 10, 1), date(2023, 10, 31)),
        ("2023-10-15", date(2023, 10, 15), date(2023, 10, 15)),
        ("2023.10", date(2023, 10, 1), date(2023, 10, 31)),
    ],
)
def test_actual_dates(text: str, first: date, last: date) -> None:
    assert parse_date(text) == DateSpan(first, last)


def test_the_deadline_table_scores_as_computed_by_hand() -> None:
    # 1-1 2023年5月 by June: 20; 1-2 2023-12-15 after 11-30: 0; 1-3 within the period: 15;
    # 1-4 30; 1-5 10; budget 10 × 180/200 = 9.00.
    total, scores = _score("deadlines")
    assert scores == {
        "1-1": D("20.00"),
        "1-2": D("0.00"),
        "1-3": D("15.00"),
        "1-4": D("30.00"),
        "1-5": D("10.00"),
    }
    assert total == D("84.00")


def test_late_deadline_linear_prorates_by_days_late() -> None:
    # Deadline 2023-11-30: 334 days allowed from 1 January; done 15 days late:
    # 15 × (1 − 15/334) = 4785/334 = 14.3263… → 14.33.
    deadline = Deadline(None, date(2023, 11, 30))
    done = DateSpan(date(2023, 12, 15), date(2023, 12, 15))
    share = time_share(deadline, done, Rules(late_deadline="linear"))
    assert Rules().rounded(15 * share) == D("14.33")
    assert time_share(deadline, done, Rules()) == 0


def test_a_deadline_done_in_time_in_the_engine() -> None:
    target_file = three_groups(indicator("1-1", "2022年6月底前"))
    met = scored(target_file, actuals({"1-1": "2022年6月", "2-1": 1, "3-1": 95}))
    late = scored(target_file, actuals({"1-1": "2022-07-01", "2-1": 1, "3-1": 95}))
    assert (met.indicators[0].score, late.indicators[0].score) == (D("50.00"), D("0.00"))
    assert met.indicators[0].actual == "2022年6月"  # as the actuals file wrote it


def test_an_unquoted_date_actual_is_read_as_written(tmp_path: Path) -> None:
    """YAML reads `2023-12-15` as a date: as the actual of a deadline it is what was meant."""
    source = (VALID / "deadlines.yaml").read_text(encoding="utf-8")
    unquoted = source.replace("value: '2023-12-15'", "value: 2023-12-15")
    assert unquoted != source
    (tmp_path / "deadlines.yaml").write_text(unquoted, encoding="utf-8")
    targets = VALID.parent / "targets" / "deadlines.yaml"
    loaded = load_actuals(tmp_path / "deadlines.yaml", Options(), targets=targets)
    assert loaded.ok and loaded.result is not None, loaded.diagnostics()
    assert loaded.result.total == D("84.00")
    assert loaded.result.indicators[1].actual == "2023-12-15"


def test_show_json_writes_a_time_target_as_its_days() -> None:
    """Dates leave as ISO text: the JSON writer takes no date objects (found by the fuzzer)."""
    import json

    from typer.testing import CliRunner

    from perfcheck.cli import app

    target = VALID.parent / "targets" / "deadlines.yaml"
    done = CliRunner().invoke(app, ["show", str(target), "--format", "json"])
    assert done.exit_code == 0, done.output
    times = [
        (i["id"], i["start"], i["end"])
        for i in json.loads(done.stdout)["indicators"]
        if i["comparator"] == "time"
    ]
    assert times == [
        ("1-1", None, "2023-06-30"),  # 2023年6月底前
        ("1-2", None, "2023-11-30"),  # 11月底之前, in the file's year
        ("1-3", "2023-07-01", "2024-01-31"),  # 2023.07-2024.01
    ]
