"""The compact target notation: every unambiguous published spelling reads the same."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfcheck.model.notation.comparators import Comparator, parse_comparator
from perfcheck.model.notation.errors import NotationError
from perfcheck.model.notation.target_text import Qualitative, Quantity, parse_target

SPELLINGS: dict[Comparator, list[str]] = {
    Comparator.GE: ["≥", "≧", ">=", "=>", "大于等于", "大于或等于", "不低于", "不少于", "至少"],
    Comparator.GT: [">", "＞"],
    Comparator.EQ: ["=", "═", "＝", "==", "等于"],
    Comparator.LE: ["≤", "≦", "<=", "小于等于", "不超过", "不高于", "最长", "最多"],
    Comparator.LT: ["<", "＜"],
}
SUFFIXES = {Comparator.GE: ["以上"], Comparator.LE: ["以内", "以下"]}
UNITS = ["次", "次/年", "场次", "人次", "个", "册", "套", "万元", "分钟", "亩", "M", "%"]
FULL_WIDTH = str.maketrans({str(i): chr(0xFF10 + i) for i in range(10)})

values = st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False)


@st.composite
def published(draw: st.DrawFn) -> tuple[str, Quantity]:
    comparator = draw(st.sampled_from(list(Comparator)))
    value = draw(values)
    unit = draw(st.sampled_from(UNITS))
    number = format(value, ",f") if draw(st.booleans()) else format(value, "f")
    if draw(st.booleans()):
        number = number.translate(FULL_WIDTH)
    written_unit = unit
    if unit == "%":
        written_unit = draw(st.sampled_from(["%", "％", "百分比"]))
    suffixes = SUFFIXES.get(comparator, [])
    use_suffix = draw(st.booleans())
    if suffixes and use_suffix:
        text = number + written_unit + draw(st.sampled_from(suffixes))
    else:
        text = draw(st.sampled_from(SPELLINGS[comparator])) + number + written_unit
    return text, Quantity(comparator, value, unit)


@given(published())
def test_every_normalised_notation_reads_back(case: tuple[str, Quantity]) -> None:
    text, expected = case
    assert parse_target(text) == expected


@given(published())
def test_rendered_text_round_trips(case: tuple[str, Quantity]) -> None:
    quantity = parse_target(case[0])
    assert isinstance(quantity, Quantity)
    assert parse_target(quantity.text()) == quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("≥17次/年", Quantity(Comparator.GE, Decimal(17), "次/年")),
        ("=100%", Quantity(Comparator.EQ, Decimal(100), "%")),
        ("≥2场次", Quantity(Comparator.GE, Decimal(2), "场次")),
        ("最长30分钟", Quantity(Comparator.LE, Decimal(30), "分钟")),
        ("90%以上", Quantity(Comparator.GE, Decimal(90), "%")),
        ("≥ 90 %", Quantity(Comparator.GE, Decimal(90), "%")),
        ("≥80M", Quantity(Comparator.GE, Decimal(80), "M")),
        ("≥(%)95", None),
        ("定性优良中低差", Qualitative("优良中低差")),
        ("定性", Qualitative("达成度")),
    ],
)
def test_published_examples(text: str, expected: Quantity | Qualitative | None) -> None:
    if expected is None:
        with pytest.raises(NotationError):
            parse_target(text)
    else:
        assert parse_target(text) == expected


@pytest.mark.parametrize(
    ("text", "code", "hint"),
    [
        ("大于90%", "S011", {"inclusive": "≥90%", "strict": "＞90%"}),
        ("小于5次", "S011", {"inclusive": "≤5次", "strict": "＜5次"}),
        ("超过3次", "S011", {"inclusive": "≥3次", "strict": "＞3次"}),
        ("29.5亩", "S012", {"suggestion": ["≥29.5亩", "≤29.5亩", "=29.5亩"]}),
        ("% 95", "S012", {"suggestion": ["≥95%", "≤95%", "=95%"]}),
        ("≥100", "S013", {"suggestion": "≥100次"}),
        ("≥", "S010", {}),
        ("", "S010", {}),
        ("≥2023年12月", "S010", {}),
        ("≥90%以内", "S010", {}),
    ],
)
def test_ambiguous_and_incomplete_targets_say_what_to_write(
    text: str, code: str, hint: dict[str, object]
) -> None:
    with pytest.raises(NotationError) as raised:
        parse_target(text)
    assert raised.value.code == code
    for key, value in hint.items():
        assert raised.value.args_[key] == value


def test_structured_comparators() -> None:
    assert parse_comparator(">=") is Comparator.GE
    assert parse_comparator("≤") is Comparator.LE
    assert parse_comparator("不低于") is Comparator.GE
    with pytest.raises(NotationError) as raised:
        parse_comparator("大于")
    assert raised.value.code == "S011"
    with pytest.raises(NotationError):
        parse_comparator("about")


def test_comparator_symbols_and_direction() -> None:
    assert [c.symbol for c in Comparator] == ["≥", "＞", "=", "≤", "＜"]
    assert [c.is_reverse for c in Comparator] == [False, False, False, True, True]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("95(%)", "%"), ("5（万元）", "万元"), ("5(万元）", "万元"), ("5)万", ")万"), ("5(万", "(万")],
)
def test_brackets_are_dropped_from_a_unit_only_where_they_enclose_it(text: str, unit: str) -> None:
    from perfcheck.model.notation.numbers import parse_amount

    assert parse_amount(text).unit == unit


def test_a_money_amount_with_a_stray_bracket_is_refused() -> None:
    from perfcheck.model.actuals import BudgetActuals

    assert BudgetActuals.model_validate({"spent": "5（万元）"}).spent == 5
    with pytest.raises(ValueError):
        BudgetActuals.model_validate({"spent": "5)万"})
