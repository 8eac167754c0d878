"""Validating many files: the same reports in the same order, in one process or several."""

from __future__ import annotations

import shutil
from pathlib import Path

from perfcheck.validation import Options, validate_files
from tests.conftest import CHENGDU, FIXTURES


def test_a_process_pool_gives_the_same_reports_in_the_same_order(tmp_path: Path) -> None:
    sources = sorted((FIXTURES / "invalid" / "targets").glob("*.yaml"))
    files = []
    for index in range(80):  # enough to be worth a pool
        copy = tmp_path / f"{index:03d}.yaml"
        shutil.copy(sources[index % len(sources)] if index % 3 else CHENGDU, copy)
        files.append(copy)
    alone = validate_files(files, Options(), jobs=1)
    pooled = validate_files(files, Options(), jobs=2)
    assert pooled == alone
    assert [r.path for r in pooled] == [str(f) for f in files]


def test_reports_keep_only_the_lines_they_point_at() -> None:
    (report,) = validate_files([CHENGDU], Options(), jobs=1)
    assert sorted(report.excerpt) == [199, 206]
    assert report.line(199) == "  - id: 4-6"
