"""Rendering an actuals file to fill in (`perfcheck init`)."""

from __future__ import annotations

from perfcheck.formatting import decimal_text
from perfcheck.model.period import Period
from perfcheck.model.targets import TargetFile


def skeleton(targets: TargetFile, targets_ref: str, period: Period) -> str:
    """An actuals file to fill in: every indicator, its name and target as a comment."""
    department = " ".join(targets.department.split())
    lines = [
        f"# {department} {targets.year}年度 实际完成值（{period.text}）",
        f"targets: {_quoted(targets_ref)}",
        f"period: {period.text}",
        "budget:",
        f"  adjusted: {decimal_text(targets.budget.total)}    # 全年预算数（{targets.money_unit}）",
        "  spent:                # 全年执行数：请填写",
        "actuals:",
    ]
    width = max(len(i.id) for i in targets.indicators)
    for indicator in targets.indicators:
        padding = " " * (width - len(indicator.id))
        note = " ".join(f"{indicator.name}  {indicator.target.text()}".split())  # one line
        lines.append(f"  {indicator.id}:{padding}    # {note}")
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
