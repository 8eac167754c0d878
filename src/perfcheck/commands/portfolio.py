"""`perfcheck portfolio`: one report over many departments' and projects' tables, for the
finance bureau that receives them. Files that cannot be read are listed and counted; the run
goes on, and exits 1 when there were any."""

import io
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from perfcheck.commands.session import CannotProceedError, CommonOptions, ExitCode, Session
from perfcheck.diagnostics import Lang
from perfcheck.reports.formats import PortfolioFormat
from perfcheck.text import say

if TYPE_CHECKING:
    from perfcheck.reports.portfolio.database import Database
    from perfcheck.results.portfolio import FileError, TableRow
    from perfcheck.run.options import Options


class PortfolioRequest(NamedTuple):
    paths: list[str]
    format: PortfolioFormat
    sort: str | None
    filters: list[str]
    jobs: int | None
    quiet: bool
    verbose: bool
    common: CommonOptions
    db: Path | None = None  # the results database to write (docs/database.md)
    output: Path | None = None  # the file to write the report to; None: stdout
    force: bool = False  # replace an existing output file


def run(request: PortfolioRequest, session: Session) -> ExitCode:
    from perfcheck.commands.inputs import files_named
    from perfcheck.engine import portfolio
    from perfcheck.reports.render import Book, View, portfolio_renderer
    from perfcheck.reports.visible import visible

    lang = session.lang(request.common.lang)
    filters, sort = _selection(request, lang)
    files = files_named(request.paths, session, lang, listed=request.verbose)
    _db_is_not_output(request, lang)
    options = session.options(request.common, lang)
    rows, errors = _read(request, files, options, lang, [*files, *session.configuration_read])
    read = _inputs(files, rows, errors, session)
    result = portfolio.roll_up(portfolio.select(rows, filters, sort), errors)
    if request.format is PortfolioFormat.CSV and not request.quiet:  # the CSV holds tables only
        for error in errors:
            for d in error.diagnostics:
                sys.stderr.write(visible(d.concise(lang)) + "\n")
    render = portfolio_renderer(request.format)
    if isinstance(render, Book):
        _write(request, render.render(result, lang), read, lang)
        return ExitCode.PROBLEMS if errors else ExitCode.OK
    if request.output is None:
        if not request.quiet:
            out = sys.stdout
            render(result, lang, out, session.table_view(request.common, out, 120))
        return ExitCode.PROBLEMS if errors else ExitCode.OK
    buffer = io.StringIO()
    render(result, lang, buffer, View(color=False, width=request.common.width or 120))
    _write(request, buffer.getvalue(), read, lang)
    return ExitCode.PROBLEMS if errors else ExitCode.OK


def _inputs(
    files: list[Path], rows: "list[TableRow]", errors: "list[FileError]", session: Session
) -> list[Path]:
    """Every file the run read: those named, the target files they name, the configuration."""
    named = {row.targets for row in rows if row.targets is not None}
    named |= {error.targets for error in errors if error.targets is not None}
    return [*files, *map(Path, sorted(named)), *session.configuration_read]


def _write(request: PortfolioRequest, content: str | bytes, inputs: list[Path], lang: Lang) -> None:
    """The report written to its file, atomically, never over an input."""
    from perfcheck.commands.output import write_output
    from perfcheck.reports.visible import visible

    assert request.output is not None
    write_output(request.output, content, lang, force=request.force, inputs=inputs)
    if not request.quiet:
        args = {"path": request.output, "format": request.format.value}
        sys.stderr.write(visible(say("portfolio.written", lang, args)) + "\n")


def _db_is_not_output(request: PortfolioRequest, lang: Lang) -> None:
    if request.db is None or request.output is None:
        return
    try:
        same = request.db.resolve() == request.output.resolve()
    except (OSError, RuntimeError):
        same = False  # each is refused on its own when it is written
    if same:
        raise CannotProceedError([say("portfolio.db_is_output", lang, {"path": str(request.db)})])


def _read(
    request: PortfolioRequest, files: list[Path], options: "Options", lang: Lang, read: list[Path]
) -> "tuple[list[TableRow], list[FileError]]":
    """Every file read, a chunk at a time: its row or its errors kept, its detail written to the
    database (when asked, and never over a file of `read`) and dropped."""
    from perfcheck.results.portfolio import FileError, TableRow
    from perfcheck.run.portfolio import read_portfolio

    jobs = request.jobs or os.cpu_count() or 1
    rows: list[TableRow] = []
    errors: list[FileError] = []
    database = _database(request, read, lang)
    try:
        with _progress(len(files), lang, request.quiet) as advance:
            for part in read_portfolio(files, options, jobs, detail=database is not None):
                rows.extend(o for o, _ in part if isinstance(o, TableRow))
                errors.extend(o for o, _ in part if isinstance(o, FileError))
                if database is not None:
                    with _said(lang):
                        database.write(part)
                advance(len(part))
    except BaseException:
        if database is not None:
            database.abort()
        raise
    if database is not None:
        with _said(lang):
            database.close()
    return rows, errors


def _database(request: PortfolioRequest, read: list[Path], lang: Lang) -> "Database | None":
    """The results database opened for this run's one transaction, or the run refused before
    any file is read."""
    if request.db is None:
        return None
    from perfcheck import __version__
    from perfcheck.reports.portfolio.database import SCHEMA_VERSION, Database, ForeignDatabaseError

    try:
        with _said(lang):
            return Database(request.db, lang, __version__, read)
    except ForeignDatabaseError as error:  # someone else's file, or an earlier schema's
        args = {"path": str(request.db), "found": error.earlier, "version": SCHEMA_VERSION}
        key = "portfolio.db_foreign" if error.earlier is None else "portfolio.db_earlier"
        raise CannotProceedError([say(key, lang, args)]) from None


@contextmanager
def _said(lang: Lang) -> Iterator[None]:
    """A database step's failure said as the run's located error."""
    from perfcheck.codes import CODES
    from perfcheck.reports.writing import WriteError

    try:
        yield
    except WriteError as error:
        message = CODES[error.code].render(lang, error.args_)
        raise CannotProceedError([f"{error.path}: {error.code} {message}"]) from None


@contextmanager
def _progress(total: int, lang: Lang, quiet: bool) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (files done of all, files a second) while a terminal watches;
    nothing on a pipe, a file or with --quiet."""
    if quiet or total < 2 or not sys.stderr.isatty():
        yield lambda done: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    rate = say("portfolio.rate", lang)
    columns = (
        TextColumn(say("portfolio.progress", lang)),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
    )
    with Progress(*columns, console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task("", total=total, rate="")

        def advance(done: int) -> None:
            bar.advance(task, done)
            speed = bar.tasks[0].speed
            bar.update(task, rate="" if speed is None else rate.format(rate=round(speed)))

        yield advance


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
