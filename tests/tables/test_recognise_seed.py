"""The Done-when test of importing: the published Chengdu table, extracted as text with its
columns shifted, recognised into a target file that shows exactly as the hand-typed one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perfcheck.importing import emit_yaml, origin_of, recognise
from tests.conftest import CHENGDU, run
from tests.tables.table_text import SEED, text_grid


def _show_json(path: Path) -> dict[str, object]:
    code, out, err = run("show", str(path), "--format", "json")
    assert code == 0, err
    document: dict[str, object] = json.loads(out)
    return document


@pytest.fixture
def seed_yaml(tmp_path: Path) -> Path:
    data = SEED.read_bytes()
    grid = text_grid(data.decode("utf-8"), SEED.name)
    recognised = recognise(grid)
    path = tmp_path / "seed.yaml"
    path.write_text(emit_yaml(recognised.targets, origin_of(grid, data)), encoding="utf-8")
    return path


def test_the_seed_shows_as_the_chengdu_target_file(seed_yaml: Path) -> None:
    assert _show_json(seed_yaml) == _show_json(CHENGDU)


def test_the_seed_validates_with_the_chengdu_files_warnings_only(seed_yaml: Path) -> None:
    """W001 (no 4-5) and W002 (local level-2 names) as for the hand-typed file: nothing else."""
    code, out, _ = run("validate", str(seed_yaml), "--format", "concise")
    codes = sorted({line.split(": ")[1].split()[0] for line in out.splitlines()[:-1]})
    assert (code, codes) == (0, ["W001", "W002"])


def test_the_seed_file_says_where_it_came_from(seed_yaml: Path) -> None:
    first, second = seed_yaml.read_text(encoding="utf-8").splitlines()[:2]
    assert first == "# 由 perfcheck import 自 000_2592b483551dcdc3.txt（全文）生成"
    from hashlib import sha256

    assert second == f"# SHA-256: {sha256(SEED.read_bytes()).hexdigest()}"


def test_each_run_of_shifted_rows_is_one_warning_at_its_first_cell() -> None:
    """Rows 30, 31 and 34 to 53 of the seed are not under their headers: two runs, 2 and 20
    rows, each one W051 at its first row's first filled cell (5-1 on line 30 is the third
    cell, after two tabs; 4-2 on line 34 starts the line), saying how far the run goes."""
    found = recognise(text_grid(SEED.read_text(encoding="utf-8"), SEED.name)).diagnostics
    assert [(d.code, d.line, d.col) for d in found] == [("W051", 30, 3), ("W051", 34, 1)]
    reading = "产出指标 / 质量指标 / 4-2 认罪认罚刑事案件量刑建议采纳率 / ≥90%"
    assert found[1].concise() == (
        f"{SEED.name}:34:1: W051 此行单元格与表头的列不对齐，按内容读作：{reading}"
        "；其下 19 行（至 53:2）也按内容读取"
    )
    assert found[0].message("en").endswith("; so is the row below it (at 31:3)")
