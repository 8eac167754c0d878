"""The block a project table (项目支出) opens with on the official forms: 项目名称, 主管部门,
实施单位 and 年度总体目标 (预期目标, and in a self-evaluation 实际完成情况)."""

from __future__ import annotations

from perfcheck.diagnostics import Lang
from perfcheck.model.targets import TargetFile
from perfcheck.text import say, words

LABELS = words("project")


def subject(targets: TargetFile, lang: Lang) -> str:
    """Whose table it is, as every title and sentence of a report names it: the department of
    a 部门整体支出 table, the project of a 项目支出 table (in Chinese `<项目名称>项目`, as the
    official 项目支出 forms say it; a name that already ends so is not doubled)."""
    if targets.kind != "project" or not targets.project:
        return targets.department
    name = targets.project
    suffix = say("project.subject", lang, {"project": ""})
    return name if name.endswith(suffix) else say("project.subject", lang, {"project": name})


def project_lines(
    targets: TargetFile, lang: Lang, *, achieved: str | None = None, evaluation: bool = False
) -> list[tuple[str, str]]:
    """(label, value) pairs of the block; none for a department table. `evaluation`: a
    self-evaluation, which shows 实际完成情况 even when the actuals leave it out."""
    if targets.kind != "project":
        return []
    labels = LABELS[lang]
    lines = [
        (labels["name"], targets.project or "—"),
        (labels["department"], targets.department),
    ]
    if targets.implementer:
        lines.append((labels["implementer"], targets.implementer))
    goal = labels["goal"]
    lines.append((f"{goal} · {labels['goal_target']}", targets.annual_goal or "—"))
    if evaluation:
        lines.append((f"{goal} · {labels['goal_achieved']}", achieved or "—"))
    return lines


def project_json(targets: TargetFile) -> dict[str, object]:
    """The project block in a JSON contract: only for project tables, so that a department
    table's contract is unchanged."""
    if targets.kind != "project":
        return {}
    return {"project": targets.project, "implementer": targets.implementer}
