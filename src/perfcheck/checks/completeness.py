"""What an actuals file leaves missing or unexplained (warnings), read from its result; each
located at the indicator's key in the file, be it the id or the name (model.readings.actual_at)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from perfcheck.diagnostics import Finding
from perfcheck.formatting import percent
from perfcheck.model.readings import actual_at
from perfcheck.results.monitoring import MonitoringResult
from perfcheck.results.score import Flag, IndicatorResult, ScoreResult, Status
from perfcheck.text import Phrase


def completeness_findings(result: ScoreResult, keys: Mapping[str, str]) -> list[Finding]:
    """Missing actuals at year-end, deviations and a low execution rate left unexplained.
    `keys`: each indicator's key in the actuals file, by id (model.readings.ReadActuals)."""
    if not result.year_end:
        return []  # in-year figures are judged against time elapsed, not the annual target
    findings: list[Finding] = []
    findings.extend(
        # at its key when the file has one with no value (as `init` writes it), else at actuals:
        Finding(
            "W012",
            actual_at(keys, r.indicator.id),
            {"id": r.indicator.id, "name": r.indicator.name},
            at_key=True,
        )
        for r in result.indicators
        if r.status is Status.MISSING
    )
    findings.extend(
        Finding(
            "W010", actual_at(keys, r.indicator.id), {"id": r.indicator.id, **_why(r)}, at_key=True
        )
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


def _why(result: IndicatorResult) -> dict[str, object]:
    if Flag.OVERACHIEVED in result.flags:
        completion = percent(result.completion or Decimal(0))
        return {"reason": Phrase("W010.overachieved", {"completion": completion})}
    if isinstance(result.actual, str):
        return {"reason": Phrase("W010.qualitative_short")}
    return {"reason": Phrase("W010.unmet")}


def monitoring_findings(result: MonitoringResult, keys: Mapping[str, str]) -> list[Finding]:
    """Forecasts short of target, doubtful likelihoods and red lights that carry no explanation:
    one warning per indicator, since one explanation answers them all."""
    findings = []
    for p in result.indicators:
        key = actual_at(keys, p.indicator.id)
        if p.needs_explanation:
            findings.append(Finding("W013", key, {"id": p.indicator.id}, at_key=True))
        elif p.red_unexplained:
            args = {"id": p.indicator.id, "progress": percent(p.progress or Decimal(0))}
            findings.append(Finding("W014", key, args, at_key=True))
    return findings
