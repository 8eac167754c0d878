"""`perfcheck audit`: each fixture's findings, located at its printed figure, and the rules that
explain it, all hand-computed (the arithmetic is in each fixture's opening comment)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perfcheck.cli import app
from perfcheck.results.audit import FileAudit
from perfcheck.run.audit import audit_file
from perfcheck.run.options import Options
from tests.conftest import FIXTURES

AUDIT = FIXTURES / "audit" / "actuals"

# fixture → [(code, kind, id, line, col, printed, recomputed)], explained_by, unexplained
Expected = tuple[
    list[tuple[str, str, str, int, int, str | None, str | None]], dict[str, object], list[str]
]
EXPECTED: dict[str, Expected] = {
    "every_figure_right.yaml": ([], {}, []),
    "rows_one_less_than_total.yaml": (
        [
            ("A004", "rows_total", "total", 30, 10, "90.44", "89.44"),
            ("A005", "total", "total", 30, 10, "90.44", "89.44"),
            ("A009", "grade", "grade", 31, 10, "优", "良"),
        ],
        {},
        ["total", "grade"],
    ),
    "hundred_and_ten_points.yaml": (
        [("A003", "points_sum", "points", 18, 5, "110", "100")],
        {},
        [],
    ),
    "budget_whole_points_down.yaml": (
        [
            ("A007", "budget_score", "budget", 21, 11, "9", "9.78"),
            ("A005", "total", "total", 29, 10, "94.78", "95.56"),
        ],
        {"budget_rounding": Decimal(1), "budget_rounding_mode": "down"},
        [],
    ),
    "uncapped_tenths.yaml": (
        [
            ("A002", "over_points", "3", 25, 10, "20.4", "20.00"),
            ("A002", "over_points", "5", 27, 10, "10.8", "10.00"),
            ("A001", "row_score", "6", 28, 10, "9.8", "9.78"),
            ("A005", "total", "total", 29, 10, "96.0", "94.78"),
        ],
        {"rounding": Decimal("0.1"), "cap": False},
        [],
    ),
    "met_row_scored_seven.yaml": (
        [
            ("A010", "met_lost_points", "4", 25, 10, "7.00", "10.00"),
            ("A005", "total", "total", 28, 10, "91.78", "94.78"),
        ],
        {},
        ["4", "total"],
    ),
    "slips.yaml": (
        [
            ("A012", "unexplained", "2", 11, 8, None, None),
            ("A006", "budget_rate", "budget_rate", 19, 9, "90.50", "90.00"),
            ("A011", "unmet_full_points", "2", 23, 10, "20.00", "16.00"),
            ("A005", "total", "total", 28, 10, "98.78", "94.78"),
            ("A008", "grade", "grade", 29, 10, "良", "优"),
        ],
        {},
        ["2", "budget_rate", "total", "grade"],
    ),
}


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _audit(name: str) -> FileAudit:
    outcome = audit_file(AUDIT / name, Options())
    assert isinstance(outcome, FileAudit), outcome
    return outcome


def test_every_fixture_is_expected() -> None:
    assert sorted(p.name for p in AUDIT.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_and_explaining_rules(name: str) -> None:
    findings, explained_by, unexplained = EXPECTED[name]
    audited = _audit(name)
    found = [
        (
            c.diagnostic.code, c.kind.value, c.id, c.diagnostic.line, c.diagnostic.col,
            _text(c.published), _text(c.recomputed),
        )
        for c in audited.findings
    ]  # fmt: skip
    assert found == findings
    assert audited.audit.explained_by == explained_by
    assert list(audited.audit.unexplained) == unexplained


def test_the_rows_one_less_finding_says_by_how_much() -> None:
    check = _audit("rows_one_less_than_total.yaml").findings[0]
    assert check.diagnostic.message("en") == (
        "the printed total is 90.44 but the printed rows (budget included) add up to 89.44, "
        "1.00 apart"
    )


def test_printed_points_replace_the_even_split() -> None:
    """20 points a row as printed, not 90 / 5 = 18: row 3 is 20 × 90 / 95 = 18.947… → 18.95."""
    audited = _audit("hundred_and_ten_points.yaml")
    assert [(r.points, r.recomputed) for r in audited.audit.rows][2] == (
        Decimal(20),
        Decimal("18.95"),
    )
    assert audited.audit.recomputed.total == Decimal("108.95")


def test_rule_search_counts_what_it_reproduces() -> None:
    """Whole points down on the budget row reproduce all 10 printed figures (6 rows, the budget,
    the rate, the total and the grade); the file's own rules 8."""
    audit = _audit("budget_whole_points_down.yaml").audit
    assert (audit.reproduced, audit.printed) == (10, 10)
    assert audit.recomputed.budget_rate == Decimal("97.83")  # 78.26 / 80 = 97.825 %


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["audit", *args])
    return result.exit_code, result.stdout


def test_exit_codes() -> None:
    assert _cli(str(AUDIT / "every_figure_right.yaml"))[0] == 0
    assert _cli(str(AUDIT / "every_figure_right.yaml"), str(AUDIT / "slips.yaml"))[0] == 1
    assert _cli(str(FIXTURES / "invalid"))[0] == 2


def test_an_in_year_file_cannot_be_audited(tmp_path: Path) -> None:
    text = (AUDIT / "every_figure_right.yaml").read_text(encoding="utf-8")
    inyear = tmp_path / "q2.yaml"
    target = (AUDIT.parent / "targets" / "water_project.yaml").resolve()
    inyear.write_text(
        text.replace("2023Q4", "2023Q2").replace("../targets/water_project.yaml", str(target)),
        encoding="utf-8",
    )
    code, out = _cli(str(inyear), "--lang", "en")
    assert code == 2
    assert f"{inyear}: 2023Q2 is not a year-end period" in out


def test_json_is_shaped_as_documented() -> None:
    code, out = _cli(str(AUDIT / "budget_whole_points_down.yaml"), "--format", "json")
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
        "location": {"line": 21, "col": 11},
        "published": 9,
    }


def test_concise_lists_each_finding_at_its_line() -> None:
    code, out = _cli(
        str(AUDIT / "met_row_scored_seven.yaml"), "--format", "concise", "--lang", "en"
    )
    assert code == 1
    lines = out.splitlines()
    assert lines[0].endswith(
        "met_row_scored_seven.yaml:25:10: A010 indicator 4 met its target but is printed with "
        "7.00 points, not 10.00, with no adjustment given"
    )
    assert ":28:10: A005 " in lines[1]


def test_text_marks_the_differences() -> None:
    code, out = _cli(str(AUDIT / "uncapped_tenths.yaml"), "--lang", "en")
    assert code == 1
    marked = [line.split()[0] for line in out.splitlines() if line.rstrip().endswith("≠")]
    assert marked == ["3", "5", "6", "Total"]
    assert "rules:\n    rounding: 0.1\n    cap: false\n" in out
