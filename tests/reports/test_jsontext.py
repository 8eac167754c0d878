"""The JSON writer: json.dumps's text exactly, with Decimals written as the numbers they are."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfcheck.reports.jsontext import dumps

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=30,
)


@given(VALUES)
def test_the_text_is_json_dumps_with_an_indent_of_two(value: Any) -> None:
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


@given(VALUES)
def test_on_one_line_the_text_is_json_dumps_compact(value: Any) -> None:
    assert dumps(value, indent=None) == json.dumps(value, ensure_ascii=False)


@given(st.dictionaries(st.integers() | st.booleans() | st.none(), st.integers(), max_size=4))
def test_keys_that_are_not_text_are_written_as_json_dumps_writes_them(value: Any) -> None:
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_decimals_are_numbers_written_exactly() -> None:
    value = {"score": Decimal("2.28"), "rate": Decimal("0.9779"), "big": Decimal("1E+3")}
    text = dumps(value)
    assert text == '{\n  "score": 2.28,\n  "rate": 0.9779,\n  "big": 1000\n}'
    assert json.loads(text, parse_float=Decimal) == value


def test_negative_zero_is_zero_and_tuples_are_lists() -> None:
    assert dumps([Decimal("-0.00"), (1, "二")]) == '[\n  0.00,\n  [\n    1,\n    "二"\n  ]\n]'


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), float("inf"), {1j: 1}])
def test_what_json_cannot_hold_is_refused(value: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        dumps(value)


def test_a_record_is_refused_not_written_as_an_array() -> None:
    """A result record put into a report by mistake is an error, as any other object is: its
    fields are given by name, never as a bare list of values."""
    from typing import NamedTuple

    class Record(NamedTuple):
        id: str
        score: int

    with pytest.raises(TypeError, match="cannot write Record as JSON"):
        dumps({"row": Record("1-1", 5)})
    assert dumps([("1-1", 5)], indent=None) == '[["1-1", 5]]'  # a plain tuple is an array
