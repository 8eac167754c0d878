"""Reading a portfolio: every actuals file scored or monitored, each reduced to its row in the
process that read it; spread over processes as `validate` is. Files that cannot be read come
back with their located errors; target files are read only through the actuals that name them."""

from __future__ import annotations

from pathlib import Path

from perfcheck.diagnostics import Diagnostic, Severity
from perfcheck.reading.discovery import kind_of
from perfcheck.reading.source import read_source
from perfcheck.results.files import FileKind
from perfcheck.results.portfolio import FileError, TableRow
from perfcheck.run.load import TargetsRead, actuals_from
from perfcheck.run.options import Options
from perfcheck.run.validate import pool_size

Outcome = TableRow | FileError | None  # None: a target file, read through its actuals


def table_of(path: Path, options: Options, read: TargetsRead) -> Outcome:
    """One file's row, its errors, or None for a target file."""
    from perfcheck.engine.portfolio import row_of_monitoring, row_of_score

    source = read_source(path, encoding=options.encoding, limits=options.limits)
    kind = kind_of(source.data) if source.readable else None
    if kind is FileKind.TARGETS:
        return None
    if source.readable and kind is None:
        source.diagnostics.append(Diagnostic(source.path, 1, 1, "F006"))
        return FileError(source.path, tuple(source.diagnostics))
    loaded = actuals_from(source, path, options, None, read)
    if loaded.ok and loaded.result is not None:
        return row_of_score(source.path, loaded.result)
    if loaded.ok and loaded.monitoring is not None:
        return row_of_monitoring(source.path, loaded.monitoring)
    errors = tuple(d for d in loaded.diagnostics() if d.severity is Severity.ERROR)
    return FileError(source.path, errors or tuple(loaded.diagnostics()))


def read_portfolio(paths: list[Path], options: Options, jobs: int) -> list[Outcome]:
    """Every file's outcome, in the order given. Neighbouring files go to one process, so the
    actuals of one folder share the reading of their target file; each process sends back rows,
    never results."""
    workers = pool_size(jobs, len(paths))
    if workers <= 1:
        return _read_all((paths, options))
    from concurrent.futures import ProcessPoolExecutor  # only for a batch worth a pool

    size = max(1, len(paths) // (workers * 8))
    chunks = [(paths[i : i + size], options) for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [outcome for part in pool.map(_read_all, chunks) for outcome in part]


def _read_all(job: tuple[list[Path], Options]) -> list[Outcome]:
    paths, options = job
    read = TargetsRead()
    return [table_of(path, options, read) for path in paths]
