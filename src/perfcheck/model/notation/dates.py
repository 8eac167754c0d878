"""Dates, deadlines and time ranges as tables print them: 2023年12月底前, ≤2023-12-31,
2023.07-2024.01, and in a dated file 11月底."""

import calendar
import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from perfcheck.model.notation.comparators import Comparator
from perfcheck.model.notation.errors import NotationError, unreadable
from perfcheck.model.notation.spelling import normalise


class DateSpan(NamedTuple):
    """A day, a month or a year as written: its first and last day."""

    first: date
    last: date

    def text(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        first, last = self.first, self.last
        same_month = (first.year, first.month) == (last.year, last.month)
        if same_month and first.day == 1 and last == _month_end(last.year, last.month):
            return f"{self.first.year}-{self.first.month:02d}"
        return f"{self.first.isoformat()}—{self.last.isoformat()}"


class Deadline(NamedTuple):
    """A time target: done no earlier than `start` (when given) and no later than `end`."""

    start: date | None
    end: date
    phrase: str | None = None  # the published words (2023年12月底前), kept as the 指标值

    def text(self) -> str:
        if self.phrase:
            return self.phrase
        if self.start is None:
            return f"≤{self.end.isoformat()}"
        return f"{self.start.isoformat()}—{self.end.isoformat()}"

    def within(self, done: DateSpan) -> bool:
        """Met when the whole of the actual date lies inside the target's time."""
        return (self.start is None or done.first >= self.start) and done.last <= self.end


# A point in time as tables print it: 2023年12月31日, 2023年12月, 2023年, 2023-12-31, 2023.12,
# 2023/12, and in a dated file 11月底 or 12月31日; then words saying "by the end" or "before".
_CHINESE_DATE = r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月份?(?:(?P<d>\d{1,2})[日号])?)?"
_NUMERIC_DATE = r"(?P<ny>\d{4})(?P<sep>[-./])(?P<nm>\d{1,2})(?:(?P=sep)(?P<nd>\d{1,2}))?"
_DATE_END = r"(?:底|末|末期)?"
_BEFORE = r"(?:之前|以前|前|止|为止)?"
# Compiled when a file first has a date (the re module keeps it), not at every start.
_POINT = rf"(?:{_NUMERIC_DATE}|{_CHINESE_DATE}){_DATE_END}"
_RANGE_SEPARATORS = ("至", "到", "~", "～", "—", "–", "-")


class _Point(NamedTuple):
    span: DateSpan
    end: int  # where the point ends in the text


def _point(text: str, body: str, start: int, year: int | None) -> _Point | None:
    """A date starting at `start`, as a span of days; None when there is none or it is no date."""
    found = re.compile(_POINT).match(body, start)
    if found is None or found.end() == start:
        return None
    parts = found.groupdict()
    y = parts["ny"] or parts["y"]
    m = parts["nm"] or parts["m"]
    d = parts["nd"] or parts["d"]
    if y is None and m is None:
        return None
    if y is None and year is None:
        raise unreadable(text, "reason.date_without_year")
    span = _span(text, int(y) if y else year, int(m) if m else None, int(d) if d else None)
    return _Point(span, found.end())


def _span(text: str, year: int | None, month: int | None, day: int | None) -> DateSpan:
    assert year is not None
    try:
        if month is None:
            return DateSpan(date(year, 1, 1), date(year, 12, 31))
        if day is None:
            return DateSpan(date(year, month, 1), _month_end(year, month))
        return DateSpan(date(year, month, day), date(year, month, day))
    except ValueError:
        raise unreadable(text, "reason.not_a_date") from None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=4096)  # asked of every target a dated file writes as text
def looks_like_date(body: str) -> bool:
    """Text a reader takes for a date, never for a number: 2023年…, …月底, 2023-12-31, ranges."""
    return bool(_DATE_LIKE.search(normalise(body)))


_DATE_LIKE = re.compile(
    r"\d{4}年|(?<![\d/])\d{1,2}月(?!/)|\d{4}-\d{1,2}(?:-\d{1,2})?(?!\d)"
    r"|\d{4}[./]\d{1,2}(?:[./]\d{1,2})?(?:底|末|前|之前|以前|[-~～—–至到]\d{4})"
)


def read_deadline(
    text: str, comparator: Comparator | None, rest: str, year: int | None
) -> Deadline | None:
    """A date, deadline or time range (`2023年12月底前`, `≤2023-12-31`, `2023.07-2024.01`)."""
    if not looks_like_date(rest):
        return None
    first = _point(text, rest, 0, year)
    if first is None:
        raise unreadable(text, "reason.not_a_date")
    after = re.compile(_BEFORE).match(rest, first.end)
    position = after.end() if after else first.end
    phrase = text.strip()
    if position == len(rest):
        return _single_date(text, comparator, first.span, phrase)
    for separator in _RANGE_SEPARATORS:
        if rest.startswith(separator, first.end) and comparator is None:
            second = _point(text, rest, first.end + len(separator), first.span.first.year)
            if second is not None and second.end == len(rest):
                if second.span.last < first.span.first:
                    raise unreadable(text, "reason.not_a_date")
                return Deadline(first.span.first, second.span.last, phrase)
    raise unreadable(text, "reason.not_a_date")


def _single_date(text: str, comparator: Comparator | None, span: DateSpan, phrase: str) -> Deadline:
    """By that time (no comparator, ≤, 前), strictly before it (＜), or during it (=)."""
    if comparator in (None, Comparator.LE):
        return Deadline(None, span.last, phrase)
    if comparator is Comparator.LT:
        return Deadline(None, date.fromordinal(span.first.toordinal() - 1), phrase)
    if comparator is Comparator.EQ:
        return Deadline(span.first, span.last, phrase)
    raise unreadable(text, "reason.date_not_deadline")


def parse_date(text: str) -> DateSpan:
    """An actual date: `2023年10月`, `2023-10-15`, `2023.10`; ValueError when it is none."""
    body = normalise(text)
    try:
        found = _point(text, body, 0, None)
    except NotationError as error:
        raise ValueError(text) from error
    if found is None or found.end != len(body):
        raise ValueError(text)
    return found.span
