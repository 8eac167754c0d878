"""The command line's root: the app, its own options (--version, --debug, --lang), the options
the commands share, and the table of commands. Each command is declared in a module of its own
(cli/declarations/), which parses its arguments into its typed request and hands it to its run
in perfcheck.commands; a run declares only the command its command line names. Policy (exit
codes, limits, profiles) lives with the runs, not here."""

# No `from __future__ import annotations` here: typer reads a command's signature as it builds
# it, and annotations kept as strings would be evaluated then, at every start.
import copy
import importlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer.models import CommandInfo

from perfcheck import __version__
from perfcheck.cli.grafting import grafted
from perfcheck.cli.help_pages import Command, Group
from perfcheck.commands.session import CommonOptions, Session
from perfcheck.reports.formats import Color, ScoreFormat
from perfcheck.text import in_every_language
from perfcheck.text.catalogue import LANGUAGES, TEXTS

# The help texts come from the catalogue, every language at once (--help is read before any
# --lang): the root's and the shared options' at import, a command's as its module declares it.


def both(key: str) -> str:
    """A one-line help text in every language: "中文 / English"."""
    return in_every_language(key)


def described(key: str, *examples: str) -> str:
    """A command's help: its summary in every language on the first line (the list of commands
    shows it), then each language's paragraphs in turn, then the examples."""
    texts = [TEXTS[key][lang].split("\n\n") for lang in LANGUAGES]
    paragraphs = [" / ".join(text[0] for text in texts)]
    paragraphs += [paragraph for text in texts for paragraph in text[1:]]
    if len(examples) == 1:
        paragraphs.append(f"{both('help.example')}: {examples[0]}")
    elif examples:
        paragraphs.append(f"{both('help.examples')}:")
        paragraphs += [f"  {example}" for example in examples]
    return "\n\n".join(paragraphs)


# The app; each command's module declares its command on it when imported (see COMMANDS).
root = typer.Typer(
    name="perfcheck",
    help=described(
        "help.app",
        "perfcheck score actuals/2022Q4.yaml",
        "perfcheck validate targets/ actuals/",
        "perfcheck summary actuals/2022Q4.yaml --format html -o review.html",
        "perfcheck trend actuals/",
        "perfcheck show targets/chengdu_procuratorate_2022.yaml",
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=Group,
)


def _language(value: str | None) -> str | None:
    from perfcheck.text.catalogue import LANGUAGES

    if value is not None and value not in LANGUAGES:
        choices = " | ".join(LANGUAGES)
        raise typer.BadParameter(f"{choices}", param_hint="--lang")
    return value


LangOption = Annotated[
    str | None, typer.Option("--lang", callback=_language, help=both("help.common.lang"))
]
# --quiet and --verbose say in each command what they do there; most use these words.
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help=both("help.common.quiet"))]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help=both("help.common.verbose"))]
JobsOption = Annotated[
    int | None, typer.Option("--jobs", "-j", min=1, help=both("help.validate.jobs"))
]
TableFormatOption = Annotated[
    ScoreFormat, typer.Option("--format", help=both("help.common.table_format"))
]
TargetsOption = Annotated[Path | None, typer.Option("--targets", help=both("help.common.targets"))]


def _common_options(
    lang: LangOption = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help=both("help.common.encoding"))
    ] = None,
    profile: Annotated[
        str | None, typer.Option("--profile", help=both("help.common.profile"))
    ] = None,
    color: Annotated[Color | None, typer.Option("--color", help=both("help.common.color"))] = None,
    width: Annotated[
        int | None, typer.Option("--width", min=40, max=1000, help=both("help.common.width"))
    ] = None,
) -> CommonOptions:
    """The options that mean the same in every command, declared once; a command names those
    it takes (see `declare`)."""
    return CommonOptions(lang, encoding, profile, color, width)


EVERY_COMMON = CommonOptions._fields
Declared = TypeVar("Declared", bound=Callable[..., None])


def declare(
    key: str, *examples: str, common: Sequence[str], name: str | None = None
) -> Callable[[Declared], Declared]:
    """A command of the app, described by the catalogue's `key`, which takes the common options
    named in `common`, in that order, where its keyword `common` stands; it gets their values
    as one CommonOptions."""

    def register(declared: Declared) -> Declared:
        parsed = grafted(declared, _common_options, common)
        root.command(name, help=described(key, *examples), cls=Command)(parsed)
        return declared

    return register


def output_option(key: str, metavar: str | None = None) -> Any:
    """-o: the file a command writes, as the catalogue's `key` describes it."""
    return typer.Option("-o", "--output", help=both(key), metavar=metavar)


def needs_output(document: bool, output: Path | None) -> None:
    """A workbook is written to a file (-o), never to the terminal."""
    if document and output is None:
        raise typer.BadParameter(both("usage_xlsx_needs_output"), param_hint="-o")


def finite_number(value: str | None) -> str | None:
    from decimal import Decimal, InvalidOperation

    if value is None:
        return None
    try:
        if Decimal(value).is_finite():
            return value
    except InvalidOperation:
        pass
    raise typer.BadParameter(both("usage_a_number"), param_hint="--fail-under")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"perfcheck {__version__}")
        raise typer.Exit()


@root.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=both("help.app.version")),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help=both("help.app.debug"))] = False,
    lang: LangOption = None,
) -> None:
    """The options before the command: --version, --debug, --lang."""
    session = ctx.ensure_object(Session)
    session.debug = debug
    session.root_lang = lang


# The commands, in the order --help lists them, each with the module that declares it.
COMMANDS = {
    "validate": "validate",
    "config": "config",
    "show": "show",
    "score": "score",
    "summary": "summary",
    "trend": "trend",
    "portfolio": "portfolio",
    "audit": "audit",
    "init": "init",
    "import": "import_table",
    "schema": "schema",
    "explain": "explain",
}


def whole_app() -> typer.Typer:
    """The app with every command declared, in the order of COMMANDS: for --help, for a name
    the app does not know (answered with the names it does), for shell completion, and for a
    program that runs commands itself (one it declares on the app comes after perfcheck's)."""
    for name in COMMANDS:
        _import_declaration(name)
    order = {name: place for place, name in enumerate(COMMANDS)}
    root.registered_commands.sort(key=lambda info: order.get(_name(info), len(order)))
    return root


def _import_declaration(name: str) -> None:
    importlib.import_module(f"perfcheck.cli.declarations.{COMMANDS[name]}")


# The root's options that may stand before the command a run builds alone; --lang takes a value.
# Any other option there (--help, whose page lists every command, --version, the completion
# options, a mistake) gets the whole app.
_ROOT_VALUED = frozenset({"--lang"})
_ROOT_FLAGS = frozenset({"--debug"})


def for_command_line(args: Sequence[str]) -> typer.Typer:
    """The app a run needs: only the command its command line names, when it names one of
    them after nothing but --debug and --lang — declaring and building the eleven others cost
    4 ms of every start — else the whole app (see whole_app)."""
    named = _command_named(args)
    if named not in COMMANDS or any(key.startswith("_PERFCHECK_COMPLETE") for key in os.environ):
        return whole_app()
    _import_declaration(named)
    narrowed = copy.copy(root)  # alone, whatever else a program has declared before
    narrowed.registered_commands = [i for i in root.registered_commands if _name(i) == named]
    return narrowed


def _command_named(args: Sequence[str]) -> str | None:
    """The first word that is no root option, when only _ROOT_FLAGS and _ROOT_VALUED stand
    before it; else None."""
    words = iter(args)
    for word in words:
        if word == "--":
            return None
        if word in _ROOT_VALUED:
            next(words, None)
        elif not word.startswith("-"):
            return word
        elif word not in _ROOT_FLAGS and word.partition("=")[0] not in _ROOT_VALUED:
            return None
    return None


def _name(info: CommandInfo) -> str:
    from typer.main import get_command_name  # how typer names a command it is not told a name

    return info.name or get_command_name(getattr(info.callback, "__name__", ""))
