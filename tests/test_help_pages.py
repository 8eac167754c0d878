"""A --help page around the catalogue's texts speaks the run's language: the usage line, the
section headings, [required], the --help and completion options (the library words them in
English only)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from perfcheck.cli import app
from tests.conftest import ROOT

ENGLISH = ("Usage:", "Arguments:", "Options:", "Commands:", "Show this message", "[required]")
COMMANDS = list(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def page(*args: str) -> str:
    done = CliRunner().invoke(app, list(args), terminal_width=100)
    assert done.exit_code == 0, done.output
    return done.stdout


def english_in(text: str) -> list[str]:
    return [word for word in (*ENGLISH, "Install completion") if word in text]


def test_a_chinese_help_page_has_no_english_frame() -> None:
    text = page("import", "--help")
    assert text.startswith("用法：perfcheck import [OPTIONS] {table}\n")
    assert "\n参数：\n" in text and "\n选项：\n" in text and "[必填]" in text
    assert "--help                          显示本帮助并退出。" in text
    assert english_in(text) == []
    assert "把已有的表格导入为目标文件（和完成值文件） / bring a published table in" in text


def test_the_root_page_and_its_commands_in_chinese() -> None:
    text = page("--help")
    assert text.startswith("用法：perfcheck [OPTIONS] COMMAND [ARGS]...\n")
    assert "\n命令：\n" in text and "  --install-completion  为当前 shell 安装命令补全。" in text
    assert english_in(text) == []


@pytest.mark.parametrize("name", COMMANDS)
def test_every_commands_page_is_in_the_runs_language(name: str) -> None:
    assert english_in(page(name, "--help")) == []
    english = page("--lang", "en", name, "--help")
    assert english.startswith(f"Usage: perfcheck {name} ")
    assert "Show this message and exit." in english


def test_lang_anywhere_gives_the_english_page() -> None:
    for args in (("--lang", "en", "import", "--help"), ("import", "--help", "--lang", "en")):
        text = page(*args)
        assert text.startswith("Usage: perfcheck import [OPTIONS] {table}\n")
        assert "\nArguments:\n" in text and "\nOptions:\n" in text and "[required]" in text
    text = page("--lang=en", "--help")
    assert "\nCommands:\n" in text and "Install completion for the current shell." in text


def test_the_configured_language_gives_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".perfcheck.yaml").write_text("lang: en\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert page("score", "--help").startswith("Usage: perfcheck score ")
    assert page("--help").startswith("Usage: perfcheck ")
    assert page("score", "--help", "--lang", "zh").startswith("用法：perfcheck score ")


def test_no_command_shows_the_help_page_as_is() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "perfcheck"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("用法：perfcheck [OPTIONS] COMMAND [ARGS]...\n\n")
    assert "\\n" not in done.stderr and "错误：" not in done.stderr and "\n命令：\n" in done.stderr
