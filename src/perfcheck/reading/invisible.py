"""Characters that show as nothing: a unit or a name holding one looks like its twin but is not.

Unicode's format characters (category Cf: soft hyphen, zero-width spaces and joiners, the
direction marks and embeddings, the byte-order mark, tags …) and the fillers that render blank
(the combining grapheme joiner, the Hangul and Khmer fillers, the Mongolian free variation
selectors, the variation selectors U+FE00–FE0F). Spelled out as ranges: building the class from
`unicodedata` at start-up would scan every code point; a test checks the two agree.
"""

from __future__ import annotations

import re

_BASIC = (  # in the basic multilingual plane
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u115f-\u1160\u17b4-\u17b5"
    "\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f"
    "\ufeff\uffa0\ufff9-\ufffb"
)
_ASTRAL = (  # beyond it
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
# One character of either, written as a candidate and a look-behind: the regular expression
# engine tests a class that reaches beyond the basic plane range by range at every position,
# several times slower over a Chinese text; here each position costs a table look-up and one
# range, and only a candidate (an invisible or an astral character) meets the whole class.
INVISIBLE = re.compile(f"[{_BASIC}\U00010000-\U0010ffff](?<=[{_BASIC}{_ASTRAL}])")


def visible(text: str) -> str:
    """`text` without its invisible characters (reported as W005 when the file was read)."""
    if text.isascii():
        return text
    seen = _SEEN.get(text)
    if seen is None:
        seen = INVISIBLE.sub("", text)
        if len(text) <= _SHORT:
            if len(_SEEN) >= _KEPT:
                _SEEN.clear()
            _SEEN[text] = seen
    return seen


# Names, levels and units recur on every row and in every file: each short text is scanned once.
_SEEN: dict[str, str] = {}
_SHORT = 64
_KEPT = 4096
