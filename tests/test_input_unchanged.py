"""The parsed input is never changed in place: every validator of the model that receives the
raw mapping (and the partial checks run on it when the file is invalid) works on a copy, so the
data a finding is located in stays the data that was read."""

from __future__ import annotations

import copy
from contextlib import suppress
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from perfcheck.checks.targets import check_valid_parts
from perfcheck.model.actuals import ActualsFile
from perfcheck.model.as_published import in_money_unit_budget
from perfcheck.model.targets import TargetFile
from perfcheck.reading.discovery import kind_of
from perfcheck.reading.yaml_reader import parse
from perfcheck.results.files import FileKind
from perfcheck.run.options import Options
from tests.conftest import FIXTURES, ROOT

D = Decimal


def test_a_budget_without_its_total_is_read_into_a_copy() -> None:
    budget = {"sources": {"财政拨款": "1.2亿元", "其他资金": "800万"}}
    read = in_money_unit_budget(budget, "万元")
    assert read == {"sources": {"财政拨款": D(12000), "其他资金": D(800)}}
    assert budget == {"sources": {"财政拨款": "1.2亿元", "其他资金": "800万"}}


def _validated(data: Any) -> None:
    """Everything the model and the checks do with a file's parsed data."""
    kind = kind_of(data)
    if kind is FileKind.ACTUALS:
        with suppress(ValidationError):
            ActualsFile.model_validate(data)
        return
    try:
        TargetFile.model_validate(data, context=Options().rules_context)
    except ValidationError:
        check_valid_parts(data)  # what load runs on an invalid target file


# Documents that exercise each copy: amounts written with their unit (with and without the
# total), rows without ids (with tasks and without, and one left unnumbered among numbered
# ones), a file-wide direction, a blank unit a name explains, a level-1 printing its weight,
# a yearless deadline, "其中" sub-rows.
ROW = {"level1": "产出指标(60分)", "level2": "数量指标", "name": "培训次数"}
CRAFTED: list[dict[str, Any]] = [
    {
        "department": "测试部门",
        "year": 2023,
        "money_unit": "元",
        "budget": {"sources": {"财政拨款": "250万"}},
        "default_direction": "正向",
        "indicators": [
            {**ROW, "target": {"comparator": ">=", "value": D(4), "unit": ""}},
            {**ROW, "name": "完工时间", "target": "11月底之前"},
            {
                **ROW,
                "name": "养殖数量",
                "target": "192只",
                "parts": [{"name": "种猪", "target": "180只"}],
            },
        ],
    },
    {
        "department": "测试部门",
        "year": 2023,
        "budget": {"total": "1.2亿元", "sources": {"财政拨款": "1.2亿元"}},
        "tasks": [{"id": 1, "name": "任务"}],
        "indicators": [{**ROW, "target": "≥4次"}, {**ROW, "id": "1-2", "target": "≥4次"}],
    },
    {
        "kind": "department",
        "department": "测试部门",
        "year": 2023,
        "budget": {"total": D(10)},
        "tasks": [{"id": 1, "name": "任务"}],
        "indicators": [{**ROW, "target": "≥4次"}, {**ROW, "target": "29.5亩", "direction": "正向"}],
    },
    {
        "targets": "t.yaml",
        "period": "2023Q4",
        "budget": {"spent": "1.2亿元", "initial": "8000万"},
        "actuals": {"培训次数": "5次", "2": {"value": "2023年10月", "forecast": "2023年11月"}},
    },
]


def _fixtures() -> list[Path]:
    folders = [FIXTURES / "valid", FIXTURES / "invalid", FIXTURES / "shared", ROOT / "targets"]
    return sorted(p for folder in folders for p in folder.rglob("*.yaml"))


def _read(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return None
    parsed = parse(text)
    return None if parsed.fatal else parsed.data


@pytest.mark.parametrize("data", CRAFTED, ids=range(len(CRAFTED)))
def test_validation_leaves_a_crafted_document_as_read(data: dict[str, Any]) -> None:
    before = repr(copy.deepcopy(data))
    _validated(data)
    assert repr(data) == before


# Fixtures that are not a mapping (broken YAML, a list, not UTF-8) give a validator nothing
# to change.
MAPPINGS = [path for path in _fixtures() if isinstance(_read(path), dict)]


@pytest.mark.parametrize("path", MAPPINGS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_validation_leaves_every_fixture_as_read(path: Path) -> None:
    data = _read(path)
    before = repr(copy.deepcopy(data))
    _validated(data)
    assert repr(data) == before
