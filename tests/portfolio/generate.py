"""A generated portfolio: departments' and projects' target files over two years, their
year-end and in-year actuals, and a few broken files. Each table's inputs are returned as plain
data, so that tests compute the expected figures from them by the rules, not by perfcheck.

One unit in twenty prints its year-end self-evaluation's figures (`published:`): in 2022 as the
rules give them, in 2023 with a slip (the total a point high, or a row a point low), so that the
reconciles column (the audit's verdict) is exercised both ways. Which tables print figures is
decided by the unit's number, not drawn: the other tables are the same with or without them.

Also a script: `python -m tests.portfolio.generate FOLDER COUNT` writes about COUNT tables
(bench/ uses it for large runs)."""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path


@dataclass(frozen=True)
class Spec:
    """An indicator as the target file gives it."""

    level1: str
    level2: str
    name: str
    target: int  # ≥ target, in `unit`
    unit: str  # a count unit, or % (a rate)
    points: int


DEPARTMENT = (
    Spec("产出指标", "数量指标", "开展培训次数", 20, "次", 25),
    Spec("产出指标", "质量指标", "培训合格率", 90, "%", 25),
    Spec("效益指标", "社会效益指标", "服务群众人次", 1000, "人次", 30),
    Spec("满意度指标", "服务对象满意度指标", "服务对象满意度", 90, "%", 10),
)
PROJECT = (
    Spec("产出指标", "数量指标", "新建工程数量", 8, "处", 25),
    Spec("产出指标", "质量指标", "工程验收合格率", 95, "%", 25),
    Spec("效益指标", "社会效益指标", "受益人口数量", 2000, "人", 30),
    Spec("满意度指标", "服务对象满意度指标", "受益群众满意度", 90, "%", 10),
)
ADJUSTED = 100  # 全年预算数 of every table, 万元


@dataclass(frozen=True)
class Actual:
    value: int | None  # None: no actual given
    explained: bool


@dataclass(frozen=True)
class Printed:
    """The figures a year-end self-evaluation printed, as its `published:` block gives them."""

    scores: tuple[Decimal | None, ...]  # each row's 得分; None: no actual, nothing printed
    rate: Decimal  # 执行率, a percentage to two places
    budget: Decimal  # 预算执行率得分
    total: Decimal
    grade: str
    slip: str | None  # None: as the rules give them; "total" a point high, "row" a point low


@dataclass(frozen=True)
class Table:
    path: str  # the actuals file, relative to the portfolio's folder
    kind: str
    department: str
    project: str | None
    year: int
    quarter: int
    specs: tuple[Spec, ...]
    actuals: tuple[Actual, ...]
    spent: int
    budget_explained: bool
    printed: Printed | None = None  # year-end only, one unit in twenty

    @property
    def elapsed(self) -> Fraction:
        return Fraction(self.quarter * 3, 12)

    @property
    def period(self) -> str:
        return f"{self.year}Q{self.quarter}"


BROKEN = {  # file → what is wrong with it
    "broken/bad_yaml.yaml": "targets: [unclosed\nperiod: 2022Q4\n",
    "broken/unknown_kind.yaml": "note: 不是目标表也不是完成值文件\n",
    "broken/missing_targets.yaml": "targets: ../targets/none.yaml\nperiod: 2022Q4\n"
    "budget:\n  adjusted: 100\n  spent: 90\n",
    "broken/bad_period.yaml": "targets: ../unit000/targets_2022.yaml\nperiod: 2022Q5\n"
    "budget:\n  adjusted: 100\n  spent: 90\n",
}


def generate(root: Path, units: int = 60, seed: int = 16) -> list[Table]:
    """`units` departments and projects (one in three a project), each with a target file for
    2022 and 2023 and for each year a year-end and an in-year actuals file: 4 × `units` tables."""
    rng = random.Random(seed)
    tables = []
    for unit in range(units):
        project = unit % 3 == 2
        folder = f"unit{unit:03d}"
        department = f"示例县第{unit:03d}局"
        name = f"第{unit:03d}号建设项目" if project else None
        specs = PROJECT if project else DEPARTMENT
        for year in (2022, 2023):
            _write(root / folder / f"targets_{year}.yaml", _targets(specs, department, name, year))
            for quarter in (rng.choice((2, 3)), 4):
                table = _table(rng, folder, specs, department, name, year, quarter)
                if quarter == 4 and unit % 20 == 1:
                    slip = None if year == 2022 else ("total", "row")[unit // 20 % 2]
                    table = replace(table, printed=_printed(table, slip))
                _write(root / table.path, _actuals(table))
                tables.append(table)
    for path, text in BROKEN.items():
        _write(root / path, text)
    return tables


def _table(
    rng: random.Random,
    folder: str,
    specs: tuple[Spec, ...],
    department: str,
    project: str | None,
    year: int,
    quarter: int,
) -> Table:
    poor = rng.random() < 0.08  # most actuals left out: a table graded 差
    share = Fraction(quarter * 3, 12)
    actuals = []
    for index, spec in enumerate(specs):
        if (poor and index > 0) or rng.random() < 0.06:
            actuals.append(Actual(None, False))
            continue
        if spec.unit == "%":
            value = rng.randint(spec.target - 15, 100)
        else:  # a count to date: about the share of the year gone, give or take
            due = spec.target * share
            value = rng.randint(int(due * Fraction(55, 100)), int(due * Fraction(125, 100)))
        actuals.append(Actual(value, rng.random() < 0.5))
    spent = rng.randint(int(ADJUSTED * share * Fraction(60, 100)), int(ADJUSTED * share))
    kind = "project" if project else "department"
    path = f"{folder}/{year}Q{quarter}.yaml"
    return Table(
        path, kind, department, project, year, quarter, specs, tuple(actuals), spent,
        rng.random() < 0.5,
    )  # fmt: skip


def _printed(table: Table, slip: str | None) -> Printed:
    """The self-evaluation's figures by the national rules (each row w × min(1, a / t) and the
    budget 10 × 执行率, to the cent, half-up), then the slip."""
    cent = Decimal("0.01")

    def cents(value: Fraction) -> Decimal:
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        return exact.quantize(cent, rounding=ROUND_HALF_UP)

    scores: list[Decimal | None] = [
        None
        if actual.value is None
        else cents(spec.points * min(Fraction(1), Fraction(actual.value, spec.target)))
        for spec, actual in zip(table.specs, table.actuals, strict=True)
    ]
    if slip == "row":
        scored = [(i, score) for i, score in enumerate(scores) if score is not None]
        if scored:
            first, low = scored[0]
            scores[first] = low - 1
        else:  # no row has an actual to slip on: the total slips instead
            slip = "total"
    rate = Fraction(min(table.spent, ADJUSTED), ADJUSTED)
    budget = cents(10 * rate)
    total = budget + sum((score for score in scores if score is not None), Decimal(0))
    if slip == "total":
        total += 1
    grade = "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"
    return Printed(tuple(scores), cents(100 * rate), budget, total, grade, slip)


def _targets(specs: tuple[Spec, ...], department: str, project: str | None, year: int) -> str:
    lines = [f"department: {department}", f"year: {year}", "budget:", f"  total: {ADJUSTED}"]
    if project:
        lines[:0] = ["kind: project", f"project: {project}"]
        lines += ["annual_goal: 按期完成建设任务。"]
    else:
        lines += ["tasks:", "  - id: 1", "    name: 履行职能"]
    lines.append("indicators:")
    for number, spec in enumerate(specs, start=1):
        lines += [
            f"  - id: {'1-' if not project else ''}{number}",
            f"    level1: {spec.level1}",
            f"    level2: {spec.level2}",
            f"    name: {spec.name}",
            f"    target: ≥{spec.target}{spec.unit}",
            f"    points: {spec.points}",
        ]
    return "\n".join(lines) + "\n"


def _actuals(table: Table) -> str:
    lines = [
        f"targets: targets_{table.year}.yaml",
        f"period: {table.period}",
        "budget:",
        f"  adjusted: {ADJUSTED}",
        f"  spent: {table.spent}",
    ]
    if table.budget_explained:
        lines.append("  explanation: 部分项目资金按合同进度支付。")
    lines.append("actuals:")
    for number, (spec, actual) in enumerate(zip(table.specs, table.actuals, strict=True), 1):
        if actual.value is None:
            continue
        key = f'"{"1-" if table.kind == "department" else ""}{number}"'
        if actual.explained:
            lines += [
                f"  {key}:",
                f"    value: {actual.value}{spec.unit}",
                "    explanation: 受客观条件影响，已制定整改措施。",
            ]
        else:
            lines.append(f"  {key}: {actual.value}{spec.unit}")
    if table.printed is not None:
        lines += _published(table, table.printed)
    return "\n".join(lines) + "\n"


def _published(table: Table, printed: Printed) -> list[str]:
    prefix = "1-" if table.kind == "department" else ""
    scores = [
        f'    "{prefix}{number}": {score}'
        for number, score in enumerate(printed.scores, 1)
        if score is not None
    ]
    return [
        "published:",
        f"  rate: {printed.rate}%",
        f"  budget: {printed.budget}",
        "  scores:",
        *scores,
        f"  total: {printed.total}",
        f"  grade: {printed.grade}",
    ]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    folder, count = Path(sys.argv[1]), int(sys.argv[2])
    made = generate(folder, units=max(1, count // 4))
    print(f"{len(made)} tables, {len(BROKEN)} broken files in {folder}")
