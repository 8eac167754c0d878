"""The command line: parse arguments, call the core, render. Nothing else happens here."""

# No `from __future__ import annotations` here: typer reads every command's signature at each
# start, and evaluating annotations kept as strings cost 5 ms of every run.
import atexit
import contextlib
import os
import shutil
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO

import typer

from perfcheck import __version__
from perfcheck.diagnostics import Diagnostic, Lang

if TYPE_CHECKING:
    from perfcheck.reading.config import Effective, Settings
    from perfcheck.reading.limits import Limits
    from perfcheck.reading.source import Source
    from perfcheck.results.files import LoadedTargets
    from perfcheck.run.options import Options

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_CANNOT_PROCEED = 2
EXIT_BUG = 3
EXIT_INTERRUPTED = 130
INTERRUPTED = "perfcheck: 已中断 / interrupted\n"

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


class ValidateFormat(StrEnum):
    HUMAN = "human"
    CONCISE = "concise"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"
    JUNIT = "junit"


class ShowFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


class SummaryFormat(StrEnum):
    MARKDOWN = "markdown"
    HTML = "html"
    XLSX = "xlsx"


class Color(StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class SchemaKind(StrEnum):
    TARGETS = "targets"
    ACTUALS = "actuals"


class ScoreFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


LangOption = Annotated[
    str | None, typer.Option("--lang", help="输出语言 zh（默认）| en / output language")
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

_effective: "Effective | None" = None


def _config() -> "Effective":
    """The project's settings, read once per run from the nearest configuration file."""
    global _effective
    if _effective is None:
        from perfcheck.reading.config import ConfigError, load

        try:
            _effective = load(Path.cwd())
        except ConfigError as error:
            typer.echo(f"perfcheck: {error}", err=True)
            raise typer.Exit(EXIT_CANNOT_PROCEED) from None
    return _effective


def _lang(value: str | None) -> Lang:
    if value is None:
        return _config().settings.lang
    if value not in ("zh", "en"):
        raise typer.BadParameter("zh 或 en / zh or en", param_hint="--lang")
    return "zh" if value == "zh" else "en"


def _use_color(choice: Color | None, stream: TextIO) -> bool:
    chosen = choice or Color(_config().settings.color)
    if chosen is Color.ALWAYS:
        return True
    if chosen is Color.NEVER or "NO_COLOR" in os.environ:
        return False
    return stream.isatty()


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


_debug = False  # --debug: let an internal error show its full traceback


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="显示版本 / version"),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="内部错误时显示完整回溯 / full traceback on a bug")
    ] = False,
) -> None:
    """绩效目标表的校验与自评打分 — validate and score budget performance targets."""
    global _debug
    _debug = debug


@app.command()
def validate(
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
            "--jobs", "-j", min=1, help="并行进程数（默认 CPU 数）/ processes (default: CPUs)"
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
    from perfcheck.reading.discovery import expand
    from perfcheck.reports import diagnostics as report
    from perfcheck.run.validate import validate_files

    effective = _config().overridden("strict", strict, "--strict")
    effective = effective.overridden("format", output_format, "--format")
    settings = effective.settings
    language = _lang(lang)
    expansion = expand(paths or settings.paths)
    # The default folders need not all exist (no actuals/ before the first quarter's figures);
    # folders named on the command line or in the configuration must.
    defaulted = not paths and effective.origin("paths") == "default"
    if expansion.missing and not (defaulted and expansion.files):
        _cannot_proceed(
            [f"{p}: F001 {_no_such_path(language)}" for p in expansion.missing], language
        )
    if len(expansion.files) > settings.limits.max_files:
        _cannot_proceed([_too_many_files(len(expansion.files), settings, language)], language)
    if verbose:
        for path in expansion.files:
            typer.echo(str(path), err=True)
    workers = jobs or os.cpu_count() or 1
    reports = validate_files(expansion.files, _options(encoding, profile, language), workers)
    shown = report.Shown(quiet=quiet, suppressed=show_suppressed)
    out = sys.stdout
    chosen = ValidateFormat(settings.format) if settings.format else _default_format(out)
    text = chosen in (ValidateFormat.HUMAN, ValidateFormat.CONCISE)
    if chosen is ValidateFormat.GITHUB or (text and _on_actions()):  # the log alone hides them
        report.github(reports, language, out, _workspace(), Path.cwd())
    if chosen is ValidateFormat.HUMAN:
        report.human(reports, language, out, shown, color=_use_color(color, out))
    elif chosen is ValidateFormat.JSON:
        report.as_json(reports, language, out)
    elif chosen is ValidateFormat.SARIF:
        report.sarif(reports, language, out, __version__, _workspace(), Path.cwd())
    elif chosen is ValidateFormat.JUNIT:
        report.junit(reports, language, out)
    else:  # github: the full report after the annotations
        report.concise(reports, language, out, shown)
    errors, warnings = report.count(reports)
    raise typer.Exit(EXIT_PROBLEMS if errors or (settings.strict and warnings) else EXIT_OK)


def _step_summary(report: Any, subject: Any, lang: Lang) -> None:
    """On GitHub Actions, the score table is added to the job's summary page."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    import io

    text = io.StringIO()
    report.as_markdown(subject, lang, text)
    with Path(target).open("a", encoding="utf-8") as summary_file:
        summary_file.write(text.getvalue() + "\n")


def _on_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def _default_format(out: TextIO) -> ValidateFormat:
    """On GitHub Actions, annotations and the full report; on a terminal, the human report."""
    if _on_actions():
        return ValidateFormat.GITHUB
    return ValidateFormat.HUMAN if out.isatty() else ValidateFormat.CONCISE


def _workspace() -> Path:
    return Path(os.environ.get("GITHUB_WORKSPACE") or Path.cwd())


def input_limits(settings: "Settings") -> "Limits":
    from perfcheck.reading.limits import Limits

    return Limits(**settings.limits.model_dump())


def _too_many_files(count: int, settings: "Settings", lang: Lang) -> str:
    from perfcheck.codes import CODES

    args = {"count": count, "limit": settings.limits.max_files}
    return f"F016 {CODES['F016'].render(lang, args)}"


def _options(encoding: str | None, profile: str | None, lang: Lang) -> "Options":
    """How to read files: the encoding asked for, the project's limits, ignored codes and rules
    profiles."""
    from perfcheck.run.options import Options

    settings = _config().overridden("profile", profile, "--profile").settings
    _check_profile(settings, lang)
    return Options(
        encoding=encoding,
        limits=input_limits(settings),
        ignore=frozenset(settings.ignore),
        profile=settings.profile,
        profiles=settings.profiles,
    )


def _check_profile(settings: "Settings", lang: Lang) -> None:
    """A --profile that names no profile cannot be used for any file."""
    from perfcheck.codes import CODES
    from perfcheck.model.rules import BUILTIN_PROFILES

    known = [*BUILTIN_PROFILES, *settings.profiles]
    if settings.profile is None or settings.profile in known:
        return
    message = CODES["S016"].render(lang, {"profile": settings.profile, "known": known})
    _cannot_proceed([f"--profile: S016 {message}"], lang)


@app.command("config")
def show_config(lang: LangOption = None) -> None:
    """显示生效的配置及每项的来源 / print the settings in force and where each comes from.

    配置来自最近的 .perfcheck.yaml 或 pyproject.toml 的 [tool.perfcheck]（自当前目录向上查找），
    命令行参数优先。Settings come from the nearest .perfcheck.yaml or [tool.perfcheck] in
    pyproject.toml, searching upwards; command-line flags override them.
    """
    from perfcheck.reports.jsontext import dumps

    effective = _config()
    _lang(lang)
    for key, value in effective.settings.model_dump().items():
        origin = effective.origin(key)
        entries = value.items() if isinstance(value, dict) else [(None, value)]
        for sub, item in entries:
            name = key if sub is None else f"{key}.{sub}"
            typer.echo(f"{name} = {dumps(item, indent=None)}  # {origin}")


@app.command()
def show(
    target: Annotated[Path, typer.Argument(help="目标表文件 / target file")],
    output_format: Annotated[
        ShowFormat, typer.Option("--format", help="text 或 json")
    ] = ShowFormat.TEXT,
    verbose: VerboseOption = False,
    lang: LangOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
    color: ColorOption = None,
) -> None:
    """按表格显示目标表及各指标分值 / show a target file with resolved points.

    例 / example: perfcheck show targets/chengdu_procuratorate_2022.yaml --format json
    """
    from perfcheck.reports import show as report
    from perfcheck.run.load import load_targets

    language = _lang(lang)
    loaded = load_targets(target, _options(encoding, profile, language))
    if not loaded.ok or loaded.targets is None or loaded.allocation is None:
        _cannot_proceed(_sorted(loaded.source.diagnostics, language), language)
    if verbose:
        _tell(language, loaded)
    allocation = loaded.allocation
    if output_format is ShowFormat.JSON:
        report.as_json(loaded.targets, allocation, sys.stdout)
    else:
        report.as_text(
            loaded.targets, allocation, language, sys.stdout, color=_use_color(color, sys.stdout)
        )


@app.command()
def score(
    actuals: Annotated[Path, typer.Argument(help="完成值文件 / actuals file")],
    targets: Annotated[
        Path | None,
        typer.Option("--targets", help="目标表，代替文件中的 targets: / target file override"),
    ] = None,
    output_format: Annotated[
        ScoreFormat, typer.Option("--format", help="text、json、csv 或 markdown")
    ] = ScoreFormat.TEXT,
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
    width: Annotated[
        int | None,
        typer.Option("--width", min=40, max=1000, help="表格宽度（字符）/ table width"),
    ] = None,
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

    from perfcheck.reports import monitoring
    from perfcheck.reports import score as year_end
    from perfcheck.run.load import load_actuals

    language = _lang(lang)
    loaded = load_actuals(actuals, _options(encoding, profile, language), targets=targets)
    report: Any
    subject: Any
    if loaded.ok and loaded.result is not None:
        report, subject, total = year_end, loaded.result, loaded.result.total
    elif loaded.ok and loaded.monitoring is not None:
        report, subject, total = monitoring, loaded.monitoring, loaded.monitoring.projection.total
    else:
        _cannot_proceed([d.concise(language) for d in loaded.diagnostics()], language)
    if verbose:
        _tell(language, loaded.targets, loaded.source)
    out = sys.stdout
    if quiet:
        pass
    elif output_format is ScoreFormat.JSON:
        report.as_json(subject, out)
    elif output_format is ScoreFormat.CSV:
        report.as_csv(subject, language, out)
    elif output_format is ScoreFormat.MARKDOWN:
        report.as_markdown(subject, language, out)
    else:
        shown = width or (shutil.get_terminal_size().columns if out.isatty() else 80)
        report.as_text(subject, language, out, color=_use_color(color, out), width=shown)
    _step_summary(report, subject, language)
    if exit_zero:
        raise typer.Exit(EXIT_OK)
    if fail_under is not None:
        raise typer.Exit(EXIT_OK if total >= Decimal(fail_under) else EXIT_PROBLEMS)
    if loaded.result is not None:
        raise typer.Exit(EXIT_OK if loaded.result.all_met else EXIT_PROBLEMS)
    raise typer.Exit(EXIT_PROBLEMS if subject.any_red else EXIT_OK)


@app.command()
def summary(
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
    targets: Annotated[
        Path | None,
        typer.Option("--targets", help="目标表，代替文件中的 targets: / target file override"),
    ] = None,
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
    from perfcheck.codes import CODES
    from perfcheck.reading.discovery import input_files
    from perfcheck.reports.writing import WriteError, write_atomically
    from perfcheck.results.summary import MonitoringSummary, Summary
    from perfcheck.run.load import load_actuals

    language = _lang(lang)
    if output_format is SummaryFormat.XLSX and output is None:
        raise typer.BadParameter("xlsx 须用 -o 指定输出文件 / xlsx needs -o FILE", param_hint="-o")
    loaded = load_actuals(actuals, _options(encoding, profile, language), targets=targets)
    if not loaded.ok or loaded.targets is None:
        _cannot_proceed([d.concise(language) for d in loaded.diagnostics()], language)
    if verbose:
        _tell(language, loaded.targets, loaded.source)
    inputs = input_files([actuals, Path(loaded.targets.source.path)])
    pack: Summary | MonitoringSummary
    if loaded.result is not None:
        pack = Summary(loaded.result, inputs, __version__)
    elif loaded.monitoring is not None:
        pack = MonitoringSummary(loaded.monitoring, inputs, __version__)
    else:
        _cannot_proceed([d.concise(language) for d in loaded.diagnostics()], language)
    content = _render_summary(pack, output_format, language)
    if output is None:
        assert isinstance(content, str)
        sys.stdout.write(content)
        return
    try:
        write_atomically(
            output, content, force=force, inputs=(actuals, Path(loaded.targets.source.path))
        )
    except WriteError as error:
        message = CODES[error.code].render(language, error.args_)
        _cannot_proceed([f"{error.path}: {error.code} {message}"], language)
    if not quiet:
        typer.echo(str(output), err=True)


def _render_summary(pack: Any, output_format: SummaryFormat, lang: Lang) -> str | bytes:
    from perfcheck.results.summary import Summary

    year_end = isinstance(pack, Summary)
    if output_format is SummaryFormat.HTML:
        from perfcheck.reports.summary import html

        return html.render(pack, lang) if year_end else html.render_monitoring(pack, lang)
    if output_format is SummaryFormat.XLSX:
        from perfcheck.reports.summary import xlsx

        return xlsx.render(pack, lang) if year_end else xlsx.render_monitoring(pack, lang)
    from perfcheck.reports.summary import markdown

    return markdown.render(pack, lang) if year_end else markdown.render_monitoring(pack, lang)


@app.command()
def trend(
    paths: Annotated[
        list[str], typer.Argument(help="完成值文件或目录（如 actuals/）/ actuals files or folders")
    ],
    output_format: Annotated[
        ScoreFormat, typer.Option("--format", help="text、json、csv 或 markdown")
    ] = ScoreFormat.TEXT,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    lang: LangOption = None,
    encoding: EncodingOption = None,
    profile: ProfileOption = None,
    color: ColorOption = None,
    width: Annotated[
        int | None,
        typer.Option("--width", min=40, max=1000, help="表格宽度（字符）/ table width"),
    ] = None,
) -> None:
    """各期完成情况的趋势 / the trend of one target file's actuals across periods.

    每个指标各期的完成值和红黄绿灯，以及期末状态；检查各文件是否指向同一目标表、期间是否重复、
    累计数是否下降。
    Each indicator's value and light at every period and where it ended; checks that the files
    name one target file, that no period repeats and that no cumulative count falls.

    退出码 / exit: 0, 2 文件有误或不一致 invalid or inconsistent files.

    例 / example: perfcheck trend actuals/
    """
    from perfcheck.engine import trend as trends
    from perfcheck.reading.discovery import expand
    from perfcheck.reports import trend as report
    from perfcheck.run.load import load_period_files

    language = _lang(lang)
    expansion = expand(paths)
    if expansion.missing:
        _cannot_proceed(
            [f"{p}: F001 {_no_such_path(language)}" for p in expansion.missing], language
        )
    loaded = load_period_files(expansion.files, _options(encoding, profile, language))
    broken = [d for f in loaded if not f.ok for d in f.diagnostics()]
    problems = trends.consistency(loaded)
    errors = [d for d in [*broken, *problems] if d.severity == "error"]
    if verbose and loaded:
        _tell(language, loaded[0].targets, *(file.source for file in loaded))
    for warning in (d for d in problems if d.severity == "warning" and not quiet):
        typer.echo(warning.concise(language), err=True)
    if errors or not loaded:
        _cannot_proceed(_sorted(errors, language) or [_no_actuals(language)], language)
    built = trends.build(loaded)
    out = sys.stdout
    if output_format is ScoreFormat.JSON:
        report.as_json(built, out)
    elif output_format is ScoreFormat.CSV:
        report.as_csv(built, language, out)
    elif output_format is ScoreFormat.MARKDOWN:
        report.as_markdown(built, language, out)
    else:
        shown = width or (shutil.get_terminal_size().columns if out.isatty() else 100)
        report.as_text(built, language, out, color=_use_color(color, out), width=shown)


@app.command()
def init(
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
    from perfcheck.codes import CODES
    from perfcheck.model.period import parse_period
    from perfcheck.reports.skeleton import skeleton
    from perfcheck.reports.writing import WriteError, write_atomically
    from perfcheck.run.load import load_targets

    language = _lang(lang)
    parsed = parse_period(period)
    if parsed is None:
        message = CODES["S020"].render(language, {"period": period})
        _cannot_proceed([f"--period: S020 {message}"], language)
    loaded = load_targets(targets, _options(encoding, None, language))
    if not loaded.ok or loaded.targets is None:
        _cannot_proceed(_sorted(loaded.source.diagnostics, language), language)
    if parsed.year != loaded.targets.year:
        message = CODES["D024"].render(language, {"period": period, "year": loaded.targets.year})
        _cannot_proceed([f"--period: D024 {message}"], language)
    if verbose:
        _tell(language, loaded)
    reference = os.path.relpath(targets.resolve(), actuals.resolve().parent)
    text = skeleton(loaded.targets, Path(reference).as_posix(), parsed)
    try:
        write_atomically(actuals, text, inputs=(targets,))
    except WriteError as error:
        message = CODES[error.code].render(language, error.args_)
        _cannot_proceed([f"{error.path}: {error.code} {message}"], language)
    if not quiet:
        typer.echo(str(actuals), err=True)


@app.command()
def schema(
    kind: Annotated[
        SchemaKind, typer.Argument(help="targets（目标表）或 actuals（完成值文件）")
    ] = SchemaKind.TARGETS,
) -> None:
    """输出文件格式的 JSON Schema / print the JSON Schema of a file format.

    例 / example: perfcheck schema targets > schema/targets.schema.json
    """
    from perfcheck.model.schema import schema_text

    sys.stdout.write(schema_text(kind.value))


@app.command()
def explain(
    code: Annotated[str | None, typer.Argument(help="诊断代码，如 Y002 / a code")] = None,
    lang: LangOption = None,
) -> None:
    """解释诊断代码的含义与修改方法 / explain a diagnostic code.

    例 / example: perfcheck explain Y002
    """
    from perfcheck.codes import CODES, group_of

    language = _lang(lang)
    if code is None:
        for listed in CODES.values():
            typer.echo(f"{listed.code}  {listed.title(language)}")
        return
    found = CODES.get(code.strip().upper())
    if found is None:
        _cannot_proceed([f"{code}: {_unknown_code(language)}"], language)
    entry = found
    group = group_of(entry.code)[0 if language == "zh" else 1]
    typer.echo(f"{entry.code} {entry.title(language)} [{group}]\n")
    typer.echo(entry.help(language))


_TOLD = {
    "zh": {
        "config": "配置：{file}",
        "no_config": "配置：无（全部默认）",
        "targets": "读取绩效目标表：{path}（评分规则方案：{profile}）",
        "actuals": "读取完成值文件：{path}（{period}）",
    },
    "en": {
        "config": "configuration: {file}",
        "no_config": "configuration: none (all defaults)",
        "targets": "read target file {path} (rules profile: {profile})",
        "actuals": "read actuals file {path} ({period})",
    },
}


def _tell(lang: Lang, targets: "LoadedTargets | None", *actuals: "Source") -> None:
    """--verbose: what was read, under which settings, and the warnings the inputs carry."""
    from perfcheck.run.options import Options
    from perfcheck.run.validate import file_report

    words = _TOLD[lang]
    config = _config().file
    lines = [words["config"].format(file=config) if config else words["no_config"]]
    sources = list(actuals)
    if targets is not None and targets.targets is not None:
        profile = targets.targets.rules.profile
        lines.append(words["targets"].format(path=targets.source.path, profile=profile))
        sources.insert(0, targets.source)
    for source in actuals:
        data = source.data if isinstance(source.data, dict) else {}
        lines.append(words["actuals"].format(path=source.path, period=data.get("period", "?")))
    waved = Options(ignore=frozenset(_config().settings.ignore))
    for source in sources:
        shown = file_report(source, None, waved).diagnostics  # less the waved warnings
        lines += [d.concise(lang) for d in shown if d.severity == "warning"]
    for line in lines:
        typer.echo(line, err=True)


def _no_actuals(lang: Lang) -> str:
    return "没有完成值文件" if lang == "zh" else "no actuals file"


def _no_such_path(lang: Lang) -> str:
    if lang == "zh":
        return "路径不存在、没有匹配的文件，或目录中没有 YAML 文件"
    return "no such path, no file matches, or the folder holds no YAML file"


def _unknown_code(lang: Lang) -> str:
    return (
        "未知的诊断代码（perfcheck explain 列出全部）"
        if lang == "zh"
        else ("unknown code (perfcheck explain lists them all)")
    )


def _sorted(diagnostics: list[Diagnostic], lang: Lang) -> list[str]:
    """Each once: files naming one broken target file all carry its errors."""
    ordered = sorted(diagnostics, key=Diagnostic.sort_key)
    return list(dict.fromkeys(d.concise(lang) for d in ordered))


def _cannot_proceed(lines: list[str], lang: Lang) -> NoReturn:
    for line in lines:
        typer.echo(line, err=True)
    raise typer.Exit(EXIT_CANNOT_PROCEED)


def main() -> None:
    """Entry point: user mistakes exit 1 or 2, an interrupt 130, a bug 3 with one line. It ends
    the process (see _leave); to run a command within a program, call `app` instead."""
    try:
        code = app(standalone_mode=False)  # a command's typer.Exit comes back as its code
        if code == EXIT_INTERRUPTED:  # typer turns Ctrl-C into a silent 130
            sys.stderr.write(INTERRUPTED)
    except typer.Exit as done:
        code = done.exit_code
    except typer.TyperException as error:  # usage errors
        show = getattr(error, "show", None)
        if callable(show):
            show()
        else:
            sys.stderr.write(f"perfcheck: {error.format_message()}\n")
        code = EXIT_CANNOT_PROCEED
    except (KeyboardInterrupt, typer.Abort):
        sys.stderr.write(INTERRUPTED)
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_broken_pipe()
        code = EXIT_OK
    except SystemExit:  # rich's own answer to a closed pipe: it has silenced stdout already
        code = EXIT_OK
    except Exception as error:  # a bug: say so in one line
        if _debug or os.environ.get("PERFCHECK_DEBUG"):
            raise
        sys.stderr.write(
            f"perfcheck {__version__}: 内部错误 / internal error ({type(error).__name__}): "
            "这是 perfcheck 的缺陷，不是输入的问题；加 --debug 重新运行可看到完整回溯 / "
            "a bug in perfcheck, not in the input; run again with --debug for the traceback\n"
        )
        code = EXIT_BUG
    try:
        sys.stdout.flush()  # here, not at exit, so that a closed pipe is met where it is handled
    except BrokenPipeError:
        _quiet_broken_pipe()
    _leave(code if isinstance(code, int) else EXIT_OK)


def _leave(code: int) -> NoReturn:
    """End the process without tearing down every module and object one by one (30 ms of a
    170 ms run went to finalising pydantic's and typer's modules): the work is done, every
    output file is closed. Exit handlers still run and the standard streams are flushed."""
    atexit._run_exitfuncs()  # what sys.exit would run: pools joined, logging flushed
    for stream in (sys.stdout, sys.stderr):  # again: exit handlers may have written
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def _quiet_broken_pipe() -> None:
    """The reader went away (`| head`): stop without a second error on flush."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
