"""What `trend` keeps of the files it reads: one result per period, and of every other file only
the problems found in it — so its memory is bounded by the periods of a year and the file limit,
not by the size of what it was asked to read."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path
from types import FunctionType, ModuleType

from perfcheck.engine.trend import TrendReader
from perfcheck.reading.source import Source
from perfcheck.results.files import LoadedActuals
from perfcheck.results.monitoring import MonitoringResult
from perfcheck.run.load import load_period_files
from perfcheck.run.options import Options
from tests.conftest import ROOT


def _folder(tmp_path: Path, copies: int) -> list[Path]:
    """The Chengdu target file, its Q1 and Q3, and `copies` copies of its Q2."""
    (tmp_path / "targets").mkdir(parents=True)
    shutil.copy(ROOT / "targets" / "chengdu_procuratorate_2022.yaml", tmp_path / "targets")
    (tmp_path / "actuals").mkdir()
    paths = []
    for period in ("2022Q1", "2022Q3"):
        paths.append(tmp_path / "actuals" / f"{period}.yaml")
        shutil.copy(ROOT / "actuals" / f"{period}.yaml", paths[-1])
    for number in range(copies):
        paths.append(tmp_path / "actuals" / f"q2-{number:03}.yaml")
        shutil.copy(ROOT / "actuals" / "2022Q2.yaml", paths[-1])
    return paths


def _reachable(root: object) -> list[object]:
    """Every object `root` holds, directly or not (classes, modules and functions aside)."""
    seen: dict[int, object] = {}
    todo = [root]
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, (type, ModuleType, FunctionType)):
            continue
        seen[id(obj)] = obj
        todo.extend(gc.get_referents(obj))
    return list(seen.values())


def _read(tmp_path: Path, copies: int) -> TrendReader:
    reader = TrendReader()
    for loaded in load_period_files(_folder(tmp_path, copies), Options()):
        reader.add(loaded)
    return reader


def test_a_repeated_period_is_reported_and_its_file_not_kept(tmp_path: Path) -> None:
    reader = _read(tmp_path, 30)
    held = _reachable(reader)
    assert reader.kept == 3  # 2022Q1, the first 2022Q2, 2022Q3
    assert sum(isinstance(o, MonitoringResult) for o in held) == 3
    assert not any(isinstance(o, (Source, LoadedActuals)) for o in held)
    problems = reader.finish()
    assert [d.code for d in problems] == ["D041"] * 29  # every copy after the first
    assert {(d.line, d.col) for d in problems} == {(4, 9)}  # at each copy's `period:`


def test_what_is_kept_does_not_grow_with_the_number_of_files(tmp_path: Path) -> None:
    few, many = _read(tmp_path / "few", 2), _read(tmp_path / "many", 40)
    # All that grows is the one D041 of each repeated file: a Diagnostic of paths and numbers.
    few_problems, many_problems = few.problems, many.problems
    few.problems, many.problems = [], []
    assert len(_reachable(few)) == len(_reachable(many))
    assert (len(few_problems), len(many_problems)) == (1, 39)
    for problem in many_problems:
        assert {type(v) for v in problem.args.values()} <= {str, int}
