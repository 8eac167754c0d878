"""`perfcheck audit`: published self-evaluations re-checked, figure by figure; the exit code says
whether every printed figure was reproduced."""

import os
import sys
from pathlib import Path
from typing import NamedTuple

from perfcheck.commands.session import CannotProceedError, CommonOptions, ExitCode, Session
from perfcheck.reports.formats import AuditFormat
from perfcheck.text import say


class AuditRequest(NamedTuple):
    paths: list[str]
    format: AuditFormat
    jobs: int | None
    quiet: bool
    verbose: bool
    common: CommonOptions


def run(request: AuditRequest, session: Session) -> ExitCode:
    from perfcheck import __version__
    from perfcheck.commands.inputs import files_named
    from perfcheck.commands.validate import workspace
    from perfcheck.reading.discovery import YAML_SUFFIXES
    from perfcheck.reports.render import View, audit_renderer
    from perfcheck.results.audit import AuditResult, FileAudit, Unreadable
    from perfcheck.run.audit import TABLE_SUFFIXES_FOUND, audit_files

    lang = session.lang(request.common.lang)
    suffixes = YAML_SUFFIXES + TABLE_SUFFIXES_FOUND
    files = files_named(request.paths, session, lang, suffixes=suffixes, listed=request.verbose)
    options = session.options(request.common, lang)
    outcomes = audit_files(files, options, request.jobs or os.cpu_count() or 1)
    result = AuditResult(
        tuple(o for o in outcomes if isinstance(o, FileAudit)),
        tuple(o for o in outcomes if isinstance(o, Unreadable)),
    )
    if not outcomes:  # only target files, or target tables
        raise CannotProceedError([say("audit.nothing_to_audit", lang)])
    if not request.quiet:
        out = sys.stdout
        view = View(
            color=session.color(request.common.color, out),
            version=__version__,
            workspace=workspace(),
            cwd=Path.cwd(),
        )
        audit_renderer(request.format)(result, lang, out, view)
    if result.unreadable:
        return ExitCode.CANNOT_PROCEED
    return ExitCode.OK if result.all_reproduced else ExitCode.PROBLEMS
