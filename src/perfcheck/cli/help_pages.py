"""--help pages in the run's language: the usage line, the section headings, the --help option
and the shell-completion options, which the command-line library words in English only. The
commands' and options' own texts come from the catalogue in every language at once, as they are
declared before any --lang is read; the page around them follows the run's language, as usage
errors do (cli/usage.py): --lang anywhere on the command line, else the configuration's."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from typer import core
from typer._click import Command as LibraryCommand  # typer's own copy of click
from typer._click import Context, HelpFormatter, Parameter

from perfcheck.cli.usage import language_on
from perfcheck.diagnostics import Lang
from perfcheck.text import say

_ASKED = "perfcheck.lang"  # in the contexts' meta, which every context of a run shares

# The options typer adds to the root for shell completion, by parameter name: their help.
_COMPLETION = {
    "install_completion": "help_page.install_completion",
    "show_completion": "help_page.show_completion",
}


def page_language(ctx: Context) -> Lang:
    """The language of a help page: --lang on the command line, else the configuration's
    (read only as a page is written: a run that needs no configuration reads none)."""
    asked: Lang | None = ctx.meta.get(_ASKED)
    if asked is not None:
        return asked
    from perfcheck.commands.session import Session

    root = ctx.find_root()  # before the root's own options are read, the session is not there
    session = root.obj if isinstance(root.obj, Session) else root.ensure_object(Session)
    return session.configured_lang()


class _Localised(LibraryCommand):
    """What the commands and the root share: the page's own words in the run's language."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        if _ASKED not in ctx.meta:  # the root, which sees the whole command line
            ctx.meta[_ASKED] = language_on(args)
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        prefix = say("usage_line", page_language(ctx), {"usage": ""})
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=prefix)

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        lang = page_language(ctx)
        params = self.get_params(ctx)
        option = self.get_help_option(ctx)  # made once and kept: its words set for this page
        if option is not None:  # here, not as every run parses its options: that would read
            option.help = say("help_page.help_option", lang)  # the configuration each time
        for kind, key in (("argument", "help_page.arguments"), ("option", "help_page.options")):
            records = _records(params, kind, ctx, lang)
            if records:
                with _section(formatter, say(key, lang)):
                    formatter.write_dl(records)


class Command(_Localised, core.TyperCommand):
    """A command whose --help page is in the run's language."""


class Group(_Localised, core.TyperGroup):
    """The root, whose --help page and list of commands are in the run's language."""

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        listed = [(name, self.get_command(ctx, name)) for name in self.list_commands(ctx)]
        shown = [(name, command) for name, command in listed if command and not command.hidden]
        if not shown:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in shown)
        rows = [(name, command.get_short_help_str(limit)) for name, command in shown]
        with _section(formatter, say("help_page.commands", page_language(ctx))):
            formatter.write_dl(rows)


def _records(
    params: Sequence[Parameter], kind: str, ctx: Context, lang: Lang
) -> list[tuple[str, str]]:
    """The (names, help) rows of one section, the library's own words in the page's language."""
    rows = []
    for param in params:
        if param.param_type_name != kind:
            continue
        key = _COMPLETION.get(param.name or "")
        if key is not None and isinstance(param, core.TyperOption):
            param.help = say(key, lang)
        record = param.get_help_record(ctx)
        if record is not None:
            names, text = record
            if param.required:  # the library's `[required]`, at the end of the help
                text = _required(text, say("help_page.required", lang))
            rows.append((names, text))
    return rows


def _required(text: str, word: str) -> str:
    for before, after in (("[required]", f"[{word}]"), ("; required]", f"; {word}]")):
        if text.endswith(before):
            return text.removesuffix(before) + after
    return text


@contextmanager
def _section(formatter: HelpFormatter, heading: str) -> Iterator[None]:
    """A section under its heading as the library writes one, the heading as the catalogue
    gives it, its colon included (`选项：`, `Options:`)."""
    formatter.write_paragraph()
    formatter.write(f"{'':>{formatter.current_indent}}{heading}\n")
    formatter.indent()
    try:
        yield
    finally:
        formatter.dedent()
