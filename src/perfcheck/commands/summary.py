"""`perfcheck summary`: the review pack a department hands in, as Markdown, HTML or xlsx."""

import sys
from pathlib import Path
from typing import NamedTuple

from perfcheck import __version__
from perfcheck.commands.session import CommonOptions, ExitCode, Session
from perfcheck.reports.formats import SummaryFormat
from perfcheck.text import say


class SummaryRequest(NamedTuple):
    actuals: Path
    format: SummaryFormat
    output: Path | None  # None: to stdout (Markdown and HTML only)
    force: bool
    targets: Path | None
    quiet: bool
    verbose: bool
    common: CommonOptions


def run(request: SummaryRequest, session: Session) -> ExitCode:
    from perfcheck.commands.inputs import actuals_loaded
    from perfcheck.commands.output import write_output
    from perfcheck.reading.discovery import input_files
    from perfcheck.reports.render import monitoring_summary_renderer, summary_renderer
    from perfcheck.reports.visible import visible
    from perfcheck.results.summary import MonitoringSummary, Summary

    lang = session.lang(request.common.lang)
    loaded = actuals_loaded(
        request.actuals, request.targets, request.common, session, lang, request.verbose
    )
    assert loaded.targets is not None  # loaded: its target file was read
    read = (request.actuals, Path(loaded.targets.source.path))
    inputs = input_files(list(read))
    content: str | bytes
    if loaded.result is not None:
        from perfcheck.engine.audit import audit_loaded

        pack = Summary(loaded.result, inputs, __version__, audit_loaded(loaded))
        content = summary_renderer(request.format)(pack, lang)
    else:
        assert loaded.monitoring is not None
        progress = MonitoringSummary(loaded.monitoring, inputs, __version__)
        content = monitoring_summary_renderer(request.format)(progress, lang)
    if request.output is None:
        assert isinstance(content, str)
        sys.stdout.write(content)
        return ExitCode.OK
    inputs_read = (*read, *session.configuration_read)
    write_output(request.output, content, lang, force=request.force, inputs=inputs_read)
    if not request.quiet:
        args = {"path": request.output, "format": request.format.value}
        sys.stderr.write(visible(say("summary_written", lang, args)) + "\n")
    return ExitCode.OK
