"""The command line's declarations: each command parses its arguments into its typed request
and hands it to its run in perfcheck.commands. Policy (exit codes, limits, profiles) lives
there, not here."""

# No `from __future__ import annotations` here: typer reads every command's signature at each
# start, and evaluating annotations kept as strings cost 5 ms of every run.
import copy
import os
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer.models import CommandInfo

from perfcheck import __version__
from perfcheck.cli.grafting import grafted
from perfcheck.cli.help_pages import Command, Group
from perfcheck.cli.process import run_command
from perfcheck.commands.session import CommonOptions, Session
from perfcheck.reports.formats import (
    AuditFormat,
    Color,
    PortfolioFormat,
    ScoreFormat,
    ShowFormat,
    SummaryFormat,
    ValidateFormat,
)
from perfcheck.text import in_every_language
from perfcheck.text.catalogue import LANGUAGES, TEXTS

# The help texts come from the catalogue, every language at once (--help is read before any
# --lang): a few dozen lookups at import, in a module every run imports anyway.


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


app = typer.Typer(
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


class SchemaKind(StrEnum):
    TARGETS = "targets"
    ACTUALS = "actuals"


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
    it takes (see `_command`)."""
    return CommonOptions(lang, encoding, profile, color, width)


EVERY_COMMON = CommonOptions._fields
Declared = TypeVar("Declared", bound=Callable[..., None])


def _command(
    key: str, *examples: str, common: Sequence[str], name: str | None = None
) -> Callable[[Declared], Declared]:
    """A command of the app, described by the catalogue's `key`, which takes the common options
    named in `common`, in that order, where its keyword `common` stands; it gets their values
    as one CommonOptions."""

    def register(declared: Declared) -> Declared:
        parsed = grafted(declared, _common_options, common)
        app.command(name, help=described(key, *examples), cls=Command)(parsed)
        return declared

    return register


def _output(key: str, metavar: str | None = None) -> Any:
    """-o: the file a command writes, as the catalogue's `key` describes it."""
    return typer.Option("-o", "--output", help=both(key), metavar=metavar)


def _needs_output(document: bool, output: Path | None) -> None:
    """A workbook is written to a file (-o), never to the terminal."""
    if document and output is None:
        raise typer.BadParameter(both("usage_xlsx_needs_output"), param_hint="-o")


def _finite_number(value: str | None) -> str | None:
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


@app.callback()
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


@_command(
    "help.validate",
    "perfcheck validate targets/ actuals/ --format concise",
    "perfcheck validate --format sarif > perfcheck.sarif",
    common=("lang", "encoding", "profile", "color"),
)
def validate(
    ctx: typer.Context,
    paths: Annotated[list[str] | None, typer.Argument(help=both("help.validate.paths"))] = None,
    output_format: Annotated[
        ValidateFormat | None, typer.Option("--format", help=both("help.validate.format"))
    ] = None,
    strict: Annotated[
        bool | None, typer.Option("--strict/--no-strict", help=both("help.validate.strict"))
    ] = None,
    show_suppressed: Annotated[
        bool, typer.Option("--show-suppressed", help=both("help.validate.show_suppressed"))
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=both("help.validate.quiet"))] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help=both("help.validate.verbose"))
    ] = False,
    jobs: JobsOption = None,
    *,
    common: CommonOptions,
) -> None:
    """Check target and actuals files."""
    from perfcheck.commands import validate as command

    request = command.ValidateRequest(
        paths or [], output_format, strict, show_suppressed, quiet, verbose, jobs, common
    )
    run_command(ctx, lambda session: command.run(request, session))


@app.command("config", help=described("help.config"), cls=Command)
def show_config(ctx: typer.Context, lang: LangOption = None) -> None:
    """Print the settings in force and where each comes from."""
    from perfcheck.commands.explain import show_config as command

    run_command(ctx, lambda session: command(lang, session))


@_command(
    "help.show",
    "perfcheck show targets/chengdu_procuratorate_2022.yaml --format json",
    "perfcheck show targets/chengdu_procuratorate_2022.yaml --format xlsx -o 目标表.xlsx",
    common=EVERY_COMMON,
)
def show(
    ctx: typer.Context,
    target: Annotated[Path, typer.Argument(help=both("help.show.target"))],
    output_format: Annotated[
        ShowFormat, typer.Option("--format", help=both("help.show.format"))
    ] = ShowFormat.TEXT,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
    output: Annotated[Path | None, _output("help.show.output")] = None,
    force: Annotated[bool, typer.Option("--force", help=both("help.show.force"))] = False,
) -> None:
    """Show a target file with its resolved points."""
    from perfcheck.commands import show as command

    _needs_output(output_format is ShowFormat.XLSX, output)
    request = command.ShowRequest(target, output_format, verbose, common, output, force)
    run_command(ctx, lambda session: command.run(request, session))


@_command("help.score", "perfcheck score actuals/2022Q4.yaml --format json", common=EVERY_COMMON)
def score(
    ctx: typer.Context,
    actuals: Annotated[Path, typer.Argument(help=both("help.score.actuals"))],
    targets: TargetsOption = None,
    output_format: TableFormatOption = ScoreFormat.TEXT,
    fail_under: Annotated[
        str | None,
        typer.Option("--fail-under", help=both("help.score.fail_under"), callback=_finite_number),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help=both("help.score.exit_zero"))
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=both("help.score.quiet"))] = False,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
) -> None:
    """Score an actuals file against its targets (or monitor it in-year)."""
    from decimal import Decimal

    from perfcheck.commands import score as command

    request = command.ScoreRequest(
        actuals, targets, output_format, None if fail_under is None else Decimal(fail_under),
        exit_zero, quiet, verbose, common,
    )  # fmt: skip
    run_command(ctx, lambda session: command.run(request, session))


@_command(
    "help.summary",
    "perfcheck summary actuals/2022Q4.yaml --format html -o review.html",
    common=("lang", "encoding", "profile"),
)
def summary(
    ctx: typer.Context,
    actuals: Annotated[Path, typer.Argument(help=both("help.summary.actuals"))],
    output_format: Annotated[
        SummaryFormat, typer.Option("--format", help=both("help.summary.format"))
    ] = SummaryFormat.MARKDOWN,
    output: Annotated[Path | None, _output("help.summary.output")] = None,
    force: Annotated[bool, typer.Option("--force", help=both("help.summary.force"))] = False,
    targets: TargetsOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
) -> None:
    """Write the review pack: report, charts, the official 自评表."""
    from perfcheck.commands import summary as command

    _needs_output(output_format is SummaryFormat.XLSX, output)
    request = command.SummaryRequest(
        actuals, output_format, output, force, targets, quiet, verbose, common
    )
    run_command(ctx, lambda session: command.run(request, session))


@_command("help.trend", "perfcheck trend actuals/", common=EVERY_COMMON)
def trend(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help=both("help.trend.paths"))],
    output_format: TableFormatOption = ScoreFormat.TEXT,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
) -> None:
    """The trend of one target file's actuals across periods."""
    from perfcheck.commands import trend as command

    request = command.TrendRequest(paths, output_format, quiet, verbose, common)
    run_command(ctx, lambda session: command.run(request, session))


@_command(
    "help.portfolio",
    "perfcheck portfolio departments/ --sort -total",
    "perfcheck portfolio departments/ --filter grade=差 --format csv > poor.csv",
    "perfcheck portfolio departments/ --db results.sqlite --format html -o portfolio.html",
    common=EVERY_COMMON,
)
def portfolio(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help=both("help.portfolio.paths"))],
    output_format: Annotated[
        PortfolioFormat, typer.Option("--format", help=both("help.portfolio.format"))
    ] = PortfolioFormat.TEXT,
    sort: Annotated[str | None, typer.Option("--sort", help=both("help.portfolio.sort"))] = None,
    filters: Annotated[
        list[str] | None, typer.Option("--filter", help=both("help.portfolio.filter"))
    ] = None,
    jobs: JobsOption = None,
    db: Annotated[Path | None, typer.Option("--db", help=both("help.portfolio.db"))] = None,
    output: Annotated[Path | None, _output("help.portfolio.output")] = None,
    force: Annotated[bool, typer.Option("--force", help=both("help.portfolio.force"))] = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
) -> None:
    """One report over many tables: for the finance bureau."""
    from perfcheck.commands import portfolio as command

    _needs_output(output_format is PortfolioFormat.XLSX, output)
    request = command.PortfolioRequest(
        paths, output_format, sort, filters or [], jobs, quiet, verbose, common, db, output, force
    )
    run_command(ctx, lambda session: command.run(request, session))


@_command(
    "help.audit",
    "perfcheck audit actuals/2023Q4.yaml",
    "perfcheck audit departments/ --format json --jobs 2",
    common=("lang", "encoding", "profile", "color"),
)
def audit(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help=both("help.audit.paths"))],
    output_format: Annotated[
        AuditFormat, typer.Option("--format", help=both("help.audit.format"))
    ] = AuditFormat.TEXT,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
) -> None:
    """Re-check a published self-evaluation's printed figures."""
    from perfcheck.commands import audit as command

    request = command.AuditRequest(paths, output_format, jobs, quiet, verbose, common)
    run_command(ctx, lambda session: command.run(request, session))


@_command(
    "help.init",
    "perfcheck init actuals/2023Q4.yaml --targets targets/x.yaml --period 2023Q4",
    common=("lang", "encoding"),
)
def init(
    ctx: typer.Context,
    actuals: Annotated[Path, typer.Argument(help=both("help.init.actuals"))],
    targets: Annotated[Path, typer.Option("--targets", help=both("help.init.targets"))],
    period: Annotated[str, typer.Option("--period", help=both("help.init.period"))],
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
) -> None:
    """Write an actuals skeleton to fill in."""
    from perfcheck.commands import init as command

    request = command.InitRequest(actuals, targets, period, quiet, verbose, common)
    run_command(ctx, lambda session: command.run(request, session))


@_command(
    "help.import",
    "perfcheck import 目标表.xlsx -o targets/2024.yaml",
    "perfcheck import 自评表.xls -o targets/2023.yaml --actuals actuals/2023Q4.yaml",
    "perfcheck import - -o targets/2024.yaml    (粘贴 / pasted)",
    "perfcheck import 收到的表格/ -o 导入/ --format json",
    common=("lang", "profile", "color"),
    name="import",
)
def import_table(
    ctx: typer.Context,
    table: Annotated[str, typer.Argument(help=both("help.import.table"))],
    # as typed, shown as a path: a trailing `/` (a folder, made if need be) is lost in a Path
    output: Annotated[str, _output("help.import.output", "<path>")],
    actuals: Annotated[
        Path | None, typer.Option("--actuals", help=both("help.import.actuals"))
    ] = None,
    sheet: Annotated[str | None, typer.Option("--sheet", help=both("help.import.sheet"))] = None,
    table_number: Annotated[
        int | None, typer.Option("--table", min=1, help=both("help.import.table_number"))
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=both("help.import.force"))] = False,
    output_format: Annotated[
        ValidateFormat | None, typer.Option("--format", help=both("help.import.format"))
    ] = None,
    jobs: JobsOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=both("help.import.quiet"))] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help=both("help.import.verbose"))
    ] = False,
    *,
    common: CommonOptions,
) -> None:
    """Bring a published table in as target and actuals files."""
    from perfcheck.commands import import_table as command

    request = command.ImportRequest(
        table, output, actuals, sheet, table_number, force, output_format, jobs, quiet,
        verbose, common,
    )  # fmt: skip
    run_command(ctx, lambda session: command.run(request, session))


@app.command(
    help=described("help.schema", "perfcheck schema targets > schema/targets.schema.json"),
    cls=Command,
)
def schema(
    ctx: typer.Context,
    kind: Annotated[SchemaKind, typer.Argument(help=both("help.schema.kind"))] = SchemaKind.TARGETS,
) -> None:
    """Print the JSON Schema of a file format."""
    from perfcheck.commands.explain import schema as command

    run_command(ctx, lambda session: command(kind.value))


@app.command(help=described("help.explain", "perfcheck explain Y002"), cls=Command)
def explain(
    ctx: typer.Context,
    code: Annotated[str | None, typer.Argument(help=both("help.explain.code"))] = None,
    lang: LangOption = None,
) -> None:
    """Explain a diagnostic code."""
    from perfcheck.commands.explain import explain as command

    run_command(ctx, lambda session: command(code, lang, session))


# The root's options that take a value; the first other word of a command line is its command.
_ROOT_VALUED = frozenset({"--lang"})


def for_command_line(args: Sequence[str]) -> typer.Typer:
    """The app a run needs: only the command its command line names, when it names one of
    them — typer builds every command it holds at each start, 3 ms for the eleven a run does
    not use — and the whole app for the list of commands, for a name it does not know (which
    it answers with the names it does) and for shell completion."""
    named = _command_named(args)
    if named is None or any(key.startswith("_PERFCHECK_COMPLETE") for key in os.environ):
        return app
    chosen = [info for info in app.registered_commands if _name(info) == named]
    if not chosen:
        return app
    narrowed = copy.copy(app)
    narrowed.registered_commands = chosen
    return narrowed


def _command_named(args: Sequence[str]) -> str | None:
    words = iter(args)
    for word in words:
        if word == "--":
            return None
        if word in _ROOT_VALUED:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def _name(info: CommandInfo) -> str:
    from typer.main import get_command_name  # how typer names a command it is not told a name

    return info.name or get_command_name(getattr(info.callback, "__name__", ""))
