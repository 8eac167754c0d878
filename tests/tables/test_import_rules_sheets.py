"""The scoring rules sheet (计分规则, as `show --format xlsx` writes it beside its form) read back
whichever way the form is chosen: by default, with `--sheet` naming the form, with `--table`
numbering it, and in a workbook of several forms, where each form takes the rules sheet that
follows it (show writes a form, then its rules), numbered copies (`计分规则 (2)`) included.

The workbooks are built from make_tables.py's tables with its own fill_sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import run
from tests.fixtures.tables.make_tables import (
    Table,
    department_targets,
    project_targets,
    xlsx_bytes,
)

HEADINGS = ["设置", "取值", "说明"]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _form(table: Table, name: str) -> Table:
    return table._replace(name=name)


def _rules(name: str, *settings: tuple[str, str]) -> Table:
    rows = [HEADINGS, *([key, value, ""] for key, value in settings)]
    return Table(name, [list(row) for row in rows], [])


def _book(name: str, *sheets: Table, hidden: tuple[str, ...] = ()) -> str:
    Path(name).write_bytes(xlsx_bytes(sheets, hidden))
    return name


def _rules_of(path: str) -> Any:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8")).get("rules")


DOWN = ("rounding_mode", "down")
NO_CAP = ("cap", "false")


def test_the_rules_sheet_beside_a_single_form_is_read_as_before() -> None:
    book = _book("表.xlsx", _form(project_targets(), "目标表"), _rules("计分规则", DOWN))
    code, _, err = run("import", book, "-o", "t.yaml")
    assert code == 0, err
    assert _rules_of("t.yaml") == {"rounding_mode": "down"}


@pytest.mark.parametrize("choice", [["--sheet", "目标表"], ["--table", "3"]])
def test_the_rules_sheet_is_read_when_the_form_is_named(choice: list[str]) -> None:
    """--sheet (or --table) naming the form: its rules sheet is read as without it."""
    sheets = (_rules("计分规则", DOWN, NO_CAP), _form(project_targets(), "目标表"))
    book = _book("表.xlsx", Table("说明", [["本表由示范局填报。"]], []), *sheets)
    code, _, err = run("import", book, *choice, "-o", "t.yaml")
    assert code == 0, err
    assert _rules_of("t.yaml") == {"rounding_mode": "down", "cap": False}


def test_a_damaged_rules_row_is_located_when_the_form_is_named() -> None:
    rules = _rules("计分规则", DOWN, ("rounding", "{0.1"))
    book = _book("表.xlsx", _form(project_targets(), "目标表"), rules)
    code, out, _ = run("import", book, "--sheet", "目标表", "-o", "t.yaml", "--format", "concise")
    assert code == 1
    assert "表.xlsx:计分规则!B3: T007 " in out, out
    assert _rules_of("t.yaml") == {"rounding_mode": "down"}


def test_several_forms_each_take_the_rules_sheet_that_follows_them() -> None:
    """A department's workbook of two forms, each followed by its rules sheet (the second a
    copy, named as Excel names one): each form's file gets its own rules."""
    book = _book(
        "两表.xlsx",
        _form(department_targets(), "部门"),
        _rules("计分规则", DOWN),
        _form(project_targets(), "项目"),
        _rules("计分规则 (2)", NO_CAP),
    )
    for sheet, expected in (("部门", {"rounding_mode": "down"}), ("项目", {"cap": False})):
        code, _, err = run("import", book, "--sheet", sheet, "-o", f"{sheet}.yaml")
        assert code == 0, err
        assert _rules_of(f"{sheet}.yaml") == expected, sheet
    Path("收到").mkdir()
    Path("收到/两表.xlsx").write_bytes(Path(book).read_bytes())
    code, _, err = run("import", "收到", "-o", "导入")
    assert code == 0, err
    assert sorted(p.name for p in Path("导入").iterdir()) == ["两表.部门.yaml", "两表.项目.yaml"]
    assert _rules_of("导入/两表.部门.yaml") == {"rounding_mode": "down"}
    assert _rules_of("导入/两表.项目.yaml") == {"cap": False}


def test_a_rules_sheet_after_two_forms_is_the_second_s() -> None:
    """The form before it, as show writes them: the first form's file has no rules."""
    book = _book(
        "两表.xlsx",
        _form(department_targets(), "部门"),
        _form(project_targets(), "项目"),
        _rules("计分规则", NO_CAP),
    )
    for sheet, expected in (("部门", None), ("项目", {"cap": False})):
        code, _, err = run("import", book, "--sheet", sheet, "-o", f"{sheet}.yaml")
        assert code == 0, err
        assert _rules_of(f"{sheet}.yaml") == expected, sheet


def test_a_form_named_beside_a_sheet_over_the_cell_limit_still_imports() -> None:
    """With --sheet the other sheets are read for the rules sheet alone: one that cannot be
    read (here: over the cells left of the limit) is passed over, as without them."""
    big = Table("大表", [["x"] * 40 for _ in range(40)], [])
    book = _book("表.xlsx", _form(project_targets(), "目标表"), _rules("计分规则", DOWN), big)
    Path(".perfcheck.yaml").write_text("limits:\n  max_table_cells: 1000\n", encoding="utf-8")
    code, _, err = run("import", book, "--sheet", "目标表", "-o", "t.yaml")
    assert code == 0, err
    assert _rules_of("t.yaml") == {"rounding_mode": "down"}


def test_the_rules_sheet_read_is_not_said_to_be_left_out() -> None:
    book = _book(
        "表.xlsx",
        _form(project_targets(), "目标表"),
        _rules("计分规则", DOWN),
        Table("说明", [["本表由示范局填报。"]], []),
    )
    code, _, err = run("import", book, "-o", "t.yaml", "-v", "--lang", "en")
    assert code == 0, err
    assert [line for line in err.splitlines() if "left out" in line or "not imported" in line] == [
        "表.xlsx: 说明 has no indicator table and is not imported"
    ]


@pytest.mark.parametrize(
    ("name", "rules"),
    [("计分规则", True), ("Scoring rules", True), ("计分规则 (2)", True), ("计分规则（3）", True),
     ("计分规则_2", True), (" 计分规则(2) ", True), ("计分规则2", False), ("计分规则 说明", False),
     ("旧计分规则", False), ("评分规则", False)],
)  # fmt: skip
def test_a_rules_sheet_is_known_by_its_name_or_a_copy_s(name: str, rules: bool) -> None:
    from perfcheck.importing import is_rules_sheet
    from perfcheck.reading.tables.grid import Grid, PlaceStyle

    assert is_rules_sheet(Grid("表.xlsx", name, PlaceStyle.SHEET, [])) is rules
