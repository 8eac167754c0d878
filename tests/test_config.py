"""Configuration: the settings in force when no file gives any."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfcheck.config import Settings, defaults, find, load


def test_the_unvalidated_defaults_are_the_validated_ones() -> None:
    assert defaults() == Settings()
    assert defaults().limits == Settings.model_validate({}).limits


@pytest.mark.parametrize(
    "text",
    [
        '[tool.perfcheck]\nlang = "en"\n',
        "[ tool . perfcheck . limits ]\nmax_files = 5\n",
        '[tool."perfcheck"]\nlang = "en"\n',
        'tool.perfcheck.lang = "en"\n',
        'tool = { perfcheck = { lang = "en" } }\n',
        '[tool]\nperfcheck = { lang = "en" }\n',
    ],
)
def test_every_way_toml_can_write_the_table_is_read(tmp_path: Path, text: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    table = load(tmp_path).settings.limits.max_files if "max_files" in text else None
    assert find(tmp_path) == tmp_path / "pyproject.toml"
    assert table in (None, 5)


def test_a_pyproject_without_the_table_is_passed_over_unparsed(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "perfcheck-data"\n[tool.ruff]\nline-length = 100\n[oops\n', "utf-8"
    )
    assert find(tmp_path) is None  # not even parsed: its broken last line does not matter
