"""What a plain YAML scalar is: YAML 1.1's implicit types, the numbers written in a base nobody
means in a table, and the exact decimals perfcheck reads numbers as."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from perfcheck.text import Phrase

TAG = "tag:yaml.org,2002:"
_RESOLVER = Resolver()


_CONSTRUCTOR = SafeConstructor()


_TEXT_TAGS_EXPLICIT = {"!", TAG + "str"}


_IMPLICIT = {first: tuple(rx for _, rx in resolvers)
             for first, resolvers in Resolver.yaml_implicit_resolvers.items() if first}  # fmt: skip
# The first characters of the plain scalars YAML 1.1 may type: any other begins text.
TYPED_FIRST = frozenset(_IMPLICIT)


_YAML11_NUMBER = re.compile(
    r"[-+]?(0[0-7_]+|0[oO][0-7_]+|0[xX][0-9a-fA-F_]+|0[bB][01_]+"
    r"|[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?)$"
)


KINDS = ("bool", "int", "float", "null", "timestamp", "collection")  # the catalogue's kind.*


def kind_phrase(kind: str) -> Phrase:
    """What YAML took a scalar for, as words of the catalogue."""
    return Phrase(f"kind.{kind}") if kind in KINDS else Phrase("verbatim", {"text": kind})


def kind_of_value(value: Any) -> Phrase:
    """What a constructed value is, for messages."""
    if isinstance(value, bool):
        return kind_phrase("bool")
    if isinstance(value, int):
        return kind_phrase("int")
    if isinstance(value, Decimal):
        return kind_phrase("float")
    if value is None:
        return kind_phrase("null")
    if isinstance(value, date):
        return kind_phrase("timestamp")
    if isinstance(value, dict):
        return Phrase("kind.mapping")
    if isinstance(value, list):
        return Phrase("kind.list")
    return Phrase("kind.text")


def kind_args(kind: str) -> dict[str, object]:
    return {"kind": kind_phrase(kind)}


_FORMS = {"x": "hexadecimal", "b": "binary", "o": "octal"}  # the catalogue's base.*


def yaml11_number(raw: str) -> bool:
    return bool(_YAML11_NUMBER.match(raw))


def yaml11_args(raw: str, value: Any) -> dict[str, object]:
    digits = raw.lstrip("+-")
    prefix = digits[1:2].lower() if digits.startswith("0") else ""
    form = "sexagesimal" if ":" in raw else _FORMS.get(prefix, "octal")
    return {"raw": raw, "value": _shown_number(value), "form": Phrase(f"base.{form}")}


_EXACT_BELOW = 10**15  # a number shown in a message digit for digit below this


def _shown_number(value: Any) -> Any:
    """A value read in another base as a message shows it: `0x` and 4,000 digits is an int
    Python will not even write out (over 4,300 digits), so a large one is shown to four
    figures (3.019e+4816)."""
    number = isinstance(value, int | Decimal) and not isinstance(value, bool)
    return f"{Decimal(value):.3e}" if number and abs(value) >= _EXACT_BELOW else value


def base_prefixed_value(raw: str) -> int | None:
    """The value of `0x10`, `0b101` or `0o10` written as text; None for anything else."""
    try:
        return int(raw.replace("_", ""), 0) if re.fullmatch(_BASE_PREFIXED, raw) else None
    except ValueError:
        return None


_BASE_PREFIXED = r"[-+]?0[xXbBoO][0-9a-fA-F_]+"  # compiled when first met (re keeps it)


def construct_scalar(event: Any) -> tuple[Any, str | None]:
    """The scalar's value and, when YAML typed plain text as something else, that kind."""
    if not event.implicit[0] or event.tag in _TEXT_TAGS_EXPLICIT:
        return event.value, None
    kind = implicit_kind(event.value)
    if kind is None:
        return event.value, None
    return _typed_value(kind, event.value), kind


def is_typed(text: str) -> bool:
    """Whether YAML 1.1 reads this plain scalar as something other than text (empty: null)."""
    if not text:
        return True
    for pattern in _IMPLICIT.get(text[0], ()):  # noqa: SIM110 - any() over a generator: +10 %
        if pattern.match(text):
            return True
    return False


@lru_cache(maxsize=4096)
def implicit_kind(text: str) -> str | None:
    """What YAML 1.1 makes of a plain scalar; None for text. Keys and values repeat a lot."""
    tag: str = _RESOLVER.resolve(ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    kind = tag[len(TAG) :] if tag.startswith(TAG) else tag
    return None if kind in {"str", "value", "merge"} else kind


def _typed_value(kind: str, text: str) -> Any:
    if kind == "null":
        return None
    if kind == "bool":
        return SafeConstructor.bool_values[text.lower()]
    if kind == "int":
        if ":" in text:  # base 60: PyYAML's loop over Python ints takes quadratic time
            total = _decimal(text)
            return int(total) if abs(total) < _EXACT_BELOW else total
        return _CONSTRUCTOR.construct_yaml_int(ScalarNode(TAG + "int", text))
    if kind == "float":
        return _decimal(text)
    if kind == "timestamp":
        stamp: date | datetime = _CONSTRUCTOR.construct_yaml_timestamp(
            ScalarNode(TAG + "timestamp", text)
        )
        return stamp
    return text


_SPECIAL = {".inf": "Infinity", "+.inf": "Infinity", "-.inf": "-Infinity", ".nan": "NaN"}


def _decimal(text: str) -> Decimal:
    cleaned = text.replace("_", "").lower()
    if cleaned in _SPECIAL:
        return Decimal(_SPECIAL[cleaned])
    if ":" in cleaned:  # YAML 1.1 base-60, e.g. 1:30.5
        sign = -1 if cleaned.startswith("-") else 1
        total = Decimal(0)
        for part in cleaned.lstrip("+-").split(":"):
            total = total * 60 + Decimal(part)
        return sign * total
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the resolver only passes numbers
        return Decimal("NaN")


def scalar(value: Any) -> str:
    """A scalar as YAML text that reads back as the same value: plain where YAML would read it
    as that text, quoted otherwise (`=100%`, `1`, `2023-12-31`)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, int):
        return str(value)
    if value is None:
        return "null"
    text = str(value)
    return text if _plain(text) else quoted(text)


_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`=~<+.0123456789 ")


def _plain(text: str) -> bool:
    return (
        bool(text)
        and text[0] not in _INDICATORS
        and text.isprintable()
        and text == text.strip()
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not is_typed(text)
        and implicit_kind(text) is None
    )


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quoted(text: str) -> str:
    return '"' + "".join(_escaped(ch) for ch in text) + '"'


def _escaped(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if ch.isprintable() and ch not in "\u2028\u2029\u0085":
        return ch
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def key(text: str) -> str:
    """A mapping key as YAML text: plain where YAML reads it back as this text, as tables print
    ids (1-1, 2.3a), quoted where it would read as something else (1, 2.5, 2023-12-31)."""
    leading_digit = text[:1].isdigit() and _plain("a" + text[1:])
    if _plain(text) or (leading_digit and not is_typed(text) and implicit_kind(text) is None):
        return text
    return scalar(text)
