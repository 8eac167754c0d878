"""Numbers as people print them: exact decimals, percentages, money, points.

Every rounding for display is half-up, like the scores themselves, so a printed figure never
differs from the computed one by a banker's cent.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def half_up(value: Decimal, quantum: Decimal) -> Decimal:
    """Rounded half-up to the quantum (2.345 → 2.35 at 0.01): the one rounding perfcheck uses."""
    return value.quantize(quantum, rounding=ROUND_HALF_UP)


def decimal_text(value: Decimal) -> str:
    """As written, without an exponent: 15213.00, 2.28, 100."""
    return format(value, "f")


def signed_text(value: Decimal) -> str:
    """A change as written, its sign shown: +0.8, -2; nothing changed is 0."""
    return format(value, "+f") if value else format(value.copy_abs(), "f")


def plain(value: Decimal) -> str:
    """Whole numbers without their zeros (50, not 50.00); others as they are."""
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")


def rounded_text(value: Decimal, quantum: Decimal) -> str:
    """Rounded half-up to the quantum, as the scoring rules round: 2.345 → 2.35 at 0.01."""
    return format(half_up(value, quantum), "f")


def to_cents(value: Decimal) -> Decimal:
    """Half-up to the cent without trailing zeros (8.5, 12, 91.23): a figure a report computes
    rather than copies, such as a count due by now (17 × 6/12 = 8.5)."""
    return half_up(value, CENT).normalize()


def percent(fraction: Decimal) -> str:
    """A fraction as a percentage to the cent: 0.9779 → 97.79%."""
    return rounded_text(fraction * 100, CENT) + "%"


def money(value: Decimal) -> str:
    """With thousands separators and two places: 15,213.00."""
    return format(half_up(value, CENT), ",f")
