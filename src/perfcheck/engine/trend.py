"""The trend across periods: one target file's actuals, period by period, and their consistency.

Every period is judged as in monitoring (the year-end one against the whole year), so a trend
shows each indicator's value and light at each period and where it ended.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from perfcheck.diagnostics import Diagnostic, Finding
from perfcheck.engine.monitoring import progress_of
from perfcheck.formatting import decimal_text
from perfcheck.model.period import parse_period
from perfcheck.model.targets import Indicator
from perfcheck.results.files import LoadedActuals
from perfcheck.results.score import ScoreResult
from perfcheck.results.trend import IndicatorTrend, Period, Trend


def build(loaded: Sequence[LoadedActuals]) -> Trend:
    """The trend of files that all name one target file (check `consistency` first)."""
    judged = [(f, progress_of(f)) for f in loaded if f.actuals is not None]
    periods = tuple(
        sorted(
            (
                Period(f.actuals.parsed_period.text, f.source.path, progress, _year_end(f))
                for f, progress in judged
                if progress is not None and f.actuals is not None
            ),
            key=lambda p: (p.result.targets.year, _month(p.text)),
        )
    )
    return assemble(periods)


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


def _month(period: str) -> int:
    parsed = parse_period(period)
    return parsed.month if parsed is not None else 0


def consistency(loaded: Sequence[LoadedActuals]) -> list[Diagnostic]:
    """Files naming different target files or the same period (errors); counts that fall
    from one period to the next (warnings). Each names the other file and its line."""
    usable = [f for f in loaded if f.actuals is not None and f.targets is not None]
    problems = _other_targets(usable) + _repeated_periods(usable)
    if not problems:  # counts can be compared only against a target file that could be read
        problems += _falling_counts([f for f in usable if f.targets and f.targets.targets])
    return problems


def _target_path(f: LoadedActuals) -> str:
    assert f.targets is not None
    return f.targets.source.path


def _same_file(f: LoadedActuals) -> str:
    """The target file itself: named relatively, absolutely or through a link, it is one."""
    shown = _target_path(f)
    try:
        return str(Path(shown).resolve())
    except (OSError, RuntimeError):  # a link loop: the name is all there is
        return shown


def _at(
    f: LoadedActuals, path: tuple[str | int, ...], code: str, args: dict[str, object]
) -> Diagnostic:
    return f.source.diagnostic(Finding(code, path, args))


def _line(f: LoadedActuals, path: tuple[str | int, ...]) -> int:
    return f.source.positions.locate(path).line


def _other_targets(files: list[LoadedActuals]) -> list[Diagnostic]:
    if not files:
        return []
    first = files[0]
    return [
        _at(f, ("targets",), "D040", {
            "path": _target_path(f),
            "other": _target_path(first),
            "file": first.source.path,
            "line": _line(first, ("targets",)),
        })
        for f in files[1:]
        if _same_file(f) != _same_file(first)
    ]  # fmt: skip


def _repeated_periods(files: list[LoadedActuals]) -> list[Diagnostic]:
    seen: dict[tuple[int, int], LoadedActuals] = {}  # 2022Q1 and 2022-03 end together
    problems = []
    for f in files:
        assert f.actuals is not None
        period = f.actuals.parsed_period.text
        first = seen.setdefault(_period_of(f), f)
        if first is not f:
            assert first.actuals is not None
            earlier = first.actuals.parsed_period.text
            if earlier != period:  # the same end of period, spelled the other way
                period = f"{period}（= {earlier}）"
            args = {"period": period, "file": first.source.path, "line": _line(first, ("period",))}
            problems.append(_at(f, ("period",), "D041", args))
    return problems


def _period_of(f: LoadedActuals) -> tuple[int, int]:
    assert f.actuals is not None
    period = f.actuals.parsed_period
    return (period.year, period.month)


def _falling_counts(files: list[LoadedActuals]) -> list[Diagnostic]:
    ordered = sorted(files, key=_period_of)
    problems = []
    for before, after in pairwise(ordered):
        assert before.targets is not None and before.targets.targets is not None
        for indicator in before.targets.targets.indicators:
            drop = _fell(indicator, before, after)
            if drop is None:
                continue
            key = indicator.id
            args = {
                "id": key,
                "before": drop[0],
                "after": drop[1],
                "file": before.source.path,
                "line": _line(before, ("actuals", key, "value")),
            }
            problems.append(_at(after, ("actuals", key, "value"), "W040", args))
    return problems


def _fell(
    indicator: Indicator, before: LoadedActuals, after: LoadedActuals
) -> tuple[str, str] | None:
    """A running total lower than the period before it: the two values, or None."""
    if not indicator.accumulates:
        return None
    earlier, later = before.readings.get(indicator.id), after.readings.get(indicator.id)
    a = earlier.value if earlier is not None else None
    b = later.value if later is not None else None
    if a is None or b is None or b >= a:
        return None
    return decimal_text(a), decimal_text(b)
