"""`perfcheck audit`: each fixture's findings, located at its printed figure, and the rules that
explain it, all hand-computed (the arithmetic is in each case's opening comment in
tests/fixtures/audit/make_audit.py). Every case is audited in the four forms the script writes —
the actuals YAML, and the 自评表 as xlsx, docx and pasted text — with the same findings."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import pytest

from perfcheck.reading.tables.grid import column_letters
from perfcheck.results.audit import FileAudit
from perfcheck.run.audit import audit_path
from perfcheck.run.options import Options
from tests.conftest import FIXTURES, run

AUDIT = FIXTURES / "audit"
ACTUALS = AUDIT / "actuals"
TABLES = AUDIT / "tables"


class Expected(NamedTuple):
    code: str
    kind: str
    id: str
    line: int  # in the actuals YAML
    col: int
    cell: str  # in the xlsx sheet 自评表
    published: str | None
    recomputed: str | None


E = Expected
# case → its findings, explained_by, unexplained
CASES: dict[str, tuple[list[Expected], dict[str, object], list[str]]] = {
    "every_figure_right": ([], {}, []),
    "rows_one_less_than_total": (
        [
            E("A004", "rows_total", "total", 31, 10, "G17", "90.44", "89.44"),
            E("A005", "total", "total", 31, 10, "G17", "90.44", "89.44"),
            E("A009", "grade", "grade", 32, 10, "H17", "优", "良"),
        ],
        {},
        ["total", "grade"],
    ),
    "hundred_and_ten_points": (
        [
            E("A003", "points_sum", "points", 20, 5, "F16", "110", "100"),
            E("A013", "points_sum", "产出指标", 20, 10, "F11", "60", "50"),
        ],
        {},
        [],
    ),
    "budget_whole_points_down": (
        [
            E("A007", "budget_score", "budget", 22, 11, "H6", "9", "9.78"),
            E("A005", "total", "total", 30, 10, "G17", "94.78", "95.56"),
        ],
        {"budget_rounding": Decimal(1), "budget_rounding_mode": "down"},
        [],
    ),
    "uncapped_tenths": (
        [
            E("A002", "over_points", "3", 25, 10, "G13", "20.4", "20.00"),
            E("A002", "over_points", "5", 27, 10, "G15", "10.8", "10.00"),
            E("A001", "row_score", "6", 28, 10, "G16", "9.8", "9.78"),
            E("A005", "total", "total", 29, 10, "G17", "96.0", "94.78"),
        ],
        {"rounding": Decimal("0.1"), "cap": False},
        [],
    ),
    "met_row_scored_seven": (
        [
            E("A010", "met_lost_points", "4", 25, 10, "G14", "7.00", "10.00"),
            E("A005", "total", "total", 28, 10, "G17", "91.78", "94.78"),
        ],
        {},
        ["4", "total"],
    ),
    "slips": (
        [
            E("A012", "unexplained", "2", 11, 8, "H12", None, None),
            E("A006", "budget_rate", "budget_rate", 19, 9, "G6", "90.50", "90.00"),
            E("A011", "unmet_full_points", "2", 23, 10, "G12", "20.00", "16.00"),
            E("A005", "total", "total", 28, 10, "G17", "98.78", "94.78"),
            E("A008", "grade", "grade", 29, 10, "H17", "良", "优"),
        ],
        {},
        ["2", "budget_rate", "total", "grade"],
    ),
}
FORMS = ("yaml", "xlsx", "docx", "txt")


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _path(case: str, form: str) -> Path:
    return ACTUALS / f"{case}.yaml" if form == "yaml" else TABLES / f"{case}.{form}"


def _audit(case: str, form: str = "yaml") -> FileAudit:
    (outcome,) = audit_path(_path(case, form), Options())
    assert isinstance(outcome, FileAudit), outcome
    return outcome


def _cell(cell: str) -> tuple[int, int]:
    """`G17` → (16, 6), as Diagnostic.cell holds it."""
    letters = "".join(ch for ch in cell if ch.isalpha())
    col = next(i for i in range(30) if column_letters(i) == letters)
    return int(cell[len(letters) :]) - 1, col


def _where(expected: Expected, form: str) -> object:
    """Where a form places the finding: the YAML's line and column, the sheet's cell, the Word
    table's row and column, the text's cell (its line and column checked below)."""
    row, col = _cell(expected.cell)
    if form == "yaml":
        return (expected.line, expected.col)
    if form == "xlsx":
        return f"自评表!{expected.cell}"
    if form == "docx":
        return f"table 1!R{row + 1}C{col + 1}"
    return (row, col)


def _found_where(audited: FileAudit, form: str) -> list[object]:
    out: list[object] = []
    for c in audited.findings:
        d = c.diagnostic
        out.append((d.line, d.col) if form == "yaml" else d.cell if form == "txt" else d.place)
    return out


def test_the_script_writes_every_case_in_every_form() -> None:
    assert sorted(p.stem for p in ACTUALS.glob("*.yaml")) == sorted(CASES)
    for form in FORMS[1:]:
        assert sorted(p.stem for p in TABLES.glob(f"*.{form}")) == sorted(CASES)


def test_the_script_rewrites_the_committed_fixtures(tmp_path: Path) -> None:
    from tests.fixtures.audit.make_audit import main

    main(tmp_path)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert len(written) == 2 + 7 * 4
    assert [p for p in written if (tmp_path / p).read_bytes() != (AUDIT / p).read_bytes()] == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_findings_and_explaining_rules(case: str, form: str) -> None:
    findings, explained_by, unexplained = CASES[case]
    audited = _audit(case, form)
    # each form in its own reading order: the YAML by line, a table by cell
    order = {
        "yaml": lambda e: (e.line, e.col, e.code),
        **dict.fromkeys(FORMS[1:], lambda e: (*_cell(e.cell), e.code)),
    }[form]
    ordered = sorted(findings, key=order)
    found = [
        (c.diagnostic.code, c.kind.value, c.id, _text(c.published), _text(c.recomputed))
        for c in audited.findings
    ]
    assert found == [(e.code, e.kind, e.id, e.published, e.recomputed) for e in ordered]
    assert _found_where(audited, form) == [_where(e, form) for e in ordered]
    assert audited.audit.explained_by == explained_by
    assert list(audited.audit.unexplained) == unexplained
    assert audited.kind == ("actuals" if form == "yaml" else "table")


def test_a_text_table_points_at_the_line_and_column_of_the_cell() -> None:
    audited = _audit("slips", "txt")
    assert [c.diagnostic.location() for c in audited.findings] == [
        f"{TABLES / 'slips.txt'}:{place}" for place in ("6:30", "12:27", "12:33", "17:12", "17:18")
    ]


def test_the_rows_one_less_finding_says_by_how_much() -> None:
    check = _audit("rows_one_less_than_total").findings[0]
    assert check.diagnostic.message("en") == (
        "the printed total is 90.44 but the printed rows (budget included) add up to 89.44, "
        "1.00 apart"
    )


def test_printed_points_replace_the_even_split() -> None:
    """20 points a row as printed, not 50 / 3: row 3 is 20 × 90 / 95 = 18.947… → 18.95."""
    for form in ("yaml", "xlsx"):
        audited = _audit("hundred_and_ten_points", form)
        assert [(r.points, r.recomputed) for r in audited.audit.rows][2] == (
            Decimal(20),
            Decimal("18.95"),
        )
        assert audited.audit.recomputed.total == Decimal("108.95")


def test_rule_search_counts_what_it_reproduces() -> None:
    """Whole points down on the budget row reproduce all 10 printed figures (6 rows, the budget,
    the rate, the total and the grade); the file's own rules 8."""
    audit = _audit("budget_whole_points_down").audit
    assert (audit.reproduced, audit.printed) == (10, 10)
    assert audit.recomputed.budget_rate == Decimal("97.83")  # 78.26 / 80 = 97.825 %


def test_a_reason_beside_a_lost_point_makes_it_a_plain_difference(tmp_path: Path) -> None:
    """The same 7 of 10 with a reason in the explanation column: A001, not A010."""
    text = (ACTUALS / "met_row_scored_seven.yaml").read_text(encoding="utf-8")
    target = (AUDIT / "targets" / "water_project.yaml").resolve()
    reasoned = text.replace(
        '  "4": 100%\n', '  "4":\n    value: 100%\n    explanation: 台账不全，扣3分。\n'
    )
    reasoned = reasoned.replace("../targets/water_project.yaml", str(target))
    (tmp_path / "a.yaml").write_text(reasoned, encoding="utf-8")
    (outcome,) = audit_path(tmp_path / "a.yaml", Options())
    assert isinstance(outcome, FileAudit)
    assert [(c.diagnostic.code, c.id) for c in outcome.findings] == [
        ("A001", "4"),
        ("A005", "total"),
    ]


def _listed_budget_row(tmp_path: Path, budget_row: str, total: str) -> FileAudit:
    """The flat table with 预算执行率 among its rows (budget rounded to whole points, down) and
    every figure printed: the budget row's score and the total as given."""
    valid = FIXTURES / "valid"
    target = (valid / "targets" / "budget_row_in_the_list.yaml").resolve()
    text = (valid / "actuals" / "budget_row_in_the_list.yaml").read_text(encoding="utf-8")
    text = text.replace("../targets/budget_row_in_the_list.yaml", str(target))
    rows = {
        "改造农村户厕数量": "20.00",
        "户厕改造验收合格率": "19.80",
        "村庄保洁覆盖率": "15.00",
        "户厕改造完成时间": "15.00",
        "农村人居环境": "10.00",
        "受益群众满意度": "10.00",
    }
    printed = "".join(f"    {name}: {row}\n" for name, row in rows.items())
    text += f"published:\n  total: {total}\n  grade: 优\n  scores:\n"
    text += f"    预算执行率: {budget_row}\n{printed}"
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (outcome,) = audit_path(tmp_path / "a.yaml", Options())
    assert isinstance(outcome, FileAudit)
    return outcome


def test_a_budget_row_in_the_list_is_searched_as_the_budget_rounds(tmp_path: Path) -> None:
    """预算执行率 listed among the rows (92.6 % against ≥95 %: 10 × 92.6 / 95 = 9.747) is
    rounded as the budget is: whole points, down, 9; 9 + 89.80 = 98.80. The file's own rules
    reproduce all 9 printed figures; printed to the cent (9.75, total 99.55), the rows' rounding
    for the budget too (both budget settings unset) does."""
    own = _listed_budget_row(tmp_path, "9", "98.80").audit
    assert (own.reproduced, own.printed, own.explained_by, own.unexplained) == (9, 9, {}, ())
    cents = _listed_budget_row(tmp_path, "9.75", "99.55").audit
    assert (cents.reproduced, cents.printed, cents.unexplained) == (9, 9, ())
    assert cents.explained_by == {"budget_rounding": None, "budget_rounding_mode": None}


def test_exit_codes() -> None:
    assert run("audit", str(ACTUALS / "every_figure_right.yaml"))[0] == 0
    assert run("audit", str(TABLES / "every_figure_right.xlsx"))[0] == 0
    assert (
        run("audit", str(ACTUALS / "every_figure_right.yaml"), str(ACTUALS / "slips.yaml"))[0] == 1
    )
    assert run("audit", str(TABLES / "slips.docx"))[0] == 1
    assert run("audit", str(FIXTURES / "invalid"))[0] == 2


def test_a_folder_gives_its_yaml_and_its_workbooks() -> None:
    code, out, _ = run("audit", str(AUDIT), "--format", "json")
    assert code == 1
    files = json.loads(out)["files"]
    # 7 actuals files, 7 workbooks and 7 documents; pasted text only when named
    assert len(files) == 21
    assert {Path(f["path"]).suffix for f in files} == {".yaml", ".xlsx", ".docx"}


def test_only_target_files_leave_nothing_to_audit() -> None:
    code, _, err = run("audit", str(AUDIT / "targets"), "--lang", "en")
    assert code == 2
    assert "nothing to audit" in err


def test_a_table_that_is_no_self_evaluation(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("说明\t本表由示范局填报。\n", encoding="utf-8")
    code, out, _ = run("audit", str(notes), "--lang", "en")
    assert code == 2
    assert f"{notes}: no filled self-evaluation found" in out


def test_an_in_year_file_cannot_be_audited(tmp_path: Path) -> None:
    text = (ACTUALS / "every_figure_right.yaml").read_text(encoding="utf-8")
    inyear = tmp_path / "q2.yaml"
    target = (AUDIT / "targets" / "water_project.yaml").resolve()
    inyear.write_text(
        text.replace("2023Q4", "2023Q2").replace("../targets/water_project.yaml", str(target)),
        encoding="utf-8",
    )
    code, out, _ = run("audit", str(inyear), "--lang", "en")
    assert code == 2
    assert f"{inyear}: 2023Q2 is not a year-end period" in out


def test_json_is_shaped_as_documented() -> None:
    code, out, _ = run("audit", str(ACTUALS / "budget_whole_points_down.yaml"), "--format", "json")
    assert code == 1
    (audited,) = json.loads(out)["files"]
    assert audited["kind"] == "actuals"
    assert audited["published"] == {"total": 94.78, "grade": "优", "budget_score": 9}
    assert audited["recomputed"] == {"total": 95.56, "grade": "优", "budget_score": 9.78}
    assert audited["explained_by"] == {"budget_rounding": 1, "budget_rounding_mode": "down"}
    assert audited["unexplained"] == []
    first = audited["findings"][0]
    assert {k: first[k] for k in ("code", "kind", "id", "location", "published")} == {
        "code": "A007",
        "kind": "budget_score",
        "id": "budget",
        "location": {"line": 22, "col": 11},
        "published": 9,
    }


def test_json_locates_a_cell_by_sheet_and_cell() -> None:
    code, out, _ = run("audit", str(TABLES / "slips.xlsx"), "--format", "json")
    assert code == 1
    (audited,) = json.loads(out)["files"]
    assert (audited["kind"], audited["table"]) == ("table", "自评表")
    assert [f["location"] for f in audited["findings"]][:2] == [
        {"sheet": "自评表", "cell": "G6"},
        {"sheet": "自评表", "cell": "G12"},
    ]
    code, out, _ = run("audit", str(TABLES / "slips.txt"), "--format", "json")
    assert json.loads(out)["files"][0]["findings"][0]["location"] == {"line": 6, "col": 30}


def test_concise_lists_each_finding_at_its_line() -> None:
    code, out, _ = run(
        "audit", str(ACTUALS / "met_row_scored_seven.yaml"), "--format", "concise", "--lang", "en"
    )
    assert code == 1
    lines = out.splitlines()
    assert lines[0].endswith(
        "met_row_scored_seven.yaml:25:10: A010 indicator 4 met its target but is printed with "
        "7.00 points, not 10.00, and no reason is given"
    )
    assert ":28:10: A005 " in lines[1]


def test_text_marks_the_differences() -> None:
    code, out, _ = run("audit", str(ACTUALS / "uncapped_tenths.yaml"), "--lang", "en")
    assert code == 1
    marked = [line.split()[0] for line in out.splitlines() if line.rstrip().endswith("≠")]
    assert marked == ["3", "5", "6", "Total"]
    assert "rules:\n    rounding: 0.1\n    cap: false\n" in out


_TABLE_ROWS = {"Budget": "budget", "Execution": "budget_rate", "Total": "total", "Grade": "grade"}
# The findings about a printed figure in the table; A012 is about a reason, A003/A013 about 分值.
_NOT_MARKED = {"unexplained", "points_sum"}


def _marked_ids(out: str) -> set[str]:
    """The ids of the rows the text report marks ≠: an indicator's, or a table figure's."""
    marked = (line.split()[0] for line in out.splitlines() if line.rstrip().endswith("≠"))
    return {_TABLE_ROWS.get(first, first) for first in marked}


@pytest.mark.parametrize("case", CASES)
def test_text_marks_the_figures_the_findings_are_about(case: str) -> None:
    """A mark is the engine's verdict, never judged again by the report: each figure with a
    finding is marked (a total whose rows miss it, a grade the printed total does not give),
    and no other."""
    _, out, _ = run("audit", str(ACTUALS / f"{case}.yaml"), "--lang", "en")
    findings = CASES[case][0]
    assert _marked_ids(out) == {e.id for e in findings if e.kind not in _NOT_MARKED}


@pytest.mark.parametrize(
    ("total", "grade", "expected"),
    [
        ("94.78", "优", {"A010": "1", "A004": "total"}),  # the total is right, its rows are not
        ("89.00", "优", {"A010": "1", "A004": "total", "A005": "total", "A008": "grade"}),
    ],
)
def test_a_figure_the_rules_give_is_marked_when_a_finding_is_about_it(
    tmp_path: Path, total: str, grade: str, expected: dict[str, str]
) -> None:
    """every_figure_right with row 1 printed 19.00: the rows add up to 93.78. A total of 94.78
    is what the rules give, yet the rows miss it (A004); a grade of 优 is what the rules give,
    yet the printed 89.00 gives 良 (A008). Each is marked, as its finding says."""
    text = (ACTUALS / "every_figure_right.yaml").read_text(encoding="utf-8")
    target = (AUDIT / "targets" / "water_project.yaml").resolve()
    text = text.replace("../targets/water_project.yaml", str(target))
    text = text.replace('"1": 20.00', '"1": 19.00').replace("total: 94.78", f"total: {total}")
    path = tmp_path / "a.yaml"
    path.write_text(text.replace("grade: 优", f"grade: {grade}"), encoding="utf-8")
    (outcome,) = audit_path(path, Options())
    assert isinstance(outcome, FileAudit)
    assert {c.diagnostic.code: c.id for c in outcome.findings} == expected
    _, out, _ = run("audit", str(path), "--lang", "en")
    assert _marked_ids(out) == set(expected.values())


def _rate_printed_to_three_places(tmp_path: Path, rate: str) -> Path:
    """every_figure_right with 78.26 of 80.00 spent: 97.825 %, 9.78 points, total 95.56."""
    text = (ACTUALS / "every_figure_right.yaml").read_text(encoding="utf-8")
    target = (AUDIT / "targets" / "water_project.yaml").resolve()
    text = text.replace("../targets/water_project.yaml", str(target))
    text = text.replace("spent: 72.00", "spent: 78.26").replace("rate: 90.00%", f"rate: {rate}")
    text = text.replace("budget: 9.00", "budget: 9.78").replace("total: 94.78", "total: 95.56")
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_rate_printed_to_three_places_is_recomputed_to_three(tmp_path: Path) -> None:
    """97.825 printed is 78.26 / 80.00 exactly: no A006, so no mark, and the recomputed
    column shows the rate at the places printed (not the budget row's 97.83)."""
    path = _rate_printed_to_three_places(tmp_path, "97.825%")
    (outcome,) = audit_path(path, Options())
    assert isinstance(outcome, FileAudit)
    assert outcome.findings == ()
    assert outcome.audit.recomputed.budget_rate == Decimal("97.825")
    code, out, _ = run("audit", str(path), "--lang", "en")
    assert code == 0
    (rate,) = (line for line in out.splitlines() if "Execution rate" in line)
    assert rate.split()[-2:] == ["97.825", "97.825"]
    assert outcome.audit.agreeing == outcome.audit.printed == 10
    summary = run("summary", str(path), "--format", "markdown", "--lang", "en")[1]
    assert "| Execution rate (%) | 97.825 | 97.825 | ✓ |" in summary
    wrong = _rate_printed_to_three_places(tmp_path, "97.826%")
    code, out, _ = run("audit", str(wrong), "--lang", "en")
    assert code == 1
    (rate,) = (line for line in out.splitlines() if "Execution rate" in line)
    assert rate.split()[-3:] == ["97.826", "97.825", "≠"]
    assert ": A006 " in out


def test_the_closing_line_counts_in_the_singular_and_the_plural() -> None:
    one = run("audit", str(ACTUALS / "every_figure_right.yaml"), "--lang", "en")[1]
    assert one.splitlines()[-1] == (
        "audited 1 file: 1 reproduced, 0 with differences, 0 unreadable"
    )
    two = [str(ACTUALS / f"{case}.yaml") for case in ("every_figure_right", "slips")]
    assert run("audit", *two, "--lang", "en")[1].splitlines()[-1] == (
        "audited 2 files: 1 reproduced, 1 with differences, 0 unreadable"
    )
    assert run("audit", *two)[1].splitlines()[-1] == (
        "复核 2 个文件：1 个全部重现，1 个有不符，0 个无法读取"
    )


@pytest.mark.parametrize("command", ["audit", "import", "validate"])
def test_junit_names_the_suite_after_the_command(command: str, tmp_path: Path) -> None:
    from xml.etree import ElementTree

    args = {
        "audit": [str(ACTUALS / "slips.yaml")],
        "import": [str(TABLES / "slips.xlsx"), "-o", str(tmp_path / "slips.yaml")],
        "validate": [str(ACTUALS / "slips.yaml")],
    }[command]
    code, out, _ = run(command, *args, "--format", "junit")
    assert code in (0, 1), out
    suite = ElementTree.fromstring(out).find("testsuite")
    assert suite is not None
    assert suite.get("name") == f"perfcheck {command}"
    case = suite.find("testcase")
    assert case is not None
    assert case.get("classname") == f"perfcheck.{command}"


def test_text_names_the_sheet_of_a_table() -> None:
    code, out, _ = run("audit", str(TABLES / "uncapped_tenths.xlsx"), "--lang", "en")
    assert code == 1
    assert out.splitlines()[0] == f"{TABLES / 'uncapped_tenths.xlsx'} (自评表)"


def test_a_report_can_ask_whether_the_printed_figures_reconcile() -> None:
    """engine.audit.published_reconciles: True when every printed figure is reproduced, False
    when one is not, None when there is nothing to check (no published:, or in-year)."""
    from perfcheck.engine.audit import published_reconciles
    from perfcheck.run.load import load_actuals

    def reconciles(path: Path) -> bool | None:
        return published_reconciles(load_actuals(path, Options()))

    assert reconciles(ACTUALS / "every_figure_right.yaml") is True
    assert reconciles(ACTUALS / "slips.yaml") is False
    assert reconciles(ACTUALS / "budget_whole_points_down.yaml") is False
    root = FIXTURES.parent.parent
    assert reconciles(root / "actuals" / "2022Q4.yaml") is None  # prints no figures
    assert reconciles(root / "actuals" / "2022Q2.yaml") is None  # in-year: nothing scored


def _summary(case: str, fmt: str, tmp_path: Path) -> str:
    if fmt == "xlsx":
        from openpyxl import load_workbook

        book = tmp_path / "pack.xlsx"
        actuals = str(ACTUALS / f"{case}.yaml")
        assert run("summary", actuals, "--format", "xlsx", "-o", str(book))[0] == 0
        sheet = load_workbook(book).worksheets[2]
        rows = (
            " | ".join(str(c) for c in row if c is not None)
            for row in sheet.iter_rows(values_only=True)
        )
        return "\n".join(rows)
    code, out, _ = run("summary", str(ACTUALS / f"{case}.yaml"), "--format", fmt, "--lang", "en")
    assert code == 0
    return out


def test_the_year_end_summary_reconciles_the_printed_figures(tmp_path: Path) -> None:
    """Markdown, HTML and the workbook's report sheet: each printed figure beside perfcheck's,
    the rules that explain them, and each difference in words."""
    markdown = _summary("uncapped_tenths", "markdown", tmp_path)
    section = markdown[markdown.index("## 6. The published figures reconciled") :]
    assert "| 3 水质检测合格率 | 20.4 | 20.00 | ≠ |" in section
    assert "| Budget execution score | 9.0 | 9.00 | ✓ |" in section
    assert "| Total score | 96.0 | 94.78 | ≠ |" in section
    assert (
        "- Of the 9 figures the table printed, 5 agree with those the target file's rules give."
        in section
    )
    assert "- These rules reproduce 9 of them: rounding: 0.1, cap: false." in section
    assert "- A005 the printed total is 96.0; the rules give 94.78" in section
    html = _summary("slips", "html", tmp_path)
    assert '<table class="reconciliation">' in html
    assert '<tr class="unmet"><td>Execution rate (%)</td><td class="num">90.50</td>' in html
    assert "No setting explains: 2, Execution rate (%), Total score, Grade." in html
    sheet = _summary("slips", "xlsx", tmp_path)
    assert "六、原表数字复核\n项目 | 原表 | 重算 | 一致\n2 改造供水管网里程 | 20 | 16 | ≠" in sheet
    assert "A008 原表等级 良，而原表总分 98.78 对应 优" in sheet


def test_a_summary_without_published_figures_has_no_reconciliation(tmp_path: Path) -> None:
    root = FIXTURES.parent.parent
    code, out, _ = run("summary", str(root / "actuals" / "2022Q4.yaml"), "--lang", "en")
    assert code == 0
    assert "reconciled" not in out
