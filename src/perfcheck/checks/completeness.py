"""What an actuals file leaves missing or unexplained (warnings), read from its result."""

from __future__ import annotations

from decimal import Decimal

from perfcheck.diagnostics import Finding
from perfcheck.formatting import percent
from perfcheck.results.monitoring import MonitoringResult
from perfcheck.results.score import Flag, IndicatorResult, ScoreResult, Status


def completeness_findings(result: ScoreResult) -> list[Finding]:
    """Missing actuals at year-end, deviations and a low execution rate left unexplained."""
    if not result.year_end:
        return []  # in-year figures are judged against time elapsed, not the annual target
    findings: list[Finding] = []
    findings.extend(
        Finding("W012", ("actuals",), {"id": r.indicator.id, "name": r.indicator.name}, at_key=True)
        for r in result.indicators
        if r.status is Status.MISSING
    )
    findings.extend(
        Finding("W010", ("actuals", r.indicator.id), {"id": r.indicator.id, **_why(r)}, at_key=True)
        for r in result.indicators
        if Flag.NEEDS_EXPLANATION in r.flags
    )
    if result.budget.needs_explanation:
        args = {
            "rate": percent(result.budget.rate),
            "threshold": percent(result.targets.rules.explanation_threshold),
        }
        findings.append(Finding("W011", ("budget", "spent"), args))
    return findings


def _why(result: IndicatorResult) -> dict[str, str]:
    if Flag.OVERACHIEVED in result.flags:
        completion = percent(result.completion or Decimal(0))
        return {
            "reason_zh": f"超额完成，完成率 {completion}",
            "reason_en": f"over-achieved, {completion}",
        }
    if isinstance(result.actual, str):
        return {"reason_zh": "定性评价未达成", "reason_en": "qualitative result short of 达成"}
    return {"reason_zh": "未完成年度指标", "reason_en": "target not met"}


def monitoring_findings(result: MonitoringResult) -> list[Finding]:
    """Forecasts short of target, doubtful likelihoods and red lights that carry no explanation:
    one warning per indicator, since one explanation answers them all."""
    findings = []
    for p in result.indicators:
        key = ("actuals", p.indicator.id)
        if p.needs_explanation:
            findings.append(Finding("W013", key, {"id": p.indicator.id}, at_key=True))
        elif p.red_unexplained:
            args = {"id": p.indicator.id, "progress": percent(p.progress or Decimal(0))}
            findings.append(Finding("W014", key, args, at_key=True))
    return findings
