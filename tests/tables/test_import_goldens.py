"""Each fixture table imported by the command, in every form it is written in (make_tables.py):
xlsx, xls, ods, docx, csv and pasted text in UTF-8, GBK and UTF-16.

A table gives the same target and actuals files from every form — the files in
`tests/fixtures/tables/expected/` (written from the xlsx form), but for the first line, which
names the form's file and table, and the second, its SHA-256 — and the same report
(`NAME.report.txt`: what validate finds in the files written, then the exit code). A damaged
table gives, in each form, the located diagnostics in `expected/NAME.FORM.txt` (the concise
report, then the exit code). Regenerate them after an intended change with
PERFCHECK_UPDATE_GOLDEN=1, and read the difference before committing it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import run
from tests.tables.table_text import TABLES

EXPECTED = TABLES / "expected"
TABLES_READ = ["department_targets", "department_self_evaluation", "project_targets",
               "project_self_evaluation", "project_flat_targets",
               "project_flat_self_evaluation"]  # fmt: skip
DAMAGED = ["damaged_missing_header", "damaged_shifted_column", "damaged_merged_across_levels",
           "damaged_text_in_number_column", "damaged_unread_cells"]  # fmt: skip
FORMS = ["xlsx", "xls", "ods", "docx", "csv", "utf8.txt", "gbk.txt", "utf16.txt"]
UPDATE = bool(os.environ.get("PERFCHECK_UPDATE_GOLDEN"))


def _table_name(form: str) -> str:
    """How the first line names the table a form holds."""
    if form in ("xlsx", "xls", "ods"):
        return "目标表"
    return "table 1" if form == "docx" else "全文"


def _import(stem: str, form: str, folder: Path) -> tuple[int, str, str]:
    """The form's file copied into `folder` and imported there (so that the report names it
    as a user in that folder sees it)."""
    name = f"{stem}.{form}"
    shutil.copyfile(TABLES / name, folder / name)
    os.chdir(folder)
    return run(
        "import", name, "-o", f"{stem}.yaml", "--actuals", f"{stem}.actuals.yaml",
        "--format", "concise",
    )  # fmt: skip


def _expected(path: Path, text: str) -> str:
    if UPDATE:
        EXPECTED.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}; run with PERFCHECK_UPDATE_GOLDEN=1"
    return path.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path.cwd())  # restored after the test's own chdir


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("stem", TABLES_READ)
def test_a_table_gives_the_same_files_from_every_form(stem: str, form: str, tmp_path: Path) -> None:
    code, out, _ = _import(stem, form, tmp_path)
    report = out + f"# exit {code}\n"  # the files written, validated: no cell of the table
    assert report == _expected(EXPECTED / f"{stem}.report.txt", report)
    digest = hashlib.sha256((TABLES / f"{stem}.{form}").read_bytes()).hexdigest()
    outputs = [f"{stem}.yaml"] + ([f"{stem}.actuals.yaml"] if "evaluation" in stem else [])
    assert sorted(p.name for p in tmp_path.glob("*.yaml")) == sorted(outputs)
    for output in outputs:
        written = (tmp_path / output).read_text(encoding="utf-8")
        first, second, rest = written.split("\n", 2)
        assert first == f"# 由 perfcheck import 自 {stem}.{form}（{_table_name(form)}）生成"
        assert second == f"# SHA-256: {digest}"
        if form == "xlsx":
            _expected(EXPECTED / output, written)
        golden = (EXPECTED / output).read_text(encoding="utf-8").split("\n", 2)[2]
        assert rest == golden, output


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("stem", DAMAGED)
def test_a_damaged_table_gives_its_located_diagnostics_in_every_form(
    stem: str, form: str, tmp_path: Path
) -> None:
    code, out, _ = _import(stem, form, tmp_path)
    report = out + f"# exit {code}\n"
    assert report == _expected(EXPECTED / f"{stem}.{form}.txt", report)


def test_every_golden_file_is_used() -> None:
    used = {f"{stem}.yaml" for stem in TABLES_READ}
    used |= {f"{stem}.actuals.yaml" for stem in TABLES_READ if "evaluation" in stem}
    used |= {f"{stem}.report.txt" for stem in TABLES_READ}
    used |= {f"{stem}.{form}.txt" for stem in DAMAGED for form in FORMS}
    assert {p.name for p in EXPECTED.iterdir()} == used
