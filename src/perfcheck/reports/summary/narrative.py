"""The overall assessment (总体评价) of the review pack: a paragraph written from the numbers
only, sentence by sentence from the catalogue's narrative.* texts."""

from __future__ import annotations

from decimal import Decimal

from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text, percent
from perfcheck.reports.project import subject
from perfcheck.reports.score import budget_points_text, points_text
from perfcheck.results.monitoring import Light
from perfcheck.results.score import IndicatorResult
from perfcheck.results.summary import MonitoringSummary, Summary
from perfcheck.text import say


def _ids(items: tuple[IndicatorResult, ...]) -> str:
    return "、".join(r.indicator.id for r in items)


def narrative(summary: Summary, lang: Lang) -> str:
    r, c = summary.result, summary.counts
    opening = {"year": r.targets.year, "subject": subject(r.targets, lang), "set": c.set}
    parts = [say("narrative.opening", lang, {**opening, "met": c.met})]
    for key, items in (
        ("narrative.unmet", summary.unmet),
        ("narrative.missing", summary.missing),
        ("narrative.not_applicable", summary.not_applicable),
    ):
        if items:
            parts.append(say(key, lang, {"count": len(items), "ids": _ids(items)}))
    budget, rules = r.budget, r.targets.rules
    figures = {
        "rate": percent(budget.rate),
        "score": decimal_text(budget.score),
        "points": budget_points_text(budget.points, rules),
        "total": decimal_text(r.total),
        "grade": r.grade,
    }
    if (row := r.targets.budget_row) is not None:  # scored among the rows: 0 of 0 says nothing
        parts.append(say("narrative.budget_in_the_list", lang, {**figures, "id": row.id}))
    else:
        parts.append(say("narrative.budget", lang, figures))
    weakest = summary.weakest
    if weakest is not None and not r.targets.flat:  # a flat list has no level-1 to name
        group = {
            "level1": weakest.level1,
            "score": decimal_text(weakest.score),
            "points": points_text(weakest.points, rules),
            "share": percent(weakest.share or Decimal(0)),
        }
        parts.append(say("narrative.weakest", lang, group))
    if summary.overachieved:
        args = {"count": len(summary.overachieved), "ids": _ids(summary.overachieved)}
        parts.append(say("narrative.overachieved", lang, args))
    if summary.unexplained:
        parts.append(say("narrative.unexplained", lang, {"count": len(summary.unexplained)}))
    return "".join(parts)


def monitoring_narrative(summary: MonitoringSummary, lang: Lang) -> str:
    r = summary.result
    green, yellow, red = (
        sum(p.light is light for p in r.indicators)
        for light in (Light.GREEN, Light.YELLOW, Light.RED)
    )
    missing = sum(p.reading is None for p in r.indicators)
    args = {
        "period": r.period,
        "elapsed": percent(r.elapsed),
        "subject": subject(r.targets, lang),
        "count": len(r.indicators),
        "green": green,
        "yellow": yellow,
        "red": red,
        "missing": say("narrative.monitoring_missing", lang, {"count": missing}) if missing else "",
        "rate": percent(r.budget.rate),
        "progress": percent(r.budget.progress),
        "total": decimal_text(r.projection.total),
        "grade": r.projection.grade,
    }
    return say("narrative.monitoring", lang, args)
