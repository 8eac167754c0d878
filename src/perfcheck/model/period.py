"""Reporting periods: quarters (`2022Q2`) and months (`2022-07`, January–July cumulative)."""

import re
from datetime import date, timedelta
from fractions import Fraction
from typing import NamedTuple

_QUARTER = re.compile(r"(\d{4})[Qq]([1-4])")
_MONTH = r"(\d{4})-(\d{1,2})"  # compiled when a period first is a month (re keeps it)


class Period(NamedTuple):
    year: int
    month: int  # the last month the period covers (Q2 → 6)
    text: str

    @property
    def is_year_end(self) -> bool:
        """Q4 and December are the year-end self-evaluation (绩效自评); earlier is monitoring."""
        return self.month == 12

    def elapsed(self, by: str = "months") -> Fraction:
        """序时进度: the share of the year gone by the end of the period, by months or days."""
        if by == "days":
            end = (
                date(self.year, 12, 31)
                if self.month == 12
                else (date(self.year, self.month + 1, 1) - timedelta(days=1))
            )
            days_in_year = (date(self.year, 12, 31) - date(self.year, 1, 1)).days + 1
            return Fraction(end.timetuple().tm_yday, days_in_year)
        return Fraction(self.month, 12)


def parse_period(text: str) -> Period | None:
    """A period, or None when `text` is not one."""
    cleaned = text.strip()
    quarter = _QUARTER.fullmatch(cleaned)
    if quarter:
        return Period(int(quarter[1]), int(quarter[2]) * 3, f"{quarter[1]}Q{quarter[2]}")
    month = re.fullmatch(_MONTH, cleaned)
    if month and 1 <= int(month[2]) <= 12:
        return Period(int(month[1]), int(month[2]), f"{month[1]}-{int(month[2]):02d}")
    return None
