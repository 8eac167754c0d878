"""Generate published target tables as xlsx workbooks for the import benchmark, seeded.

    python bench/generate_tables.py OUT --files 1000 [--seed 5] [--indicators 20-60]
    python bench/generate_tables.py OUT --files 1 --indicators 500

Each workbook is a 部门整体支出绩效目标表 as departments publish it: a title row, 金额单位, the
department, the tasks, the budget (labels on one row, amounts on the next), 年度总体目标, and the
indicator table grouped by level with the level-1 and level-2 cells merged down their rows —
the content of bench/generate.py's target files, so both benchmarks read alike tables.
"""

from __future__ import annotations

import argparse
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from generate import LEVELS, target_file
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

WIDTH = 4  # 一级指标, 二级指标, 三级指标, 指标值


def workbook(targets: dict[str, Any], path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "目标表"
    row = _header_block(sheet, targets)
    row = _indicator_rows(sheet, targets["indicators"], row)
    book.save(path)


def _header_block(sheet: Worksheet, targets: dict[str, Any]) -> int:
    """The rows above the indicator table; the number of the header row's next row."""
    title = f"{targets['department']} {targets['year']}年部门整体支出绩效目标表"
    rows: list[list[Any]] = [[title], ["金额单位：万元"], ["部门名称", targets["department"]]]
    rows.append(["年度主要任务", "任务名称", "主要内容"])
    rows += [["", f"任务{t['id']}.{t['name']}", t["content"]] for t in targets["tasks"]]
    budget = targets["budget"]
    rows.append(["年度部门整体支出预算", "资金总额", *budget["sources"]])
    rows.append(["", _number(budget["total"]), *map(_number, budget["sources"].values())])
    rows.append(["年度总体目标", targets["annual_goal"]])
    rows.append(["一级指标", "二级指标", "三级指标", "指标值"])
    for number, values in enumerate(rows, start=1):
        for col, value in enumerate(values, start=1):
            if value != "":
                sheet.cell(number, col, value)
    tasks = len(targets["tasks"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=WIDTH)
    sheet.merge_cells(start_row=4, start_column=1, end_row=4 + tasks, end_column=1)
    return len(rows) + 1


def _indicator_rows(sheet: Worksheet, indicators: list[dict[str, Any]], first: int) -> int:
    """The indicators grouped by level-1 and level-2, each name in its group's first row and
    merged down the group."""
    order = {name: i for i, name in enumerate(LEVELS)}
    seconds = {name: i for names in LEVELS.values() for i, name in enumerate(names)}
    ordered = sorted(indicators, key=lambda i: (order[i["level1"]], seconds[i["level2"]]))
    row = first
    groups: dict[int, tuple[int, tuple[str, ...]]] = {}  # column → (its group's first row, key)
    for indicator in ordered:
        level1, level2 = indicator["level1"], indicator["level2"]
        for col, key, name in ((1, (level1,), level1), (2, (level1, level2), level2)):
            start, current = groups.get(col, (row, ()))
            if key != current:
                _merge_down(sheet, col, start, row - 1)
                sheet.cell(row, col, name)
                groups[col] = (row, key)
        sheet.cell(row, 3, f"{indicator['id']}.{indicator['name']}")
        sheet.cell(row, 4, indicator["target"])
        if indicator["target"].startswith("="):
            sheet.cell(row, 4).data_type = "s"  # `=100%` as typed, not a formula
        row += 1
    for col, (start, _) in groups.items():
        _merge_down(sheet, col, start, row - 1)
    return row


def _merge_down(sheet: Worksheet, col: int, start: int, end: int) -> None:
    if end > start:
        sheet.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)


def _number(value: Decimal) -> float | int:
    return int(value) if value == value.to_integral() else float(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--indicators", default="20-60", help="N or LOW-HIGH")
    args = parser.parse_args()
    low, _, high = args.indicators.partition("-")
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for number in range(args.files):
        targets = target_file(rng, rng.randint(int(low), int(high or low)))
        workbook(targets, args.out / f"table_{number:05d}.xlsx")


if __name__ == "__main__":
    main()
