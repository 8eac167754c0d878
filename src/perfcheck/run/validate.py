"""Validating files: every problem of every file, the project's suppressions applied."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from perfcheck.diagnostics import Diagnostic, Severity
from perfcheck.reading.discovery import kind_of
from perfcheck.reading.source import Source, read_source
from perfcheck.results.files import FileKind, FileReport
from perfcheck.run.load import TargetsRead, actuals_from, targets_from
from perfcheck.run.options import Options

T = TypeVar("T")


def validate_file(
    path: Path, options: Options, *, reported_as: str | None = None, read: TargetsRead | None = None
) -> FileReport:
    """Every problem of one file; `read` holds the target files this run has read already."""
    name = reported_as if reported_as is not None else str(path)
    if read is not None and (known := read.get(name)) is not None:  # named by an actuals file
        return file_report(known.source, FileKind.TARGETS, options)
    source = read_source(
        path, reported_as=reported_as, encoding=options.encoding, limits=options.limits
    )
    kind = kind_of(source.data) if source.readable else None
    if source.readable and kind is FileKind.TARGETS:
        loaded = targets_from(source, options)
        if read is not None:
            read.put(name, loaded)
    elif source.readable and kind is FileKind.ACTUALS:
        actuals_from(source, path, options, None, read)
    elif source.readable:
        source.diagnostics.append(Diagnostic(source.path, 1, 1, "F006"))
    return file_report(source, kind, options)


def file_report(source: Source, kind: FileKind | None, options: Options) -> FileReport:
    """What a file's report shows: its problems, sorted, less the warnings the project waves."""
    found = sorted(source.diagnostics, key=Diagnostic.sort_key)
    lines = source.lines() if found else []
    excerpt = {d.line: lines[d.line - 1] for d in found if 0 < d.line <= len(lines)}
    kept = [d for d in found if not _suppressed(d, excerpt, options.ignore)]
    suppressed = [d for d in found if d not in kept]
    return FileReport(source.path, kind, kept, excerpt, suppressed)


def validate_files(paths: list[Path], options: Options, jobs: int) -> list[FileReport]:
    """Every file's report, in the order given; spread over `jobs` processes when it pays."""
    return spread(_validate_all, paths, options, jobs)


Chunk = tuple[list[Path], Options]


def spread(
    each: Callable[[Chunk], list[T]], paths: list[Path], options: Options, jobs: int
) -> list[T]:
    """What `each` gives for every chunk of `paths`, in the order given; the chunks spread over
    `jobs` processes when it pays (`each` is then called in another process: a module's function).

    Neighbouring files go to the same process, so that the actuals files of one folder share
    the reading of the target file they name."""
    workers = pool_size(jobs, len(paths))
    if workers <= 1:
        return each((paths, options))
    from perfcheck.run.workers import in_order, worker_pool  # only for a batch worth a pool

    size = max(1, len(paths) // (workers * 8))
    chunks = [(paths[i : i + size], options) for i in range(0, len(paths), size)]
    with worker_pool(workers) as pool:
        return [outcome for part in in_order(pool, each, chunks) for outcome in part]


_WORTH_A_POOL = 64  # below this many files, starting processes costs more than it saves


def pool_size(jobs: int, files: int, worth: int = _WORTH_A_POOL) -> int:
    """The processes a batch gets: as many as asked, but no more than the CPUs (more only
    compete for them) and none for a batch too small to repay starting them (fewer files than
    `worth`)."""
    if files < worth:
        return 1
    return max(1, min(jobs, usable_cpus()))


def usable_cpus() -> int:
    """The CPUs this process may run on: a container or `taskset` may allow fewer than the
    machine has (os.cpu_count)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _validate_all(job: Chunk) -> list[FileReport]:
    paths, options = job
    read = TargetsRead()
    return [validate_file(path, options, read=read) for path in paths]


_SUPPRESSION = re.compile(r"#\s*perfcheck:\s*ignore\[([A-Z0-9,\s]+)\]")


def _suppressed(diagnostic: Diagnostic, excerpt: dict[int, str], ignore: frozenset[str]) -> bool:
    """A warning the project ignores, or one its own line waves with `# perfcheck: ignore[…]`."""
    if diagnostic.severity is not Severity.WARNING:
        return False  # errors are never suppressed
    if diagnostic.code in ignore:
        return True
    marker = _SUPPRESSION.search(excerpt.get(diagnostic.line, ""))
    return marker is not None and diagnostic.code in re.split(r"[,\s]+", marker.group(1))
