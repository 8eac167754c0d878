"""What reading and validating a file gives: its kind, its problems, what was loaded from it."""

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from perfcheck.diagnostics import Diagnostic, has_errors

if TYPE_CHECKING:  # annotations only: a result type costs no model import
    from perfcheck.model.actuals import ActualsFile
    from perfcheck.model.readings import Reading
    from perfcheck.model.targets import TargetFile
    from perfcheck.reading.source import Source
    from perfcheck.results.monitoring import MonitoringResult
    from perfcheck.results.points import Allocation
    from perfcheck.results.score import ScoreResult


class FileKind(StrEnum):
    TARGETS = "targets"
    ACTUALS = "actuals"


class FileReport(NamedTuple):
    """What validating one file found. `excerpt` is kept only when there is something to show."""

    path: str
    kind: FileKind | None
    diagnostics: list[Diagnostic]
    excerpt: Mapping[int, str] = {}  # the lines diagnostics point at; shared, never written to
    suppressed: Sequence[Diagnostic] = ()

    def line(self, number: int) -> str | None:
        return self.excerpt.get(number)

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


class LoadedTargets(NamedTuple):
    source: "Source"
    targets: "TargetFile | None"
    allocation: "Allocation | None" = None

    @property
    def ok(self) -> bool:
        return self.targets is not None and not has_errors(self.source.diagnostics)


class LoadedActuals(NamedTuple):
    source: "Source"
    actuals: "ActualsFile | None"
    targets: LoadedTargets | None
    result: "ScoreResult | None" = None  # year-end, when both files are valid
    monitoring: "MonitoringResult | None" = None  # before year-end, when both are valid
    readings: Mapping[str, "Reading"] = {}  # shared by those without, never written to
    keys: Mapping[str, str] = {}  # each indicator's key as written (model.readings.actual_at)

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
