"""Rendering an actuals file to fill in (`perfcheck init`)."""

from __future__ import annotations

from perfcheck.formatting import decimal_text
from perfcheck.model.indicators import Indicator
from perfcheck.model.period import Period
from perfcheck.model.target_forms import QualitativeTarget
from perfcheck.model.targets import TargetFile
from perfcheck.reading.yaml_scalars import key as yaml_key
from perfcheck.reports.project import subject


def skeleton(targets: TargetFile, targets_ref: str, period: Period) -> str:
    """An actuals file to fill in: every indicator, its name and target as a comment; a graded
    indicator lists its grades; an in-year file asks for the forecast and likelihood too."""
    whose = " ".join(subject(targets, "zh").split())  # the file's comments are in Chinese
    spent = "全年执行数" if period.is_year_end else f"截至{period.text}的累计执行数"
    lines = [
        f"# {whose} {targets.year}年度 实际完成值（{period.text}）",
        f"targets: {_quoted(targets_ref)}",
        f"period: {period.text}",
        "budget:",
        f"  adjusted: {decimal_text(targets.budget.total)}    # 全年预算数（{targets.money_unit}）",
        f"  spent:                # {spent}（{targets.money_unit}）：请填写",
        "actuals:",
    ]
    keys = [yaml_key(i.id) for i in targets.indicators]  # "1": a bare 1 would read as a number
    width = max(len(key) for key in keys)
    for key, indicator in zip(keys, targets.indicators, strict=True):
        padding = " " * (width - len(key))
        lines.append(f"  {key}:{padding}    # {_note(indicator, targets)}")
        if not period.is_year_end:
            lines += [
                "    value:",
                "    forecast:         # 全年预计完成值",
                "    likelihood:       # 完成可能性：确定能 / 有可能 / 完全不可能",
            ]
    return "\n".join(lines) + "\n"


def _note(indicator: Indicator, targets: TargetFile) -> str:
    note = " ".join(f"{indicator.name}  {indicator.target.text()}".split())  # one line
    if isinstance(indicator.target, QualitativeTarget):
        scale = targets.scale(indicator.target.scale)
        if scale:
            note += f"（填 {' / '.join(scale)}）"
    return note


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
