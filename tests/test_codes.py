"""Every code in the catalogue is produced by some test, so a new code without one fails here.

A code is produced by the fixture corpus (validated here), by a golden run (its golden file, which
tests/test_cli.py holds byte-identical to the run's output), or by a named test listed in
PRODUCED_ELSEWHERE with the reason no fixture can produce it.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re

import pytest
from typer.testing import CliRunner

from perfcheck.cli import app
from perfcheck.codes import CODES
from perfcheck.run.options import Options
from perfcheck.run.validate import validate_file
from tests.conftest import ROOT
from tests.tables.test_recognise_damaged import damaged_codes
from tests.test_cli import ACTUALS, GOLDEN, GOLDEN_RUNS, TARGETS
from tests.test_fixtures import fixture_files

# A fixture is one readable file of sensible size, validated on its own with the default limits;
# these codes need something else, and the test named beside each produces and asserts it.
_NOT_ITS_OWN_INPUT = "a fixture is a readable file; this is about a path or a written output"
_LIMIT = "the default limit needs a file of megabytes; the test lowers the limit"
_TABLE = "a published table is read by import, not by validate"
_TREND = "trend compares a folder of files, which validate reads one by one"
PRODUCED_ELSEWHERE: dict[str, tuple[str, str]] = {
    "F001": ("tests/test_cli.py::test_validate_exit_codes", _NOT_ITS_OWN_INPUT),
    "F003": ("tests/test_limits.py::test_file_size", _LIMIT),
    "F005": ("tests/test_limits.py::test_node_count", _LIMIT),
    "F007": ("tests/test_limits.py::test_line_length", _LIMIT),
    "F012": (
        "tests/test_cli.py::test_init_writes_a_skeleton_and_never_overwrites",
        _NOT_ITS_OWN_INPUT,
    ),
    "F013": ("tests/test_cli.py::test_summary_output_is_written_safely", _NOT_ITS_OWN_INPUT),
    "F014": (
        "tests/test_cli.py::test_summary_into_a_missing_folder_fails_cleanly",
        _NOT_ITS_OWN_INPUT,
    ),
    "F015": (
        "tests/test_codes.py::test_show_of_an_actuals_file_is_the_wrong_kind",
        "validate tells the kinds apart by content; a command wanting one kind refuses the other",
    ),
    "F016": (
        "tests/test_environment.py::test_trend_keeps_to_the_file_limit",
        "a limit on the files of one run, not a property of a file",
    ),
    "F017": ("tests/test_limits.py::test_indicators_per_file", _LIMIT),
    "F020": (
        "tests/tables/test_read_tables.py::test_a_damaged_workbook_or_document_is_f020",
        _TABLE,
    ),
    "F021": (
        "tests/tables/test_read_tables.py::test_content_of_another_kind_than_the_extension_is_f021",
        _TABLE,
    ),
    "F022": (
        "tests/tables/test_read_tables.py::test_a_sheet_for_a_file_that_has_none_is_f022",
        _TABLE,
    ),
    "F023": (
        "tests/tables/test_read_spreadsheet.py::test_a_table_number_picks_among_the_sheets_read",
        _TABLE,
    ),
    "F024": ("tests/tables/test_read_text.py::test_a_text_over_the_cell_limit", _TABLE),
    "F025": ("tests/tables/test_read_tables.py::test_an_unknown_extension_is_f025", _TABLE),
    "F026": (
        "tests/tables/test_read_tables.py::test_an_empty_text_or_a_workbook_of_empty_sheets_is_f026",
        _TABLE,
    ),
    "F027": (
        "tests/tables/test_import_command.py::test_a_file_with_two_indicator_tables_needs_one_named",
        _TABLE,
    ),
    "D040": ("tests/test_cli.py::test_trend_refuses_two_target_files_with_both_locations", _TREND),
    "D041": ("tests/test_cli.py::test_trend_refuses_a_repeated_period_with_both_locations", _TREND),
    "W040": ("tests/test_cli.py::test_trend_warns_when_a_count_falls", _TREND),
    "T004": (
        "tests/tables/test_recognise_damaged.py::test_a_merged_cell_across_levels_is_named_at_its_first_cell",
        "a merged range exists in spreadsheets and Word tables; the damaged fixtures are text",
    ),
    "T007": (
        "tests/reports/test_show_xlsx.py::test_an_unreadable_rules_row_is_located_at_its_cell",
        "the scoring rules sheet is a second sheet of a workbook; the damaged fixtures are text",
    ),
}

# A diagnostic in a golden file: concise and human `file:line:col: CODE`, github `title=CODE`,
# JSON `"code": "CODE"`.
_DIAGNOSTIC = re.compile(r'(?::\d+:\d+: |title=|"code": ")([A-Z]\d{3})\b')


@functools.cache
def _from_fixtures() -> frozenset[str]:
    paths = fixture_files("valid") + fixture_files("invalid")
    found = {d.code for path in paths for d in validate_file(path, Options()).diagnostics}
    return frozenset(found | damaged_codes() | _from_audits())  # import recognises the tables


def _from_audits() -> set[str]:
    """The A codes: what `audit` finds in the published figures of its fixtures."""
    from perfcheck.results.audit import FileAudit
    from perfcheck.run.audit import audit_path

    audits = (found for path in fixture_files("audit") for found in audit_path(path, Options()))
    return {c.diagnostic.code for a in audits if isinstance(a, FileAudit) for c in a.findings}


def _from_golden_runs() -> set[str]:
    texts = ((GOLDEN / name).read_text(encoding="utf-8") for name in GOLDEN_RUNS)
    return {m[1] for text in texts for m in _DIAGNOSTIC.finditer(text)}


def test_every_code_is_produced() -> None:
    produced = _from_fixtures() | _from_golden_runs() | PRODUCED_ELSEWHERE.keys()
    assert [code for code in CODES if code not in produced] == []


@pytest.mark.parametrize("code", sorted(PRODUCED_ELSEWHERE))
def test_each_code_produced_elsewhere_names_a_test_about_it(code: str) -> None:
    """The named test exists and speaks of the code; and no fixture produces it, or the entry
    would be stale."""
    where, reason = PRODUCED_ELSEWHERE[code]
    path, name = where.split("::")
    module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
    assert code in inspect.getsource(getattr(module, name)), where
    assert reason
    assert code not in _from_fixtures() | _from_golden_runs()


def test_golden_runs_produce_the_warnings_of_the_chengdu_target_file() -> None:
    """The golden-file scan finds codes: the Chengdu file's W001 (the 4-5 gap) and W002."""
    assert _from_golden_runs() == {"W001", "W002"}


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_show_of_an_actuals_file_is_the_wrong_kind() -> None:
    code, out, err = _run("show", ACTUALS, "--lang", "en")
    assert (code, out) == (2, "")
    assert err == f"{ACTUALS}:1:1: F015 this is an actuals file; a target file is needed here\n"


def test_score_of_a_target_file_is_the_wrong_kind() -> None:
    code, out, err = _run("score", TARGETS)
    assert (code, out) == (2, "")
    assert err == f"{TARGETS}:1:1: F015 这是绩效目标表，此处需要完成值文件\n"


def test_every_code_has_its_texts_in_every_language() -> None:
    from perfcheck.text.catalogue import TEXTS

    for code in CODES.values():
        for part in ("title", "message", "help"):
            texts = TEXTS[f"{code}.{part}"]
            assert set(texts) == {"zh", "en"} and all(texts.values()), (code, part)


def test_each_code_names_the_modules_that_raise_it() -> None:
    """A code's `raised_by` (its line of RAISED_BY) is the list a reader follows from the code
    to its check: it must stay true."""
    import re

    source = ROOT / "src"
    found: dict[str, set[str]] = {code: set() for code in CODES}
    for path in (source / "perfcheck").rglob("*.py"):
        if path.name in ("codes.py", "catalogue.py"):
            continue
        module = ".".join(path.relative_to(source).with_suffix("").parts)
        text = path.read_text(encoding="utf-8")
        for code in re.findall(r"[\"']([FYSDTAW]\d{3})[\"']", text):
            found[code].add(module)
    assert {text: set(code.raised_by) for text, code in CODES.items()} == found


def test_every_text_has_every_language() -> None:
    from perfcheck.text.catalogue import LANGUAGES, TEXTS

    for key, texts in TEXTS.items():
        assert tuple(texts) == LANGUAGES, key


def test_no_report_or_check_branches_on_the_language() -> None:
    """Words come from the catalogue: code compares no language by name (the command line's
    own usage errors, in cli/usage.py, are the library's English, not ours)."""
    source = ROOT / "src" / "perfcheck"
    found = [
        str(path.relative_to(source))
        for path in source.rglob("*.py")
        if re.search(r"lang == \"(zh|en)\"", path.read_text(encoding="utf-8"))
    ]
    assert sorted(found) == ["cli/usage.py", "reports/summary/xlsx/sheets.py"]
