"""Hostile input, generated: valid target and actuals files, then the same files damaged.

The generators (tests/fuzz/generators.py) build valid files as Python data from perfcheck's own
vocabulary and write them with yaml.safe_dump; the mutations drop, duplicate, swap, truncate,
retype and rename, insert tabs, NULs, BOMs and control characters, and break the UTF-8. Each
property runs the real CLI in-process (typer's CliRunner) on files in a temporary folder.

The normal run tries a fixed, derandomised budget of examples (profile `ci`); a long search:

    HYPOTHESIS_PROFILE=deep CI=1 .venv/bin/python -m pytest tests/fuzz -q
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.conftest import examples
from tests.fuzz.generators import (
    ACTUALS_NAME,
    TARGETS_NAME,
    Mutant,
    Scenario,
    dump,
    mutants,
    scenarios,
)
from tests.fuzz.harness import Located, Run, concise, score_json, validate_json, well_located


@contextmanager
def written(scenario: Scenario) -> Iterator[tuple[Path, Path]]:
    """The scenario's two files in a fresh folder: (target file, actuals file)."""
    with tempfile.TemporaryDirectory(prefix="perfcheck-fuzz-") as folder:
        targets = Path(folder) / TARGETS_NAME
        actuals = Path(folder) / ACTUALS_NAME
        targets.write_text(dump(scenario.targets.data), encoding="utf-8")
        actuals.write_text(dump(scenario.actuals), encoding="utf-8")
        yield targets, actuals


def _sources(*paths: Path) -> dict[str, bytes]:
    return {str(path): path.read_bytes() for path in paths}


@given(scenarios())
@examples(40)
def test_generated_files_are_clean(scenario: Scenario) -> None:
    """Every generated pair validates with no diagnostic at all in the target file and no error
    in the actuals file, and scores (exit 0 or 1, never 2): the generators are what the
    mutation tests start from, so they must be valid."""
    with written(scenario) as (targets, actuals):
        run, found, errors = validate_json(targets)
        assert (run.code, found) == (0, []), run.stdout
        run, found, errors = validate_json(actuals)
        assert run.code == 0 and errors == 0, run.stdout
        run, report = score_json(actuals)
        assert run.code in (0, 1), run.stderr
        assert report["mode"] == ("year-end" if scenario.year_end else "monitoring")


def _assert_located(run: Run, found: list[Located], errors: int, sources: dict[str, bytes]) -> None:
    """Exit 0 exactly when no error was found; otherwise at least one diagnostic, each one
    inside the file it names (or a whole-file diagnostic where there is no place to point)."""
    if run.code == 2:
        assert found, f"exit 2 without a diagnostic:\n{run.stderr}"
    else:
        assert (run.code == 1) == (errors > 0), run.stdout
        if run.code == 1:
            assert found, run.stdout
    misplaced = [d for d in found if not well_located(d, sources)]
    assert misplaced == [], misplaced


def _check(scenario: Scenario, mutant: Mutant, *, which: str) -> None:
    with written(scenario) as (targets, actuals):
        damaged = targets if which == "targets" else actuals
        damaged.write_bytes(mutant.content)
        sources = _sources(targets, actuals)

        run, found, errors = validate_json(damaged)
        _assert_located(run, found, errors, sources)

        if damaged is not actuals:
            run, found, errors = validate_json(actuals)
            _assert_located(run, found, errors, sources)

        scored, report = score_json(actuals)
        if scored.code == 2:
            stated = list(concise(scored.stderr))
            assert stated, f"score cannot proceed but says nowhere why:\n{scored.stderr}"
            misplaced = [d for d in stated if not well_located(d, sources)]
            assert misplaced == [], misplaced
        else:
            assert report is not None and "indicators" in report
        # validate and score agree: the actuals file is clean exactly when it can be scored
        assert (errors == 0) == (scored.code != 2), (run.stdout, scored.stderr)


@given(scenarios(), st.data())
@examples(60)
def test_a_damaged_target_file_never_breaks_perfcheck(
    scenario: Scenario, data: st.DataObject
) -> None:
    """A mutated target file: `validate` exits 0, 1 or 2 with every diagnostic located, the
    actuals file naming it reports it (F011) or scores, `score` exits 0, 1 or 2 and never
    prints a traceback; each command ends within the time bound."""
    mutant = data.draw(mutants(scenario.targets.data), label="mutant")
    _check(scenario, mutant, which="targets")


@given(scenarios(), st.data())
@examples(60)
def test_a_damaged_actuals_file_never_breaks_perfcheck(
    scenario: Scenario, data: st.DataObject
) -> None:
    """A mutated actuals file: the same promises, and `validate` and `score` agree on whether
    the file can be scored."""
    mutant = data.draw(mutants(scenario.actuals), label="mutant")
    _check(scenario, mutant, which="actuals")


@given(scenarios(), st.sampled_from(["\r\n", "\r"]), st.booleans())
@examples(20)
def test_line_endings_and_a_leading_bom_change_nothing(
    scenario: Scenario, newline: str, bom: bool
) -> None:
    """CRLF or CR line endings and a UTF-8 BOM at the start load like the plain file: the same
    exit codes and the same score report, byte for byte."""
    with written(scenario) as (targets, actuals):
        before = (validate_json(targets)[0].code, score_json(actuals)[0])
        for path in (targets, actuals):
            text = path.read_text(encoding="utf-8").replace("\n", newline)
            path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
        after = (validate_json(targets)[0].code, score_json(actuals)[0])
        assert after[0] == before[0] == 0
        assert (after[1].code, after[1].stdout) == (before[1].code, before[1].stdout)
