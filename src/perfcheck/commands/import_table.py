"""`perfcheck import`: a published table (xlsx, xls, ods, docx, csv, text or standard input)
written as a target file and, for a filled self-evaluation, an actuals file; every cell it
cannot read reported where it is, and the files written validated. A folder: every table file
in it, each table a file of its own in the output folder."""

import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from perfcheck.commands.session import CannotProceedError, CommonOptions, ExitCode, Session, located
from perfcheck.diagnostics import Lang, Severity
from perfcheck.reports.formats import ValidateFormat
from perfcheck.text import Phrase, counted, say

if TYPE_CHECKING:
    from perfcheck.results.files import FileReport
    from perfcheck.results.imports import FileImported
    from perfcheck.run.importing import Destination, ImportJob
    from perfcheck.run.options import Options


class ImportRequest(NamedTuple):
    source: str  # a table file, a folder, or `-`
    output: str  # -o as typed: a trailing separator names a folder, which a Path forgets
    actuals: str | None  # --actuals as typed, as -o
    sheet: str | None
    table: int | None
    force: bool
    format: ValidateFormat | None
    jobs: int | None
    quiet: bool
    verbose: bool
    common: CommonOptions


def run(request: ImportRequest, session: Session) -> ExitCode:
    lang = session.lang(request.common.lang)
    options = session.options(request.common, lang)
    if request.source != "-" and Path(request.source).is_dir():
        return _folder(request, session, options, lang)
    return _one(request, session, options, lang)


def write_file(
    path: Path,
    text: str,
    force: bool,
    inputs: tuple[Path, ...],
    read: tuple[Path, ...] = (),
    folders: Mapping[Path, str] = {},  # shared by the calls without, never written to
) -> tuple[str, Mapping[str, object]] | None:
    """The writer of every output: atomic, never over an input nor over the other files the
    run `read` (its configuration), over a file only with force. `folders`: for an output put
    in a folder -o or --actuals named that is not there yet, that folder, made first: only
    once there is a file to put in it."""
    from perfcheck.reports.writing import WriteError, write_atomically

    folder = folders.get(path)
    if folder is not None:
        made = _made(folder)
        if made is not None:
            return made
    try:
        write_atomically(path, text, force=force, inputs=(*inputs, *read))
    except WriteError as error:
        return error.code, error.args_
    return None


# --- one table --------------------------------------------------------------------------------


def _one(request: ImportRequest, session: Session, options: "Options", lang: Lang) -> ExitCode:
    from perfcheck.run.importing import ImportJob, import_file

    destination, folders = _destination(request, lang)
    if not request.force:
        _refuse_existing(destination, lang)
    job = ImportJob(request.source, destination, request.sheet, request.table, request.force, lang)
    writer = partial(write_file, read=session.configuration_read, folders=folders)
    imported = import_file(job, options, writer)
    if imported.refused:  # why the file could not be read, or an output not written
        found = (d for r in imported.reports for d in r.diagnostics if d.code.startswith("F"))
        raise CannotProceedError(located(found, lang))
    if request.verbose:
        _tell(imported, lang)
    _render(request, session, imported.reports, lang)
    if not request.quiet:
        _say_written(imported, lang, destination.actuals)
    return _exit_code(imported.reports)


def _destination(request: ImportRequest, lang: Lang) -> "tuple[Destination, dict[Path, str]]":
    """-o names the target file, --actuals the actuals file; a folder — one that exists, or any
    name ending in a separator, there or not — takes it named after the input (`a.xlsx` →
    `a.yaml`, `a.actuals.yaml`, as a folder's import names them). A folder still to be made
    comes back beside the file to be put in it, as typed: it is made when that file is
    written, so that an import that writes nothing makes nothing."""
    from perfcheck.run.importing import Destination

    stem = Path(request.source).stem
    folders: dict[Path, str] = {}
    targets = _placed(request.output, f"{stem}.yaml", "-o", request, lang, folders)
    actuals = None
    if request.actuals is not None:
        name = f"{stem}.actuals.yaml"
        actuals = _placed(request.actuals, name, "--actuals", request, lang, folders)
        if _same(actuals, targets):
            raise CannotProceedError([f"--actuals: {say('import.same_output', lang)}"])
    return Destination(targets, actuals), folders


def _placed(
    typed: str, name: str, option: str, request: ImportRequest, lang: Lang, folders: dict[Path, str]
) -> Path:
    """The file `option` names: as typed, or `name` in the folder it names (recorded in
    `folders` when it is still to be made)."""
    path = Path(typed)
    if not (_names_folder(typed) or path.is_dir()):
        return path
    if request.source == "-":
        said = say("import.stdin_into_folder", lang, {"option": option})
        raise CannotProceedError([f"{option}: {said}"])
    placed = path / name
    if not path.is_dir():
        _refuse_file_as_folder(typed, path, lang)
        folders[placed] = typed
    return placed


def _names_folder(typed: str) -> bool:
    """-o ending in a separator (`导入/`; `导入\\` too on Windows): a folder, not a file."""
    return typed.endswith(tuple(s for s in (os.sep, os.altsep) if s))


# Why a file named as a folder cannot be written into, in the system's own terms.
_NOT_A_FOLDER = Phrase("oserror.ENOTDIR")


def _refuse_file_as_folder(typed: str, path: Path, lang: Lang) -> None:
    """`-o t.yaml/` (or `--actuals`) where t.yaml is a file: refused as the system refuses it
    (F014, not a folder), before anything is read."""
    if _taken(path):
        raise CannotProceedError([_cannot_write(typed, _NOT_A_FOLDER, lang)])


def _cannot_write(path: str, reason: Phrase, lang: Lang) -> str:
    from perfcheck.codes import CODES

    return f"{path}: F014 {CODES['F014'].render(lang, {'path': path, 'reason': reason})}"


def _made(folder: str) -> tuple[str, Mapping[str, object]] | None:
    """The folder -o or --actuals named made, with its parents (as a folder's import makes its
    output folder); else F014 and why."""
    from perfcheck.text.os_errors import os_reason

    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return "F014", {"path": folder, "reason": os_reason(error)}
    return None


def _same(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except (OSError, RuntimeError):
        return one == other


def _refuse_existing(destination: "Destination", lang: Lang) -> None:
    """An output that exists is refused before anything is read or written (F012): without
    --force an import changes nothing or writes all its files."""
    from perfcheck.codes import CODES

    taken = [p for p in (destination.targets, destination.actuals) if p and _taken(p)]
    if taken:
        raise CannotProceedError(
            f"{p}: F012 {CODES['F012'].render(lang, {'path': str(p)})}" for p in taken
        )


def _taken(path: Path) -> bool:
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return False


# --- a folder ---------------------------------------------------------------------------------


def _folder(request: ImportRequest, session: Session, options: "Options", lang: Lang) -> ExitCode:
    from perfcheck.commands.session import within_file_limit
    from perfcheck.run.importing import import_files

    if request.actuals is not None:
        raise CannotProceedError([f"--actuals: {say('import.actuals_in_batch', lang)}"])
    folder = Path(request.source)
    files = table_files(folder)
    if not files:
        extensions = ", ".join(sorted(_extensions()))
        args = {"folder": request.source, "extensions": extensions}
        raise CannotProceedError([say("import.no_tables", lang, args)])
    within_file_limit(len(files), session.config.settings.limits.max_files, lang)
    jobs = _jobs(request, folder, files, lang)
    workers = request.jobs or os.cpu_count() or 1
    with _progress(len(jobs), lang, not request.quiet) as done:
        writer = partial(write_file, read=session.configuration_read)  # picklable, for the pool
        results = import_files(jobs, options, workers, writer, done)
    if request.verbose:
        for imported in results:
            _tell(imported, lang)
            _say_written(imported, lang)
    reports = [report for imported in results for report in imported.reports]
    _render(request, session, reports, lang)
    if not request.quiet:
        sys.stderr.write(_total(results, lang) + "\n")
    return _exit_code(reports)


def _extensions() -> list[str]:
    from perfcheck.reading.tables.read import EXTENSIONS

    return list(EXTENSIONS)


def table_files(folder: Path) -> list[Path]:
    """The table files of a folder and its subfolders, sorted; hidden files and folders are
    left out, links to folders are not followed (a link back up would never end)."""
    known = set(_extensions())
    found: list[Path] = []
    for at, folders, names in os.walk(folder, followlinks=False):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(names):
            path = Path(at) / name
            if not name.startswith((".", "~$")) and path.suffix.lower() in known:
                found.append(path)
    return found


def _jobs(request: ImportRequest, folder: Path, files: list[Path], lang: Lang) -> "list[ImportJob]":
    """A job per file: its outputs in the output folder, in the subfolder it is in, named
    after it (`a.xlsx` → `a.yaml`, `a.actuals.yaml`; `a.xlsx.yaml` where `a.csv` is there too)."""
    from perfcheck.run.importing import Destination, ImportJob

    out = Path(request.output)
    if _taken(out) and not out.is_dir():
        raise CannotProceedError([say("import.output_not_a_folder", lang, {"path": str(out)})])
    stems: dict[Path, int] = {}
    for path in files:
        key = path.relative_to(folder).with_suffix("")
        stems[key] = stems.get(key, 0) + 1
    jobs = []
    for path in files:
        relative = path.relative_to(folder)
        stem = relative.stem if stems[relative.with_suffix("")] == 1 else relative.name
        place = out / relative.parent
        _make_folder(place, lang)
        destination = Destination(place / f"{stem}.yaml", place / f"{stem}.actuals.yaml", True)
        jobs.append(
            ImportJob(str(path), destination, request.sheet, request.table, request.force, lang)
        )
    return jobs


def _make_folder(place: Path, lang: Lang) -> None:
    from perfcheck.text.os_errors import os_reason

    try:
        place.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CannotProceedError([_cannot_write(str(place), os_reason(error), lang)]) from None


@contextmanager
def _progress(total: int, lang: Lang, wanted: bool) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr when it is a terminal (nothing on a pipe or in a file)."""
    if not (wanted and _is_terminal(sys.stderr)):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    console = Console(file=sys.stderr)
    with Progress(
        BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=console, transient=True
    ) as bar:
        task = bar.add_task("import", total=total)
        yield lambda count: bar.advance(task, count)


def _is_terminal(stream: object) -> bool:
    try:
        return bool(getattr(stream, "isatty", lambda: False)())
    except (OSError, ValueError):
        return False


def _total(results: "Sequence[FileImported]", lang: Lang) -> str:
    tables = [t for imported in results for t in imported.tables if t.targets]
    failed = sum(1 for imported in results if not any(t.targets for t in imported.tables))
    args = {
        "files": counted("table_files", len(results)),
        "tables": counted("tables", len(tables)),
        "targets": counted("target_files", len(tables)),
        "actuals": counted("actuals_files", sum(1 for t in tables if t.actuals)),
        "failed": counted("failed_files", failed),
    }
    return say("import.total", lang, args)


# --- what both say ----------------------------------------------------------------------------


def _render(
    request: ImportRequest, session: Session, reports: "Sequence[FileReport]", lang: Lang
) -> None:
    """The problems found, in any format `validate` writes."""
    from perfcheck import __version__
    from perfcheck.commands.validate import default_format, on_actions, workspace
    from perfcheck.reports import diagnostics
    from perfcheck.reports.render import View, validation_renderer

    out = sys.stdout
    chosen = request.format or default_format(out)
    view = View(
        color=session.color(request.common.color, out),
        errors_only=request.quiet,
        version=__version__,
        workspace=workspace(),
        cwd=Path.cwd(),
    )
    text = chosen in (ValidateFormat.HUMAN, ValidateFormat.CONCISE)
    if chosen is ValidateFormat.GITHUB or (text and on_actions()):
        diagnostics.github(reports, lang, out, view)
    if chosen is ValidateFormat.JUNIT:  # the suite named after this command, not validate
        diagnostics.junit(reports, lang, out, view, command="import")
        return
    validation_renderer(chosen)(reports, lang, out, view)


_ENCODINGS = {"utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16 (BOM)"}


def _tell(imported: "FileImported", lang: Lang) -> None:
    """--verbose: the file's kind and, for text, its encoding; the tables left out."""
    from perfcheck.reports.visible import visible

    if not imported.kind:
        return
    args = {"file": _named(imported.source, lang), "kind": Phrase(f"table_kind.{imported.kind}")}
    if imported.encoding:
        encoding = _ENCODINGS.get(imported.encoding, imported.encoding.upper())
        line = say("import.read_text", lang, args | {"encoding": encoding})
    else:
        line = say("import.read", lang, args)
    lines = [line]
    for table in imported.skipped:
        lines.append(say("import.skipped", lang, {"file": args["file"], "table": table}))
    for text in lines:
        sys.stderr.write(visible(text) + "\n")


def _say_written(imported: "FileImported", lang: Lang, asked: Path | None = None) -> None:
    """What was written from each table; `asked` is the actuals file a single import was
    given, said to be left unwritten when the table has no actual values."""
    from perfcheck.reports.visible import visible

    lines = []
    for table in imported.tables:
        source = _named(imported.source, lang) + (f":{table.table}" if table.table else "")
        if table.targets is None:
            lines.append(say("import.nothing", lang, {"source": source}))
            continue
        count = counted("indicators", table.indicators)
        args = {"path": table.targets, "count": count, "source": source}
        lines.append(say("import.wrote_targets", lang, args))
        if table.actuals:
            lines.append(say("import.wrote_actuals", lang, {"path": table.actuals}))
        if table.actuals_left:
            lines.append(say("import.actuals_left", lang, {"source": source}))
        if asked is not None and table.actuals is None:
            lines.append(say("import.no_actuals", lang, {"source": source, "path": str(asked)}))
    for line in lines:
        sys.stderr.write(visible(line) + "\n")


def _named(source: str, lang: Lang) -> str:
    return say("import.stdin", lang) if source == "-" else source


def _exit_code(reports: "Sequence[FileReport]") -> ExitCode:
    errors = any(d.severity is Severity.ERROR for r in reports for d in r.diagnostics)
    return ExitCode.PROBLEMS if errors else ExitCode.OK
