"""Validating files: find them, tell target files from actuals files, collect every problem."""

from __future__ import annotations

import glob
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from perfcheck.checks import check_targets
from perfcheck.diagnostics import Diagnostic, has_errors
from perfcheck.loading import InputLimits, Source, read_source, validate_model
from perfcheck.model import TargetFile

YAML_SUFFIXES = (".yaml", ".yml")


class FileKind(StrEnum):
    TARGETS = "targets"
    ACTUALS = "actuals"


@dataclass(frozen=True, slots=True)
class Options:
    encoding: str | None = None
    limits: InputLimits = field(default_factory=InputLimits)


@dataclass(slots=True)
class FileReport:
    """What validating one file found. `lines` is kept only when there is something to show."""

    path: str
    kind: FileKind | None
    diagnostics: list[Diagnostic]
    lines: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


@dataclass(frozen=True, slots=True)
class LoadedTargets:
    source: Source
    targets: TargetFile | None

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


def load_targets(path: Path, options: Options, *, shown: str | None = None) -> LoadedTargets:
    """Read, validate and check a target file."""
    source = read_source(path, shown=shown, encoding=options.encoding, limits=options.limits)
    if not source.readable:
        return LoadedTargets(source, None)
    targets = validate_model(source, TargetFile)
    if targets is not None:
        source.add(check_targets(targets))
    return LoadedTargets(source, targets)


def validate_file(path: Path, options: Options, *, shown: str | None = None) -> FileReport:
    source = read_source(path, shown=shown, encoding=options.encoding, limits=options.limits)
    kind = kind_of(source.data) if source.readable else None
    if source.readable and kind is FileKind.TARGETS:
        targets = validate_model(source, TargetFile)
        if targets is not None:
            source.add(check_targets(targets))
    elif source.readable and kind is None:
        source.diagnostics.append(Diagnostic(source.path, 1, 1, "F006"))
    diagnostics = sorted(source.diagnostics, key=Diagnostic.sort_key)
    lines = source.lines() if diagnostics else []
    return FileReport(source.path, kind, diagnostics, lines)


@dataclass(frozen=True, slots=True)
class Expansion:
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
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in YAML_SUFFIXES and p.is_file())
    if path.exists():
        return [path]
    if glob.has_magic(argument):
        # glob.glob, unlike Path.glob, takes absolute patterns and "**" as users type them
        matches = sorted(Path(p) for p in glob.glob(argument, recursive=True))  # noqa: PTH207
        found = [p for p in matches if p.is_file() and p.suffix in YAML_SUFFIXES]
        return found or None
    return None
