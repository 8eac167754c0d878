"""Usage errors speak the run's language: the command-line library words them in English."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def usage_error(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "perfcheck", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and done.stdout == ""
    return done.stderr.splitlines()


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (["score", "x", "--bogus"], "错误：没有选项 --bogus（可能是：--verbose）",
         "Error: No such option: --bogus (Possible options: --verbose)"),
        (["score"], "错误：缺少参数 actuals", "Error: Missing argument 'actuals'."),
        (["init", "a.yaml"], "错误：缺少选项 --targets", "Error: Missing option '--targets'."),
        (["nosuch"], "错误：没有命令 “nosuch”（perfcheck --help 列出全部命令）",
         "Error: No such command 'nosuch'."),
        (["validate", "--jobs", "0"], "错误：--jobs / -j 的值无效：应不小于 1",
         "Error: Invalid value for --jobs / -j: it should be at least 1"),
        (["score", "x", "--width", "abc"], "错误：--width 的值无效：应为整数",
         "Error: Invalid value for --width: it should be a whole number"),
        (["score", "x", "--format", "pdf"],
         "错误：--format 的值无效：应为 'text', 'json', 'csv', 'markdown' 之一",
         "Error: Invalid value for --format: it should be one of 'text', 'json', 'csv', "
         "'markdown'"),
        (["score", "x", "--fail-under", "abc"], "错误：--fail-under 的值无效：应为数值",
         "Error: Invalid value for --fail-under: a number"),
        (["score", "a", "b"], "错误：多余的参数：b", "Error: Got unexpected extra argument(s) (b)"),
        (["score", "x", "--format"], "错误：选项 --format 后须写一个值",
         "Error: Option '--format' requires an argument."),
    ],
)  # fmt: skip
def test_a_usage_error_in_each_language(args: list[str], zh: str, en: str) -> None:
    assert usage_error(*args)[-1] == zh
    assert usage_error("--lang", "en", *args)[-1] == en
    if args[-1] != "--format":  # there --lang would be read as the format
        assert usage_error(*args, "--lang", "en")[-1] == en


def test_the_usage_and_where_help_is() -> None:
    assert usage_error("score", "--bogus") == [
        "用法：perfcheck score [OPTIONS] {actuals}",
        "运行 “perfcheck score --help” 查看帮助。",
        "错误：没有选项 --bogus（可能是：--verbose）",
    ]


def test_lang_may_stand_before_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "perfcheck", "--lang", "en", "explain", "Y002"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0
    assert done.stdout.startswith("Y002 duplicate key [YAML syntax and strictness]")
