"""A target as a row of a published table writes it (`≥17次/年`, `=100%`, `不低于90%`,
`定性优良中低差`, `有效`, `2023年12月底前`): a quantity, a grade on a scale or a deadline."""

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from perfcheck.formatting import decimal_text
from perfcheck.model.notation.comparators import (
    SUFFIX_WORDS,
    Comparator,
    Direction,
    leading_comparator,
    with_direction,
)
from perfcheck.model.notation.dates import Deadline, read_deadline
from perfcheck.model.notation.errors import NotationError, unreadable
from perfcheck.model.notation.numbers import (
    NUMBER,
    parse_number,
    refuse_other_base,
    refuse_unclear_number,
    written_unit,
)
from perfcheck.model.notation.spelling import normalise

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
        raise unreadable(text, "reason.empty_target")
    if body.startswith(QUALITATIVE_PREFIX):
        return Qualitative(body[len(QUALITATIVE_PREFIX) :].strip(":：") or DEFAULT_SCALE)
    if not any(ch.isdigit() for ch in body) and body[0] not in "≥≤<>=":
        return Qualitative(DEFAULT_SCALE, text.strip())  # 有效, 显著提升, 按时完成: words
    comparator, rest = leading_comparator(text, body)
    deadline = read_deadline(text, comparator, rest, year)
    if deadline is not None:
        return deadline
    refuse_other_base(text, rest)
    refuse_unclear_number(text, rest, "S010")
    number = NUMBER.match(rest)
    if number is None:
        return _without_leading_number(text, body, comparator, rest, direction, unit_hint)
    value = parse_number(number.group())
    unit, suffix = _unit_and_suffix(rest[number.end() :])
    comparator = _merge(text, comparator, suffix)
    comparator = with_direction(text, comparator, direction)
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


def _unit_and_suffix(tail: str) -> tuple[str, Comparator | None]:
    for word, comparator in SUFFIX_WORDS:
        if tail.endswith(word):
            return written_unit(tail[: -len(word)]), comparator
    return written_unit(tail), None


def _merge(text: str, leading: Comparator | None, suffix: Comparator | None) -> Comparator | None:
    if leading is None or suffix is None or leading == suffix:
        return leading or suffix
    raise unreadable(text, "reason.contradicting_comparators")


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
        chosen = with_direction(text, comparator, direction)
        if chosen is None:
            raise _no_comparator(text, value, "%")
        return Quantity(chosen, value, "%")
    raise unreadable(text, "reason.no_number")


def _no_comparator(text: str, value: Decimal, unit: str) -> NotationError:
    shown = decimal_text(value) + (unit or "次")
    return NotationError(
        "S012", {"text": text, "suggestion": [f"≥{shown}", f"≤{shown}", f"={shown}"]}
    )


def _digits_in_unit(text: str, unit: str) -> NotationError:
    if unit.startswith("月") or any(ch in unit for ch in "年月日"):
        return unreadable(text, "reason.date_as_unit", unit=unit)
    return unreadable(text, "reason.digits_in_unit", unit=unit)
