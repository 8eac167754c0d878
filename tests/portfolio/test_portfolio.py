"""`perfcheck portfolio` over a generated portfolio of 240 tables (departments and projects,
year-end and in-year, two years) and four broken files: every column of every format against
figures computed here from the generated inputs by the rules of docs/scoring.md."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run
from tests.portfolio.generate import ADJUSTED, BROKEN, Table, generate

CENT = Decimal("0.01")


def rounded(value: Fraction, places: str = "0.01") -> Decimal:
    """Half-up, from the exact fraction."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)  # 28 digits: no tie is lost
    return exact.quantize(Decimal(places), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Expected:
    path: str
    total: Decimal
    grade: str
    met: int
    unmet: int
    missing: int
    unexplained: int
    budget_rate: Decimal
    progress: Decimal  # budget rate against the time elapsed
    red: int | None
    yellow: int | None
    unmet_names: tuple[tuple[str, str], ...]
    reconciles: bool | None  # the audit's verdict on the printed figures; None: none printed


def grade_of(total: Decimal) -> str:
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def light(ratio: Fraction) -> str:
    return "green" if ratio >= Fraction(9, 10) else "yellow" if ratio >= Fraction(7, 10) else "red"


Figures = tuple[Decimal, int, int, int, int, tuple[tuple[str, str], ...]]


def year_end_figures(table: Table, values: list[Fraction | None], spent: Fraction) -> Figures:
    """Scores (w × min(1, a/t), each rounded), the budget row, and the counts by status."""
    total = Decimal(0)
    met = unmet = missing = 0
    unexplained_rows = 0
    unmet_names = []
    for spec, value, actual in zip(table.specs, values, table.actuals, strict=True):
        if value is None:
            missing += 1
            continue
        total += rounded(spec.points * min(Fraction(1), value / spec.target))
        if value >= spec.target:
            met += 1
        else:
            unmet += 1
            unmet_names.append((spec.level2, spec.name))
            unexplained_rows += not actual.explained
    budget = rounded(10 * min(spent, Fraction(ADJUSTED)) / ADJUSTED)
    total += budget
    return total, met, unmet, missing, unexplained_rows, tuple(unmet_names)


def expected(table: Table) -> Expected:
    rate = Fraction(table.spent, ADJUSTED)
    values = [None if a.value is None else Fraction(a.value) for a in table.actuals]
    if table.quarter == 4:
        total, met, unmet, missing, rows, names = year_end_figures(
            table, values, Fraction(table.spent)
        )
        low = rate < Fraction(9, 10) and not table.budget_explained
        return Expected(
            table.path, total, grade_of(total), met, unmet, missing, rows + low,
            rounded(rate, "0.0001"), rounded(rate, "0.0001"), None, None, names,
            reconciles(table, values, total),
        )  # fmt: skip
    elapsed = table.elapsed
    # The projection: counts carried on at their pace, rates as they stand, the spending so far
    # over the time elapsed (to the cent).
    projected = [
        None if v is None else (v / elapsed if spec.unit != "%" else v)
        for spec, v in zip(table.specs, values, strict=True)
    ]
    spent = Fraction(rounded(Fraction(table.spent) / elapsed))
    total, met, unmet, missing, _, _ = year_end_figures(table, projected, spent)
    lights = []
    unexplained = 0
    for spec, value, actual in zip(table.specs, values, table.actuals, strict=True):
        if value is None:
            continue
        due = spec.target * elapsed if spec.unit != "%" else Fraction(spec.target)
        lights.append(light(value / due))
        unexplained += lights[-1] == "red" and not actual.explained
    lights.append(light(rate / elapsed))
    return Expected(
        table.path, total, grade_of(total), met, unmet, missing, unexplained,
        rounded(rate, "0.0001"), rounded(rate / elapsed, "0.0001"),
        lights.count("red"), lights.count("yellow"), (), None,
    )  # fmt: skip


def reconciles(table: Table, values: list[Fraction | None], total: Decimal) -> bool | None:
    """What `perfcheck audit` says of a year-end table's printed figures: True when each is the
    one the rules give (every row's 得分, 执行率, the budget's 得分, 总分, 等级) and no missed
    target is left without its reason (A012); None when the table prints none."""
    printed = table.printed
    if printed is None:
        return None
    rows = tuple(
        None if value is None else rounded(spec.points * min(Fraction(1), value / spec.target))
        for spec, value in zip(table.specs, values, strict=True)
    )
    rate = Fraction(table.spent, ADJUSTED)
    figures = (printed.scores, printed.rate, printed.budget, printed.total, printed.grade)
    right = figures == (rows, rounded(100 * rate), rounded(10 * rate), total, grade_of(total))
    silent = any(
        value is not None and value < spec.target and not actual.explained
        for spec, value, actual in zip(table.specs, values, table.actuals, strict=True)
    )
    return right and not silent


def shown_verdict(want: Expected, lang: str = "zh") -> str:
    """The reconciles cell where people read it: 是 / 否, or — with nothing to check."""
    if want.reconciles is None:
        return "—"
    yes, no = ("是", "否") if lang == "zh" else ("yes", "no")
    return yes if want.reconciles else no


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Table]]:
    root = tmp_path_factory.mktemp("portfolio")
    return root, generate(root)


def _in(root: Path, *args: str) -> tuple[int, str, str]:
    before = Path.cwd()
    os.chdir(root)
    try:
        return run("portfolio", ".", *args)
    finally:
        os.chdir(before)


@pytest.fixture(scope="module")
def as_json(portfolio: tuple[Path, list[Table]]) -> dict[str, Any]:
    code, out, _ = _in(portfolio[0], "--format", "json", "--jobs", "1")
    assert code == 1  # four files could not be read
    document: dict[str, Any] = json.loads(out, parse_float=Decimal)
    return document


def test_the_portfolio_is_big_enough_and_mixed(portfolio: tuple[Path, list[Table]]) -> None:
    tables = portfolio[1]
    assert len(tables) == 240
    assert {t.kind for t in tables} == {"department", "project"}
    assert {t.quarter for t in tables} == {2, 3, 4}
    grades = Counter(expected(t).grade for t in tables if t.quarter == 4)
    assert set(grades) == {"优", "良", "中", "差"}
    # Printed figures: reproduced, slipped, or right but with a missed target unexplained.
    printed = [t for t in tables if t.printed is not None]
    assert len(printed) == 6
    verdicts = Counter((t.printed.slip, expected(t).reconciles) for t in printed if t.printed)
    assert set(verdicts) == {(None, True), (None, False), ("total", False), ("row", False)}


def test_every_json_column_of_every_table(
    portfolio: tuple[Path, list[Table]], as_json: dict[str, Any]
) -> None:
    tables = {t.path: t for t in portfolio[1]}
    rows = {row["path"]: row for row in as_json["tables"]}
    assert set(rows) == set(tables)
    for path, table in tables.items():
        row, want = rows[path], expected(table)
        assert list(row) == [
            "path", "department", "project", "kind", "year", "period", "total", "grade", "met",
            "unmet", "missing", "not_applicable", "unexplained", "budget_rate", "red", "yellow",
            "reconciles",
        ]  # fmt: skip
        assert row == {
            "path": path, "department": table.department, "project": table.project,
            "kind": table.kind, "year": table.year, "period": table.period,
            "total": want.total, "grade": want.grade, "met": want.met, "unmet": want.unmet,
            "missing": want.missing, "not_applicable": 0, "unexplained": want.unexplained,
            "budget_rate": want.budget_rate, "red": want.red, "yellow": want.yellow,
            "reconciles": want.reconciles,
        }, path  # fmt: skip


def test_broken_files_are_listed_with_located_errors(as_json: dict[str, Any]) -> None:
    errors = {e["path"]: e["diagnostics"] for e in as_json["errors"]}
    assert set(errors) == set(BROKEN)
    codes = {Path(path).name: [d["code"] for d in found] for path, found in errors.items()}
    assert codes == {
        "bad_yaml.yaml": ["Y001"], "unknown_kind.yaml": ["F006"],
        "missing_targets.yaml": ["F010"], "bad_period.yaml": ["S020"],
    }  # fmt: skip
    assert all(d["line"] >= 1 and d["severity"] == "error" for f in errors.values() for d in f)
    assert as_json["summary"] == {"tables": 240, "errors": 4}


def test_the_distributions(portfolio: tuple[Path, list[Table]], as_json: dict[str, Any]) -> None:
    wants = [expected(t) for t in portfolio[1]]
    year_end = [w for w in wants if w.red is None]
    in_year = [w for w in wants if w.red is not None]
    grades = Counter(w.grade for w in year_end)
    assert as_json["grades"] == [{"grade": g, "tables": grades[g]} for g in "优良中差"]
    floors: list[Decimal | None] = [Decimal(0), *map(Decimal, ("0.6", "0.8", "0.9", "1")), None]
    assert as_json["budget_bands"] == [
        {
            "from": low, "to": high,
            "tables": sum(_within(w.progress, low, high) for w in wants),
        }
        for low, high in itertools.pairwise(floors)
    ]  # fmt: skip
    assert sum(b["tables"] for b in as_json["budget_bands"]) == 240
    reds = Counter(w.red or 0 for w in in_year)
    assert as_json["red_lights"] == [{"red": k, "tables": reds[k]} for k in sorted(reds)]
    names = Counter(name for w in year_end for _, name in w.unmet_names)
    levels = Counter(level2 for w in year_end for level2, _ in w.unmet_names)
    assert as_json["most_unmet"] == {
        "by_level2": [{"level2": k, "count": n} for k, n in by_count(levels)],
        "by_name": [{"name": k, "count": n} for k, n in by_count(names)],
    }


def by_count(counted: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[:10]


def _within(value: Decimal, low: Decimal | None, high: Decimal | None) -> bool:
    assert low is not None
    return low <= value and (high is None or value < high)


def test_the_changes_since_the_previous_year(
    portfolio: tuple[Path, list[Table]], as_json: dict[str, Any]
) -> None:
    final = {
        (t.department, t.project, t.year): expected(t).total for t in portfolio[1] if t.quarter == 4
    }
    found: list[Found] = [
        (after - final[(d, p, y - 1)], d, p or "", y, d, p, final[(d, p, y - 1)], after)
        for (d, p, y), after in final.items()
        if (d, p, y - 1) in final
    ]
    assert len(found) == 60
    fell = sorted(f for f in found if f[0] < 0)[:10]
    rose = sorted((f for f in found if f[0] > 0), key=lambda f: (-f[0], *f[1:4]))[:10]
    assert as_json["changes"] == {
        "fell": [shape(f) for f in fell],
        "rose": [shape(f) for f in rose],
    }


def test_jobs_give_the_same_report(
    portfolio: tuple[Path, list[Table]], as_json: dict[str, Any]
) -> None:
    code, out, _ = _in(portfolio[0], "--format", "json", "--jobs", "2")
    assert code == 1
    assert json.loads(out, parse_float=Decimal) == as_json


Found = tuple[Decimal, str, str, int, str, str | None, Decimal, Decimal]


def shape(f: Found) -> dict[str, object]:
    return {
        "department": f[4], "project": f[5], "from_year": f[3] - 1, "to_year": f[3],
        "from": f[6], "to": f[7], "change": f[0],
    }  # fmt: skip


def _percent(value: Decimal) -> str:
    return f"{(value * 100).quantize(CENT, rounding=ROUND_HALF_UP)}%"


def test_every_csv_column(portfolio: tuple[Path, list[Table]]) -> None:
    code, out, err = _in(portfolio[0], "--format", "csv", "--lang", "en")
    assert code == 1
    assert out.startswith("\ufeff")
    assert len(re.findall(r"^\S+: [A-Z]\d{3} ", err, re.MULTILINE)) == 4  # located, on stderr
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    assert rows[0] == [
        "File", "Department", "Project", "Kind", "Year", "Period", "Total", "Grade", "Met",
        "Unmet", "Missing", "N/A", "Unexplained", "Budget rate", "Time elapsed", "Red",
        "Yellow", "Reconciles",
    ]  # fmt: skip
    tables = {t.path: t for t in portfolio[1]}
    assert len(rows) == 241
    for row in rows[1:]:
        table = tables[row[0]]
        want = expected(table)
        elapsed = rounded(table.elapsed, "0.0001")
        assert row == [
            table.path, table.department, table.project or "", table.kind, str(table.year),
            table.period, str(want.total), want.grade, str(want.met), str(want.unmet),
            str(want.missing), "0", str(want.unexplained), _percent(want.budget_rate),
            _percent(elapsed), "" if want.red is None else str(want.red),
            "" if want.yellow is None else str(want.yellow),
            "" if want.reconciles is None else "yes" if want.reconciles else "no",
        ]  # fmt: skip


def _shown_cells(table: Table, want: Expected, lang: str = "zh") -> list[str]:
    name = table.department + (f" / {table.project}" if table.project else "")
    return [
        name, table.period, str(want.total), want.grade, str(want.unmet), str(want.missing),
        str(want.unexplained), _percent(want.budget_rate),
        _percent(rounded(table.elapsed, "0.0001")),
        "" if want.red is None else str(want.red), "" if want.yellow is None else str(want.yellow),
        shown_verdict(want, lang),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "errors"),
    [("zh", "无法读取的文件（4 个）"), ("en", "Files that could not be read (4)")],
)
def test_every_markdown_row(portfolio: tuple[Path, list[Table]], lang: str, errors: str) -> None:
    code, out, _ = _in(portfolio[0], "--format", "markdown", "--lang", lang)
    assert code == 1
    lines = set(out.splitlines())
    for table in portfolio[1]:
        assert "| " + " | ".join(_shown_cells(table, expected(table), lang)) + " |" in lines
    assert f"### {errors}" in lines
    assert RECONCILES_NOTE[lang] in lines


# What the reconciles column says, under the report (text, Markdown, HTML, the workbook).
RECONCILES_NOTE = {
    "zh": "数字核对：“是”为表中公布的数字（得分、执行率、总分、等级）全部重现，“否”为有不符或未说明"
    "的偏差（perfcheck audit 逐项列出）；“—”为无可核对：文件中没有公布的数字（published:），或为"
    "年中表。",
    "en": "Reconciles: “yes” when every figure the table published (scores, rate, total, grade) "
    "is reproduced, “no” when some are not or a missed target is left unexplained (perfcheck "
    "audit lists each); “—” when there is nothing to check: no published figures in the file "
    "(published:), or an in-year table.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_text_row_says_whether_its_figures_reconcile(
    portfolio: tuple[Path, list[Table]], lang: str
) -> None:
    """The text table's last column is the audit's verdict (是 / 否, yes / no), — for a table
    with nothing to check; the note under the report says so, whole."""
    code, out, _ = _in(portfolio[0], "--lang", lang, "--width", "300")
    assert code == 1
    verdicts = {}
    for line in out.splitlines():
        cells = line.split()
        at = next((i for i, c in enumerate(cells) if re.fullmatch(r"20\d\dQ\d", c)), None)
        if at is not None and cells[0].startswith("示例县"):
            verdicts[" ".join(cells[:at]), cells[at]] = cells[-1]
    want = {
        (t.department + (f" / {t.project}" if t.project else ""), t.period):
        shown_verdict(expected(t), lang)
        for t in portfolio[1]
    }  # fmt: skip
    assert verdicts == want
    assert set(want.values()) == {"—", *(("是", "否") if lang == "zh" else ("yes", "no"))}
    assert out.splitlines()[-1] == RECONCILES_NOTE[lang]


def test_text_filtered_and_sorted(portfolio: tuple[Path, list[Table]]) -> None:
    code, out, _ = _in(portfolio[0], "--filter", "grade=差", "--sort", "-total", "--width", "300")
    assert code == 1
    poor = [(t, expected(t)) for t in portfolio[1]]
    poor = [(t, w) for t, w in poor if w.grade == "差"]
    poor.sort(key=lambda tw: (tw[0].department, tw[0].project or "", tw[0].year, tw[0].period))
    poor.sort(key=lambda tw: tw[1].total, reverse=True)
    assert f"绩效结果汇总：{len(poor)} 张表，4 个文件无法读取" in out
    rows = [line.split() for line in out.splitlines() if "示例县" in line and "%" in line]
    assert [" ".join(r) for r in rows] == [
        " ".join(c for c in _shown_cells(t, w) if c) for t, w in poor
    ]


def test_filters_compare_numbers_and_refuse_what_they_cannot_read(
    portfolio: tuple[Path, list[Table]],
) -> None:
    code, out, _ = _in(portfolio[0], "--format", "json", "--filter", "red>=2", "--filter",
                       "kind=project")  # fmt: skip
    want = [t.path for t in portfolio[1] if t.kind == "project" and (expected(t).red or 0) >= 2]
    assert sorted(row["path"] for row in json.loads(out)["tables"]) == sorted(want)
    for bad in ("colour=red", "grade<差", "total<many"):
        code, _, err = _in(portfolio[0], "--filter", bad)
        assert code == 2 and bad in err


@pytest.mark.parametrize("width", [60, 130, 200, 400])
def test_the_text_table_drawn_line_by_line_is_the_rich_table(
    portfolio: tuple[Path, list[Table]], width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table whose cells fit is drawn line by line, fast; the same characters as the rich table
    that lays out (and wraps) any other."""
    from perfcheck.reports.portfolio import text

    fast = _in(portfolio[0], "--width", str(width), "--color", "always")
    monkeypatch.setattr(text, "_lines", lambda *_: None)
    laid_out = _in(portfolio[0], "--width", str(width), "--color", "always")
    assert fast == laid_out
    assert fast[1].count("\n") > 240  # every table, at every width


def test_the_json_written_a_table_at_a_time_is_the_indented_document(
    portfolio: tuple[Path, list[Table]],
) -> None:
    from perfcheck.reports.jsontext import dumps

    for args in ((), ("--filter", "total>1000")):  # every table, and none
        code, out, _ = _in(portfolio[0], "--format", "json", *args)
        assert code == 1
        assert out == dumps(json.loads(out, parse_float=Decimal)) + "\n"


def test_reconciles_is_the_audit_verdict_on_the_printed_figures() -> None:
    """The audit fixtures: only the table whose every printed figure is right reconciles; each
    of the others carries a slip or a local practice the file's rules do not state."""
    code, out, err = run("portfolio", "tests/fixtures/audit/actuals", "--format", "json")
    assert code in (0, 1), err
    verdicts = {Path(t["path"]).stem: t["reconciles"] for t in json.loads(out)["tables"]}
    assert verdicts.pop("every_figure_right") is True
    assert verdicts and set(verdicts.values()) == {False}
    code, audited, _ = run("audit", "tests/fixtures/audit/actuals", "--format", "json")
    reproduced = {Path(f["path"]).stem for f in json.loads(audited)["files"] if not f["findings"]}
    assert reproduced == {"every_figure_right"}  # the same verdict as the audit's own


def test_the_title_counts_in_the_singular_and_the_plural() -> None:
    one = ("tests/fixtures/audit/actuals/every_figure_right.yaml",
           "tests/fixtures/invalid/actuals/actuals_is_a_list.yaml")  # fmt: skip
    for lang, title in (
        ("en", "Performance results: 1 table, 1 file could not be read"),
        ("zh", "绩效结果汇总：1 张表，1 个文件无法读取"),
    ):
        assert run("portfolio", *one, "--lang", lang)[1].splitlines()[0] == title
    two = run("portfolio", "tests/fixtures/audit/actuals", "--lang", "en")[1]
    assert two.splitlines()[0] == "Performance results: 7 tables, 0 files could not be read"


@pytest.mark.parametrize("width", [40, 60])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_narrow_terminal_splits_no_heading_figure_or_location(
    tmp_path: Path, lang: str, width: int
) -> None:
    """Under the table: each heading, distribution, change and located error stands whole on
    its line (a terminal shows a long one wrapped), as every report's footer lines; the notes
    break only where a line may break: never inside a word or a number, never before a closing
    mark."""
    from rich.cells import cell_len

    generate(tmp_path, units=3)
    code, json_out, _ = _in(tmp_path, "--format", "json", "--lang", lang)
    document = json.loads(json_out)
    code, out, _ = _in(tmp_path, "--lang", lang, "--width", str(width), "--color", "never")
    assert code == 1
    lines = out.splitlines()
    labels = {
        "zh": ["等级分布（年终）", "未完成最多的二级指标（年终）", "总分较上年下降最多"],
        "en": ["Tables per number of red lights (in-year, budget included)",
               "Most often unmet, by level-2 indicator (year-end)",
               "Largest rises since the previous year"],
    }[lang]  # fmt: skip
    whole = [*labels, *(f"  {d['file']}:{d['line']}:{d['col']}: {d['code']} {d['message']}"
                        for e in document["errors"] for d in e["diagnostics"])]  # fmt: skip
    for piece in whole:
        assert any(piece in line for line in lines), (piece, out)
    changes = document["changes"]["fell"] + document["changes"]["rose"]
    arrows = [line for line in lines if "→" in line]
    assert len(arrows) == len(changes) > 0
    assert all(line.startswith("  示例县") and line.endswith((")", "）")) for line in arrows)
    notes = lines[lines.index(next(x for x in lines if x.startswith(("注：", "Note:")))) :]
    assert "".join(notes).replace(" ", "") == "".join(
        [
            {"zh": "注：年中各表的总分、等级和指标数为预计年终值（仅供参考）。",
             "en": "Note: in-year tables show the projected year-end total, grade and counts "
                   "(for reference only)."}[lang],
            RECONCILES_NOTE[lang],
        ]
    ).replace(" ", "")  # fmt: skip
    assert all(cell_len(line) <= width for line in notes)
    assert not [line for line in notes if line[:1] in "、，。）%：；”)"]
