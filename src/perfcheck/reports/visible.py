"""Text from the inputs as it may leave perfcheck: every character that could act on a terminal,
a log or a parser instead of being read is shown as a visible escape.

One policy for every text format (terminal tables, concise and human diagnostics, GitHub
annotations, Markdown, CSV, JUnit XML, SARIF messages): C0 and C1 controls and DEL (`\\x1b`,
`\\n`, `\\t`, `\\r`), the line and paragraph separators, the bidi embeddings, overrides, isolates
and marks, the noncharacters U+FFFE/U+FFFF and lone surrogates. A byte a file name's encoding
could not decode (Python keeps it as a surrogate U+DC80–U+DCFF) is shown as that byte (`\\xff`).
The result holds nothing the escaper would change again, so escaping twice is harmless; JSON
output is left to the JSON encoder, which escapes controls itself.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text

_UNSAFE = (
    "[\x00-\x1f\x7f-\x9f"  # C0, DEL, C1 (NEL among them)
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
    "\u2028\u2029"  # line and paragraph separators
    "\ufffe\uffff"  # noncharacters, not allowed in XML
    "\ud800-\udfff]"  # lone surrogates: undecodable bytes of file names
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str) -> str:
    """`text` with every unsafe character replaced by its escape."""
    if text.isprintable():  # none of them is printable (a test checks): most text ends here
        return text
    unsafe = _unsafe()
    if unsafe.search(text) is None:
        return text
    return unsafe.sub(_escape, text)


@cache  # compiled when first needed: most runs print nothing that needs it
def _unsafe() -> re.Pattern[str]:
    return re.compile(_UNSAFE)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the byte itself
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def plain(value: str | Text) -> Text:
    """A rich Text for a table cell or a printed line: a string is escaped and never read as
    markup (`[bold]`, `[/]`) or emoji codes; a Text, built by perfcheck, is kept."""
    from rich.text import Text

    return Text(visible(value)) if isinstance(value, str) else value


def text_cells(*values: str | Text) -> list[Text]:
    """A table row's cells, each through `plain`."""
    return [plain(value) for value in values]
