"""JSON Schemas of the file formats, for editors (yaml-language-server) and other tools.

The models' fields name what the schema adds to pydantic's own account of them: the patterns
below describe the text the loader reads as a number, a period or a comparator, so that an
editor refuses what the loader refuses. Where the loader is more lenient than a pattern can
say exactly, the pattern errs on the side of accepting (tests/test_schema.py checks both).
Digits are ASCII or full-width ([0-9０-９]): the loader also reads other scripts' digits, which
no published table uses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

SCHEMA_FILES = {"targets": "targets.schema.json", "actuals": "actuals.schema.json"}

JsonDict = dict[str, Any]

_DIGIT = "[0-9０-９]"
_ZERO = "[0０]"


def _run(digit: str, gap: str) -> str:
    """Digits with `gap` between and around them (Python's Decimal reads `_1_`)."""
    return f"{gap}{digit}(?:{gap}{digit})*{gap}"


def _number(digit: str, gap: str, point: str) -> str:
    """A mantissa of `digit`s: `12`, `12.`, `12.5`, `.5`."""
    run = _run(digit, gap)
    return f"(?:{run}(?:{point}(?:{run})?)?|{point}{run})"


def _unsigned(digit_gap: str, point: str, plus: str, minus: str, blank: str) -> str:
    """Positive, or negative zero (`-0` is 0 to the loader, so it is not refused)."""
    any_number = _number(_DIGIT, digit_gap, point)
    zero = _number(_ZERO, digit_gap, point)
    return f"(?:{plus}?{blank}{any_number}|{minus}{blank}{zero})"


# What pydantic reads as a Decimal from text (Python's Decimal(): blanks around, `1_000`, `1e3`).
_EXPONENT = rf"(?:[eE][+-]?{_run(_DIGIT, '_*')})?"
DECIMAL_TEXT = rf"^\s*[+-]?{_number(_DIGIT, '_*', '[.]')}{_EXPONENT}\s*$"
UNSIGNED_TEXT = rf"^\s*{_unsigned('_*', '[.]', '[+]', '-', '')}{_EXPONENT}\s*$"

# Money as model.notation.numbers.parse_number reads it: blanks anywhere (`15 213`), thousands
# separators (`15,213.00`), full-width digits and signs; a `,` out of place is not told apart.
_GAP = r"[\s_,]*"
_POINT = r"\s*[.．]\s*"
_AMOUNT_EXPONENT = rf"(?:\s*[eE]\s*[+＋\-－]?\s*{_run(_DIGIT, _GAP)})?"
_BLANKS = r"\s*"
_AMOUNT = _unsigned(_GAP, _POINT, "[+＋]", "[-－]", _BLANKS)
AMOUNT_TEXT = rf"^\s*{_AMOUNT}{_AMOUNT_EXPONENT}\s*$"
# A budget amount may carry its money unit (`250万`, `1.2亿元`): model.notation.units.money_written.
_MONEY_UNIT = "(?:(?:千|万|十万|百万|千万|亿)?元|万|亿)"
MONEY_TEXT = rf"^\s*{_AMOUNT}{_AMOUNT_EXPONENT}\s*(?:{_MONEY_UNIT}|[(（]{_MONEY_UNIT}[)）])?\s*$"

# model.period.parse_period: 2022Q1…2022Q4 and 2022-1…2022-12, blanks around.
_MONTH = "(?:[0０]?[1-9１-９]|[1１][0-2０-２])"
PERIOD_TEXT = rf"^\s*(?:{_DIGIT}{{4}}[Qq][1-4１-４]|{_DIGIT}{{4}}-{_MONTH})\s*$"

# pydantic's lax booleans: what the loader reads as true or false besides true and false.
_BOOLEAN_WORDS = ("true", "false", "yes", "no", "on", "off", "t", "f", "y", "n", "1", "0")


def _any_case(word: str) -> str:
    return "".join(f"[{c}{c.upper()}]" if c.isalpha() else c for c in word)


BOOLEAN_TEXT = "^(?:" + "|".join(_any_case(word) for word in _BOOLEAN_WORDS) + ")$"


def whole(pattern: re.Pattern[str], blanks: bool = False) -> str:
    """A loader's regular expression (used with fullmatch) as a schema pattern, which JSON
    Schema searches for: anchored, with blanks allowed around when the loader strips them."""
    blank = r"\s*" if blanks else ""
    return f"^{blank}(?:{pattern.pattern}){blank}$"


# --- the comparator, as model.notation.comparators.parse_comparator reads it ------------------


@lru_cache(maxsize=1)
def _look_alikes() -> dict[str, str]:
    """Each character the loader reads as another (`＞` as `>`), grouped by what it reads."""
    from perfcheck.model.notation.spelling import normalise

    found: dict[str, list[str]] = {}
    for point in range(0x20, 0x10000):
        char = chr(point)
        if 0xD800 <= point < 0xE000:
            continue
        read = normalise(char)
        if len(read) == 1 and read != char:
            found.setdefault(read, []).append(char)
    return {read: "".join(chars) for read, chars in found.items()}


def _class(chars: str) -> str:
    escaped = "".join("\\" + c if c in "\\]^-[" else c for c in chars)
    return f"[{escaped}]" if len(chars) > 1 else escaped


@lru_cache(maxsize=1)
def comparator_words() -> str:
    """Every comparator parse_comparator accepts, look-alikes and blanks included (no anchors)."""
    from perfcheck.model.notation.comparators import COMPARATOR_WORDS  # the loader's own table

    alikes = _look_alikes()
    words = sorted({word for word, _ in COMPARATOR_WORDS}, key=lambda w: (-len(w), w))
    spelled = (r"\s*".join(_class(c + alikes.get(c, "")) for c in word) for word in words)
    return "(?:" + "|".join(spelled) + ")"


def comparator_text() -> str:
    return rf"^\s*{comparator_words()}\s*$"


@lru_cache(maxsize=1)
def share_text() -> str:
    """score_rate as model.actuals reads it: a fraction, or a percentage (`90%`)."""
    number = _unsigned(r"[\s,]*", _POINT, "[+＋]", "[-－]", _BLANKS)
    unit = r"[()（）\s]*(?:[%％]|百\s*分\s*[比之])?[()（）\s]*"
    written = rf"^\s*{comparator_words()}?\s*{number}{unit}$"
    return f"{written}|{UNSIGNED_TEXT}"


# --- what a field adds to pydantic's schema (json_schema_extra) -------------------------------


def _branches(schema: JsonDict) -> Iterator[JsonDict]:
    """The schema and every alternative within it."""
    yield schema
    for alternative in schema.get("anyOf", ()):
        yield from _branches(alternative)


def strings_match(pattern: str | Callable[[], str]) -> Callable[[JsonDict], None]:
    """The field's text alternatives must match `pattern` (a pattern, or a function giving one
    when the schema is made)."""

    def extra(schema: JsonDict) -> None:
        for branch in _branches(schema):
            if branch.get("type") == "string":
                branch["pattern"] = pattern if isinstance(pattern, str) else pattern()

    return extra


def numbers_among(values: list[int | float]) -> Callable[[JsonDict], None]:
    """The field's number alternatives must be one of `values`."""

    def extra(schema: JsonDict) -> None:
        for branch in _branches(schema):
            if branch.get("type") == "number":
                branch["enum"] = values

    return extra


def every(*extras: Callable[[JsonDict], None]) -> Callable[[JsonDict], None]:
    def extra(schema: JsonDict) -> None:
        for each in extras:
            each(schema)

    return extra


def lax_boolean(schema: JsonDict) -> None:
    """true or false, and what the loader also reads as one: 0, 1, `yes`, `off` …"""
    extra: list[JsonDict] = [{"enum": [0, 1]}, {"type": "string", "pattern": BOOLEAN_TEXT}]
    if "anyOf" in schema:
        schema["anyOf"] = [*schema["anyOf"], *extra]
    else:
        schema["anyOf"] = [{"type": schema.pop("type")}, *extra]


def no_null(schema: JsonDict) -> None:
    """The field may be left out, but not written empty: the loader refuses null."""
    kept = [b for b in schema.get("anyOf", ()) if b.get("type") != "null"]
    if len(kept) == 1:
        del schema["anyOf"]
        schema.update(kept[0])


def comparator_schema(schema: JsonDict) -> None:
    """The structured target's comparator: a symbol or word parse_comparator reads."""
    schema.pop("$ref", None)
    schema.update(
        type="string", pattern=comparator_text(), examples=["≥", "＞", "=", "≤", "＜", ">="]
    )


# --- the documents ----------------------------------------------------------------------------


def _model(kind: str) -> type[BaseModel]:
    from perfcheck.model.actuals import ActualsFile
    from perfcheck.model.targets import TargetFile

    models: dict[str, type[BaseModel]] = {"targets": TargetFile, "actuals": ActualsFile}
    return models[kind]


def schema_of(kind: str) -> JsonDict:
    document = _model(kind).model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://perfcheck.invalid/schema/{SCHEMA_FILES[kind]}",
        **document,
    }


def schema_text(kind: str) -> str:
    import json  # `perfcheck schema` only: the patterns above are what every run needs

    return json.dumps(schema_of(kind), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
