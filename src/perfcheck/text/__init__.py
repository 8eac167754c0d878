"""Every text perfcheck shows a person, looked up by key in the catalogue, in the language asked.

Code and results carry keys and arguments; a text is rendered only at the edge. An argument may
itself be a `Phrase` — a key of the catalogue with its own arguments — rendered in the same
language, so that a finding never carries a sentence already written in one language.
"""

from collections.abc import Mapping
from typing import NamedTuple

from perfcheck.text.catalogue import LANGUAGES, TEXTS, Lang

NO_ARGS: Mapping[str, object] = {}  # shared, never written to


class Phrase(NamedTuple):
    """A text of the catalogue as the argument of another: rendered in the reader's language."""

    key: str
    args: Mapping[str, object] = NO_ARGS


def say(key: str, lang: Lang, args: Mapping[str, object] | None = None) -> str:
    """The text of `key` in `lang`, its `{placeholders}` filled from `args`; a placeholder without
    its argument is a bug and raises KeyError."""
    template = TEXTS[key][lang]
    if not args:
        return template
    return template.format_map({name: shown(value, lang) for name, value in args.items()})


def counted(what: str, count: int) -> Phrase:
    """`3 个文件`, `1 file`, `2 files`: a count with its noun, from the catalogue's form for one
    (`count.files.one`) or for more (`count.files.many`)."""
    return Phrase(f"count.{what}.{'one' if count == 1 else 'many'}", {"count": count})


def in_every_language(key: str, args: Mapping[str, object] | None = None) -> str:
    """The text in every language at once, "中文 / English": for what is said before the
    language is known (--help) or when it cannot be (an interrupt, a bug, a closed stream)."""
    return " / ".join(say(key, lang, args) for lang in LANGUAGES)


def shown(value: object, lang: Lang) -> str:
    """An argument as it reads in a sentence: a phrase in the language, a list joined."""
    if isinstance(value, Phrase):
        return say(value.key, lang, value.args)
    if isinstance(value, list | tuple):
        return TEXTS["list_separator"][lang].join(shown(item, lang) for item in value)
    return str(value)


def words(prefix: str) -> dict[Lang, dict[str, str]]:
    """The texts whose keys start with `prefix.`, by language and the rest of the key: the
    words of one report, as its renderers look them up."""
    table: dict[Lang, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    start = prefix + "."
    for key, texts in TEXTS.items():
        if key.startswith(start):
            for lang, words_of_lang in table.items():
                words_of_lang[key.removeprefix(start)] = texts[lang]
    return table
