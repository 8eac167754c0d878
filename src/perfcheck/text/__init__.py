"""Every user-facing text, in every language perfcheck speaks, looked up by key.

Code and results carry keys and arguments; a text is rendered only at the edge, in the language
asked for. A language is added by adding its column to each table here.
"""

from __future__ import annotations

from collections.abc import Mapping

from perfcheck.diagnostics import Lang
from perfcheck.text.messages import MESSAGES


def say(key: str, lang: Lang, args: Mapping[str, object] | None = None) -> str:
    """The text of `key` in `lang`, its `{placeholders}` filled from `args`."""
    template = MESSAGES[key][lang]
    return template.format_map(args) if args else template
