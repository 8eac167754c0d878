"""`perfcheck portfolio`: one report over many departments' and projects' tables, for the
finance bureau that receives them. Files that cannot be read are listed and counted; the run
goes on, and exits 1 when there were any."""

from __future__ import annotations

import os
import shutil
import sys
from typing import NamedTuple

from perfcheck.commands.session import (
    CannotProceedError,
    ExitCode,
    Session,
    within_file_limit,
)
from perfcheck.diagnostics import Lang
from perfcheck.reports.formats import Color, PortfolioFormat
from perfcheck.text import say


class PortfolioRequest(NamedTuple):
    paths: list[str]
    format: PortfolioFormat
    sort: str | None
    filters: list[str]
    jobs: int | None
    quiet: bool
    verbose: bool
    lang: str | None
    encoding: str | None
    profile: str | None
    color: Color | None
    width: int | None


def run(request: PortfolioRequest, session: Session) -> ExitCode:
    from perfcheck.engine import portfolio
    from perfcheck.reading.discovery import expand
    from perfcheck.reports.render import View, portfolio_renderer
    from perfcheck.reports.visible import visible
    from perfcheck.results.portfolio import FileError, TableRow
    from perfcheck.run.portfolio import read_portfolio

    lang = session.lang(request.lang)
    filters, sort = _selection(request, lang)
    expansion = expand(request.paths)
    if expansion.missing:
        raise CannotProceedError(
            f"{p}: F001 {say('no_such_path', lang)}" for p in expansion.missing
        )
    within_file_limit(len(expansion.files), session.config.settings.limits.max_files, lang)
    if request.verbose:
        for path in expansion.files:
            sys.stderr.write(f"{visible(str(path))}\n")
    options = session.options(request.encoding, request.profile, lang)
    outcomes = read_portfolio(expansion.files, options, request.jobs or os.cpu_count() or 1)
    rows = [o for o in outcomes if isinstance(o, TableRow)]
    errors = [o for o in outcomes if isinstance(o, FileError)]
    result = portfolio.roll_up(portfolio.select(rows, filters, sort), errors)
    out = sys.stdout
    width = request.width or (shutil.get_terminal_size().columns if out.isatty() else 120)
    view = View(color=session.color(request.color, out), width=width)
    if request.format is PortfolioFormat.CSV and not request.quiet:  # the CSV holds tables only
        for error in errors:
            for d in error.diagnostics:
                sys.stderr.write(visible(d.concise(lang)) + "\n")
    if not request.quiet:
        portfolio_renderer(request.format)(result, lang, out, view)
    return ExitCode.PROBLEMS if errors else ExitCode.OK


def _selection(
    request: PortfolioRequest, lang: Lang
) -> tuple[list[tuple[str, str, str]], list[tuple[str, bool]]]:
    """The --filter and --sort options read, or the run refused before any file is read."""
    from perfcheck.engine.portfolio import COLUMNS, SelectionError, parse_filter, parse_sort

    try:
        filters = [parse_filter(f) for f in request.filters]
        sort = parse_sort(request.sort) if request.sort else []
    except SelectionError as bad:
        args = {"given": str(bad), "columns": ", ".join(COLUMNS)}
        raise CannotProceedError([say("portfolio.bad_selection", lang, args)]) from None
    return filters, sort
