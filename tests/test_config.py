"""Configuration: the settings in force when no file gives any."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfcheck.reading.config import ConfigError, Settings, defaults, find, load


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
        '["tool".perfcheck]\nlang = "en"\n',
        "['tool'.perfcheck]\nlang = 'en'\n",
        '"tool".perfcheck.lang = "en"\n',
        '[ "tool" ]\nperfcheck = { lang = "en" }\n',
        '["tool"]\n"perfcheck".lang = "en"\n',
    ],
)
def test_every_way_toml_can_write_the_table_is_read(tmp_path: Path, text: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    settings = load(tmp_path).settings
    assert find(tmp_path) == tmp_path / "pyproject.toml"
    assert settings.limits.max_files == 5 if "max_files" in text else settings.lang == "en"


def test_a_pyproject_without_the_table_is_passed_over_unparsed(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "perfcheck-data"\n[tool.ruff]\nline-length = 100\n[oops\n', "utf-8"
    )
    assert find(tmp_path) is None  # not even parsed: its broken last line does not matter


def test_another_tools_broken_table_is_not_perfchecks_business(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.perfcheck-lint]\na = 1\na = 2\n", "utf-8")
    assert find(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text("[tool.perfcheck]\nlang = 1\nlang = 2\n", "utf-8")
    with pytest.raises(ConfigError, match=r"pyproject\.toml"):
        find(tmp_path)
