"""Reading targets as published tables write them: `≥17次/年`, `=100%`, `不低于90%`, `定性…`.

Unambiguous variants are normalised (look-alike symbols, ASCII operators, full-width digits,
thousands separators, 百分比); ambiguous ones are refused with the text to write instead.
"""

from __future__ import annotations

import re
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

    def text(self) -> str:
        return f"{QUALITATIVE_PREFIX}{self.scale}"


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
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def normalise(text: str) -> str:
    """Map look-alike characters to one spelling and drop blanks and invisible characters."""
    return "".join(visible(text).translate(_CHARACTERS).split())


def parse_number(text: str) -> Decimal:
    """A number with optional thousands separators (`15,213.00`)."""
    cleaned = normalise(text)
    if _THOUSANDS.fullmatch(cleaned.lstrip("+-")):
        cleaned = cleaned.replace(",", "")
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
def parse_target(text: str, rate: bool = False) -> Quantity | Qualitative:
    """Read a compact published target such as `≥17次/年` or `定性优良中低差`. `rate`: the
    indicator's name says it is a rate, so a missing unit is most likely `%`."""
    body = normalise(text)
    if not body:
        raise _unreadable(text, "reason.empty_target")
    if body.startswith(QUALITATIVE_PREFIX):
        return Qualitative(body[len(QUALITATIVE_PREFIX) :].strip(":：") or DEFAULT_SCALE)
    comparator, rest = _leading_comparator(text, body)
    _refuse_other_base(text, rest)
    _refuse_unclear_number(text, rest, "S010")
    number = _NUMBER.match(rest)
    if number is None:
        return _without_leading_number(text, body, comparator, rest)
    value = parse_number(number.group())
    unit, suffix = _unit_and_suffix(rest[number.end() :])
    comparator = _merge(text, comparator, suffix)
    if comparator is None:
        raise _no_comparator(text, value, unit)
    if not unit:
        raise NotationError(
            "S013",
            {
                "text": text,
                "suggestion": f"{comparator.symbol}{number.group()}{'%' if rate else '次'}",
            },
        )
    if any(ch.isdigit() for ch in unit):
        raise _digits_in_unit(text, unit)
    return Quantity(comparator, value, unit)


def _leading_comparator(text: str, body: str) -> tuple[Comparator | None, str]:
    for word, comparator in _COMPARATOR_WORDS:
        if body.startswith(word):
            return comparator, body[len(word) :]
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
    text: str, body: str, comparator: Comparator | None, rest: str
) -> Quantity:
    unit_first = re.fullmatch(r"(%|百分比)([+-]?\d[\d,]*(?:\.\d+)?)", rest)
    if unit_first is not None and comparator is None:
        value = parse_number(unit_first.group(2))
        raise _no_comparator(text, value, "%")
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
    if any(ch in unit for ch in "年月日"):
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
    from perfcheck.reading.yaml_scalars import base_prefixed_value, yaml11_args

    found = _OTHER_BASE.match(body)
    value = base_prefixed_value(found.group()) if found else None
    if found is not None and value is not None:
        raise NotationError("Y011", yaml11_args(found.group(), value))
