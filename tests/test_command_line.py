"""A run builds only the command its command line names; the list of commands, a name perfcheck
does not know and shell completion get the whole app."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer

from perfcheck.cli import app
from perfcheck.cli.root import COMMANDS, for_command_line
from tests.conftest import ROOT
from tests.test_usage import usage_error


def commands(args: list[str]) -> list[str]:
    built = typer.main.get_command(for_command_line(args))
    return sorted(built.commands)  # type: ignore[attr-defined]


EVERY = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def python(code: str) -> str:
    """What a fresh process running `code` prints (its errors failing the test)."""
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert done.stderr == ""
    return done.stdout.strip()


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["score", "actuals/2022Q4.yaml"], "score"),
        (["--lang", "en", "validate", "targets/"], "validate"),
        (["--debug", "--lang=en", "show", "x.yaml"], "show"),
        (["config"], "config"),  # declared under another name than its function's
        (["import", "t.xlsx", "-o", "out/"], "import"),
        (["score", "--help"], "score"),
    ],
)
def test_a_named_command_is_built_alone(args: list[str], named: str) -> None:
    assert commands(args) == [named]


@pytest.mark.parametrize("named", list(COMMANDS))
def test_each_module_declares_the_command_it_is_listed_for(named: str) -> None:
    assert commands([named]) == [named]


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--help"],
        ["--version"],
        ["scroe", "x"],
        ["--lang", "score"],
        ["--", "score"],
        ["--help", "score"],  # the root's help, which lists every command
        ["--debug", "--lang", "en", "--help", "validate"],
        ["--bogus", "score"],  # the root's own error, whatever it says
    ],
)
def test_without_a_known_command_the_whole_app(args: list[str]) -> None:
    assert commands(args) == EVERY
    assert len(EVERY) == 12


def test_the_help_before_a_command_name_lists_every_command() -> None:
    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "perfcheck", *args],
            cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
        )  # fmt: skip
        return done.stdout

    assert run("--help", "score") == run("--help")


def test_shell_completion_gets_the_whole_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_PERFCHECK_COMPLETE", "complete_bash")
    assert commands(["score", "x"]) == EVERY


def test_the_app_itself_is_not_narrowed() -> None:
    for_command_line(["score", "x"])
    assert commands([]) == EVERY


def test_a_misspelt_command_still_hears_of_the_others() -> None:
    lines = usage_error("--lang", "en", "scroe", "x")
    assert lines[-1] == "Error: No such command 'scroe'. Did you mean 'score'?"


def test_a_run_declares_only_its_command() -> None:
    code = (
        "import sys\n"
        "from perfcheck.cli.root import COMMANDS, for_command_line\n"
        "for_command_line(['--lang', 'en', 'score', 'x.yaml'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('perfcheck.cli.declarations.')))\n"
    )
    assert python(code) == "['perfcheck.cli.declarations.score']"


def test_the_whole_app_lists_the_commands_in_order_whatever_was_declared_first() -> None:
    code = (
        "from perfcheck.cli.root import COMMANDS, for_command_line, whole_app\n"
        "import typer\n"
        "for_command_line(['trend', 'x'])\n"
        "for_command_line(['import', 'x', '-o', 'y'])\n"
        "print(list(typer.main.get_command(whole_app()).commands) == list(COMMANDS))\n"
    )
    assert python(code) == "True"


def test_a_command_a_program_adds_stays_after_the_others() -> None:
    code = (
        "import perfcheck.cli as cli, typer\n"
        "cli.app.command('extra')(lambda: None)\n"
        "print(list(typer.main.get_command(cli.app).commands)[-2:])\n"
    )
    assert python(code) == "['explain', 'extra']"
