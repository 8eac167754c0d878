"""Invariants of the year-end score on random valid files, read from `score --format json`
(numbers parsed as Decimal, exactly as printed).

The normal run uses the `ci` Hypothesis profile; `HYPOTHESIS_PROFILE=deep` searches longer:

    HYPOTHESIS_PROFILE=deep CI=1 .venv/bin/python -m pytest tests/fuzz/test_invariants.py -q
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT
from tests.fuzz.conftest import examples
from tests.fuzz.generators import (
    ACTUALS_NAME,
    NATIONAL,
    TARGETS_NAME,
    Data,
    Scenario,
    Targets,
    dump,
    scenarios,
)
from tests.fuzz.harness import invoke, score_json
from tests.fuzz.test_mutations import written

ZERO = Decimal(0)


def _rules(scenario: Scenario) -> dict[str, Any]:
    rules: dict[str, Any] = scenario.targets.data.get("rules", {})
    return rules


def _weights(scenario: Scenario) -> dict[str, int]:
    weights: dict[str, int] = _rules(scenario).get("weights", NATIONAL)
    return weights


def _score(scenario: Scenario) -> dict[str, Any]:
    with written(scenario) as (_, actuals):
        run, report = score_json(actuals)
    assert run.code in (0, 1), run.stderr
    assert report["mode"] == "year-end"
    result: dict[str, Any] = report
    return result


@given(scenarios(year_end=True))
@examples(40)
def test_scores_stay_within_their_points_and_add_up(scenario: Scenario) -> None:
    """Every printed score is a whole number of rounding quanta, at least 0 and, with the cap
    on, at most its points (the budget row always); each group's score is the sum of its
    indicators'; `subtotal` is the budget score plus every indicator score as printed; the
    points (indicators and budget) add up to `total_points`; and `total` is the subtotal, or,
    when some indicators do not apply, the subtotal × total_points ÷ applicable_points rounded
    half-up to the quantum."""
    report = _score(scenario)
    quantum = scenario.targets.quantum
    total_points = Decimal(_rules(scenario).get("total_points", 100))
    indicators = report["indicators"]
    for row in indicators:
        assert row["score"] == row["score"].quantize(quantum), row
        assert row["score"] >= 0, row
        if scenario.targets.cap:
            assert row["score"] <= row["points"], row
    budget = report["budget"]
    assert ZERO <= budget["score"] <= budget["points"]
    for group in report["groups"]:
        members = [r for r in indicators if r["level1"] == group["level1"]]
        assert group["score"] == sum((r["score"] for r in members), ZERO)
        applicable = [r for r in members if r["status"] != "not_applicable"]
        assert group["points"] == sum((r["points"] for r in applicable), ZERO)
    assert report["subtotal"] == budget["score"] + sum((r["score"] for r in indicators), ZERO)
    assert budget["points"] + sum((r["points"] for r in indicators), ZERO) == total_points
    left_out = sum((r["points"] for r in indicators if r["status"] == "not_applicable"), ZERO)
    assert report["applicable_points"] == total_points - left_out
    if left_out == 0:
        assert report["total"] == report["subtotal"]
    elif report["applicable_points"] > 0:
        with localcontext(prec=60):
            rescaled = report["subtotal"] * total_points / report["applicable_points"]
        assert report["total"] == rescaled.quantize(quantum, rounding=ROUND_HALF_UP)


def _expected_points(scenario: Scenario, indicators: list[Data]) -> dict[str, Decimal]:
    """The documented allocation (docs/format.md, Points): what a level-1 weight leaves after
    the explicit points is split into whole quanta over the indicators without points, the
    spare quanta going to the first of them in file order."""
    quantum = scenario.targets.quantum
    points: dict[str, Decimal] = {}
    for level1, weight in _weights(scenario).items():
        members = [i for i in indicators if i["level1"] == level1]
        given_ = [i for i in members if "points" in i]
        open_ = [i for i in members if "points" not in i]
        for entry in given_:
            points[entry["id"]] = entry["points"]
        left = Decimal(weight) - sum((i["points"] for i in given_), ZERO)
        if open_:
            base, spare = divmod(int(left / quantum), len(open_))
            for place, entry in enumerate(open_):
                points[entry["id"]] = (base + (place < spare)) * quantum
    return points


def _with_indicators(scenario: Scenario, indicators: list[Data]) -> Scenario:
    old = scenario.targets
    data = {**old.data, "indicators": indicators}
    return Scenario(Targets(data, old.specs, old.quantum, old.cap), scenario.actuals)


_SAME_WHATEVER_THE_ORDER = ("points", "score", "status", "completion", "actual", "adjustment")


def _by_id(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in report["indicators"]}


def _flags(row: dict[str, Any]) -> set[str]:
    return set(row["flags"]) - {"default_points"}


@given(scenarios(year_end=True), st.data())
@examples(30)
def test_reordering_indicators_moves_only_the_spare_quanta(
    scenario: Scenario, data: st.DataObject
) -> None:
    """Reordering the indicators of the file changes a score only through the even split.

    Exactly:
    1. with every indicator's points written out (the resolved points of the original order),
       any order gives the same report: each indicator's points, score, status, completion,
       actual and flags (but `default_points`), each group, the budget row, subtotal, total and
       grade;
    2. without them, the points of the new order are the documented allocation for that order
       (explicit points unchanged; in each group the spare quanta go to the first indicators
       without points in file order), so an indicator's points move by at most one quantum; every
       indicator whose points did not move keeps its score, status and flags;
    3. with the cap on and every indicator applicable, each moved quantum moves the total by at
       most one quantum: |Δtotal| ≤ quantum × (number of indicators whose points moved).
    """
    original: list[Data] = scenario.targets.data["indicators"]
    order = data.draw(st.permutations(range(len(original))), label="order")
    reordered = [original[i] for i in order]
    before = _score(scenario)
    rows = _by_id(before)
    assert {i: r["points"] for i, r in rows.items()} == _expected_points(scenario, original)

    pinned = [{**entry, "points": rows[entry["id"]]["points"]} for entry in reordered]
    after = _score(_with_indicators(scenario, pinned))
    for id_, row in _by_id(after).items():
        assert {k: row[k] for k in _SAME_WHATEVER_THE_ORDER} == {
            k: rows[id_][k] for k in _SAME_WHATEVER_THE_ORDER
        }
        assert _flags(row) == _flags(rows[id_])
    assert _groups(after) == _groups(before)
    for key in ("budget", "subtotal", "applicable_points", "total", "grade"):
        assert after[key] == before[key], key

    moved_report = _score(_with_indicators(scenario, reordered))
    moved = _by_id(moved_report)
    assert {i: r["points"] for i, r in moved.items()} == _expected_points(scenario, reordered)
    changed = [i for i in rows if moved[i]["points"] != rows[i]["points"]]
    quantum = scenario.targets.quantum
    for id_ in rows:
        assert abs(moved[id_]["points"] - rows[id_]["points"]) <= quantum
        if id_ not in changed:
            assert moved[id_]["score"] == rows[id_]["score"]
            assert moved[id_]["status"] == rows[id_]["status"]
            assert _flags(moved[id_]) == _flags(rows[id_])
    everything_applies = all(r["status"] != "not_applicable" for r in rows.values())
    if scenario.targets.cap and everything_applies:
        assert abs(moved_report["total"] - before["total"]) <= quantum * len(changed)


def _groups(report: dict[str, Any]) -> dict[str, tuple[Decimal, Decimal]]:
    return {g["level1"]: (g["points"], g["score"]) for g in report["groups"]}


_OUTPUTS = (
    ("validate", TARGETS_NAME, "--format", "json"),
    ("validate", ACTUALS_NAME, "--format", "human", "--color", "never"),
    ("show", TARGETS_NAME, "--format", "json"),
    ("show", TARGETS_NAME, "--color", "never"),
    ("score", ACTUALS_NAME, "--format", "json"),
    ("score", ACTUALS_NAME, "--color", "never", "--width", "100"),
    ("score", ACTUALS_NAME, "--format", "csv"),
    ("score", ACTUALS_NAME, "--format", "markdown", "--lang", "en"),
)


def _outputs(folder: Path) -> list[tuple[int, str, str]]:
    return [
        (run.code, run.stdout, run.stderr)
        for run in (
            invoke(command, str(folder / name), *options) for command, name, *options in _OUTPUTS
        )
    ]


@given(scenarios())
@examples(15)
def test_the_same_input_gives_the_same_bytes(scenario: Scenario) -> None:
    """Two runs of each command on the same files print byte-identical output (validate, show
    and score in every format)."""
    with written(scenario) as (targets, _):
        assert _outputs(targets.parent) == _outputs(targets.parent)


_IN_A_FRESH_PROCESS = """
import sys
from typer.testing import CliRunner
from perfcheck.cli import app
for folder in sys.argv[1:]:
    for args in ({outputs!r}):
        command, name, *options = args
        result = CliRunner().invoke(app, [command, folder + "/" + name, *options])
        sys.stdout.write(f"== {{args}} exit {{result.exit_code}}\\n")
        sys.stdout.write(result.stdout + result.stderr)
"""


@given(st.lists(scenarios(), min_size=4, max_size=4))
@examples(1)
def test_the_same_input_gives_the_same_bytes_whatever_the_hash_seed(
    batch: list[Scenario],
) -> None:
    """The output does not depend on the process: two fresh interpreters with different string
    hash seeds (set and dict iteration orders) print the same bytes for the same files."""
    script = _IN_A_FRESH_PROCESS.format(outputs=_OUTPUTS)
    with tempfile.TemporaryDirectory(prefix="perfcheck-fuzz-") as root:
        folders = []
        for number, scenario in enumerate(batch):
            folder = Path(root) / str(number)
            folder.mkdir()
            (folder / TARGETS_NAME).write_text(dump(scenario.targets.data), encoding="utf-8")
            (folder / ACTUALS_NAME).write_text(dump(scenario.actuals), encoding="utf-8")
            folders.append(str(folder))
        printed = [
            subprocess.run(
                [sys.executable, "-c", script, *folders],
                capture_output=True,
                cwd=ROOT,
                env={**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"},
                timeout=60,
                check=True,
            ).stdout
            for seed in ("0", "4242")
        ]
    assert printed[0] == printed[1]
    assert printed[0].count(b"== ") == len(_OUTPUTS) * len(batch)
