"""Reading targets as published tables write them: `≥17次/年`, `=100%`, `不低于90%`, `定性…`.

Unambiguous variants are normalised (look-alike symbols, ASCII operators, full-width digits,
thousands separators, 百分比); ambiguous ones are refused with the text to write instead.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from perfcheck.formatting import decimal_text
from perfcheck.reading.invisible import visible
from perfcheck.text import Phrase


class Comparator(StrEnum):
    GE = ">="
    GT = ">"
    EQ = "="
    LE = "<="
    LT = "<"

    @property
    def symbol(self) -> str:
        """As official forms print it."""
        return _SYMBOLS[self]

    @property
    def is_reverse(self) -> bool:
        """≤ and ＜ targets are ceilings (反向指标)."""
        return self in (Comparator.LE, Comparator.LT)


_SYMBOLS = {
    Comparator.GE: "≥",
    Comparator.GT: "＞",
    Comparator.EQ: "=",
    Comparator.LE: "≤",
    Comparator.LT: "＜",
}

QUALITATIVE_PREFIX = "定性"  # qualitative
DEFAULT_SCALE = "达成度"


class Quantity(NamedTuple):
    comparator: Comparator
    value: Decimal
    unit: str

    def text(self) -> str:
        return f"{self.comparator.symbol}{decimal_text(self.value)}{self.unit}"


class Qualitative(NamedTuple):
    scale: str
    phrase: str | None = None  # the published words (有效, 显著提升), kept as the 指标值

    def text(self) -> str:
        return self.phrase or f"{QUALITATIVE_PREFIX}{self.scale}"


class Direction(StrEnum):
    """指标性质 / 指标方向 as target tables print it in a column of its own."""

    POSITIVE = "正向"
    NEGATIVE = "反向"
    QUALITATIVE = "定性"

    @property
    def comparator(self) -> Comparator | None:
        """The comparator a bare number takes: 正向 → ≥, 反向 → ≤; none for 定性."""
        return _DIRECTION_COMPARATORS.get(self)

    def contradicts(self, comparator: Comparator) -> bool:
        """A ceiling on a 正向 row or a floor on a 反向 row; = fits either."""
        if comparator is Comparator.EQ or self is Direction.QUALITATIVE:
            return False
        return comparator.is_reverse != (self is Direction.NEGATIVE)


_DIRECTION_COMPARATORS = {Direction.POSITIVE: Comparator.GE, Direction.NEGATIVE: Comparator.LE}
DIRECTION_WORDS: dict[str, Direction] = {
    **{direction.value: direction for direction in Direction},
    "positive": Direction.POSITIVE,
    "negative": Direction.NEGATIVE,
    "qualitative": Direction.QUALITATIVE,
}


def parse_direction(text: str) -> Direction:
    """正向 / 反向 / 定性, or positive / negative / qualitative."""
    found = DIRECTION_WORDS.get(normalise(text).lower())
    if found is None:
        raise NotationError("S005", {"detail": Phrase("detail.direction")})
    return found


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


class NotationError(ValueError):
    """A target that cannot be read, with its diagnostic code and message arguments."""

    def __init__(self, code: str, args: dict[str, object]) -> None:
        super().__init__(code, args)
        self.code = code
        self.args_ = args


# Look-alikes and full-width forms seen in published tables, mapped to one spelling.
_CHARACTERS = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width digits
        "％": "%",
        "＝": "=",
        "═": "=",
        "≧": "≥",
        "≦": "≤",
        "＞": ">",
        "＜": "<",
        "．": ".",
        "＋": "+",
        "－": "-",
        "　": " ",
    }
)

# Longest first, so that 大于等于 wins over 大于.
_COMPARATOR_WORDS: tuple[tuple[str, Comparator], ...] = (
    ("大于或等于", Comparator.GE),
    ("大于等于", Comparator.GE),
    ("小于或等于", Comparator.LE),
    ("小于等于", Comparator.LE),
    (">=", Comparator.GE),
    ("=>", Comparator.GE),
    ("<=", Comparator.LE),
    ("=<", Comparator.LE),
    ("==", Comparator.EQ),
    ("不低于", Comparator.GE),
    ("不少于", Comparator.GE),
    ("不超过", Comparator.LE),
    ("不高于", Comparator.LE),
    ("不多于", Comparator.LE),
    ("至少", Comparator.GE),
    ("最长", Comparator.LE),
    ("最多", Comparator.LE),
    ("等于", Comparator.EQ),
    ("≥", Comparator.GE),
    ("≤", Comparator.LE),
    (">", Comparator.GT),
    ("<", Comparator.LT),
    ("=", Comparator.EQ),
)

_LEADING_COMPARATOR = re.compile("|".join(re.escape(word) for word, _ in _COMPARATOR_WORDS))
_COMPARATOR_OF = dict(_COMPARATOR_WORDS)

# Words published both inclusively and strictly (the seed's task 1 says 大于90% where its table
# says ≥90%): refused, with the two possible readings offered.
_AMBIGUOUS_WORDS: tuple[tuple[str, Comparator, Comparator], ...] = (
    ("大于", Comparator.GE, Comparator.GT),
    ("高于", Comparator.GE, Comparator.GT),
    ("超过", Comparator.GE, Comparator.GT),
    ("多于", Comparator.GE, Comparator.GT),
    ("小于", Comparator.LE, Comparator.LT),
    ("低于", Comparator.LE, Comparator.LT),
    ("少于", Comparator.LE, Comparator.LT),
)

# Suffixes that by Chinese legal usage include the number itself (以上/以下/以内 包括本数).
_SUFFIX_WORDS: tuple[tuple[str, Comparator], ...] = (
    ("以上", Comparator.GE),
    ("以下", Comparator.LE),
    ("以内", Comparator.LE),
)

_UNIT_WORDS = {"百分比": "%", "百分之": "%"}

_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_LOOSE_UNDERSCORE = re.compile(r"(?<!\d)_|_(?!\d)")  # one not between two digits
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def normalise(text: str) -> str:
    """Map look-alike characters to one spelling and drop blanks and invisible characters."""
    return "".join(visible(text).translate(_CHARACTERS).split())


def parse_number(text: str) -> Decimal:
    """A number with optional thousands separators (`15,213.00`)."""
    cleaned = normalise(text)
    if _THOUSANDS.fullmatch(cleaned.lstrip("+-")):
        cleaned = cleaned.replace(",", "")
    if _LOOSE_UNDERSCORE.search(cleaned):  # Decimal reads `0._` as 0; no table writes it
        raise ValueError(text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not value.is_finite():
        raise ValueError(text)
    return value.copy_abs() if value.is_zero() else value  # -0 is 0, and is shown so


def parse_comparator(text: str) -> Comparator:
    """A comparator on its own, as in the structured form (`>=`, `≥`, `不低于` …)."""
    body = normalise(text)
    for word, comparator in _COMPARATOR_WORDS:
        if body == word:
            return comparator
    for word, inclusive, strict in _AMBIGUOUS_WORDS:
        if body == word:
            raise _ambiguous(text, word, "", inclusive, strict)
    raise _unreadable(text, "reason.not_a_comparator")


@lru_cache(maxsize=4096)  # the same few notations recur across indicators and files
def parse_target(
    text: str,
    direction: Direction | None = None,
    unit_hint: str = "次",
    year: int | None = None,
) -> Quantity | Qualitative | Deadline:
    """Read a compact published target such as `≥17次/年`, `定性优良中低差`, `有效` or
    `2023年12月底前`. A number without a comparator takes it from the row's `direction`;
    `unit_hint` is the unit a suggestion offers when none is written (% for a rate); `year`
    dates a deadline written without one (`11月底之前`)."""
    body = normalise(text)
    if not body:
        raise _unreadable(text, "reason.empty_target")
    if body.startswith(QUALITATIVE_PREFIX):
        return Qualitative(body[len(QUALITATIVE_PREFIX) :].strip(":：") or DEFAULT_SCALE)
    if not any(ch.isdigit() for ch in body) and body[0] not in "≥≤<>=":
        return Qualitative(DEFAULT_SCALE, text.strip())  # 有效, 显著提升, 按时完成: words
    comparator, rest = _leading_comparator(text, body)
    deadline = _deadline(text, comparator, rest, year)
    if deadline is not None:
        return deadline
    _refuse_other_base(text, rest)
    _refuse_unclear_number(text, rest, "S010")
    number = _NUMBER.match(rest)
    if number is None:
        return _without_leading_number(text, body, comparator, rest, direction, unit_hint)
    value = parse_number(number.group())
    unit, suffix = _unit_and_suffix(rest[number.end() :])
    comparator = _merge(text, comparator, suffix)
    comparator = _with_direction(text, comparator, direction)
    if comparator is None:
        raise _no_comparator(text, value, unit or unit_hint)
    if not unit:
        raise NotationError(
            "S013",
            {"text": text, "suggestion": f"{comparator.symbol}{number.group()}{unit_hint}"},
        )
    if any(ch.isdigit() for ch in unit) or unit.startswith("月"):
        raise _digits_in_unit(text, unit)
    return Quantity(comparator, value, unit)


def _with_direction(
    text: str, comparator: Comparator | None, direction: Direction | None
) -> Comparator | None:
    """The written comparator, or the direction's; a comparator against the direction is refused."""
    if direction is None:
        return comparator
    if comparator is None:
        return direction.comparator
    if direction.contradicts(comparator):
        raise _unreadable(
            text, "reason.against_direction", comparator=comparator.symbol, direction=direction
        )
    return comparator


# A point in time as tables print it: 2023年12月31日, 2023年12月, 2023年, 2023-12-31, 2023.12,
# 2023/12, and in a dated file 11月底 or 12月31日; then words saying "by the end" or "before".
_CHINESE_DATE = r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月份?(?:(?P<d>\d{1,2})[日号])?)?"
_NUMERIC_DATE = r"(?P<ny>\d{4})(?P<sep>[-./])(?P<nm>\d{1,2})(?:(?P=sep)(?P<nd>\d{1,2}))?"
_DATE_END = r"(?:底|末|末期)?"
_BEFORE = r"(?:之前|以前|前|止|为止)?"
_POINT = re.compile(rf"(?:{_NUMERIC_DATE}|{_CHINESE_DATE}){_DATE_END}")
_RANGE_SEPARATORS = ("至", "到", "~", "～", "—", "–", "-")


class _Point(NamedTuple):
    span: DateSpan
    end: int  # where the point ends in the text


def _point(text: str, body: str, start: int, year: int | None) -> _Point | None:
    """A date starting at `start`, as a span of days; None when there is none or it is no date."""
    found = _POINT.match(body, start)
    if found is None or found.end() == start:
        return None
    parts = found.groupdict()
    y = parts["ny"] or parts["y"]
    m = parts["nm"] or parts["m"]
    d = parts["nd"] or parts["d"]
    if y is None and m is None:
        return None
    if y is None and year is None:
        raise _unreadable(text, "reason.date_without_year")
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
        raise _unreadable(text, "reason.not_a_date") from None


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


def _deadline(
    text: str, comparator: Comparator | None, rest: str, year: int | None
) -> Deadline | None:
    """A date, deadline or time range (`2023年12月底前`, `≤2023-12-31`, `2023.07-2024.01`)."""
    if not looks_like_date(rest):
        return None
    first = _point(text, rest, 0, year)
    if first is None:
        raise _unreadable(text, "reason.not_a_date")
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
                    raise _unreadable(text, "reason.not_a_date")
                return Deadline(first.span.first, second.span.last, phrase)
    raise _unreadable(text, "reason.not_a_date")


def _single_date(text: str, comparator: Comparator | None, span: DateSpan, phrase: str) -> Deadline:
    """By that time (no comparator, ≤, 前), strictly before it (＜), or during it (=)."""
    if comparator in (None, Comparator.LE):
        return Deadline(None, span.last, phrase)
    if comparator is Comparator.LT:
        return Deadline(None, date.fromordinal(span.first.toordinal() - 1), phrase)
    if comparator is Comparator.EQ:
        return Deadline(span.first, span.last, phrase)
    raise _unreadable(text, "reason.date_not_deadline")


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


def _leading_comparator(text: str, body: str) -> tuple[Comparator | None, str]:
    found = _LEADING_COMPARATOR.match(body)  # the first of the words, in their order
    if found is not None:
        return _COMPARATOR_OF[found.group()], body[found.end() :]
    for word, inclusive, strict in _AMBIGUOUS_WORDS:
        if body.startswith(word):
            raise _ambiguous(text, word, body[len(word) :], inclusive, strict)
    return None, body


def _unit_and_suffix(tail: str) -> tuple[str, Comparator | None]:
    for word, comparator in _SUFFIX_WORDS:
        if tail.endswith(word):
            return _unit(tail[: -len(word)]), comparator
    return _unit(tail), None


def _unit(text: str) -> str:
    stripped = text.strip("()（）")
    return _UNIT_WORDS.get(stripped, stripped)


def _merge(text: str, leading: Comparator | None, suffix: Comparator | None) -> Comparator | None:
    if leading is None or suffix is None or leading == suffix:
        return leading or suffix
    raise _unreadable(text, "reason.contradicting_comparators")


def _without_leading_number(
    text: str,
    body: str,
    comparator: Comparator | None,
    rest: str,
    direction: Direction | None,
    unit_hint: str,
) -> Quantity:
    unit_first = re.fullmatch(r"(%|百分比)([+-]?\d[\d,]*(?:\.\d+)?)", rest)
    if unit_first is not None:  # `% 95`: the unit printed before the number
        value = parse_number(unit_first.group(2))
        chosen = _with_direction(text, comparator, direction)
        if chosen is None:
            raise _no_comparator(text, value, "%")
        return Quantity(chosen, value, "%")
    raise _unreadable(text, "reason.no_number")


def _no_comparator(text: str, value: Decimal, unit: str) -> NotationError:
    shown = decimal_text(value) + (unit or "次")
    return NotationError(
        "S012", {"text": text, "suggestion": [f"≥{shown}", f"≤{shown}", f"={shown}"]}
    )


def _ambiguous(
    text: str, word: str, rest: str, inclusive: Comparator, strict: Comparator
) -> NotationError:
    return NotationError(
        "S011",
        {
            "text": text,
            "word": word,
            "usual": inclusive.symbol,
            "inclusive": inclusive.symbol + rest,
            "strict": strict.symbol + rest,
        },
    )


def _digits_in_unit(text: str, unit: str) -> NotationError:
    if unit.startswith("月") or any(ch in unit for ch in "年月日"):
        return _unreadable(text, "reason.date_as_unit", unit=unit)
    return _unreadable(text, "reason.digits_in_unit", unit=unit)


def _unreadable(text: str, reason: str, **args: object) -> NotationError:
    return NotationError("S010", {"text": text, "reason": Phrase(reason, args)})


class WrittenValue(NamedTuple):
    """An actual as written: `98%`, `5人次`, or with the target's comparator repeated, `≥266米`."""

    value: Decimal
    unit: str
    comparator: Comparator | None = None


@lru_cache(maxsize=4096)  # actuals such as 100% and 98% recur
def parse_amount(text: str) -> WrittenValue:
    """Read an actual value; raises ValueError when there is no number in front."""
    body = normalise(text)
    comparator = None
    for word, found in _COMPARATOR_WORDS:
        if body.startswith(word):
            body, comparator = body[len(word) :], found
            break
    _refuse_other_base(text, body)
    _refuse_unclear_number(text, body, "D033")
    number = _NUMBER.match(body)
    if number is None:
        raise ValueError(text)
    return WrittenValue(parse_number(number.group()), _unit(body[number.end() :]), comparator)


_OTHER_BASE = re.compile(r"[+-]?0[xXbBoO][0-9a-fA-F_]+")


_SCIENTIFIC = re.compile(r"[+-]?\d+(?:\.\d+)?[eE][+-]?\d")
_SPLIT_NUMBER = re.compile(r"\d[ \t\u3000]+[\d.,]")  # `8 0%`: blanks are dropped otherwise


def _refuse_unclear_number(text: str, body: str, code: str) -> None:
    """A number in scientific notation, or with a blank inside it, is not read at all."""
    if _SCIENTIFIC.match(body):
        reason = "reason.scientific_notation"
    elif _SPLIT_NUMBER.search(text.translate(_CHARACTERS)):
        reason = "reason.blank_in_number"
    else:
        return
    raise NotationError(code, {"text": text, "reason": Phrase(reason)})


def _refuse_other_base(text: str, body: str) -> None:
    """`0x10`, `0b101`, `0o10`: a number in another base (Y011), not 0 with a unit `x10`."""
    found = _OTHER_BASE.match(body)
    if found is None:
        return
    from perfcheck.reading.yaml_scalars import base_prefixed_value, yaml11_args

    value = base_prefixed_value(found.group())
    if value is not None:
        raise NotationError("Y011", yaml11_args(found.group(), value))


# Multiples written into a unit, as powers of ten: money from 元 to 亿元 (a file's money_unit is
# 元 or 万元), and 万 or 亿 before any other unit (5.2万人次) or alone (`250万` in a 万元 form).
_MONEY_POWERS = {"元": 0, "千元": 3, "万元": 4, "十万元": 5, "百万元": 6, "千万元": 7, "亿元": 8}
_MULTIPLES = {"万": 4, "亿": 8}


def scaled_unit(unit: str) -> tuple[int, str, str]:
    """A unit as a power of ten, the unit it multiplies and its period: 亿元 → (8, 元, ''),
    万人次/年 → (4, 人次, 年), 万 → (4, '', ''), 次 → (0, 次, '')."""
    base, _, per = unit.partition("/")
    if base in _MONEY_POWERS:
        return _MONEY_POWERS[base], "元", per
    if base[:1] in _MULTIPLES and base[1:] != "%":
        return _MULTIPLES[base[:1]], base[1:], per
    return 0, base, per


def in_unit(value: Decimal, written: str, wanted: str) -> Decimal | None:
    """`value` written in the unit `written` as an amount of `wanted`, where one unit is a
    multiple of the other: 2,500,000元 is 250 万元, 1.2亿元 is 12000 万元, `250万` against 万元 is
    250 万元 and against 元 2,500,000 元, 52000人 is 5.2 万人. None where they measure different
    things (次 and 人, or % and anything). `written` may leave out the period of `wanted`
    (`250万` for 万元/年)."""
    power, base, per = scaled_unit(written)
    wanted_power, wanted_base, wanted_per = scaled_unit(wanted)
    if per and per != wanted_per:
        return None
    if "%" in (base, wanted_base) or (base and wanted_base and base != wanted_base):
        return None
    if power == wanted_power == 0 and base != wanted_base:
        return None
    return _trimmed(value.scaleb(power - wanted_power))


def _trimmed(value: Decimal) -> Decimal:
    """Without the zeros a change of unit adds (250.0000 → 250), never in exponent form."""
    reduced = value.normalize()
    exponent = reduced.as_tuple().exponent
    return reduced.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else reduced


def money_written(text: str) -> tuple[Decimal, str] | None:
    """An amount of money written with its unit (`250万`, `1.2亿元`, `2,500,000元`): the
    number and the unit; None for a plain number or anything else."""
    try:
        written = parse_amount(text)
    except ValueError:
        return None
    _, base, per = scaled_unit(written.unit)
    if written.comparator is not None or per or base not in ("元", "") or not written.unit:
        return None
    return written.value, written.unit
