"""Every input the fuzzer ever crashed on (fuzz/crashers/) replayed through the fuzz target's
own check: the loader and the value parser, which may raise nothing but the documented errors.

A crasher stays in fuzz/crashers/ as a regression input once its bug is fixed (see the top of
fuzz/run); one whose bug is known and not yet fixed is listed in KNOWN with the reason and runs
as a strict xfail — it fails the suite the day it stops crashing.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from fuzz.fuzz_loader import check

from tests.conftest import ROOT

CRASHERS = ROOT / "fuzz" / "crashers"
TIME_BOUND = 10.0  # seconds per input, as fuzz/run gives libFuzzer (-timeout=10)

# crasher file name → the bug it shows (reported, not yet fixed); none at present
KNOWN: dict[str, str] = {}


def _crashers() -> list[Any]:
    files = sorted(p for p in CRASHERS.glob("*") if p.is_file() and not p.name.startswith("."))
    return [
        pytest.param(
            path,
            id=path.name,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN[path.name])]
            if path.name in KNOWN
            else [],
        )
        for path in files
    ]


@pytest.mark.parametrize("path", _crashers())
def test_a_former_crasher_loads_without_an_unexpected_exception(path: Path) -> None:
    """The input loads, validates, renders its diagnostics and goes through the value parsers
    without an exception other than NotationError/ValueError from the parsers, in bounded
    time."""
    start = time.monotonic()
    check(path.read_bytes())
    assert time.monotonic() - start < TIME_BOUND


def test_the_fuzz_target_accepts_the_seeds() -> None:
    """The fuzz target itself runs clean on its committed seeds and the repository's files (so
    a crash in fuzz/run is perfcheck's, not the harness's)."""
    seeds = [
        *sorted((ROOT / "fuzz" / "corpus").glob("seed-*")),
        *sorted((ROOT / "targets").glob("*.yaml")),
        *sorted((ROOT / "actuals").glob("*.yaml")),
    ]
    assert seeds
    for seed in seeds:
        check(seed.read_bytes())
