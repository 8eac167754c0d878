"""Validating many files: the same reports in the same order, in one process or several."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from perfcheck.reading import source
from perfcheck.run import load, validate
from perfcheck.run.options import Options
from perfcheck.run.validate import validate_files
from tests.conftest import CHENGDU, FIXTURES, ROOT


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


def quarters(folder: Path) -> list[Path]:
    """A target file and four actuals files that name it, as a unit's repository holds them."""
    (folder / "targets").mkdir()
    (folder / "actuals").mkdir()
    target = folder / "targets" / CHENGDU.name
    shutil.copy(CHENGDU, target)
    year_end = (ROOT / "actuals" / "2022Q4.yaml").read_text(encoding="utf-8")
    files = [target]
    for quarter in (1, 2, 3, 4):
        actuals = folder / "actuals" / f"2022Q{quarter}.yaml"
        actuals.write_text(year_end.replace("period: 2022Q4", f"period: 2022Q{quarter}"), "utf-8")
        files.append(actuals)
    return files


def test_a_target_file_named_by_many_actuals_files_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    files = [f.relative_to(tmp_path) for f in quarters(tmp_path)]
    reads: list[str] = []
    real = source.read_source

    def counted(path: Path, **kwargs: Any) -> Any:
        reads.append(Path(path).as_posix())
        return real(path, **kwargs)

    for module in (load, validate):
        monkeypatch.setattr(module, "read_source", counted)
    reports = validate_files(files, Options(), jobs=1)
    assert reads.count(f"targets/{CHENGDU.name}") == 1
    assert len(reads) == 5
    assert [r.path for r in reports] == [str(f) for f in files]
    assert [d.code for d in reports[0].diagnostics] == ["W001", "W002"]


def test_sharing_the_target_file_changes_no_report(tmp_path: Path) -> None:
    files = quarters(tmp_path)
    shared = validate_files(files, Options(), jobs=1)
    alone = [validate_files([f], Options(), jobs=1)[0] for f in files]
    assert shared == alone
    assert validate_files([*files[1:], files[0]], Options(), jobs=1) == [*alone[1:], alone[0]]


def test_a_file_named_as_targets_that_is_none_is_still_judged_as_itself(tmp_path: Path) -> None:
    """An actuals file may name a file that is not a target file; read on its own it is F006."""
    (tmp_path / "a.yaml").write_text(
        "targets: z.yaml\nperiod: 2022Q4\nbudget: {spent: 1}\nactuals: {}\n", "utf-8"
    )
    (tmp_path / "z.yaml").write_text("foo: 1\nbar: 2\n", encoding="utf-8")
    (tmp_path / "y.yaml").write_text("[unclosed\n", encoding="utf-8")
    files = [tmp_path / "a.yaml", tmp_path / "z.yaml"]
    together = validate_files(files, Options(), jobs=1)
    alone = [validate_files([f], Options(), jobs=1)[0] for f in files]
    assert together == alone
    assert [d.code for d in together[1].diagnostics] == ["F006"]
    assert together[1].kind is None
    (tmp_path / "a.yaml").write_text((tmp_path / "a.yaml").read_text().replace("z.", "y."))
    files = [tmp_path / "a.yaml", tmp_path / "y.yaml"]
    assert validate_files(files, Options(), jobs=1)[1].kind is None


def test_a_gap_before_an_indicator_with_an_error_is_still_a_gap(tmp_path: Path) -> None:
    text = (FIXTURES / "shared" / "targets_small.yaml").read_text(encoding="utf-8")
    text = text.replace("  - id: 1-3\n", "  - id: 1-5\n    bogus: 1\n", 1)  # 1-3, 1-4 missing
    (tmp_path / "t.yaml").write_text(text, encoding="utf-8")
    (report,) = validate_files([tmp_path / "t.yaml"], Options(), jobs=1)
    assert sorted(d.code for d in report.diagnostics) == ["S002", "W001"]
    (gap,) = [d for d in report.diagnostics if d.code == "W001"]
    assert gap.args["missing"] == ["1-3", "1-4"]


def test_an_id_of_absurd_length_is_an_error_not_a_crash(tmp_path: Path) -> None:
    text = (FIXTURES / "shared" / "targets_small.yaml").read_text(encoding="utf-8")
    for extra in ("", "    bogus: 1\n"):
        changed = text.replace("  - id: 1-3\n", f"  - id: 1-{'9' * 5000}\n{extra}", 1)
        (tmp_path / "t.yaml").write_text(changed, encoding="utf-8")
        (report,) = validate_files([tmp_path / "t.yaml"], Options(), jobs=1)
        assert "S015" in {d.code for d in report.diagnostics}


PROJECT_WITH_A_BAD_BUDGET = """\
kind: project
project: 社区养老服务补助
department: 某区民政局
year: 2024
default_direction: 正向
budget:
  total: 一百万
indicators:
- level1: 产出指标
  level2: 社会效益指标
  name: 补助发放人数
  target: 1200人
- level1: 效益指标
  level2: 社会效益指标
  name: 服务完成时间
  target: 11月底之前
- level1: 产出指标(60分)
  level2: 质量指标
  name: 补助发放准确率
  target: 100次
"""


def test_a_schema_error_leaves_the_checks_of_rows_without_ids_in_place(tmp_path: Path) -> None:
    """The rows of a file with a schema error are still checked as the table means them:
    numbered where they write no id, in the file's default direction, dated in its year, the
    level-1 without its printed weight. Only the budget is wrong here (S003): the rows' own
    problems — a level-2 under the wrong level-1 (D003), a rate counted in 次 (W003) — are
    reported in the same run, and nothing about the rows that mean what they print."""
    path = tmp_path / "project.yaml"
    path.write_text(PROJECT_WITH_A_BAD_BUDGET, encoding="utf-8")
    (report,) = validate_files([path], Options(), jobs=1)
    found = [(d.line, d.code) for d in report.diagnostics]
    assert found == [(7, "S003"), (10, "D003"), (20, "W003")]


AGAINST_THE_DEFAULT_DIRECTION = """\
kind: project
project: 河道保洁
department: 某区水务局
year: 2024
default_direction: 反向
budget:
  total: 100
indicators:
- level1: 产出指标
  level2: 社会效益指标
  name: 保洁河道长度
  target: ≥50公里
"""


def test_a_row_against_the_default_direction_is_still_checked_otherwise(tmp_path: Path) -> None:
    """≥50公里 in a table whose rows are 反向 is the row's own error (S011 there); the row's
    other problems — its level-2 under the wrong level-1 — are still reported in the run."""
    path = tmp_path / "project.yaml"
    path.write_text(AGAINST_THE_DEFAULT_DIRECTION, encoding="utf-8")
    (report,) = validate_files([path], Options(), jobs=1)
    found = [(d.line, d.code) for d in report.diagnostics]
    assert (10, "D003") in found
    assert any(code.startswith("S") for _, code in found)
