"""Look-alike and full-width characters, as published tables use them, mapped to one spelling."""

from __future__ import annotations

from perfcheck.reading.invisible import visible

# Look-alikes and full-width forms seen in published tables, mapped to one spelling.
CHARACTERS = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width digits
        "％": "%",
        "＝": "=",
        "═": "=",
        "≧": "≥",
        "≦": "≤",
        "＞": ">",
        "＜": "<",
        "．": ".",
        "＋": "+",
        "－": "-",
        "　": " ",
    }
)


def normalise(text: str) -> str:
    """Map look-alike characters to one spelling and drop blanks and invisible characters."""
    return "".join(visible(text).translate(CHARACTERS).split())
