"""A figure the in-year reports compute (a count due by now) is shown the same in the text and
in the workbook: half-up to the cent, without trailing zeros."""

from __future__ import annotations

from decimal import Decimal

from perfcheck.formatting import decimal_text, to_cents
from perfcheck.reports.monitoring import expected_text
from perfcheck.reports.summary.xlsx.forms import quantity
from tests.builders import actuals, indicator, monitored, three_groups

D = Decimal


def test_to_cents() -> None:
    assert [decimal_text(to_cents(D(v))) for v in ("8.5", "8.505", "12.00", "100", "0.001")] == [
        "8.5", "8.51", "12", "100", "0",
    ]  # fmt: skip


def test_the_text_and_the_workbook_show_a_count_due_alike() -> None:
    # 17 visits a year, half the year gone: 8.5 due
    result = monitored(
        three_groups(indicator("1-1", "≥17次")),
        actuals({"1-1": 8, "2-1": 1, "3-1": 95}, period="2022Q2"),
    )
    progress = result.indicators[0]
    assert progress.expected is not None
    assert expected_text(progress) == "8.5次"
    assert quantity(progress.expected, progress.indicator) == (D("8.5"), '0.0"次"')  # a format
