"""Usage errors (an unknown option, a missing argument, a value out of range) in the language
the run speaks: the command-line library words them in English only."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from perfcheck.diagnostics import Lang
from perfcheck.text import say
from perfcheck.text.catalogue import LANGUAGES

if TYPE_CHECKING:
    from typer import TyperException
    from typer._click import Context


def language_asked(argv: Sequence[str], default: Lang) -> Lang:
    """The --lang of a command line that could not be parsed, wherever it stands."""
    return language_on(argv) or default


def language_on(argv: Sequence[str]) -> Lang | None:
    """The language a --lang anywhere on the command line asks for, if one does."""
    for index, word in enumerate(argv):
        value = word.partition("=")[2] if word.startswith("--lang=") else None
        if word == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        for lang in LANGUAGES:
            if value == lang:
                return lang
    return None


def usage_text(ctx: Context) -> str:
    """A command's usage without the library's heading: `perfcheck import [OPTIONS] {table}`."""
    return " ".join([ctx.command_path, *ctx.command.collect_usage_pieces(ctx)])


def usage_lines(error: TyperException, lang: Lang) -> list[str]:
    """What to print for a usage error: the usage, where help is, and the error itself."""
    ctx = getattr(error, "ctx", None)
    lines = []
    if ctx is not None:
        lines.append(say("usage_line", lang, {"usage": usage_text(ctx)}))
        lines.append(say("usage_help", lang, {"command": ctx.command_path}))
    lines.append(say("usage_error", lang, {"message": message(error, lang)}))
    return lines


def message(error: TyperException, lang: Lang) -> str:
    original: str = getattr(error, "format_message", error.__str__)()
    kind = type(error).__name__
    if lang == "en":  # the library's own words, but perfcheck's bilingual ones in English
        return _bad_value(error, original, lang) if kind == "BadParameter" else original
    if kind == "NoSuchOption":
        text = say("usage_no_such_option", lang, {"option": getattr(error, "option_name", "")})
        possible = getattr(error, "possibilities", None)
        return text + (
            say("usage_did_you_mean", lang, {"options": "、".join(possible)}) if possible else ""
        )
    if kind == "BadOptionUsage" and "requires an argument" in original:
        return say("usage_needs_value", lang, {"option": getattr(error, "option_name", "")})
    if kind == "MissingParameter":
        found = re.match(r"Missing (argument|option) '?([^'.]+)'?", original)
        if found:
            key = (
                "usage_missing_argument" if found.group(1) == "argument" else "usage_missing_option"
            )
            return say(key, lang, {"name": found.group(2)})
    if kind == "UsageError":
        found = re.match(r"No such command '(.+)'\.", original)
        if found:
            return say("usage_no_such_command", lang, {"command": found.group(1)})
        found = re.match(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)$", original, re.S)
        if found:
            return say("usage_extra_arguments", lang, {"arguments": found.group(1)})
    if kind == "BadParameter":
        return _bad_value(error, original, lang)
    return original


def _bad_value(error: TyperException, original: str, lang: Lang) -> str:
    hint = getattr(error, "param_hint", None)
    found = re.match(r"Invalid value for (.+?): (.*)$", original, re.S)
    name = hint or (found.group(1).replace("'", "") if found else "")
    detail = found.group(2) if found else original
    errors = getattr(error.__cause__, "errors", None)  # pydantic's, when it refused the value
    problems = errors() if callable(errors) else []
    problem = problems[0] if problems else {}
    limits = problem.get("ctx") or {}
    kind = problem.get("type")
    if kind == "greater_than_equal":
        detail = say("usage_at_least", lang, {"bound": limits.get("ge")})
    elif kind == "less_than_equal":
        detail = say("usage_at_most", lang, {"bound": limits.get("le")})
    elif kind == "int_parsing":
        detail = say("usage_whole_number", lang)
    elif (choices := re.search(r"is not one of (.+)\.$", detail)) is not None:
        detail = say("usage_one_of", lang, {"choices": choices.group(1)})
    elif re.search("[\u4e00-\u9fff]", detail) and " / " in detail:  # perfcheck's own words
        detail = detail.split(" / ", 1)[0 if lang == "zh" else 1]
    return say("usage_bad_value", lang, {"name": name, "detail": detail})
