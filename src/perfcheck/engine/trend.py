"""The trend across periods: one target file's actuals, period by period, and their consistency.

Every period is judged as in monitoring (the year-end one against the whole year), so a trend
shows each indicator's value and light at each period and where it ended.

The files are read one at a time into a `TrendReader`, which keeps of each only what the trend
and its checks need: the first file of each period (its result, and its running totals for
W040), and of every other file nothing but the problems found in it. A repeated period is
reported (D041) as its file is read. So the memory a trend takes grows with the periods of a
year, not with the number of files named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

from perfcheck.diagnostics import DataPath, Diagnostic, Finding, Severity
from perfcheck.engine.monitoring import progress_of
from perfcheck.formatting import decimal_text
from perfcheck.model.readings import actual_at
from perfcheck.reading.yaml_reader import Position
from perfcheck.results.files import LoadedActuals
from perfcheck.results.score import ScoreResult
from perfcheck.results.trend import IndicatorTrend, Period, Trend


@dataclass(frozen=True, slots=True)
class Total:
    """A running total at one period, and where its file gives it."""

    value: Decimal
    at: Position


@dataclass(frozen=True, slots=True)
class Seen:
    """What is kept of the first file of a period: where it is, when and where it says so,
    whether its target file could be read, and its running totals (counts that must not fall)."""

    path: str
    text: str
    end: tuple[int, int]  # year and month: 2022Q1 and 2022-03 end together
    line: int  # of `period:`
    checked: bool  # its target file was valid, so its totals can be compared
    totals: dict[str, Total]


@dataclass(frozen=True, slots=True)
class FirstTarget:
    """The target file the first readable file names, and where it names it."""

    named: str  # as the actuals file names it
    resolved: str  # named relatively, absolutely or through a link, it is one file
    file: str
    line: int
    identity: tuple[int, int] | None = None  # device and inode: a hard link is the file too


class TrendReader:
    """The files of one trend, read one at a time (see the module's note)."""

    def __init__(self) -> None:
        self.broken: list[Diagnostic] = []  # the errors of files that could not be judged
        self.problems: list[Diagnostic] = []  # of the files' consistency, as they were read
        self._first: FirstTarget | None = None
        self._seen: dict[tuple[int, int], Seen] = {}
        self._periods: dict[tuple[int, int], Period] = {}

    def add(self, f: LoadedActuals) -> None:
        """Take what the trend needs of one file; `f` is not kept."""
        if not f.ok:
            self.broken += (d for d in f.diagnostics() if d.severity is Severity.ERROR)
        if f.actuals is None or f.targets is None:
            return
        self.problems += self._other_target(f)
        end = (f.actuals.parsed_period.year, f.actuals.parsed_period.month)
        first = self._seen.get(end)
        if first is not None:
            self.problems.append(_repeated(f, first))
            return
        self._seen[end] = _seen(f, end)
        progress = progress_of(f)
        if progress is not None:
            text = f.actuals.parsed_period.text
            self._periods[end] = Period(text, f.source.path, progress, _year_end(f))

    def _other_target(self, f: LoadedActuals) -> list[Diagnostic]:
        assert f.targets is not None
        named = f.targets.source.path
        if self._first is None:
            line = _line(f, ("targets",))
            identity = _identity(named)
            self._first = FirstTarget(named, _resolved(named), f.source.path, line, identity)
            return []
        first = self._first
        if _resolved(named) == first.resolved:
            return []
        if first.identity is not None and _identity(named) == first.identity:
            return []
        args = {"path": named, "other": first.named, "file": first.file, "line": first.line}
        return [f.source.diagnostic(Finding("D040", ("targets",), args))]

    @property
    def kept(self) -> int:
        """How many files the reader holds anything of beyond their problems: one per period."""
        return len(self._seen)

    def finish(self) -> list[Diagnostic]:
        """The files' consistency problems, with the counts that fall from one period to the
        next (warnings) when the files are otherwise consistent."""
        if self.problems:
            return list(self.problems)
        # counts can be compared only against a target file that could be read
        checked = [s for s in sorted(self._seen.values(), key=lambda s: s.end) if s.checked]
        return _falling_counts(checked)

    def build(self) -> Trend | None:
        """The trend of the periods read, in time order; None when none could be judged."""
        if not self._periods:
            return None
        return assemble([self._periods[end] for end in sorted(self._periods)])


def assemble(periods: Sequence[Period]) -> Trend:
    """The trend of periods in time order: each indicator's progress at every period and, when
    the last is the year-end self-evaluation, whether it met its target."""
    targets = periods[0].result.targets
    final = periods[-1].score
    rows = tuple(
        IndicatorTrend(
            indicator,
            tuple(p.result.indicators[index] for p in periods),
            final.indicators[index].status if final is not None else None,
        )
        for index, indicator in enumerate(targets.indicators)
    )
    return Trend(targets, tuple(periods), rows)


def _year_end(f: LoadedActuals) -> ScoreResult | None:
    """The self-evaluation of a year-end file: whether each indicator met its target."""
    return f.result if f.result is not None and f.result.year_end else None


def _resolved(named: str) -> str:
    try:
        return str(Path(named).resolve())
    except (OSError, RuntimeError):  # a link loop: the name is all there is
        return named


def _identity(named: str) -> tuple[int, int] | None:
    """The file's device and inode, which every name and link of it shares; None when it
    cannot be looked at."""
    try:
        found = Path(named).stat()
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return None
    return found.st_dev, found.st_ino


def _line(f: LoadedActuals, path: DataPath) -> int:
    return f.source.positions.locate(path).line


def _seen(f: LoadedActuals, end: tuple[int, int]) -> Seen:
    assert f.actuals is not None and f.targets is not None
    target_file = f.targets.targets
    totals = {}
    for indicator in target_file.indicators if target_file is not None else ():
        reading = f.readings.get(indicator.id)
        if indicator.accumulates and reading is not None and reading.value is not None:
            at = f.source.positions.locate((*actual_at(f.keys, indicator.id), "value"))
            totals[indicator.id] = Total(reading.value, at)
    text = f.actuals.parsed_period.text
    return Seen(f.source.path, text, end, _line(f, ("period",)), target_file is not None, totals)


def _repeated(f: LoadedActuals, first: Seen) -> Diagnostic:
    assert f.actuals is not None
    period = f.actuals.parsed_period.text
    if first.text != period:  # the same end of period, spelled the other way
        period = f"{period}（= {first.text}）"
    args = {"period": period, "file": first.path, "line": first.line}
    return f.source.diagnostic(Finding("D041", ("period",), args))


def _falling_counts(ordered: list[Seen]) -> list[Diagnostic]:
    problems = []
    for before, after in pairwise(ordered):
        for key, earlier in before.totals.items():
            later = after.totals.get(key)
            if later is None or later.value >= earlier.value:
                continue
            args = {
                "id": key,
                "before": decimal_text(earlier.value),
                "after": decimal_text(later.value),
                "file": before.path,
                "line": earlier.at.line,
            }
            problems.append(Diagnostic(after.path, later.at.line, later.at.col, "W040", args))
    return problems
