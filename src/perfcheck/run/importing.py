"""Importing table files: each file read (`reading/tables`), each of its tables recognised
(`importing/`), written as a target file and, for a filled self-evaluation, an actuals file by
the writer the command gives, and every file written validated as `validate` validates it. A
folder's files are spread over processes as `validate` spreads them; each process writes the
files of its tables and sends back only what it found."""

import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from perfcheck.diagnostics import Diagnostic, Lang, Severity
from perfcheck.reading.tables.errors import TableError
from perfcheck.reading.tables.grid import Grid, PlaceStyle
from perfcheck.reading.tables.read import STDIN, TableFile
from perfcheck.results.files import FileReport
from perfcheck.results.imports import FileImported, TableImported
from perfcheck.run.load import TargetsRead
from perfcheck.run.options import Options
from perfcheck.run.validate import pool_size, validate_file

if TYPE_CHECKING:
    from perfcheck.importing import Origin

# Writes `text` to `path` (over an existing file only when `force`, never over one of `inputs`)
# and returns None, or the code and arguments of why it did not.
Writer = Callable[[Path, str, bool, tuple[Path, ...]], tuple[str, Mapping[str, object]] | None]

# Below this many files a pool costs more than it saves (a table takes longer than a YAML file).
_WORTH_A_POOL = 16


class Destination(NamedTuple):
    """Where a file's table goes. In a folder's import (`named`), each of a file's several
    tables gets its name added (`a.yaml` → `a.目标表.yaml`, `a.actuals.yaml` →
    `a.目标表.actuals.yaml`); a single import takes one table."""

    targets: Path
    actuals: Path | None  # None: a self-evaluation's actuals are not written (and it is said)
    named: bool = False


class ImportJob(NamedTuple):
    source: str  # a path, or `-` for standard input
    destination: Destination
    sheet: str | None
    table: int | None
    force: bool
    lang: Lang


def import_file(job: ImportJob, options: Options, writer: Writer) -> FileImported:
    """One table file imported: read, each table recognised, written and validated."""
    from perfcheck.importing import has_indicator_table
    from perfcheck.reading.tables.read import read_table_file

    try:
        read = read_table_file(job.source, job.sheet, job.table, options.limits)
    except TableError as error:
        return _unreadable(job.source, error)
    chosen = read.grids
    if len(chosen) > 1 and job.sheet is None and job.table is None:
        chosen = [grid for grid in read.grids if has_indicator_table(grid)] or read.grids[:1]
    rules = _rules_sheets(read, chosen, job)
    kept = [*chosen, *rules.values()]
    skipped = tuple(g.name for g in read.grids if not any(g is c for c in kept))
    if len(chosen) > 1 and not job.destination.named:
        return _several(job.source, read, chosen)
    outcomes = [
        _import_table(
            grid,
            read.raw,
            _for_table(job.destination, grid.name) if len(chosen) > 1 else job.destination,
            job,
            options,
            writer,
            rules.get(id(grid)),
        )
        for grid in chosen
    ]
    found = [d for outcome in outcomes for d in outcome.diagnostics]
    own = _source_report(job.source, found, chosen[0], read.raw, options)
    return FileImported(
        job.source,
        read.kind,
        chosen[0].encoding,
        tuple(outcome.imported for outcome in outcomes),
        skipped,
        (own, *(report for outcome in outcomes for report in outcome.reports)),
        any(outcome.refused for outcome in outcomes),
    )


def _rules_sheets(read: TableFile, chosen: list[Grid], job: ImportJob) -> dict[int, Grid]:
    """The scoring rules sheet `show --format xlsx` writes beside a form, by the id of each
    table chosen that has one. The forms that bound them are the tables chosen and, where
    --sheet or --table chose one, the other indicator tables of the file."""
    from perfcheck.importing import has_indicator_table, is_rules_sheet, rules_sheets

    forms = chosen
    if job.sheet is not None or job.table is not None:
        forms = [
            grid
            for grid in read.every
            if any(grid is c for c in chosen)
            or (not is_rules_sheet(grid) and has_indicator_table(grid))
        ]
    pairs = rules_sheets(read.every, forms)
    return {id(form): sheet for form, sheet in pairs if any(form is c for c in chosen)}


def _unreadable(source: str, error: TableError) -> FileImported:
    found = [diagnostic_of(error)]
    return FileImported(source, "", "", (), (), (FileReport(source, None, found),), refused=True)


def diagnostic_of(error: TableError) -> Diagnostic:
    """A reader's error as a diagnostic: at its line and column in a text, else at its place."""
    at = re.fullmatch(r"(\d+):(\d+)", error.place)
    if at is not None:
        return Diagnostic(error.file, int(at[1]), int(at[2]), error.code, error.args_)
    return Diagnostic(error.file, 0, 0, error.code, error.args_, place=error.place)


def _several(source: str, read: TableFile, chosen: list[Grid]) -> FileImported:
    """A single import of a file with several indicator tables: which one is for the user to
    say (F027), never for the import to guess."""
    names = [grid.name or str(number) for number, grid in enumerate(read.grids, start=1)]
    args = {"count": len(chosen), "names": [grid.name for grid in chosen], "all": names}
    report = FileReport(source, None, [Diagnostic(source, 0, 0, "F027", args)])
    return FileImported(source, read.kind, "", (), (), (report,), refused=True)


def _for_table(destination: Destination, name: str) -> Destination:
    tag = _file_name_part(name)
    targets = destination.targets
    actuals = destination.actuals
    return Destination(
        targets.with_name(targets.name.removesuffix(".yaml") + f".{tag}.yaml"),
        None
        if actuals is None
        else actuals.with_name(actuals.name.removesuffix(".actuals.yaml") + f".{tag}.actuals.yaml"),
        destination.named,
    )


def _file_name_part(name: str) -> str:
    """A sheet's or table's name as part of a file name: no separators, no blanks."""
    return re.sub(r'[\s/\\:*?"<>|\x00-\x1f]+', "_", name).strip("._") or "table"


class _TableOutcome(NamedTuple):
    imported: TableImported
    diagnostics: list[Diagnostic]  # the table's own, located at its cells
    reports: list[FileReport]  # of each file written (or refused)
    refused: bool = False


def _import_table(
    grid: Grid,
    raw: bytes,
    destination: Destination,
    job: ImportJob,
    options: Options,
    writer: Writer,
    rules_sheet: Grid | None = None,
) -> _TableOutcome:
    """The table recognised (its rules from `rules_sheet` when there is one), its files
    written and validated."""
    from perfcheck.importing import emit_yaml, recognise

    recognised = recognise(grid, targets_file=_reference(destination), rules_sheet=rules_sheet)
    indicators = len(recognised.targets.get("indicators", []))
    nothing = TableImported(grid.name, None, None, indicators)
    found = recognised.diagnostics
    if not indicators:  # no indicator table: the diagnostics say why, nothing is written
        return _TableOutcome(nothing, found, [])
    origin = _origin(grid, raw, job.lang)
    inputs = () if job.source == STDIN else (Path(job.source),)
    text = emit_yaml(recognised.targets, origin, job.lang)
    refusal = writer(destination.targets, text, job.force, inputs)
    if refusal is not None:
        return _TableOutcome(nothing, found, [_refused(destination.targets, refusal)], True)
    reports = [validate_file(destination.targets, options)]
    actuals = None
    if recognised.actuals is not None and destination.actuals is not None:
        text = emit_yaml(recognised.actuals, origin, job.lang)
        refusal = writer(destination.actuals, text, job.force, (*inputs, destination.targets))
        if refusal is not None:
            imported = TableImported(grid.name, str(destination.targets), None, indicators)
            reports.append(_refused(destination.actuals, refusal))
            return _TableOutcome(imported, found, reports, True)
        reports.append(validate_file(destination.actuals, options, read=TargetsRead()))
        actuals = str(destination.actuals)
    left = recognised.actuals is not None and destination.actuals is None
    imported = TableImported(grid.name, str(destination.targets), actuals, indicators, left)
    return _TableOutcome(imported, found, reports)


def _reference(destination: Destination) -> str:
    """The target file as the actuals file names it: relative to the actuals file's folder."""
    if destination.actuals is None:
        return destination.targets.name
    folder = destination.actuals.resolve().parent
    return Path(os.path.relpath(destination.targets.resolve(), folder)).as_posix()


def _origin(grid: Grid, raw: bytes, lang: Lang) -> "Origin":
    from perfcheck.importing import origin_of
    from perfcheck.text import say

    origin = origin_of(grid, raw)
    name = say("import.stdin", lang) if grid.file == STDIN else Path(grid.file).name
    return origin._replace(file=name)


def _refused(path: Path, refusal: tuple[str, Mapping[str, object]]) -> FileReport:
    code, args = refusal
    return FileReport(str(path), None, [Diagnostic(str(path), 0, 0, code, args)])


def _source_report(
    source: str, found: list[Diagnostic], grid: Grid, raw: bytes, options: Options
) -> FileReport:
    """The table file's own problems, with the lines they point at when it is text, less the
    warnings the project waves (as `validate` waves them)."""
    ordered = sorted(found, key=Diagnostic.sort_key)
    waved = [d for d in ordered if d.severity is Severity.WARNING and d.code in options.ignore]
    ordered = [d for d in ordered if d not in waved]
    excerpt: dict[int, str] = {}
    if grid.style is PlaceStyle.TEXT and any(d.line > 0 for d in ordered):
        from perfcheck.reading.tables.text import decode

        lines = re.split(r"\r\n|\r|\n", decode(raw, source).text)
        excerpt = {d.line: lines[d.line - 1] for d in ordered if 0 < d.line <= len(lines)}
    return FileReport(source, None, ordered, excerpt, waved)


def import_files(
    jobs: list[ImportJob],
    options: Options,
    workers: int,
    writer: Writer,
    done: Callable[[int], None] | None = None,
) -> list[FileImported]:
    """Every file imported, in the order given; `done` is told of each batch finished (a
    progress bar). Spread over `workers` processes when the batch is worth a pool."""
    count = pool_size(workers, len(jobs), _WORTH_A_POOL)
    if count <= 1:
        results = []
        for job in jobs:
            results.append(import_file(job, options, writer))
            if done is not None:
                done(1)
        return results
    from perfcheck.run.workers import in_order, worker_pool  # only for a batch worth a pool

    size = max(1, len(jobs) // (count * 8))
    chunks = [(jobs[i : i + size], options, writer) for i in range(0, len(jobs), size)]
    results = []
    with worker_pool(count) as pool:
        for part in in_order(pool, _import_all, chunks):
            results += part
            if done is not None:
                done(len(part))
    return results


def _import_all(chunk: tuple[list[ImportJob], Options, Writer]) -> list[FileImported]:
    jobs, options, writer = chunk
    return [import_file(job, options, writer) for job in jobs]
