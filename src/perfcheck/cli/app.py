"""The command line's declarations: each command parses its arguments into its typed request
and hands it to its run in perfcheck.commands. Policy (exit codes, limits, profiles) lives
there, not here."""

# No `from __future__ import annotations` here: typer reads every command's signature at each
# start, and evaluating annotations kept as strings cost 5 ms of every run.
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from perfcheck import __version__
from perfcheck.commands.session import CannotProceedError, ExitCode, Session
from perfcheck.reports.formats import Color, ScoreFormat, ShowFormat, SummaryFormat, ValidateFormat

app = typer.Typer(
    name="perfcheck",
    help="绩效目标表的校验与自评打分 — validate and score budget performance targets.\n\n"
    "例 / examples:\n\n"
    "  perfcheck score actuals/2022Q4.yaml\n\n"
    "  perfcheck validate targets/ actuals/\n\n"
    "  perfcheck summary actuals/2022Q4.yaml --format html -o review.html\n\n"
    "  perfcheck trend actuals/\n\n"
    "  perfcheck show targets/chengdu_procuratorate_2022.yaml",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
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
    str | None,
    typer.Option("--lang", callback=_language, help="输出语言 zh（默认）| en / output language"),
]
EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        help="按指定编码读取不是 UTF-8 的文件（如 gbk；UTF-8 文件照常读取）/ read the files that "
        "are not UTF-8 in this encoding (UTF-8 files are read as UTF-8)",
    ),
]
ProfileOption = Annotated[
    str | None,
    typer.Option(
        "--profile",
        help="未写 rules.profile 的目标表所用的评分规则方案 / rules profile of a target file "
        "that names none",
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="不输出提示和警告 / no messages or warnings")
]
VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose",
        "-v",
        help="列出所读文件、配置、评分规则方案和警告 / name the files read, the configuration, "
        "the rules profile and the warnings",
    ),
]
ColorOption = Annotated[
    Color | None, typer.Option("--color", help="颜色 / colour: auto, always, never")
]
WidthOption = Annotated[
    int | None,
    typer.Option("--width", min=40, max=1000, help="表格宽度（字符）/ table width"),
]
TableFormatOption = Annotated[
    ScoreFormat, typer.Option("--format", help="text、json、csv 或 markdown")
]
TargetsOption = Annotated[
    Path | None,
    typer.Option("--targets", help="目标表，代替文件中的 targets: / target file override"),
]


def _finite_number(value: str | None) -> str | None:
    from decimal import Decimal, InvalidOperation

    if value is None:
        return None
    try:
        if Decimal(value).is_finite():
            return value
    except InvalidOperation:
        pass
    raise typer.BadParameter("应为数值 / a number", param_hint="--fail-under")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"perfcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="显示版本 / version"),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="内部错误时显示完整回溯 / full traceback on a bug")
    ] = False,
    lang: LangOption = None,
) -> None:
    """绩效目标表的校验与自评打分 — validate and score budget performance targets."""
    session = ctx.ensure_object(Session)
    session.debug = debug
    session.root_lang = lang


@app.command()
def validate(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="文件、目录或通配符；省略时用配置的 paths / files, folders, globs"),
    ] = None,
    output_format: Annotated[
        ValidateFormat | None,
        typer.Option("--format", help="human（终端默认）、concise、json、github、sarif、junit"),
    ] = None,
    strict: Annotated[
        bool | None,
        typer.Option("--strict/--no-strict", help="警告也视为问题 / warnings fail too"),
    ] = None,
    show_suppressed: Annotated[
        bool,
        typer.Option("--show-suppressed", help="也列出被忽略的警告 / list suppressed warnings"),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="只列错误 / errors only, no summary")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="逐个列出检查的文件 / name every file")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="并行进程数，至多为 CPU 数（默认 CPU 数）/ processes, "
            "at most the CPUs (default: CPUs)",
        ),
    ] = None,
    lang: LangOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
    color: ColorOption = None,
) -> None:
    """校验目标表和完成值文件 / check target and actuals files.

    文件按内容识别（目标表有 indicators:，完成值文件有 actuals:）。在 GitHub Actions 中
    自动输出注释和完整报告。Files are recognised by content; on GitHub Actions the
    problems become annotations and the full report follows.

    退出码 / exit: 0 无问题 clean, 1 发现问题 problems found, 2 无法执行 usage or I/O error.

    例 / examples:

      perfcheck validate targets/ actuals/ --format concise

      perfcheck validate --format sarif > perfcheck.sarif
    """
    from perfcheck.commands import validate as command

    request = command.ValidateRequest(
        paths or [], output_format, strict, show_suppressed, quiet, verbose, jobs, lang,
        encoding, profile, color,
    )  # fmt: skip
    _run(ctx, lambda session: command.run(request, session))


@app.command("config")
def show_config(ctx: typer.Context, lang: LangOption = None) -> None:
    """显示生效的配置及每项的来源 / print the settings in force and where each comes from.

    配置来自最近的 .perfcheck.yaml 或 pyproject.toml 的 [tool.perfcheck]（自当前目录向上查找），
    命令行参数优先。Settings come from the nearest .perfcheck.yaml or [tool.perfcheck] in
    pyproject.toml, searching upwards; command-line flags override them.
    """
    from perfcheck.commands.explain import show_config as command

    _run(ctx, lambda session: command(lang, session))


@app.command()
def show(
    ctx: typer.Context,
    target: Annotated[Path, typer.Argument(help="目标表文件 / target file")],
    output_format: Annotated[
        ShowFormat, typer.Option("--format", help="text 或 json")
    ] = ShowFormat.TEXT,
    verbose: VerboseOption = False,
    lang: LangOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
    color: ColorOption = None,
    width: WidthOption = None,
) -> None:
    """按表格显示目标表及各指标分值 / show a target file with resolved points.

    例 / example: perfcheck show targets/chengdu_procuratorate_2022.yaml --format json
    """
    from perfcheck.commands import show as command

    request = command.ShowRequest(
        target, output_format, verbose, lang, encoding, profile, color, width
    )
    _run(ctx, lambda session: command.run(request, session))


@app.command()
def score(
    ctx: typer.Context,
    actuals: Annotated[Path, typer.Argument(help="完成值文件 / actuals file")],
    targets: TargetsOption = None,
    output_format: TableFormatOption = ScoreFormat.TEXT,
    fail_under: Annotated[
        str | None,
        typer.Option(
            "--fail-under",
            help="总分低于此值时退出码为 1 / exit 1 below this total",
            callback=_finite_number,
        ),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="总是以 0 退出（仅出报告）/ always exit 0")
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="不出报告，只以退出码表示结果 / no report: the exit code tells"
        ),
    ] = False,
    verbose: VerboseOption = False,
    lang: LangOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
    color: ColorOption = None,
    width: WidthOption = None,
) -> None:
    """年终自评打分，或年中运行监控 / score an actuals file against its targets.

    年终（Q4 或 12 月）出自评表；更早的期间按序时进度出红黄绿灯和预计年终得分。
    Year-end (Q4 or December) gives the self-evaluation table; earlier periods give lights
    against the time elapsed and a projected year-end score.

    退出码 / exit: 0 全部完成（或无红灯）all met (no red light), 1 有未完成或缺失（或有红灯）
    unmet or missing (a red light), 2 输入有误 invalid input. --fail-under 以（预计）总分为准。

    例 / example: perfcheck score actuals/2022Q4.yaml --format json
    """
    from decimal import Decimal

    from perfcheck.commands import score as command

    request = command.ScoreRequest(
        actuals, targets, output_format, None if fail_under is None else Decimal(fail_under),
        exit_zero, quiet, verbose, lang, encoding, profile, color, width,
    )  # fmt: skip
    _run(ctx, lambda session: command.run(request, session))


@app.command()
def summary(
    ctx: typer.Context,
    actuals: Annotated[Path, typer.Argument(help="完成值文件 / actuals file")],
    output_format: Annotated[
        SummaryFormat, typer.Option("--format", help="markdown（默认）、html 或 xlsx")
    ] = SummaryFormat.MARKDOWN,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="输出文件（原子写入）/ output file, written atomically"
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="替换已有的输出文件 / replace an existing output")
    ] = False,
    targets: TargetsOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    lang: LangOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
) -> None:
    """生成自评报告材料 / the review pack: report, charts, the official 自评表.

    年终期间生成绩效自评报告；年中期间生成运行监控报告。Markdown 默认输出到标准输出；
    HTML 为单个自包含文件（含图表）；xlsx 为官方自评表格式，须用 -o 指定文件。
    At year-end the self-evaluation report, before it the monitoring report. Markdown goes
    to stdout unless -o is given; HTML is one self-contained file with charts; xlsx, in the
    layout of the official 自评表, needs -o.

    例 / example: perfcheck summary actuals/2022Q4.yaml --format html -o review.html
    """
    from perfcheck.commands import summary as command

    if output_format is SummaryFormat.XLSX and output is None:
        raise typer.BadParameter("xlsx 须用 -o 指定输出文件 / xlsx needs -o FILE", param_hint="-o")
    request = command.SummaryRequest(
        actuals, output_format, output, force, targets, quiet, verbose, lang, encoding, profile
    )
    _run(ctx, lambda session: command.run(request, session))


@app.command()
def trend(
    ctx: typer.Context,
    paths: Annotated[
        list[str], typer.Argument(help="完成值文件或目录（如 actuals/）/ actuals files or folders")
    ],
    output_format: TableFormatOption = ScoreFormat.TEXT,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    lang: LangOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
    color: ColorOption = None,
    width: WidthOption = None,
) -> None:
    """各期完成情况的趋势 / the trend of one target file's actuals across periods.

    每个指标各期的完成值和红黄绿灯，以及期末状态；检查各文件是否指向同一目标表、期间是否重复、
    累计数是否下降。
    Each indicator's value and light at every period and where it ended; checks that the files
    name one target file, that no period repeats and that no cumulative count falls.

    退出码 / exit: 0, 2 文件有误或不一致 invalid or inconsistent files.

    例 / example: perfcheck trend actuals/
    """
    from perfcheck.commands import trend as command

    request = command.TrendRequest(
        paths, output_format, quiet, verbose, lang, encoding, profile, color, width
    )
    _run(ctx, lambda session: command.run(request, session))


@app.command()
def init(
    ctx: typer.Context,
    actuals: Annotated[Path, typer.Argument(help="要创建的完成值文件 / actuals file to create")],
    targets: Annotated[Path, typer.Option("--targets", help="目标表 / target file")],
    period: Annotated[str, typer.Option("--period", help="期间，如 2022Q4 / period")],
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    lang: LangOption = None,
    encoding: EncodingOption = None,
) -> None:
    """生成完成值文件模板 / write an actuals skeleton to fill in.

    列出每个指标的编号、名称和指标值（注释），数值留空待填；不会覆盖已有文件。

    例 / example: perfcheck init actuals/2023Q4.yaml --targets targets/x.yaml --period 2023Q4
    """
    from perfcheck.commands import init as command

    request = command.InitRequest(actuals, targets, period, quiet, verbose, lang, encoding)
    _run(ctx, lambda session: command.run(request, session))


@app.command()
def schema(
    ctx: typer.Context,
    kind: Annotated[
        SchemaKind, typer.Argument(help="targets（目标表）或 actuals（完成值文件）")
    ] = SchemaKind.TARGETS,
) -> None:
    """输出文件格式的 JSON Schema / print the JSON Schema of a file format.

    例 / example: perfcheck schema targets > schema/targets.schema.json
    """
    from perfcheck.commands.explain import schema as command

    _run(ctx, lambda session: command(kind.value))


@app.command()
def explain(
    ctx: typer.Context,
    code: Annotated[str | None, typer.Argument(help="诊断代码，如 Y002 / a code")] = None,
    lang: LangOption = None,
) -> None:
    """解释诊断代码的含义与修改方法 / explain a diagnostic code.

    例 / example: perfcheck explain Y002
    """
    from perfcheck.commands.explain import explain as command

    _run(ctx, lambda session: command(code, lang, session))


def _run(ctx: typer.Context, command: Callable[[Session], ExitCode]) -> NoReturn:
    """Run a command; one that cannot proceed says why, one located error a line, and exits 2."""
    session = ctx.ensure_object(Session)
    try:
        code = command(session)
    except CannotProceedError as refusal:
        from perfcheck.reports.visible import visible

        for line in refusal.lines:  # located errors quote the input: escaped, one per line
            sys.stderr.write(visible(line) + "\n")
        code = ExitCode.CANNOT_PROCEED
    raise typer.Exit(code)
