"""Auditing files: each actuals file read through the pipeline, or each filled self-evaluation of
a table file imported in memory (run/tables.py); its published figures set against the engine's,
each difference located at the printed figure (its line, or its cell); a batch spread over
processes as `validate` is."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from perfcheck.diagnostics import Diagnostic, Severity
from perfcheck.reading.discovery import kind_of
from perfcheck.reading.source import Source, read_source
from perfcheck.results.audit import Audit, FileAudit, LocatedCheck, Unreadable
from perfcheck.results.files import FileKind, LoadedActuals
from perfcheck.run.load import TargetsRead, actuals_from
from perfcheck.run.options import Options
from perfcheck.run.validate import spread
from perfcheck.text import Phrase

if TYPE_CHECKING:
    from collections.abc import Callable

    from perfcheck.importing.recognise import Recognised
    from perfcheck.reading.tables.grid import Grid

Outcome = FileAudit | Unreadable

# The table files a folder or a glob gives to `audit` beside its YAML files; pasted text (.txt,
# .csv, .tsv) is audited only when named.
TABLE_SUFFIXES_FOUND = (".xlsx", ".xlsm", ".xls", ".ods", ".docx")
TABLE = "table"


def is_table(path: Path) -> bool:
    from perfcheck.reading.tables.read import EXTENSIONS

    return path.suffix.lower() in EXTENSIONS


def audit_path(path: Path, options: Options, read: TargetsRead | None = None) -> list[Outcome]:
    """A file's audits: none for a target file or a target table (read through what refers to
    them), one for an actuals file, one for each self-evaluation of a table file."""
    if is_table(path):
        return audit_table(path, options)
    found = audit_file(path, options, read)
    return [] if found is None else [found]


def audit_file(
    path: Path, options: Options, read: TargetsRead | None = None
) -> FileAudit | Unreadable | None:
    """One actuals file's audit, its errors, or None for a target file."""
    source = read_source(path, encoding=options.encoding, limits=options.limits)
    kind = kind_of(source.data) if source.readable else None
    if kind is FileKind.TARGETS:
        return None
    if source.readable and kind is None:
        return Unreadable(source.path, (Diagnostic(source.path, 1, 1, "F006"),))
    loaded = actuals_from(source, path, options, None, read)
    return _audited(loaded, source.path, lambda audit: located(source, audit))


def _audited(
    loaded: LoadedActuals, path: str, locate: Callable[[Audit], FileAudit]
) -> FileAudit | Unreadable:
    from perfcheck.engine.audit import audit_tables

    if not loaded.ok or loaded.actuals is None or loaded.targets is None:
        errors = tuple(d for d in loaded.diagnostics() if d.severity is Severity.ERROR)
        return Unreadable(path, errors or tuple(loaded.diagnostics()))
    targets, allocation = loaded.targets.targets, loaded.targets.allocation
    if loaded.result is None or targets is None or allocation is None:  # in-year: no scores
        reason = Phrase("audit.not_year_end", {"period": loaded.actuals.period})
        return Unreadable(path, (), reason)
    return locate(audit_tables(targets, allocation, loaded.actuals, loaded.readings))


def located(source: Source, audit: Audit) -> FileAudit:
    """The audit's checks at the lines of their printed figures, with those lines."""
    found = [source.diagnostic(c.finding) for c in audit.checks]
    lines = source.lines() if found else []
    excerpt = {d.line: lines[d.line - 1] for d in found if 0 < d.line <= len(lines)}
    return _file_audit(source.path, FileKind.ACTUALS.value, "", audit, found, excerpt)


def _file_audit(
    path: str, kind: str, table: str, audit: Audit, at: list[Diagnostic], excerpt: dict[int, str]
) -> FileAudit:
    checks = sorted(
        (
            LocatedCheck(d, c.kind, c.id, c.published, c.recomputed)
            for d, c in zip(at, audit.checks, strict=True)
        ),
        key=lambda c: c.diagnostic.sort_key(),
    )
    return FileAudit(path, kind, audit, tuple(checks), excerpt, table)


def audit_table(path: Path, options: Options) -> list[Outcome]:
    """Each filled self-evaluation of a table file, imported in memory; a table file with none
    but a target table is passed over, one with no table perfcheck recognises cannot be
    audited."""
    from perfcheck.importing import recognise
    from perfcheck.reading.tables.errors import TableError
    from perfcheck.reading.tables.read import read_tables

    try:
        grids = read_tables(path, limits=options.limits)
    except TableError as error:
        cell = Diagnostic(error.file, 0, 0, error.code, error.args_, place=error.place)
        return [Unreadable(error.file, (cell,))]
    outcomes: list[Outcome] = []
    targets_only = False
    for grid in grids:
        recognised = recognise(grid)
        if recognised.actuals is None:
            targets_only = targets_only or bool(recognised.targets.get("indicators"))
            continue
        outcomes.append(_audit_grid(grid, recognised, options))
    if outcomes or targets_only:
        return outcomes
    return [Unreadable(str(path), (), Phrase("audit.no_self_evaluation"))]


def _audit_grid(grid: Grid, recognised: Recognised, options: Options) -> Outcome:
    from perfcheck.run.tables import load_table

    errors = tuple(d for d in recognised.diagnostics if d.severity is Severity.ERROR)
    if errors:
        return Unreadable(grid.file, errors)
    table = load_table(grid, recognised, options)
    loaded = table.loaded
    if not loaded.ok:
        found = tuple(table.at_cell(d) for d in loaded.diagnostics())
        errors = tuple(d for d in found if d.severity is Severity.ERROR)
        return Unreadable(grid.file, errors or found)

    def locate(audit: Audit) -> FileAudit:
        at = [table.at_cell(loaded.source.diagnostic(c.finding)) for c in audit.checks]
        return _file_audit(grid.file, TABLE, grid.name, audit, at, {})

    return _audited(loaded, grid.file, locate)


def audit_files(paths: list[Path], options: Options, jobs: int) -> list[Outcome]:
    """Every file's outcomes, in the order given; neighbouring files share a process, so the
    actuals of one folder share the reading of their target file."""
    return spread(_audit_all, paths, options, jobs)


def _audit_all(job: tuple[list[Path], Options]) -> list[Outcome]:
    paths, options = job
    read = TargetsRead()
    return [outcome for path in paths for outcome in audit_path(path, options, read)]
