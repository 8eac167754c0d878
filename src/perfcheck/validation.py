"""Validating files: find them, tell target files from actuals files, collect every problem."""

from __future__ import annotations

import fnmatch
import glob
import os
import re
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from perfcheck.checks import check_targets, check_valid_parts
from perfcheck.diagnostics import Diagnostic, Finding, Severity, has_errors
from perfcheck.limits import DEFAULTS, Limits
from perfcheck.loading import Source, read_source, validate_model
from perfcheck.model import TargetFile
from perfcheck.points import Allocation, allocate

if TYPE_CHECKING:  # the actuals side is imported when an actuals file is met
    from perfcheck.actuals import ActualsFile, Reading
    from perfcheck.monitoring import MonitoringResult
    from perfcheck.scoring import ScoreResult
    from perfcheck.summary import InputFile

YAML_SUFFIXES = (".yaml", ".yml")


class FileKind(StrEnum):
    TARGETS = "targets"
    ACTUALS = "actuals"


NO_PROFILES: Mapping[str, Mapping[str, Any]] = {}  # shared, never written to


class Options(NamedTuple):
    encoding: str | None = None
    limits: Limits = DEFAULTS
    ignore: frozenset[str] = frozenset()  # warning codes the project ignores
    profile: str | None = None  # the rules profile of a file that names none
    profiles: Mapping[str, Mapping[str, Any]] = NO_PROFILES  # the project's own

    @property
    def rules_context(self) -> dict[str, Any]:
        """What the rules' validation needs to resolve `rules: {profile: …}`."""
        context: dict[str, Any] = {"profiles": self.profiles}
        if self.profile is not None:
            context["profile"] = self.profile
        return context


@dataclass(slots=True)
class FileReport:
    """What validating one file found. `lines` is kept only when there is something to show."""

    path: str
    kind: FileKind | None
    diagnostics: list[Diagnostic]
    excerpt: dict[int, str] = field(default_factory=dict)  # the lines diagnostics point at
    suppressed: list[Diagnostic] = field(default_factory=list)

    def line(self, number: int) -> str | None:
        return self.excerpt.get(number)

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


class LoadedTargets(NamedTuple):
    source: Source
    targets: TargetFile | None
    allocation: Allocation | None = None

    @property
    def ok(self) -> bool:
        return self.targets is not None and not has_errors(self.source.diagnostics)


def kind_of(data: Any) -> FileKind | None:
    """Files are recognised by content: actuals name their targets, targets list indicators."""
    if not isinstance(data, dict):
        return None
    if "actuals" in data or "period" in data:
        return FileKind.ACTUALS
    if "indicators" in data or "department" in data:
        return FileKind.TARGETS
    return None


class LoadedActuals(NamedTuple):
    source: Source
    actuals: ActualsFile | None
    targets: LoadedTargets | None
    result: ScoreResult | None = None  # year-end, when both files are valid
    monitoring: MonitoringResult | None = None  # before year-end, when both are valid
    readings: Mapping[str, Reading] = {}  # shared by those without, never written to

    def progress(self) -> MonitoringResult | None:
        """Progress against time elapsed; for a year-end file, computed when asked for."""
        if self.monitoring is not None or self.result is None or self.actuals is None:
            return self.monitoring
        from perfcheck.monitoring import monitor

        assert self.targets is not None and self.targets.allocation is not None
        return monitor(self.result.targets, self.targets.allocation, self.actuals, self.readings)

    @property
    def ok(self) -> bool:
        return (
            self.actuals is not None
            and self.targets is not None
            and self.targets.ok
            and not has_errors(self.source.diagnostics)
        )

    def diagnostics(self) -> list[Diagnostic]:
        """The target file's errors first (when it has any), then this file's problems."""
        own = sorted(self.source.diagnostics, key=Diagnostic.sort_key)
        if self.targets is None or self.targets.ok:
            return own
        theirs = sorted(self.targets.source.diagnostics, key=Diagnostic.sort_key)
        return theirs + own


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


def input_files(paths: list[Path]) -> tuple[InputFile, ...]:
    """The files a report was made from, with their SHA-256, as recorded in the report."""
    from hashlib import sha256

    from perfcheck.summary import InputFile

    return tuple(
        InputFile(path.as_posix(), sha256(path.read_bytes()).hexdigest()) for path in paths
    )


def load_period_files(paths: list[Path], options: Options) -> list[LoadedActuals]:
    """Every actuals file among `paths` (target files are passed over), each read once."""
    loaded = []
    read = TargetsRead()
    for path in paths:
        source = read_source(path, encoding=options.encoding, limits=options.limits)
        if not (source.readable and kind_of(source.data) is FileKind.TARGETS):
            loaded.append(_actuals_from(source, path, options, None, read))
    return loaded


def load_targets(path: Path, options: Options, *, shown: str | None = None) -> LoadedTargets:
    """Read, validate and check a target file."""
    source = read_source(path, shown=shown, encoding=options.encoding, limits=options.limits)
    return _targets_from(source, options)


_KIND_NAMES = {
    FileKind.TARGETS: ("绩效目标表", "a target file"),
    FileKind.ACTUALS: ("完成值文件", "an actuals file"),
}


def _is_kind(source: Source, wanted: FileKind) -> bool:
    """False, with F015 reported, when the file is plainly the other kind."""
    found = kind_of(source.data)
    if found is None or found is wanted:
        return True
    args = {
        "actual_zh": _KIND_NAMES[found][0],
        "actual_en": _KIND_NAMES[found][1],
        "expected_zh": _KIND_NAMES[wanted][0],
        "expected_en": _KIND_NAMES[wanted][1],
    }
    source.add([Finding("F015", (), args, whole_file=True)])
    return False


def _targets_from(source: Source, options: Options) -> LoadedTargets:
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
    path: Path, options: Options, *, targets: Path | None = None, shown: str | None = None
) -> LoadedActuals:
    """Read an actuals file and its target file; read every actual against its indicator."""
    source = read_source(path, shown=shown, encoding=options.encoding, limits=options.limits)
    return _actuals_from(source, path, options, targets)


def _actuals_from(
    source: Source,
    path: Path,
    options: Options,
    override: Path | None,
    targets_read: TargetsRead | None = None,
) -> LoadedActuals:
    from perfcheck.actuals import ActualsFile, read_actuals
    from perfcheck.completeness import completeness_findings, monitoring_findings
    from perfcheck.monitoring import monitor
    from perfcheck.scoring import score

    if not source.readable or not _is_kind(source, FileKind.ACTUALS):
        return LoadedActuals(source, None, None)
    actuals = validate_model(source, ActualsFile)
    if actuals is None:
        return LoadedActuals(source, None, None)
    target_path = override or Path(os.path.normpath(path.parent / actuals.targets))
    loaded = _linked_targets(source, target_path, options, override is None, targets_read)
    if loaded is None or loaded.targets is None or loaded.allocation is None or not loaded.ok:
        return LoadedActuals(source, actuals, loaded)
    read = read_actuals(actuals, loaded.targets)
    source.add(read.findings)
    if has_errors(source.diagnostics):
        return LoadedActuals(source, actuals, loaded)
    if not actuals.parsed_period.is_year_end:
        progress = monitor(loaded.targets, loaded.allocation, actuals, read.readings)
        source.add(monitoring_findings(progress))
        return LoadedActuals(source, actuals, loaded, None, progress, read.readings)
    result = score(loaded.targets, loaded.allocation, actuals, read.readings)
    source.add(completeness_findings(result))
    return LoadedActuals(source, actuals, loaded, result, None, read.readings)


def _linked_targets(
    source: Source, path: Path, options: Options, from_file: bool, read: TargetsRead | None
) -> LoadedTargets | None:
    """The target file an actuals file names; problems with it are located at `targets:`
    (or at the --targets option that replaced it)."""
    shown = path.as_posix()

    def refuse(code: str, reason: tuple[str, str]) -> None:
        args = {"path": shown, "reason_zh": reason[0], "reason_en": reason[1]}
        if from_file:
            source.add([Finding(code, ("targets",), args)])
        else:
            source.diagnostics.append(Diagnostic("--targets", 0, 0, code, args))

    if not is_regular_file(path):
        refuse("F010", _not_a_file(path))
        return None
    loaded = read.get(shown) if read is not None else None
    if loaded is None:
        target_source = read_source(
            path, shown=shown, encoding=options.encoding, limits=options.limits
        )
        if target_source.readable and kind_of(target_source.data) is FileKind.ACTUALS:
            refuse("F011", ("它本身是完成值文件", "it is an actuals file"))
            return None
        loaded = _targets_from(target_source, options)
        is_targets = target_source.readable and kind_of(target_source.data) is FileKind.TARGETS
        if read is not None and is_targets:  # read as a target file would be on its own
            read.put(shown, loaded)
    if not loaded.ok:
        errors = sum(d.severity is Severity.ERROR for d in loaded.source.diagnostics)
        refuse("F011", (f"{errors} 个错误", f"{errors} error{'s' if errors != 1 else ''}"))
    return loaded


def _checkable(path: Path, root: Path) -> bool:
    """A YAML file in a folder being checked, hidden files and folders left out (.venv, .git)."""
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    return not hidden and path.suffix in YAML_SUFFIXES and path.is_file()


def is_regular_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _not_a_file(path: Path) -> tuple[str, str]:
    try:
        if path.is_dir():
            return ("是一个目录", "is a folder")
        if path.exists():
            return ("不是普通文件", "is not a regular file")
    except OSError as error:
        return (f"无法访问（{error.strerror}）", f"cannot be reached ({error.strerror})")
    return ("文件不存在", "no such file")


def validate_file(
    path: Path, options: Options, *, shown: str | None = None, read: TargetsRead | None = None
) -> FileReport:
    """Every problem of one file; `read` holds the target files this run has read already."""
    name = shown if shown is not None else str(path)
    if read is not None and (known := read.get(name)) is not None:  # named by an actuals file
        return file_report(known.source, FileKind.TARGETS, options)
    source = read_source(path, shown=shown, encoding=options.encoding, limits=options.limits)
    kind = kind_of(source.data) if source.readable else None
    if source.readable and kind is FileKind.TARGETS:
        loaded = _targets_from(source, options)
        if read is not None:
            read.put(name, loaded)
    elif source.readable and kind is FileKind.ACTUALS:
        _actuals_from(source, path, options, None, read)
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
    """Every file's report, in the order given; spread over `jobs` processes when it pays.

    Neighbouring files go to the same process, so that the actuals files of one folder share
    the reading of the target file they name."""
    if jobs <= 1 or len(paths) < _WORTH_A_POOL:
        return _validate_all((paths, options))
    from concurrent.futures import ProcessPoolExecutor  # only for a batch worth a pool

    size = max(1, len(paths) // (jobs * 8))
    chunks = [(paths[i : i + size], options) for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return [report for part in pool.map(_validate_all, chunks) for report in part]


_WORTH_A_POOL = 64  # below this many files, starting processes costs more than it saves


def _validate_all(job: tuple[list[Path], Options]) -> list[FileReport]:
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


class Expansion(NamedTuple):
    files: list[Path]
    missing: list[str]  # arguments that named nothing


def expand(arguments: Iterable[str]) -> Expansion:
    """Files as given; folders searched for *.yaml and *.yml; globs expanded. Sorted, unique."""
    files: list[Path] = []
    missing: list[str] = []
    for argument in arguments:
        found = _expand_one(argument)
        if found is None:
            missing.append(argument)
        else:
            files.extend(found)
    unique = list(dict.fromkeys(files))
    return Expansion(unique, missing)


def _expand_one(argument: str) -> list[Path] | None:
    """The files an argument names; None when it names nothing at all."""
    path = Path(argument)
    try:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if _checkable(p, path))
            return found or None  # an empty folder checks nothing: say so, do not pass
        if path.exists():
            return [path]
    except OSError:  # a name too long, a loop of links: it names nothing usable
        return None
    if glob.has_magic(argument):
        found = [p for p in _matching(argument) if p.suffix in YAML_SUFFIXES]
        return found or None
    return None


def _matching(pattern: str) -> list[Path]:
    """Files a glob names, `**` across folders, without following links to folders (a link
    back up would otherwise repeat files, or never end)."""
    parts = Path(pattern).parts
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    base = Path(*parts[:fixed]) if fixed else Path()
    wanted = re.compile(_glob_regex(parts[fixed:]))
    found = []
    for folder, folders, names in os.walk(base, followlinks=False):
        folders.sort()
        for name in sorted(names):
            path = Path(folder) / name
            relative = path.relative_to(base).as_posix()
            if wanted.fullmatch(relative) and path.is_file():
                found.append(path)
    return found


def _glob_regex(parts: tuple[str, ...]) -> str:
    pieces = []
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            pieces.append(".*" if last else "(?:[^/]+/)*")
            continue
        translated = fnmatch.translate(part).removeprefix("(?s:").removesuffix(")\\Z")
        pieces.append(translated.replace(".*", "[^/]*") + ("" if last else "/"))
    return "".join(pieces)
