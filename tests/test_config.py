"""Configuration: the settings in force when no file gives any."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from perfcheck.reading.config import ConfigError, Settings, defaults, find, load
from perfcheck.reading.limits import DEFAULTS
from perfcheck.reading.settings_file import SettingsFile


def test_the_unvalidated_defaults_are_the_validated_ones() -> None:
    assert defaults() == Settings()
    assert defaults() == SettingsFile.model_validate({}).in_force()


def test_the_settings_in_force_are_those_a_file_may_give_in_its_order() -> None:
    """`perfcheck config` prints them in this order, as the file's model names them."""
    from perfcheck.reading.limits import Limits
    from perfcheck.reading.settings_file import LimitSettings

    assert Settings._fields == tuple(SettingsFile.model_fields)
    assert Limits._fields == tuple(LimitSettings.model_fields)


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


def _loaded_in_a_fresh_process(folder: Path) -> list[str]:
    """What load() finds in `folder`, from a process of its own: whether it read a file,
    whether the settings-file model was imported, and the settings in force."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from perfcheck.reading.config import load\n"
        "effective = load(Path.cwd())\n"
        "print(effective.file is not None)\n"
        "print('perfcheck.reading.settings_file' in sys.modules)\n"
        "print(repr(effective.settings))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=folder, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_run_without_a_configuration_file_builds_no_settings_model(tmp_path: Path) -> None:
    read, imported, settings = _loaded_in_a_fresh_process(tmp_path)
    assert (read, imported, settings) == ("False", "False", repr(Settings()))


def test_a_configuration_file_is_validated_by_the_settings_model(tmp_path: Path) -> None:
    """The file's values as the model reads them: "true" a bool, "5" an int."""
    text = 'strict: "true"\nlimits: {max_files: "5"}\n'
    (tmp_path / ".perfcheck.yaml").write_text(text, encoding="utf-8")
    read, imported, settings = _loaded_in_a_fresh_process(tmp_path)
    expected = Settings(strict=True, limits=DEFAULTS._replace(max_files=5))
    assert (read, imported, settings) == ("True", "True", repr(expected))
    assert load(tmp_path).settings == expected
    (tmp_path / ".perfcheck.yaml").write_text("strict: maybe\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\.perfcheck\.yaml:1:9: S003"):
        load(tmp_path)
