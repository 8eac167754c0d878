"""`perfcheck validate`: every problem of every file, in the format asked for."""

import os
import sys
from pathlib import Path
from typing import NamedTuple, TextIO

from perfcheck import __version__
from perfcheck.commands.session import CommonOptions, ExitCode, Session
from perfcheck.reports.formats import ValidateFormat


class ValidateRequest(NamedTuple):
    paths: list[str]
    format: ValidateFormat | None
    strict: bool | None
    show_suppressed: bool
    quiet: bool
    verbose: bool
    jobs: int | None
    common: CommonOptions


def run(request: ValidateRequest, session: Session) -> ExitCode:
    from perfcheck.commands.inputs import files_named
    from perfcheck.reports import diagnostics
    from perfcheck.reports.render import View, validation_renderer
    from perfcheck.run.validate import validate_files

    lang = session.lang(request.common.lang)  # first: the configuration's errors are in it
    effective = session.config.overridden("strict", request.strict, "--strict")
    effective = effective.overridden("format", request.format, "--format")
    settings = effective.settings
    # The default folders need not all exist (no actuals/ before the first quarter's figures);
    # folders named on the command line or in the configuration must.
    defaulted = not request.paths and effective.origin("paths") == "default"
    paths = request.paths or settings.paths
    files = files_named(paths, session, lang, listed=request.verbose, defaulted=defaulted)
    workers = request.jobs or os.cpu_count() or 1
    options = session.options(request.common, lang)
    reports = validate_files(files, options, workers)
    out = sys.stdout
    chosen = ValidateFormat(settings.format) if settings.format else default_format(out)
    view = View(
        color=session.color(request.common.color, out),
        errors_only=request.quiet,
        with_suppressed=request.show_suppressed,
        version=__version__,
        workspace=workspace(),
        cwd=Path.cwd(),
    )
    text = chosen in (ValidateFormat.HUMAN, ValidateFormat.CONCISE)
    if chosen is ValidateFormat.GITHUB or (text and on_actions()):  # the log alone hides them
        diagnostics.github(reports, lang, out, view)
    validation_renderer(chosen)(reports, lang, out, view)
    errors, warnings = diagnostics.count(reports)
    return ExitCode.PROBLEMS if errors or (settings.strict and warnings) else ExitCode.OK


def on_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def workspace() -> Path:
    return Path(os.environ.get("GITHUB_WORKSPACE") or Path.cwd())


def default_format(out: TextIO) -> ValidateFormat:
    """On GitHub Actions, annotations and the full report; on a terminal, the human report."""
    if on_actions():
        return ValidateFormat.GITHUB
    return ValidateFormat.HUMAN if out.isatty() else ValidateFormat.CONCISE
