"""Comparators and directions in the words published tables use: ≥, >=, 不低于, 以上; 正向, 反向."""

from __future__ import annotations

from enum import StrEnum

from perfcheck.model.notation.errors import NotationError, unreadable
from perfcheck.model.notation.spelling import normalise
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


# Longest first, so that 大于等于 wins over 大于.
COMPARATOR_WORDS: tuple[tuple[str, Comparator], ...] = (
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
SUFFIX_WORDS: tuple[tuple[str, Comparator], ...] = (
    ("以上", Comparator.GE),
    ("以下", Comparator.LE),
    ("以内", Comparator.LE),
)


def parse_comparator(text: str) -> Comparator:
    """A comparator on its own, as in the structured form (`>=`, `≥`, `不低于` …)."""
    body = normalise(text)
    for word, comparator in COMPARATOR_WORDS:
        if body == word:
            return comparator
    for word, inclusive, strict in _AMBIGUOUS_WORDS:
        if body == word:
            raise _ambiguous(text, word, "", inclusive, strict)
    raise unreadable(text, "reason.not_a_comparator")


def comparator_word(body: str) -> tuple[Comparator | None, str]:
    """The comparator word a normalised text starts with (the first of COMPARATOR_WORDS, in
    their order) and the text after it; None and the text where it starts with none."""
    for word, comparator in COMPARATOR_WORDS:
        if body.startswith(word):
            return comparator, body[len(word) :]
    return None, body


def leading_comparator(text: str, body: str) -> tuple[Comparator | None, str]:
    """The comparator a text starts with (`≥`, `不低于` …) and the text after it; an ambiguous
    word (大于) is refused with its two readings."""
    comparator, rest = comparator_word(body)
    if comparator is not None:
        return comparator, rest
    for word, inclusive, strict in _AMBIGUOUS_WORDS:
        if body.startswith(word):
            raise _ambiguous(text, word, body[len(word) :], inclusive, strict)
    return None, body


def with_direction(
    text: str, comparator: Comparator | None, direction: Direction | None
) -> Comparator | None:
    """The written comparator, or the direction's; a comparator against the direction is refused."""
    if direction is None:
        return comparator
    if comparator is None:
        return direction.comparator
    if direction.contradicts(comparator):
        raise unreadable(
            text, "reason.against_direction", comparator=comparator.symbol, direction=direction
        )
    return comparator


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
