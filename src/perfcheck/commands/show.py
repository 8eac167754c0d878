"""`perfcheck show`: a target file as people read it, with each indicator's resolved points."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import NamedTuple

from perfcheck.commands.session import CannotProceedError, ExitCode, Session, located
from perfcheck.reports.formats import Color, ShowFormat


class ShowRequest(NamedTuple):
    target: Path
    format: ShowFormat
    verbose: bool
    lang: str | None
    encoding: str | None
    profile: str | None
    color: Color | None
    width: int | None = None  # characters; else the terminal's, or 100 when piped


def run(request: ShowRequest, session: Session) -> ExitCode:
    from perfcheck.commands.tell import tell
    from perfcheck.reports.render import View, targets_renderer
    from perfcheck.results.targets import ResolvedTargets
    from perfcheck.run.load import load_targets

    lang = session.lang(request.lang)
    loaded = load_targets(request.target, session.options(request.encoding, request.profile, lang))
    if not loaded.ok or loaded.targets is None or loaded.allocation is None:
        raise CannotProceedError(located(loaded.source.diagnostics, lang))
    if request.verbose:
        tell(session, lang, loaded)
    out = sys.stdout
    width = request.width or (shutil.get_terminal_size().columns if out.isatty() else 100)
    view = View(color=session.color(request.color, out), width=width)
    resolved = ResolvedTargets(loaded.targets, loaded.allocation)
    targets_renderer(request.format)(resolved, lang, out, view)
    return ExitCode.OK
