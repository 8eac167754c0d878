"""Loading: a target file read, validated, checked and given its points; an actuals file read
against its target file, then scored (year-end) or monitored (in-year)."""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from perfcheck.checks.targets import check_targets, check_valid_parts
from perfcheck.diagnostics import Diagnostic, Finding, Severity, has_errors
from perfcheck.engine.points import allocate
from perfcheck.model.targets import TargetFile
from perfcheck.reading.discovery import is_regular_file, kind_of, not_a_file
from perfcheck.reading.limits import Limits
from perfcheck.reading.source import Source, read_source, validate_model
from perfcheck.results.files import FileKind, LoadedActuals, LoadedTargets
from perfcheck.run.options import Options
from perfcheck.text import Phrase

if TYPE_CHECKING:
    from perfcheck.model.actuals import ActualsFile


class TargetsRead:
    """The target files a run has read lately, by the path they are shown under: the actuals
    files that name one target file (a folder of quarterly files) share a single reading. Only
    the latest few are kept, so a batch of thousands of files holds little in memory."""

    def __init__(self, keep: int = 16) -> None:
        self._kept: OrderedDict[str, LoadedTargets] = OrderedDict()
        self._keep = keep

    def get(self, name: str) -> LoadedTargets | None:
        loaded = self._kept.get(name)
        if loaded is not None:
            self._kept.move_to_end(name)
        return loaded

    def put(self, name: str, loaded: LoadedTargets) -> None:
        self._kept[name] = loaded
        self._kept.move_to_end(name)
        if len(self._kept) > self._keep:
            self._kept.popitem(last=False)


def load_period_files(paths: list[Path], options: Options) -> Iterator[LoadedActuals]:
    """Every actuals file among `paths` (target files are passed over), each read once, one
    at a time: a trend keeps of each only what it needs."""
    read = TargetsRead()
    for path in paths:
        source = read_source(path, encoding=options.encoding, limits=options.limits)
        if not (source.readable and kind_of(source.data) is FileKind.TARGETS):
            yield actuals_from(source, path, options, None, read)


def load_targets(path: Path, options: Options, *, reported_as: str | None = None) -> LoadedTargets:
    """Read, validate and check a target file."""
    source = read_source(
        path, reported_as=reported_as, encoding=options.encoding, limits=options.limits
    )
    return targets_from(source, options)


def _is_kind(source: Source, wanted: FileKind) -> bool:
    """False, with F015 reported, when the file is plainly the other kind."""
    found = kind_of(source.data)
    if found is None or found is wanted:
        return True
    args = {"actual": Phrase(f"file_kind.{found}"), "expected": Phrase(f"file_kind.{wanted}")}
    source.add([Finding("F015", (), args, whole_file=True)])
    return False


def targets_from(source: Source, options: Options) -> LoadedTargets:
    if not source.readable or not _is_kind(source, FileKind.TARGETS):
        return LoadedTargets(source, None)
    if _too_many_indicators(source, options.limits):
        return LoadedTargets(source, None)
    targets = validate_model(source, TargetFile, options.rules_context)
    if targets is None:
        source.add(check_valid_parts(source.data))
        return LoadedTargets(source, None)
    allocation = allocate(targets)
    source.add(check_targets(targets, allocation))
    return LoadedTargets(source, targets, allocation)


def _too_many_indicators(source: Source, limits: Limits) -> bool:
    """Checked on the raw list, before any indicator is validated."""
    listed = source.data.get("indicators") if isinstance(source.data, dict) else None
    if not isinstance(listed, list) or len(listed) <= limits.max_indicators:
        return False
    args = {"count": len(listed), "limit": limits.max_indicators}
    source.add([Finding("F017", ("indicators",), args, at_key=True)])
    return True


def load_actuals(
    path: Path, options: Options, *, targets: Path | None = None, reported_as: str | None = None
) -> LoadedActuals:
    """Read an actuals file and its target file; read every actual against its indicator."""
    source = read_source(
        path, reported_as=reported_as, encoding=options.encoding, limits=options.limits
    )
    return actuals_from(source, path, options, targets)


def actuals_from(
    source: Source,
    path: Path,
    options: Options,
    override: Path | None,
    targets_read: TargetsRead | None = None,
) -> LoadedActuals:
    from perfcheck.model.actuals import TARGETS_YEAR, ActualsFile

    if not source.readable or not _is_kind(source, FileKind.ACTUALS):
        return LoadedActuals(source, None, None)
    year = partial(_targets_year, source, path, options, override)
    actuals = validate_model(source, ActualsFile, {TARGETS_YEAR: year})
    if actuals is None:
        return LoadedActuals(source, None, None)
    target_path = override or Path(os.path.normpath(path.parent / actuals.targets))
    loaded = _linked_targets(source, target_path, options, override is None, targets_read)
    return _against(source, actuals, loaded)


def actuals_against(source: Source, loaded: LoadedTargets) -> LoadedActuals:
    """An actuals file read against a target file loaded already (a table imported in memory
    gives both): validated, then scored or monitored as `actuals_from` does."""
    from perfcheck.model.actuals import ActualsFile

    actuals = validate_model(source, ActualsFile) if source.readable else None
    if actuals is None:
        return LoadedActuals(source, None, None)
    return _against(source, actuals, loaded)


def _against(source: Source, actuals: ActualsFile, loaded: LoadedTargets | None) -> LoadedActuals:
    from perfcheck.checks.completeness import completeness_findings, monitoring_findings
    from perfcheck.engine.monitoring import monitor
    from perfcheck.engine.scoring import score
    from perfcheck.model.readings import read_actuals

    if loaded is None or loaded.targets is None or loaded.allocation is None or not loaded.ok:
        return LoadedActuals(source, actuals, loaded)
    actuals = actuals.in_money_unit(loaded.targets.money_unit)  # `spent: 1.2亿元`
    read = read_actuals(actuals, loaded.targets)
    source.add(read.findings)
    if has_errors(source.diagnostics):
        return LoadedActuals(source, actuals, loaded)
    if not actuals.parsed_period.is_year_end:
        progress = monitor(loaded.targets, loaded.allocation, actuals, read.readings)
        source.add(monitoring_findings(progress, read.keys))
        return LoadedActuals(source, actuals, loaded, None, progress, read.readings, read.keys)
    result = score(loaded.targets, loaded.allocation, actuals, read.readings)
    source.add(completeness_findings(result, read.keys))
    return LoadedActuals(source, actuals, loaded, result, None, read.readings, read.keys)


def _targets_year(
    source: Source, path: Path, options: Options, override: Path | None
) -> int | None:
    """The `year:` of the target file an actuals file names, read as it is written, for S020's
    suggestion when the actuals file's own period names no year."""
    named = source.data.get("targets") if isinstance(source.data, dict) else None
    if override is None and not isinstance(named, str):
        return None
    target_path = override or Path(os.path.normpath(path.parent / str(named)))
    if not is_regular_file(target_path):
        return None
    data = read_source(target_path, encoding=options.encoding, limits=options.limits).data
    year = data.get("year") if isinstance(data, dict) else None
    return (
        year
        if isinstance(year, int) and not isinstance(year, bool) and 1900 <= year < 2200
        else None
    )


def _linked_targets(
    source: Source, path: Path, options: Options, from_file: bool, read: TargetsRead | None
) -> LoadedTargets | None:
    """The target file an actuals file names; problems with it are located at `targets:`
    (or at the --targets option that replaced it)."""
    reported_as = path.as_posix()

    def refuse(code: str, reason: Phrase) -> None:
        args = {"path": reported_as, "reason": reason}
        if from_file:
            source.add([Finding(code, ("targets",), args)])
        else:
            source.diagnostics.append(Diagnostic("--targets", 0, 0, code, args))

    if not is_regular_file(path):
        refuse("F010", not_a_file(path))
        return None
    loaded = read.get(reported_as) if read is not None else None
    if loaded is None:
        target_source = read_source(
            path, reported_as=reported_as, encoding=options.encoding, limits=options.limits
        )
        if target_source.readable and kind_of(target_source.data) is FileKind.ACTUALS:
            refuse("F011", Phrase("reason.an_actuals_file"))
            return None
        loaded = targets_from(target_source, options)
        is_targets = target_source.readable and kind_of(target_source.data) is FileKind.TARGETS
        if read is not None and is_targets:  # read as a target file would be on its own
            read.put(reported_as, loaded)
    if not loaded.ok:
        errors = sum(d.severity is Severity.ERROR for d in loaded.source.diagnostics)
        refuse(
            "F011",
            Phrase("reason.errors" if errors != 1 else "reason.one_error", {"count": errors}),
        )
    return loaded
