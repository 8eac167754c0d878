"""Generate realistic target and actuals files for the benchmark, seeded and deterministic.

    python bench/generate.py OUT --files 1000 [--seed 1] [--indicators 20-60]
    python bench/generate.py OUT --files 1 --indicators 10000 --actuals
    python bench/generate.py OUT --files 1000 --actuals --published

Each target file has 3-5 tasks, 20-60 indicators over the national framework, Chinese names,
the notations published tables use (≥ ≧ >= 不低于 = ≤ 最长 定性优良中低差) and budgets whose
sources add up; with --actuals a year-end actuals file accompanies each. With --published each
actuals file also carries the figures its self-evaluation printed (`published:`, for `audit`):
perfcheck's own, and in one file of four a slip or a local practice — a row a point short, a
total one off, the budget row rounded down to whole points, or scores to 0.1.
"""

from __future__ import annotations

import argparse
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

LEVELS = {
    "产出指标": ["数量指标", "质量指标", "时效指标"],
    "效益指标": ["社会效益指标", "经济效益指标", "可持续影响指标"],
    "满意度指标": ["服务对象满意度指标"],
}
SUBJECTS = ["宣传材料", "培训活动", "检查报告", "志愿者活动", "信息系统", "案件办理", "走访调研",
            "法治宣教", "帮扶项目", "课题研究", "专项督查", "政策解读"]  # fmt: skip
COUNTS = [("数量", ["个", "册", "套", "件"]), ("次数", ["次", "场次", "次/年"]),
          ("人数", ["人次", "人"])]  # fmt: skip
RATES = ["完成率", "合格率", "办结率", "及时率", "覆盖率"]
GE_SPELLINGS = ["≥", "≥", "≥", "≧", ">=", "不低于", "至少"]


def target_file(rng: random.Random, indicators: int) -> dict[str, Any]:
    tasks = rng.randint(3, 5)
    total = Decimal(rng.randint(50_000, 2_000_000)) / 100
    other = (total * Decimal(rng.choice(["0", "0.1", "0.25"]))).quantize(Decimal("0.01"))
    items = [_indicator(rng, index, tasks, indicators) for index in range(indicators)]
    return {
        "department": f"{rng.choice(['成都', '绵阳', '德阳', '乐山'])}市"
        f"{rng.choice(['人民检察院', '教育局', '民政局', '司法局'])}",
        "year": 2022,
        "money_unit": "万元",
        "budget": {"total": total, "sources": {"财政拨款": total - other, "其他资金": other}},
        "tasks": [
            {"id": n, "name": f"重点任务{n}", "content": f"围绕年度目标推进第{n}项重点工作。"}
            for n in range(1, tasks + 1)
        ],
        "annual_goal": "全面完成年度各项重点工作任务，提升履职质效。",
        "indicators": _numbered(items, tasks),
    }


def _indicator(rng: random.Random, index: int, tasks: int, count: int) -> dict[str, Any]:
    # the first three cover every level-1 group, so that every weight has indicators
    level1 = list(LEVELS)[index] if index < 3 else rng.choices(list(LEVELS), [6, 3, 1])[0]
    level2 = rng.choice(LEVELS[level1])
    subject = rng.choice(SUBJECTS)
    if level1 == "满意度指标":
        name, target = f"{subject}服务对象满意度", f"≥{rng.choice([85, 90, 95])}%"
    elif rng.random() < 0.08:
        name, target = f"{subject}工作成效", "定性优良中低差"
    elif level2 in ("质量指标", "时效指标") or rng.random() < 0.3:
        name = f"{subject}{rng.choice(RATES)}"
        target = rng.choice(["=100%", f"{rng.choice(GE_SPELLINGS)}{rng.choice([80, 90, 95])}%"])
    elif rng.random() < 0.1:
        name, target = (
            f"{subject}响应时间",
            f"{rng.choice(['≤', '最长'])}{rng.choice([30, 60])}分钟",
        )
    else:
        kind, units = rng.choice(COUNTS)
        name = f"{subject}{kind}"
        target = f"{rng.choice(GE_SPELLINGS)}{rng.randint(2, 400)}{rng.choice(units)}"
    return {"level1": level1, "level2": level2, "name": name, "target": target,
            "task": index % tasks + 1}  # fmt: skip


def _numbered(items: list[dict[str, Any]], tasks: int) -> list[dict[str, Any]]:
    seen = dict.fromkeys(range(1, tasks + 1), 0)
    numbered = []
    for item in items:
        task = item.pop("task")
        seen[task] += 1
        numbered.append({"id": f"{task}-{seen[task]}", **item})
    return numbered


def actuals_file(rng: random.Random, targets: dict[str, Any], name: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for item in targets["indicators"]:
        target: str = item["target"]
        if target.startswith("定性"):
            values[item["id"]] = rng.choice(["优", "优", "良", "中"])
            continue
        digits = "".join(ch for ch in target if ch.isdigit())
        number = int(digits)
        if "%" in target:
            values[item["id"]] = f"{min(100, number + rng.randint(-8, 5))}%"
        elif "分钟" in target:
            values[item["id"]] = max(1, number + rng.randint(-10, 6))
        else:
            values[item["id"]] = max(0, number + rng.randint(-number // 5, number // 3))
    total: Decimal = targets["budget"]["total"]
    spent = (total * Decimal(rng.randint(80, 100)) / 100).quantize(Decimal("0.01"))
    return {"targets": name, "period": "2022Q4", "budget": {"spent": spent}, "actuals": values}


def published(rng: random.Random, actuals: Path) -> dict[str, Any]:
    """The figures the file's self-evaluation printed: perfcheck's own (scored by perfcheck from
    the file just written), changed in one file of four as tables are seen to differ."""
    from perfcheck.run.load import load_actuals
    from perfcheck.run.options import Options

    result = load_actuals(actuals, Options()).result
    assert result is not None, actuals
    scores = {r.indicator.id: r.score for r in result.indicators}
    figures: dict[str, Any] = {
        "rate": f"{result.budget.rate * 100:.2f}%",
        "budget": result.budget.score,
        "scores": scores,
        "total": result.total,
        "grade": result.grade,
    }
    slip = rng.choice(["none", "none", "none", "row", "total", "budget_down", "tenths"])
    if slip == "row":  # a row a point short
        key = rng.choice(list(scores))
        scores[key] = max(Decimal(0), scores[key] - 1)
    elif slip == "total":
        figures["total"] = result.total + 1
    elif slip == "budget_down":  # whole points, rounded down
        budget = result.budget.score.to_integral_value(rounding="ROUND_DOWN")
        figures["budget"], figures["total"] = budget, result.total - result.budget.score + budget
    elif slip == "tenths":  # every score to 0.1
        figures["scores"] = {k: v.quantize(Decimal("0.1")) for k, v in scores.items()}
    return figures


def _dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(_plain(data), allow_unicode=True, sort_keys=False, width=100)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral() else int(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--indicators", default="20-60", help="N or LOW-HIGH")
    parser.add_argument("--actuals", action="store_true", help="an actuals file beside each")
    parser.add_argument(
        "--published", action="store_true", help="with --actuals: the printed figures too"
    )
    args = parser.parse_args()
    low, _, high = args.indicators.partition("-")
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for number in range(args.files):
        name = f"targets_{number:05d}.yaml"
        targets = target_file(rng, rng.randint(int(low), int(high or low)))
        (args.out / name).write_text(_dump(targets), encoding="utf-8")
        if args.actuals:
            actuals = actuals_file(rng, targets, name)
            path = args.out / f"actuals_{number:05d}.yaml"
            path.write_text(_dump(actuals), encoding="utf-8")
            if args.published:
                actuals["published"] = published(rng, path)
                path.write_text(_dump(actuals), encoding="utf-8")


if __name__ == "__main__":
    main()
