"""Reading a portfolio: every actuals file scored or monitored, each reduced to its row in the
process that read it; spread over processes as `validate` is. Files that cannot be read come
back with their located errors; target files are read only through the actuals that name them.

The outcomes come back a chunk at a time, so that a caller writing a database holds one chunk's
detail at once, never the whole run's."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from perfcheck.diagnostics import Diagnostic, Severity
from perfcheck.reading.digest import file_digest
from perfcheck.reading.discovery import kind_of
from perfcheck.reading.source import read_source
from perfcheck.results.files import FileKind
from perfcheck.results.portfolio import FileDetail, FileError, Outcome, Read
from perfcheck.run.load import TargetsRead, actuals_from
from perfcheck.run.options import Options
from perfcheck.run.validate import pool_size

if TYPE_CHECKING:
    from perfcheck.results.files import LoadedActuals

# Files per chunk: enough to repay sending a chunk to a process, few enough that the progress
# bar moves and one chunk's detail stays small. A chunk ends at a folder's end where it can, so
# that a folder's actuals share one reading of their target file.
_CHUNK = 64
_AHEAD = 2  # chunks given to each process ahead of the one being collected


def table_of(path: Path, options: Options, read: TargetsRead, detail: bool = False) -> Read:
    """One file's row, its errors, or None for a target file; with `detail`, what the database
    keeps of it too."""
    from perfcheck.engine.portfolio import row_of_monitoring, row_of_score

    source = read_source(path, encoding=options.encoding, limits=options.limits)
    kind = kind_of(source.data) if source.readable else None
    if kind is FileKind.TARGETS:
        return None, _detail(path, source.path, "targets") if detail else None
    if source.readable and kind is None:
        source.diagnostics.append(Diagnostic(source.path, 1, 1, "F006"))
        error = FileError(source.path, tuple(source.diagnostics))
        found = _detail(path, error.path, "unreadable", error.diagnostics) if detail else None
        return error, found
    loaded = actuals_from(source, path, options, None, read)
    outcome: Outcome
    if loaded.ok and loaded.result is not None:
        outcome = row_of_score(source.path, loaded.result, reconciles(loaded))
    elif loaded.ok and loaded.monitoring is not None:
        outcome = row_of_monitoring(source.path, loaded.monitoring, reconciles(loaded))
    else:
        errors = tuple(d for d in loaded.diagnostics() if d.severity is Severity.ERROR)
        outcome = FileError(source.path, errors or tuple(loaded.diagnostics()))
    if loaded.targets is not None:  # kept so that the report is never written over it
        outcome = replace(outcome, targets=loaded.targets.source.path)
    return outcome, _actuals_detail(path, loaded, outcome) if detail else None


def reconciles(loaded: LoadedActuals) -> bool | None:
    """Whether the figures the table publishes (its printed 得分, 执行率, 总分, 等级) are the ones
    perfcheck computes, as `perfcheck audit` judges them: the `reconciles` column. None for a
    table that prints none, or is not scored (in-year)."""
    from perfcheck.engine.audit import published_reconciles

    return published_reconciles(loaded)


def _actuals_detail(path: Path, loaded: LoadedActuals, outcome: Outcome) -> FileDetail:
    from perfcheck.engine.portfolio import lines_of_monitoring, lines_of_score

    targets = loaded.targets.source.path if loaded.targets is not None else None
    if isinstance(outcome, FileError):
        return _detail(path, outcome.path, "unreadable", outcome.diagnostics, targets)
    found = tuple(loaded.diagnostics())
    if loaded.result is not None:
        indicators, budget = lines_of_score(loaded.result)
    else:
        assert loaded.monitoring is not None  # a row is made of one or the other
        indicators, budget = lines_of_monitoring(loaded.monitoring)
    plain = _detail(path, loaded.source.path, "actuals", found, targets)
    return FileDetail(
        plain.path, plain.sha256, plain.size, plain.role, targets, indicators, budget, found
    )


def _detail(
    path: Path,
    shown: str,
    role: str,
    findings: tuple[Diagnostic, ...] = (),
    targets: str | None = None,
) -> FileDetail:
    digest, size = file_digest(path)
    return FileDetail(shown, digest, size, role, targets, (), None, findings)


def read_portfolio(
    paths: list[Path], options: Options, jobs: int, *, detail: bool = False
) -> Iterator[list[Read]]:
    """Every file's outcome, in the order given, a chunk at a time. Neighbouring files go to
    one process, so the actuals of one folder share the reading of their target file; each
    process sends back rows (and, with `detail`, the long form), never results. Only a few
    chunks are in flight at once, so a slow consumer does not make the results pile up."""
    workers = pool_size(jobs, len(paths))
    chunks = chunked(paths, _CHUNK)
    if workers <= 1:
        read = TargetsRead()
        for chunk in chunks:
            yield [table_of(path, options, read, detail) for path in chunk]
        return
    _before_fork()
    from concurrent.futures import Future  # only for a batch worth a pool

    from perfcheck.run.workers import worker_pool

    pending: deque[Future[list[Read]]] = deque()
    try:
        with worker_pool(workers) as pool:
            for chunk in chunks:
                pending.append(pool.submit(_read_all, chunk, options, detail))
                if len(pending) > workers * _AHEAD:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
    finally:
        import gc

        gc.unfreeze()


def chunked(paths: list[Path], size: int) -> list[list[Path]]:
    """Runs of about `size` files, each ending where a folder does when one ends within half a
    chunk past `size`; else at `size` and a half."""
    chunks: list[list[Path]] = []
    current: list[Path] = []
    for index, path in enumerate(paths):
        current.append(path)
        last = index + 1 == len(paths)
        folder_ends = last or paths[index + 1].parent != path.parent
        if last or (len(current) >= size and folder_ends) or len(current) >= size * 3 // 2:
            chunks.append(current)
            current = []
    return chunks


def _before_fork() -> None:
    """What the processes would each import on their first file is imported once here, and the
    objects made so far are moved out of the collector's sight: a forked process then shares
    them with this one instead of copying every page the collector would touch."""
    import gc

    import perfcheck.checks.completeness
    import perfcheck.engine.monitoring
    import perfcheck.engine.portfolio
    import perfcheck.engine.scoring
    import perfcheck.model.actuals  # noqa: F401

    gc.freeze()


def _read_all(paths: list[Path], options: Options, detail: bool) -> list[Read]:
    read = TargetsRead()
    return [table_of(path, options, read, detail) for path in paths]
