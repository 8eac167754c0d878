"""A spreadsheet cell's value as the user sees it: `100` not `100.0`, `95%` for 0.95 shown as a
percentage, `15,213.00`, a date as its format writes it.

Spreadsheets store numbers as binary floats and keep the way they are shown apart, as a number
format. Only the formats tables use are followed (General, fixed decimals, thousands separators,
percentages, literal text around the number, dates and times); any other shows the number as
General does.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

GENERAL = "General"

# The number formats Excel builds in, by id, that a table may use without defining them.
BUILTIN_FORMATS: dict[int, str] = {
    0: GENERAL,
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    9: "0%",
    10: "0.00%",
    14: "yyyy/m/d",
    15: "d-mmm-yy",
    16: "d-mmm",
    17: "mmm-yy",
    18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM",
    20: "h:mm",
    21: "h:mm:ss",
    22: "yyyy/m/d h:mm",
    31: 'yyyy"年"m"月"d"日"',
    32: 'h"时"mm"分"',
    33: 'h"时"mm"分"ss"秒"',
    49: "@",
    55: 'yyyy"年"m"月"',
    56: 'm"月"d"日"',
    57: 'yyyy"年"m"月"',
    58: 'm"月"d"日"',
}

CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None


def shown(value: CellValue, number_format: str = GENERAL) -> str:
    """The text of a cell as its program shows it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return _number(value, number_format)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return _date(value, number_format)
    return str(value)  # a duration


def general(value: float) -> str:
    """A number as the General format shows it: at most 15 significant digits (what a
    spreadsheet keeps), no exponent, no trailing zeros."""
    if isinstance(value, int):
        return str(value)
    if value.is_integer() and abs(value) < 1e15:  # most cells: a quick path
        return str(int(value))
    number = Decimal(f"{value:.15g}")
    text = format(number.normalize(), "f")
    return "0" if text == "-0" else text


_BRACKETS = re.compile(r"\[[^\]]*\]")  # colours and conditions: [Red], [>=100]
_LITERAL = re.compile(r'"([^"]*)"|\\(.)|_.|\*.')  # "text", \x; _x pads and *x fills show nothing
_NUMBER_PART = re.compile(r"[#0?][#0?,]*(?:\.[#0?]*)?")

# A spreadsheet shows at most 30 decimal places, whatever its format asks for.
_MOST_DECIMALS = 30
# Enough digits for the largest float (about 1.8e308) times 100, with its decimals: rounding to
# a format's places never runs out of precision, so no number a cell can hold is refused.
_PRECISION = 320 + _MOST_DECIMALS


def _section(number_format: str) -> str:
    return _BRACKETS.sub("", number_format.split(";")[0]).strip()


def _number(value: float, number_format: str) -> str:
    if number_format == GENERAL:
        return general(value)
    section = _section(number_format)
    if section in ("", GENERAL, "@") or section.lower() == "general":
        return general(value)
    if _is_date_format(section):
        return general(value)  # a date the reader did not convert: shown as its serial number
    found = _NUMBER_PART.search(_LITERAL.sub(lambda m: " " * len(m.group()), section))
    if found is None:
        return general(value)
    spec = found.group()
    prefix = _literal_text(section[: found.start()])
    suffix = _literal_text(section[found.end() :])
    decimals = min(len(spec.split(".")[1]) if "." in spec else 0, _MOST_DECIMALS)
    percent = "%" in _LITERAL.sub("", section)  # a bare % scales; `"%"` or `\%` is only printed
    digits = _fixed(value, decimals, percent=percent, grouped="," in spec.rstrip(","))
    if digits is None:
        return general(value)
    return f"{prefix}{digits}{suffix}"


def _fixed(value: float, decimals: int, *, percent: bool, grouped: bool) -> str | None:
    """A number rounded half up to `decimals` places, or None for one no format can show (an
    infinity, NaN, an integer beyond a float's range)."""
    try:
        as_float = float(value)
    except OverflowError:
        return None
    if not math.isfinite(as_float):
        return None
    # Every step in a context wide enough for any float: the default 28 digits would refuse
    # 1E+26 rounded to two places (decimal.InvalidOperation).
    with localcontext(Context(prec=_PRECISION, rounding=ROUND_HALF_UP)):
        number = Decimal(f"{as_float:.15g}")
        if percent:
            number *= 100
        rounded = number.quantize(Decimal(1).scaleb(-decimals))
    return f"{rounded:,f}" if grouped else f"{rounded:f}"


def _literal_text(part: str) -> str:
    """What a format prints around the number: its quoted text, escaped characters, % and the
    characters Excel prints as they are."""
    out = []
    position = 0
    for found in _LITERAL.finditer(part):
        out.append(part[position : found.start()])
        out.append(found.group(1) or found.group(2) or "")
        position = found.end()
    out.append(part[position:])
    return "".join(out).strip()


_DATE_TOKENS = re.compile(
    r'"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM/PM|am/pm|.', re.IGNORECASE
)


def _is_date_format(section: str) -> bool:
    bare = _LITERAL.sub("", section).lower()
    return any(letter in bare for letter in "ymdhs") and "general" not in bare


def _date(value: dt.date | dt.time, number_format: str) -> str:
    section = _section(number_format)
    if not _is_date_format(section):
        section = _default_date_format(value)
    return _render_date(value, section)


def _default_date_format(value: dt.date | dt.time) -> str:
    """How a date shows when its format is not known: Excel's Chinese short date."""
    if isinstance(value, dt.datetime):
        return "yyyy/m/d h:mm" if value.time() != dt.time() else "yyyy/m/d"
    return "h:mm:ss" if isinstance(value, dt.time) else "yyyy/m/d"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _render_date(value: dt.date | dt.time, section: str) -> str:
    tokens = [t.group() for t in _DATE_TOKENS.finditer(section)]
    out = []
    for index, token in enumerate(tokens):
        out.append(_date_token(value, token, tokens, index))
    return "".join(out)


def _date_token(value: dt.date | dt.time, token: str, tokens: list[str], index: int) -> str:
    lower = token.lower()
    if token.startswith('"'):
        return token[1:-1]
    if token.startswith("\\"):
        return token[1:]
    day = value if isinstance(value, dt.date) else None
    clock = value if isinstance(value, dt.time) else None
    if isinstance(value, dt.datetime):
        clock = value.time()
    if lower in ("m", "mm") and _is_minute(tokens, index):
        minute = clock.minute if clock else 0
        return f"{minute:02d}" if lower == "mm" else str(minute)
    if day is not None and lower in _DAY_PARTS:
        return _DAY_PARTS[lower](day)
    if lower in ("h", "hh", "s", "ss"):
        number = (clock.hour if lower[0] == "h" else clock.second) if clock else 0
        return f"{number:02d}" if len(lower) == 2 else str(number)
    if lower == "am/pm":
        return "AM" if clock is None or clock.hour < 12 else "PM"
    return "" if lower in _DAY_PARTS else token


_DAY_PARTS: dict[str, Callable[[dt.date], str]] = {
    "yyyy": lambda d: f"{d.year:04d}",
    "yy": lambda d: f"{d.year % 100:02d}",
    "mmmm": lambda d: d.strftime("%B"),
    "mmm": lambda d: _MONTHS[d.month - 1],
    "mm": lambda d: f"{d.month:02d}",
    "m": lambda d: str(d.month),
    "dddd": lambda d: d.strftime("%A"),
    "ddd": lambda d: d.strftime("%a"),
    "dd": lambda d: f"{d.day:02d}",
    "d": lambda d: str(d.day),
}


def _is_minute(tokens: list[str], index: int) -> bool:
    """`m` is minutes right after an hour or right before seconds, months elsewhere."""
    before = [t.lower() for t in tokens[:index] if t.lower() in _CLOCK_OR_DATE]
    after = [t.lower() for t in tokens[index + 1 :] if t.lower() in _CLOCK_OR_DATE]
    return bool(before and before[-1] in ("h", "hh")) or bool(after and after[0] in ("s", "ss"))


_CLOCK_OR_DATE = {"yyyy", "yy", "mmmm", "mmm", "mm", "m", "dd", "d", "hh", "h", "ss", "s"}
