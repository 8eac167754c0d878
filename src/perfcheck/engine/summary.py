"""The year-end review pack (绩效自评报告): what a reviewer looks for, drawn from a score result.

Pure: every figure comes from the result object, so each format of the pack carries the same
facts. The narrative is templated text, nothing guessed.
"""

from __future__ import annotations

from decimal import Decimal

from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text, percent
from perfcheck.model.rules import rounded_rate
from perfcheck.results.monitoring import Light
from perfcheck.results.score import GroupResult, IndicatorResult
from perfcheck.results.summary import MonitoringSummary, Summary


def share(group: GroupResult) -> Decimal:
    """The group's score as a share of its points (得分率), a rate like the others."""
    return rounded_rate(group.score / group.points)


def _ids(items: tuple[IndicatorResult, ...]) -> str:
    return "、".join(r.indicator.id for r in items)


def narrative(summary: Summary, lang: Lang) -> str:
    """A paragraph written from the numbers only."""
    return _narrative_zh(summary) if lang == "zh" else _narrative_en(summary)


def _narrative_zh(summary: Summary) -> str:
    r, c = summary.result, summary.counts
    parts = [f"{r.targets.year}年度，{r.targets.department}共设置三级绩效指标{c.set}个，"]
    parts.append(f"已完成{c.met}个")
    if c.unmet:
        parts.append(f"，未完成{c.unmet}个（{_ids(summary.unmet)}）")
    if c.missing:
        parts.append(f"，缺少完成值{c.missing}个（{_ids(summary.missing)}）")
    if c.not_applicable:
        parts.append(f"，不适用{c.not_applicable}个（{_ids(summary.not_applicable)}）")
    budget = r.budget
    parts.append(
        f"。预算执行率{percent(budget.rate)}，得{decimal_text(budget.score)}分"
        f"（满分{decimal_text(budget.points)}分）。"
        f"自评总分{decimal_text(r.total)}分，等级为“{r.grade}”。"
    )
    weakest = summary.weakest
    if weakest is not None:
        parts.append(
            f"各一级指标中，得分率最低的是“{weakest.level1}”"
            f"（{decimal_text(weakest.score)}/{decimal_text(weakest.points)}，"
            f"{percent(share(weakest))}）。"
        )
    if summary.overachieved:
        parts.append(
            f"另有{len(summary.overachieved)}个指标超额完成（{_ids(summary.overachieved)}），"
            "需分析年初目标是否设置偏低。"
        )
    if summary.unexplained:
        parts.append(f"尚有{len(summary.unexplained)}项偏差未说明原因，提交前须补充。")
    return "".join(parts)


def _narrative_en(summary: Summary) -> str:
    r, c = summary.result, summary.counts
    parts = [f"In {r.targets.year}, {r.targets.department} set {c.set} level-3 indicators: "]
    parts.append(f"{c.met} met")
    if c.unmet:
        parts.append(f", {c.unmet} not met ({_ids(summary.unmet)})")
    if c.missing:
        parts.append(f", {c.missing} without an actual ({_ids(summary.missing)})")
    if c.not_applicable:
        parts.append(f", {c.not_applicable} not applicable ({_ids(summary.not_applicable)})")
    budget = r.budget
    parts.append(
        f". The budget execution rate was {percent(budget.rate)}, scoring "
        f"{decimal_text(budget.score)} of {decimal_text(budget.points)} points. "
        f"The self-evaluation total is {decimal_text(r.total)}, grade “{r.grade}”."
    )
    weakest = summary.weakest
    if weakest is not None:
        parts.append(
            f" The weakest level-1 group is “{weakest.level1}” ({decimal_text(weakest.score)} "
            f"of {decimal_text(weakest.points)}, {percent(share(weakest))})."
        )
    if summary.overachieved:
        parts.append(
            f" {len(summary.overachieved)} indicator(s) far exceeded the target "
            f"({_ids(summary.overachieved)}): was the target set too low?"
        )
    if summary.unexplained:
        parts.append(
            f" {len(summary.unexplained)} deviation(s) still lack an explanation, to be "
            "added before submission."
        )
    return "".join(parts)


def monitoring_narrative(summary: MonitoringSummary, lang: Lang) -> str:
    r = summary.result
    green, yellow, red = (
        sum(p.light is light for p in r.indicators)
        for light in (Light.GREEN, Light.YELLOW, Light.RED)
    )
    missing = sum(p.reading is None for p in r.indicators)
    projection = r.projection
    if lang == "zh":
        return (
            f"截至{r.period}（序时进度{percent(r.elapsed)}），{r.targets.department}的"
            f"{len(r.indicators)}个三级指标中，绿灯{green}个、黄灯{yellow}个、红灯{red}个"
            + (f"、缺少完成值{missing}个" if missing else "")
            + f"。预算执行率{percent(r.budget.rate)}，为序时进度的{percent(r.budget.progress)}。"
            f"按目前进度推算，年终自评预计{decimal_text(projection.total)}分"
            f"（“{projection.grade}”），仅供参考。"
        )
    return (
        f"By {r.period} ({percent(r.elapsed)} of the year), {r.targets.department}'s "
        f"{len(r.indicators)} level-3 indicators show {green} green, {yellow} yellow and "
        f"{red} red lights" + (f", {missing} without an actual" if missing else "") + ". "
        f"The budget execution rate is {percent(r.budget.rate)}, "
        f"{percent(r.budget.progress)} of the time elapsed. At this pace the year-end "
        f"self-evaluation would score {decimal_text(projection.total)} "
        f"(“{projection.grade}”) — a projection only."
    )
