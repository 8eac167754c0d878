"""`perfcheck score`: the year-end self-evaluation table, or before year-end the monitoring
table; the exit code says whether every indicator was met (or no light is red)."""

import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from perfcheck.commands.session import CommonOptions, ExitCode, Session
from perfcheck.diagnostics import Lang
from perfcheck.reports.formats import ScoreFormat

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from perfcheck.reports.render import Renderer, View

R = TypeVar("R")


class ScoreRequest(NamedTuple):
    actuals: Path
    targets: Path | None
    format: ScoreFormat
    fail_under: Decimal | None
    exit_zero: bool
    quiet: bool
    verbose: bool
    common: CommonOptions


def run(request: ScoreRequest, session: Session) -> ExitCode:
    from perfcheck.commands.inputs import actuals_loaded
    from perfcheck.reports.render import monitoring_renderer, score_renderer

    lang = session.lang(request.common.lang)
    loaded = actuals_loaded(
        request.actuals, request.targets, request.common, session, lang, request.verbose
    )
    out = sys.stdout
    view = session.table_view(request.common, out, 80)
    read = [request.actuals] + ([Path(loaded.targets.source.path)] if loaded.targets else [])
    read += session.configuration_read
    if loaded.result is not None:
        _render(score_renderer, loaded.result, request, lang, view, read)
        total, met = loaded.result.total, loaded.result.all_met
    else:
        assert loaded.monitoring is not None
        _render(monitoring_renderer, loaded.monitoring, request, lang, view, read)
        total, met = loaded.monitoring.projection.total, not loaded.monitoring.any_red
    if request.exit_zero:
        return ExitCode.OK
    if request.fail_under is not None:
        return ExitCode.OK if total >= request.fail_under else ExitCode.PROBLEMS
    return ExitCode.OK if met else ExitCode.PROBLEMS


def _render(
    table: "Callable[[ScoreFormat], Renderer[R]]",
    result: R,
    request: ScoreRequest,
    lang: Lang,
    view: "View",
    inputs: "Sequence[Path]",
) -> None:
    """The report asked for, then on GitHub Actions the table on the job's summary page."""
    if not request.quiet:
        table(request.format)(result, lang, sys.stdout, view)
    if os.environ.get("GITHUB_STEP_SUMMARY"):
        import io

        from perfcheck.commands.output import append_step_summary

        text = io.StringIO()
        table(ScoreFormat.MARKDOWN)(result, lang, text, view)
        append_step_summary(text.getvalue(), inputs, lang)
