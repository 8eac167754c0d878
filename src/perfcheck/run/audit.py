"""Auditing files: each actuals file read through the pipeline, its published figures set
against the engine's, each difference located at the line of the printed figure; a batch spread
over processes as `validate` is."""

from __future__ import annotations

from pathlib import Path

from perfcheck.diagnostics import Diagnostic, Severity
from perfcheck.reading.discovery import kind_of
from perfcheck.reading.source import Source, read_source
from perfcheck.results.audit import Audit, FileAudit, LocatedCheck, Unreadable
from perfcheck.results.files import FileKind
from perfcheck.run.load import TargetsRead, actuals_from
from perfcheck.run.options import Options
from perfcheck.run.validate import pool_size
from perfcheck.text import Phrase

Outcome = FileAudit | Unreadable | None  # None: a target file, read through its actuals


def audit_file(path: Path, options: Options, read: TargetsRead | None = None) -> Outcome:
    """One file's audit, its errors, or None for a target file."""
    from perfcheck.engine.audit import audit_tables

    source = read_source(path, encoding=options.encoding, limits=options.limits)
    kind = kind_of(source.data) if source.readable else None
    if kind is FileKind.TARGETS:
        return None
    if source.readable and kind is None:
        return Unreadable(source.path, (Diagnostic(source.path, 1, 1, "F006"),))
    loaded = actuals_from(source, path, options, None, read)
    if not loaded.ok or loaded.actuals is None or loaded.targets is None:
        errors = tuple(d for d in loaded.diagnostics() if d.severity is Severity.ERROR)
        return Unreadable(source.path, errors or tuple(loaded.diagnostics()))
    targets, allocation = loaded.targets.targets, loaded.targets.allocation
    if loaded.result is None or targets is None or allocation is None:  # in-year: no scores
        reason = Phrase("audit.not_year_end", {"period": loaded.actuals.period})
        return Unreadable(source.path, (), reason)
    audit = audit_tables(targets, allocation, loaded.actuals, loaded.readings)
    return located(source, FileKind.ACTUALS.value, audit)


def located(source: Source, kind: str, audit: Audit) -> FileAudit:
    """The audit's checks at the lines of their printed figures, with those lines."""
    found = tuple(
        LocatedCheck(source.diagnostic(c.finding), c.kind, c.id, c.published, c.recomputed)
        for c in audit.checks
    )
    ordered = tuple(sorted(found, key=lambda c: c.diagnostic.sort_key()))
    lines = source.lines() if found else []
    excerpt = {
        c.diagnostic.line: lines[c.diagnostic.line - 1]
        for c in found
        if 0 < c.diagnostic.line <= len(lines)
    }
    return FileAudit(source.path, kind, audit, ordered, excerpt)


def audit_files(paths: list[Path], options: Options, jobs: int) -> list[Outcome]:
    """Every file's outcome, in the order given; neighbouring files share a process, so the
    actuals of one folder share the reading of their target file."""
    workers = pool_size(jobs, len(paths))
    if workers <= 1:
        return _audit_all((paths, options))
    from concurrent.futures import ProcessPoolExecutor  # only for a batch worth a pool

    size = max(1, len(paths) // (workers * 8))
    chunks = [(paths[i : i + size], options) for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [outcome for part in pool.map(_audit_all, chunks) for outcome in part]


def _audit_all(job: tuple[list[Path], Options]) -> list[Outcome]:
    paths, options = job
    read = TargetsRead()
    return [audit_file(path, options, read) for path in paths]
