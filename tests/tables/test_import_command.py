"""`perfcheck import` end to end: a table file in, target (and actuals) files out, validated; the
files never written over, the problems in every format validate has, the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CHENGDU, run
from tests.tables.table_text import SEED, TABLES


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _show_json(path: Path | str) -> dict[str, object]:
    code, out, err = run("show", str(path), "--format", "json")
    assert code == 0, err
    document: dict[str, object] = json.loads(out)
    return document


def test_the_seed_imported_shows_as_the_chengdu_target_file() -> None:
    """The Done-when of the import: the Chengdu table as text copied from its PDF, imported by
    the command, shows exactly as the hand-typed target file (ids, levels, names, comparators,
    values, units, tasks, budget)."""
    code, out, err = run("import", str(SEED), "-o", "seed.yaml", "--format", "concise")
    assert code == 0, err
    assert _show_json("seed.yaml") == _show_json(CHENGDU)
    assert out.splitlines()[-1] == "检查了 2 个文件：0 个错误，24 个警告"
    assert err == f"已写入 seed.yaml：34 个指标（{SEED}）\n"


def test_the_first_lines_name_the_source_and_its_hash() -> None:
    from hashlib import sha256

    run("import", str(SEED), "-o", "seed.yaml")
    first, second = Path("seed.yaml").read_text(encoding="utf-8").splitlines()[:2]
    assert first == f"# 由 perfcheck import 自 {SEED.name}（全文）生成"
    assert second == f"# SHA-256: {sha256(SEED.read_bytes()).hexdigest()}"


def test_a_file_with_two_indicator_tables_needs_one_named() -> None:
    """A Word document with both tables of make_tables.py: which one is not guessed (F027);
    --table picks it."""
    from tests.fixtures.tables.make_tables import department_targets, docx_bytes, project_targets

    Path("两表.docx").write_bytes(docx_bytes(["说明", department_targets(), project_targets()]))
    code, out, err = run("import", "两表.docx", "-o", "t.yaml", "--lang", "en")
    assert (code, out, Path("t.yaml").exists()) == (2, "", False)
    assert err == (
        "两表.docx: F027 the file has 2 indicator tables (table 1, table 2); say which to import"
        " with --sheet or --table (the file's tables: table 1, table 2)\n"
    )
    code, _, err = run("import", "两表.docx", "--table", "2", "-o", "t.yaml")
    assert code == 0, err
    assert json.loads(run("show", "t.yaml", "--format", "json")[1])["kind"] == "project"


def test_an_existing_output_is_never_written_over_without_force() -> None:
    Path("t.yaml").write_text("# mine\n", encoding="utf-8")
    code, out, err = run("import", str(SEED), "-o", "t.yaml", "--lang", "en")
    assert (code, out) == (2, "")
    assert err.startswith("t.yaml: F012 t.yaml already exists and is left as it is;")
    assert Path("t.yaml").read_text(encoding="utf-8") == "# mine\n"
    code, _, err = run("import", str(SEED), "-o", "t.yaml", "--force")
    assert code == 0, err
    assert Path("t.yaml").read_text(encoding="utf-8").startswith("# 由 perfcheck import")


def test_the_input_is_never_the_output(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_bytes((TABLES / "department_targets.csv").read_bytes())
    code, _, err = run("import", str(table), "-o", str(table), "--force")
    assert code == 2
    assert err == f"{table}: F013 {table} 是输入文件，不能作为输出\n"
    assert table.read_bytes() == (TABLES / "department_targets.csv").read_bytes()
