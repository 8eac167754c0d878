"""Small target and actuals files built in memory for the engine's tests."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from perfcheck.diagnostics import Diagnostic
from perfcheck.engine.monitoring import monitor
from perfcheck.engine.points import allocate
from perfcheck.engine.scoring import score
from perfcheck.engine.trend import assemble
from perfcheck.model.actuals import ActualsFile
from perfcheck.model.readings import read_actuals
from perfcheck.model.targets import TargetFile
from perfcheck.results.files import FileKind, FileReport
from perfcheck.results.monitoring import MonitoringResult
from perfcheck.results.score import ScoreResult
from perfcheck.results.targets import ResolvedTargets
from perfcheck.results.trend import Period, Trend

LEVEL2 = {"产出指标": "数量指标", "效益指标": "社会效益指标", "满意度指标": "服务对象满意度指标"}


def indicator(
    id_: str, target: str, *, level1: str = "产出指标", points: str | None = None, name: str = ""
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": id_,
        "level1": level1,
        "level2": LEVEL2[level1],
        "name": name or f"指标{id_}",
        "target": target,
    }
    if points is not None:
        entry["points"] = Decimal(points)
    return entry


def targets(indicators: list[dict[str, Any]], **extra: Any) -> TargetFile:
    return TargetFile.model_validate(
        {
            "department": "测试部门",
            "year": 2022,
            "budget": {"total": Decimal("15213.00")},
            "tasks": [{"id": n, "name": f"任务{n}"} for n in range(1, 6)],
            "indicators": indicators,
            **extra,
        }
    )


def actuals(values: dict[str, Any], *, period: str = "2022Q4", **budget: Any) -> ActualsFile:
    return ActualsFile.model_validate(
        {
            "targets": "x.yaml",
            "period": period,
            "budget": {"spent": Decimal("15213.00"), **budget},
            "actuals": values,
        }
    )


def scored(target_file: TargetFile, actual_file: ActualsFile) -> ScoreResult:
    read = read_actuals(actual_file, target_file)
    assert read.findings == [], read.findings
    return score(target_file, allocate(target_file), actual_file, read.readings)


def three_groups(first: dict[str, Any], **extra: Any) -> TargetFile:
    """`first` is the only 产出指标 (worth 50), then one 效益 (30) and one 满意度 (10)."""
    return targets(
        [
            first,
            indicator("2-1", "≥1次", level1="效益指标"),
            indicator("3-1", "≥90%", level1="满意度指标"),
        ],
        **extra,
    )


def only(target: str, actual: Any, **rules: Any) -> ScoreResult:
    """One 产出指标 indicator worth 50 points, the other groups met."""
    target_file = three_groups(indicator("1-1", target), rules=rules)
    return scored(target_file, actuals({"1-1": actual, "2-1": 1, "3-1": 95}))


def monitored(target_file: TargetFile, actual_file: ActualsFile) -> MonitoringResult:
    """An in-year file judged against 序时进度, as `score` does before year-end."""
    read = read_actuals(actual_file, target_file)
    assert read.findings == [], read.findings
    return monitor(target_file, allocate(target_file), actual_file, read.readings)


def trend_of(target_file: TargetFile, files: dict[str, ActualsFile]) -> Trend:
    """The trend of actuals files by name (all of one target file), given in period order."""
    periods = [
        Period(
            f.period,
            name,
            monitored(target_file, f),
            scored(target_file, f) if f.parsed_period.is_year_end else None,
        )
        for name, f in files.items()
    ]
    return assemble(periods)


def resolved(target_file: TargetFile) -> ResolvedTargets:
    """A target file with its points resolved, as `show` renders it."""
    return ResolvedTargets(target_file, allocate(target_file))


def file_report(
    path: str, kind: FileKind | None, lines: dict[int, str], *found: Diagnostic
) -> FileReport:
    """What validating one file found: `lines` are the source lines the diagnostics point at."""
    return FileReport(path, kind, sorted(found, key=Diagnostic.sort_key), lines)
