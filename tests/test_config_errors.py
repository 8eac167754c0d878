"""Every problem of a configuration file is located (`file:line:col: CODE message`), all in
one run, in the run's language — as the problems of a target file are."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CHENGDU, run, write


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write("t.yaml", CHENGDU.read_text(encoding="utf-8"))


BROKEN = """\
lang: en
strict: maybe
ignore: [W001, D001, X9]
limits:
  max_bytes: 0
profiles:
  national: {}
  mine:
    profile: x
  other:
    budget_points: -1
    roundin: 1
"""


def _errors(*args: str, command: tuple[str, ...] = ("show", "t.yaml")) -> list[str]:
    code, _, err = run(*command, *args)
    assert code == 2
    prefix = f"perfcheck: {Path.cwd() / '.perfcheck.yaml'}:"
    assert all(line.startswith(prefix) for line in err.splitlines()), err
    return [line.removeprefix(prefix) for line in err.splitlines()]


def test_every_problem_of_the_file_at_its_place_in_the_language_it_asks_for() -> None:
    write(".perfcheck.yaml", BROKEN)
    assert _errors() == [
        "2:9: S003 expected a boolean (true/false), got text",
        "3:16: S005 invalid value: D001 is an error; only warnings (W…) can be ignored",
        "3:22: S005 invalid value: there is no code X9",
        "5:14: S005 invalid value: Input should be greater than or equal to 1",
        "7:3: S005 invalid value: national is built in; give your profile another name",
        "9:5: S005 invalid value: mine: a profile cannot select another profile",
        "11:20: S005 invalid value: Input should be greater than or equal to 0",
        "12:5: S002 unknown key 'roundin'; did you mean 'rounding'?",
    ]


def test_the_runs_language_wins_over_the_files() -> None:
    write(".perfcheck.yaml", BROKEN)
    found = _errors("--lang", "zh")
    assert found[0] == "2:9: S003 应为布尔值（true/false），实际是文字"
    assert found[3] == "5:14: S005 取值不合法：应不小于 1"
    assert len(found) == 8


def test_a_number_in_another_base_is_refused_as_in_a_target_file() -> None:
    write(
        ".perfcheck.yaml",
        "lang: en\nlimits:\n  max_files: 0x10\n  max_depth: 010\n  max_bytes: 0\n"
        "profiles:\n  p: {total_points: 1:40}\n",
    )
    assert _errors() == [
        "3:14: Y011 0x10 is a number in hexadecimal (= 16); write a plain decimal number",
        "4:14: Y011 010 is a number in octal (= 8); write a plain decimal number",
        "5:14: S005 invalid value: Input should be greater than or equal to 1",
        "7:21: Y011 1:40 is a number in base 60 (= 100); write a plain decimal number",
    ]


def test_a_number_in_another_base_alone_is_refused_too() -> None:
    write(".perfcheck.yaml", "lang: en\nlimits: {max_files: 0b10000}\n")
    assert _errors() == [
        "2:21: Y011 0b10000 is a number in binary (= 16); write a plain decimal number"
    ]


def test_the_same_number_plainly_written_is_read() -> None:
    write(".perfcheck.yaml", "lang: en\nlimits: {max_files: 16}\n")
    code, out, err = run("config")
    assert code == 0, err
    assert "limits.max_files = 16  # " in out


def test_an_unknown_profile_is_located_at_its_name() -> None:
    write(".perfcheck.yaml", "lang: en\nprofile: nope\n")
    assert _errors() == ["2:10: S016 undefined rules profile 'nope'; known: national"]


def test_settings_that_are_not_a_mapping() -> None:
    write(".perfcheck.yaml", "- lang\n")
    assert _errors("--lang", "en") == ["1:1: S003 expected a mapping (key: value), got a list"]


def test_a_pyproject_table_is_located_by_the_line_setting_each_key() -> None:
    write(
        "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.perfcheck]\nstrict = "maybe"\n'
        'ignore = ["D001"]\n\n[tool.perfcheck.limits]\nmax_files = 0\n',
    )
    code, _, err = run("show", "t.yaml", "--lang", "en")
    where = Path.cwd() / "pyproject.toml"
    assert code == 2
    assert err.splitlines() == [
        f"perfcheck: {where}:5:1: S003 expected a boolean (true/false), got text",
        f"perfcheck: {where}:6:1: S005 invalid value: D001 is an error; only warnings (W…) "
        "can be ignored",
        f"perfcheck: {where}:9:1: S005 invalid value: Input should be greater than or equal to 1",
    ]


def test_a_configuration_file_that_is_a_folder_is_an_error() -> None:
    Path(".perfcheck.yaml").mkdir()
    code, out, err = run("show", "t.yaml", "--lang", "en")
    assert (code, out) == (2, "")
    assert (
        err == f"perfcheck: {Path.cwd() / '.perfcheck.yaml'}: F001 cannot read file: is a folder\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ("validate", "t.yaml"),
        ("show", "t.yaml"),
        ("score", "t.yaml"),
        ("trend", "t.yaml"),
        ("summary", "t.yaml"),
        ("portfolio", "t.yaml"),
        ("config",),
    ],
)
def test_every_command_says_the_configurations_errors_in_the_language_asked_for(
    command: tuple[str, ...],
) -> None:
    write(".perfcheck.yaml", "format: bogus\n")
    assert _errors("--lang", "en", command=command) == [
        "1:9: S005 invalid value: Input should be 'human', 'concise', 'json', 'github', 'sarif' "
        "or 'junit'"
    ]
    assert _errors("--lang", "zh", command=command) == [
        "1:9: S005 取值不合法：应为以下之一：human、concise、json、github、sarif、junit"
    ]


def test_a_pyproject_larger_than_the_byte_limit_is_refused_unread() -> None:
    from perfcheck.reading.limits import DEFAULTS

    text = '[tool.perfcheck]\nlang = "en"\n' + "#" * DEFAULTS.max_bytes + "\n"
    write("pyproject.toml", text)
    code, _, err = run("validate", "t.yaml")
    assert code == 2
    size = len(text)
    assert err == (
        f"perfcheck: {Path.cwd() / 'pyproject.toml'}: F003 文件大小 {size} 字节，"
        f"超过上限 {DEFAULTS.max_bytes} 字节\n"
    )


def test_a_pyproject_at_the_byte_limit_is_read() -> None:
    from perfcheck.reading.limits import DEFAULTS

    head = '[tool.perfcheck]\nlang = "en"\n'
    write("pyproject.toml", head + "#" * (DEFAULTS.max_bytes - len(head) - 1) + "\n")
    code, out, err = run("config")
    assert code == 0, err
    assert 'lang = "en"' in out
