"""Numbers as published tables write them (`15,213.00`, full-width digits), and values written with
them: `98%`, `5人次`, `≥266米`."""

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from perfcheck.model.notation.comparators import Comparator, comparator_word
from perfcheck.model.notation.errors import NotationError
from perfcheck.model.notation.spelling import CHARACTERS, normalise
from perfcheck.text import Phrase

# A number as targets and values write it: a sign, thousands separators, decimals.
NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_LOOSE_UNDERSCORE = re.compile(r"(?<!\d)_|_(?!\d)")  # one not between two digits
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


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


_UNIT_WORDS = {"百分比": "%", "百分之": "%"}


def written_unit(text: str) -> str:
    """The unit written after a number, without the brackets around it (`(%)`, `（万元）`);
    百分比 is %. A bracket without its pair is no unit's (`5)万` is not 5万)."""
    stripped = text
    if len(text) >= 2 and text[0] in _OPENING and text[-1] in _CLOSING:
        stripped = text[1:-1]
    return _UNIT_WORDS.get(stripped, stripped)


_OPENING = "(（"
_CLOSING = ")）"


class WrittenValue(NamedTuple):
    """An actual as written: `98%`, `5人次`, or with the target's comparator repeated, `≥266米`."""

    value: Decimal
    unit: str
    comparator: Comparator | None = None


@lru_cache(maxsize=4096)  # actuals such as 100% and 98% recur
def parse_amount(text: str) -> WrittenValue:
    """Read an actual value; raises ValueError when there is no number in front."""
    comparator, body = comparator_word(normalise(text))
    refuse_other_base(text, body)
    refuse_unclear_number(text, body, "D033")
    number = NUMBER.match(body)
    if number is None:
        raise ValueError(text)
    return WrittenValue(
        parse_number(number.group()), written_unit(body[number.end() :]), comparator
    )


_OTHER_BASE = re.compile(r"[+-]?0[xXbBoO][0-9a-fA-F_]+")
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:\.\d+)?[eE][+-]?\d")
_SPLIT_NUMBER = re.compile(r"\d[ \t\u3000]+[\d.,]")  # `8 0%`: blanks are dropped otherwise


def refuse_unclear_number(text: str, body: str, code: str) -> None:
    """A number in scientific notation, or with a blank inside it, is not read at all."""
    if _SCIENTIFIC.match(body):
        reason = "reason.scientific_notation"
    elif _SPLIT_NUMBER.search(text.translate(CHARACTERS)):
        reason = "reason.blank_in_number"
    else:
        return
    raise NotationError(code, {"text": text, "reason": Phrase(reason)})


def refuse_other_base(text: str, body: str) -> None:
    """`0x10`, `0b101`, `0o10`: a number in another base (Y011), not 0 with a unit `x10`."""
    found = _OTHER_BASE.match(body)
    if found is None:
        return
    from perfcheck.reading.yaml_scalars import base_prefixed_value, yaml11_args

    value = base_prefixed_value(found.group())
    if value is not None:
        raise NotationError("Y011", yaml11_args(found.group(), value))
