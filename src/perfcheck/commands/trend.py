"""`perfcheck trend`: one target file's actuals across the periods of its year."""

import sys
from typing import NamedTuple

from perfcheck.commands.session import CannotProceedError, CommonOptions, ExitCode, Session, located
from perfcheck.diagnostics import Severity
from perfcheck.reports.formats import ScoreFormat
from perfcheck.text import say


class TrendRequest(NamedTuple):
    paths: list[str]
    format: ScoreFormat
    quiet: bool
    verbose: bool
    common: CommonOptions


def run(request: TrendRequest, session: Session) -> ExitCode:
    from perfcheck.commands.inputs import files_named
    from perfcheck.commands.tell import Told, tell_read, told
    from perfcheck.engine.trend import TrendReader
    from perfcheck.reports.render import trend_renderer
    from perfcheck.reports.visible import visible
    from perfcheck.results.files import LoadedTargets
    from perfcheck.run.load import load_period_files

    lang = session.lang(request.common.lang)
    files = files_named(request.paths, session, lang)
    options = session.options(request.common, lang)
    reader = TrendReader()
    first: list[LoadedTargets | None] = []  # the target file of the first file, for --verbose
    read: list[Told] = []
    for loaded in load_period_files(files, options):  # one file at a time
        reader.add(loaded)
        if request.verbose:
            first = first or [loaded.targets]
            read.append(told(session, lang, loaded.source))
    problems = reader.finish()
    errors = [d for d in [*reader.broken, *problems] if d.severity is Severity.ERROR]
    if first:
        tell_read(session, lang, first[0], read)
    if not request.quiet:
        for warning in (d for d in problems if d.severity is Severity.WARNING):
            sys.stderr.write(visible(warning.concise(lang)) + "\n")
    built = reader.build() if not errors else None
    if built is None:
        raise CannotProceedError(located(errors, lang) or [say("no_actuals", lang)])
    out = sys.stdout
    view = session.table_view(request.common, out, 100)
    trend_renderer(request.format)(built, lang, out, view)
    return ExitCode.OK
