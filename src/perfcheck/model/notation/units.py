"""Units that are multiples of one another: money from 元 to 亿元, and 万 or 亿 before any unit."""

from __future__ import annotations

from decimal import Decimal

from perfcheck.model.notation.numbers import parse_amount

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
