"""`perfcheck init`: an actuals file to fill in, every indicator listed; never overwrites."""

import os
import sys
from pathlib import Path
from typing import NamedTuple

from perfcheck.commands.session import CannotProceedError, CommonOptions, ExitCode, Session, located
from perfcheck.text import counted, say


class InitRequest(NamedTuple):
    actuals: Path
    targets: Path
    period: str
    quiet: bool
    verbose: bool
    common: CommonOptions


def run(request: InitRequest, session: Session) -> ExitCode:
    from perfcheck.codes import CODES
    from perfcheck.commands.output import write_output
    from perfcheck.commands.tell import tell
    from perfcheck.model.actuals import period_args
    from perfcheck.model.period import parse_period
    from perfcheck.reports.skeleton import skeleton
    from perfcheck.reports.visible import visible
    from perfcheck.run.load import load_targets

    lang = session.lang(request.common.lang)
    period = parse_period(request.period)
    if period is None:
        message = CODES["S020"].render(lang, period_args(request.period))
        raise CannotProceedError([f"--period: S020 {message}"])
    loaded = load_targets(request.targets, session.options(request.common, lang))
    if not loaded.ok or loaded.targets is None:
        raise CannotProceedError(located(loaded.source.diagnostics, lang))
    if period.year != loaded.targets.year:
        args = {"period": request.period, "year": loaded.targets.year}
        raise CannotProceedError([f"--period: D024 {CODES['D024'].render(lang, args)}"])
    if request.verbose:
        tell(session, lang, loaded)
    reference = os.path.relpath(request.targets.resolve(), request.actuals.resolve().parent)
    text = skeleton(loaded.targets, Path(reference).as_posix(), period)
    write_output(request.actuals, text, lang, force=False, inputs=(request.targets,))
    if not request.quiet:
        args = {
            "path": request.actuals,
            "count": counted("indicators", len(loaded.targets.indicators)),
            "period": period.text,
        }
        sys.stderr.write(visible(say("init_created", lang, args)) + "\n")
    return ExitCode.OK
