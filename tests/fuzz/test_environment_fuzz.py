"""Every command, on valid and broken inputs, in a drawn environment: streams closed, full or read
by a reader that stops early, a legacy console encoding, GitHub Actions' variables naming odd
paths, hostile configuration files in the working folder. Each example runs the real entry
point in a fresh process (fuzz/fuzz_environment.py, which fuzz/run drives at random too) and
must leave no traceback, exit 0, 1, 2 or 130, and change no input.

The default profile draws a few dozen cases; `HYPOTHESIS_PROFILE=deep` fifty times as many.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzz.fuzz_environment import (
    COMMANDS,
    CONFIGS,
    ENCODINGS,
    GITHUB,
    KNOWN,
    STREAMS,
    Case,
    Known,
    Workspace,
    inputs,
    keep,
    known,
    run_case,
)
from hypothesis import event, given
from hypothesis import strategies as st

from perfcheck.cli import app
from tests.conftest import ROOT
from tests.fuzz.conftest import examples

# The committed inputs only: the fuzz corpus beyond its seeds is local to one machine.
INPUTS = inputs("seeds")

CASES = st.builds(
    Case,
    command=st.sampled_from(sorted(COMMANDS)),
    input=st.sampled_from(INPUTS),
    streams=st.sampled_from(sorted(STREAMS)),
    encoding=st.sampled_from(ENCODINGS),
    github=st.sampled_from(GITHUB),
    config=st.sampled_from(sorted(CONFIGS)),
)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    yield Workspace(tmp_path_factory.mktemp("environment") / "copy")


@examples(12)
@given(case=CASES)
def test_any_command_in_any_environment_keeps_its_promises(
    workspace: Workspace, case: Case
) -> None:
    outcome = run_case(case, workspace)
    bug = known(outcome)
    if bug is not None:  # reported, replayed below as a strict xfail
        event(f"known bug: {bug.config}")
        return
    shown = outcome.stderr.decode("utf-8", errors="backslashreplace")[-2000:]
    assert not outcome.violations, f"{case}: {outcome.violations}, exit {outcome.code}\n{shown}"


@pytest.mark.parametrize(
    "bug",
    [pytest.param(b, id=b.config, marks=pytest.mark.xfail(strict=True, reason=b.reason))
     for b in KNOWN],
)  # fmt: skip
@pytest.mark.parametrize("command", ["config", "validate-json"])
def test_a_known_bug_still_breaks_its_promise(
    workspace: Workspace, bug: Known, command: str
) -> None:
    """Fails (a strict xfail passes) while the bug lasts; remove it from KNOWN once fixed."""
    case = Case(command, "actuals/2022Q4.yaml", "pipe", None, "none", bug.config)
    assert run_case(case, workspace).violations == []


def test_the_matrix_has_every_command_of_the_command_line() -> None:
    declared = {
        command.name or (command.callback.__name__ if command.callback else "")
        for command in app.registered_commands
    }
    drawn = {make("x.yaml")[0] for make in COMMANDS.values()}
    assert declared == drawn == {
        "validate", "config", "show", "score", "summary", "trend", "init", "schema", "explain",
        "portfolio", "import", "audit",
    }  # fmt: skip


def test_every_input_is_in_the_copy_the_cases_run_in(workspace: Workspace) -> None:
    assert len(INPUTS) > 150  # the repository's targets and actuals, the fixtures, the seeds
    case = Case("validate-json", "fuzz/corpus/seed-actuals-year-end.yaml", "pipe", None, "none",
                "none")  # fmt: skip
    workspace.prepare(case)
    copied = workspace.snapshot()
    assert all(name in copied for name in INPUTS if not name.startswith("fuzz/"))
    assert case.input in copied  # a corpus file is copied when a case uses it
    assert "fuzz/corpus/targets.yaml" in copied  # what the seeds' `targets:` names


def test_a_reader_that_stops_early_leaves_the_runs_own_exit_code(workspace: Workspace) -> None:
    """actuals/2022Q4.yaml has two unmet indicators: exit 1 — not the reader's 0, not 141."""
    for streams in ("pipe", "early-0", "early-1", "early-4096"):
        case = Case("score-text", "actuals/2022Q4.yaml", streams, None, "none", "none")
        outcome = run_case(case, workspace)
        assert (outcome.code, outcome.violations) == (1, []), (streams, outcome)


def test_an_odd_step_summary_is_no_violation(workspace: Workspace) -> None:
    case = Case("score-markdown", "actuals/2022Q4.yaml", "pipe", "gbk", "summary-input", "none")
    outcome = run_case(case, workspace)
    assert (outcome.code, outcome.violations) == (1, [])
    assert b"GITHUB_STEP_SUMMARY" in outcome.stderr


@pytest.mark.parametrize("github", ["summary-hardlink-to-input", "summary-fifo"])
def test_a_second_name_of_the_input_or_a_fifo_as_step_summary_is_no_violation(
    workspace: Workspace, github: str
) -> None:
    """A hard link to the input was appended to (the input changed); a FIFO nobody reads
    kept the run waiting until it was killed."""
    case = Case("score-markdown", "actuals/2022Q4.yaml", "pipe", None, github, "none")
    outcome = run_case(case, workspace)
    assert (outcome.code, outcome.violations) == (1, [])
    assert b"GITHUB_STEP_SUMMARY" in outcome.stderr


def test_every_portfolio_format_reaches_the_real_stdout(workspace: Workspace) -> None:
    """The process's guarded stdout had no writelines: the Markdown portfolio was exit 3."""
    for fmt in ("text", "json", "csv", "markdown"):
        case = Case(f"portfolio-{fmt}", "actuals/2022Q4.yaml", "pipe", None, "none", "none")
        outcome = run_case(case, workspace)
        assert (outcome.code, outcome.violations) == (0, []), (fmt, outcome)


def _breaking_python(folder: Path) -> Path:
    """A stand-in for the interpreter that breaks all three promises: it appends to the input
    (`python -m perfcheck score INPUT …`: the fourth argument), prints a traceback, exits 3."""
    script = folder / "python"
    script.write_text(
        "#!/bin/sh\nprintf x >> \"$4\"\necho 'Traceback (most recent call last):' >&2\nexit 3\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script


BROKEN = Case("score-text", "actuals/2022Q1.yaml", "early-1", "gbk", "summary-folder",
              "yaml-wrong-types")  # fmt: skip


def test_the_harness_reports_each_broken_promise(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "copy")
    outcome = run_case(BROKEN, workspace, str(_breaking_python(tmp_path)))
    assert outcome.code == 3
    assert outcome.violations == [
        "exit 3: an internal error",
        "a Python traceback on stderr",
        "an input was changed: actuals/2022Q1.yaml",
    ]
    original = hashlib.sha256((ROOT / BROKEN.input).read_bytes()).hexdigest()
    assert workspace.snapshot()[BROKEN.input] == original  # the copy was rebuilt for the next case


def test_a_kept_violation_reproduces_with_its_script(tmp_path: Path) -> None:
    python = _breaking_python(tmp_path)
    outcome = run_case(BROKEN, Workspace(tmp_path / "copy"), str(python))
    kept = keep(outcome, tmp_path / "crashers")
    assert sorted(p.name for p in kept.iterdir()) == ["config-0", "input", "repro.sh"]
    assert (kept / "input").read_bytes() == (ROOT / BROKEN.input).read_bytes()
    done = subprocess.run(
        [kept / "repro.sh"],
        env={**os.environ, "PROJECT": str(ROOT), "PYTHON": str(python)},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 3
    error = done.stderr.decode()
    assert "Traceback" in error and "exit 3" in error
    assert "./actuals/2022Q1.yaml" in error  # the changed input, in the SHA-256 diff
    assert "inputs unchanged" not in error


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ("actuals/2022Q4.yaml", "targets/chengdu_procuratorate_2022.yaml"),
        ("fuzz/corpus/seed-actuals-year-end.yaml", "fuzz/corpus/targets.yaml"),
        ("tests/fixtures/trend/mixed/2022Q3.yaml", "tests/fixtures/shared/targets_small_copy.yaml"),
        ("tests/fixtures/invalid/actuals/targets_is_dev_zero.yaml", None),  # outside the copy
        ("targets/chengdu_procuratorate_2022.yaml", None),  # a target file names none
    ],
)
def test_the_step_summary_can_name_the_target_file_the_input_names(
    workspace: Workspace, given: str, named: str | None
) -> None:
    case = Case("score-json", given, "early-4096", "ascii", "summary-target-file", "none")
    assert case.environment()["GITHUB_STEP_SUMMARY"] == f"../{named or given}"
    assert run_case(case, workspace).violations == []
