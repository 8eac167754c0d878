"""The review pack as a workbook: the official 自评表 layout, numbers as numbers, exact bytes.

Each number is read back with openpyxl and compared with the result object's; LibreOffice
converts the workbook to CSV to check what a reader sees.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from perfcheck import __version__
from perfcheck.reading.discovery import input_files
from perfcheck.reports.monitoring import LIGHT_WORDS
from perfcheck.reports.summary import xlsx
from perfcheck.reports.summary.labels import LABELS
from perfcheck.results.monitoring import Light
from perfcheck.results.score import IndicatorResult, Status
from perfcheck.results.summary import MonitoringSummary, Summary
from perfcheck.run.load import load_actuals
from perfcheck.run.options import Options
from tests.builders import actuals, indicator, scored, targets
from tests.conftest import FIXTURES, ROOT

D = Decimal
ZH = LABELS["zh"]


def year_end(path: Path = ROOT / "actuals" / "2022Q4.yaml") -> Summary:
    loaded = load_actuals(path, Options())
    assert loaded.result is not None and loaded.targets is not None
    inputs = input_files([path, Path(loaded.targets.source.path)])
    return Summary(loaded.result, inputs, __version__)


def in_year(period: str = "2022Q2") -> MonitoringSummary:
    path = ROOT / "actuals" / f"{period}.yaml"
    loaded = load_actuals(path, Options())
    assert loaded.result is None and loaded.monitoring is not None
    return MonitoringSummary(loaded.monitoring, input_files([path]), __version__)


def sheets(data: bytes) -> list[Worksheet]:
    book = load_workbook(BytesIO(data))
    found: list[Worksheet] = [s for s in book.worksheets if isinstance(s, Worksheet)]
    assert len(found) == len(book.worksheets)
    return found


def number(cell: object) -> Decimal:
    """A numeric cell's value as the Decimal it was written from (openpyxl reads floats)."""
    assert isinstance(cell, Cell)
    assert cell.data_type == "n", f"{cell.coordinate} is not a number: {cell.value!r}"
    value = cell.value
    assert isinstance(value, int | float) and not isinstance(value, bool)
    return D(repr(value))


def row_where(sheet: Worksheet, column: int, text: str, after: int = 0) -> int:
    for row in range(after + 1, sheet.max_row + 1):
        if sheet.cell(row=row, column=column).value == text:
            return row
    raise AssertionError(f"no row with {text!r} in column {column}")


def cells(sheet: Worksheet) -> Iterator[Cell]:
    for line in sheet.iter_rows():
        yield from (c for c in line if isinstance(c, Cell))


def label(r: IndicatorResult) -> str:
    return f"{r.indicator.id}.{r.indicator.name}"


@pytest.fixture(scope="module")
def chengdu() -> Summary:
    return year_end()


@pytest.fixture(scope="module")
def form(chengdu: Summary) -> Worksheet:
    return sheets(xlsx.render(chengdu, "zh"))[0]


# --- Sheet 1: the 自评表 -----------------------------------------------------------------------


def test_the_form_has_the_title_unit_and_headers_of_the_official_table(form: Worksheet) -> None:
    assert form.title == "自评表"
    assert form["A1"].value == "四川省成都市人民检察院部门 2022年度部门整体支出绩效自评表"
    assert "A1:H1" in form.merged_cells
    assert "金额单位：万元" in [c.value for c in form[2]]
    header = row_where(form, 1, "一级指标")
    assert [form.cell(header, c).value for c in range(1, 9)] == [
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施",
    ]  # fmt: skip
    budget = row_where(form, 1, "预算执行")
    assert [form.cell(budget, c).value for c in range(3, 9)] == [
        "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
    ]  # fmt: skip


def test_budget_figures_are_numbers_equal_to_the_result(chengdu: Summary, form: Worksheet) -> None:
    b = chengdu.result.budget
    row = row_where(form, 1, ZH["budget_total"])
    figures = [number(form.cell(row, c)) for c in range(3, 9)]
    assert figures == [b.initial, b.adjusted, b.spent, b.points, b.rate, b.score]
    assert figures[4] == D("0.9779")
    assert form.cell(row, 7).number_format == "0.00%"
    assert {form.cell(row, c).number_format for c in (3, 4, 5)} == {"#,##0.00"}
    assert form.cell(row, 8).number_format == "0.00"


def test_every_indicator_row_carries_the_result_numbers(chengdu: Summary, form: Worksheet) -> None:
    for r in chengdu.result.indicators:
        row = row_where(form, 3, label(r))
        assert number(form.cell(row, 6)) == r.points
        assert number(form.cell(row, 7)) == r.score
        assert form.cell(row, 6).number_format == form.cell(row, 7).number_format == "0.00"
        target = form.cell(row, 4)
        assert target.data_type == "s" and target.value == r.indicator.target.text()
        actual = form.cell(row, 5)
        if isinstance(r.actual, Decimal):
            assert number(actual) == r.actual
        else:
            assert actual.data_type == "s" and actual.value == r.actual
        assert form.cell(row, 8).value == (r.explanation or None)


def test_actuals_show_with_their_unit_and_places(form: Worksheet) -> None:
    formats = {
        "2-3": '0"次/年"',  # 17次/年
        "4-2": '0.0"%"',  # 93.6%: a literal percent sign, the number is not scaled
        "2-8": '0"%"',  # 78%
        "3-7": '0"人次"',
    }
    for ident, fmt in formats.items():
        row = next(
            r
            for r in range(1, form.max_row + 1)
            if str(form.cell(r, 3).value).startswith(f"{ident}.")
        )
        assert form.cell(row, 5).number_format == fmt


def test_subtotals_and_total_add_up_exactly(chengdu: Summary, form: Worksheet) -> None:
    r = chengdu.result
    first = row_where(form, 1, "一级指标") + 1
    scores = [number(form.cell(row, 7)) for row in range(first, first + len(r.indicators))]
    budget_row = row_where(form, 1, ZH["budget"], after=first)
    budget = number(form.cell(budget_row, 7))
    subtotals = []
    for group in r.groups:
        row = row_where(form, 1, group.level1, after=first + len(r.indicators) - 1)
        assert form.cell(row, 2).value == "小计"
        assert number(form.cell(row, 6)) == group.points
        subtotals.append(number(form.cell(row, 7)))
        assert subtotals[-1] == group.score
    total_row = row_where(form, 1, ZH["total"])
    total = number(form.cell(total_row, 7))
    assert total == r.total == D("98.54")
    assert sum(scores, D(0)) + budget == total
    assert sum(subtotals, D(0)) + budget == total
    assert number(form.cell(total_row, 6)) == D(100)
    grade_row = row_where(form, 1, ZH["grade"])
    assert form.cell(grade_row, 7).value == r.grade == "优"


def test_level1_and_level2_are_merged_over_their_indicators(
    chengdu: Summary, form: Worksheet
) -> None:
    first = row_where(form, 1, "一级指标") + 1
    merged = {str(m) for m in form.merged_cells.ranges}
    assert {"A8:A29", "B8:B19"} <= merged  # 产出指标 (22 indicators), its 数量指标 (12), by hand
    rows: dict[tuple[str, ...], list[int]] = {}
    for r in chengdu.result.indicators:
        row = row_where(form, 3, label(r))
        rows.setdefault((r.indicator.level1,), []).append(row)
        rows.setdefault((r.indicator.level1, r.indicator.level2), []).append(row)
    for key, members in rows.items():
        column = "A" if len(key) == 1 else "B"
        top, bottom = min(members), max(members)
        assert bottom - top + 1 == len(members), f"{key} rows are not contiguous"
        assert form[f"{column}{top}"].value == key[-1]
        if bottom > top:
            assert f"{column}{top}:{column}{bottom}" in merged
        assert top >= first


def test_no_cell_holds_a_formula(chengdu: Summary) -> None:
    for sheet in sheets(xlsx.render(chengdu, "zh")):
        for cell in cells(sheet):
            assert cell.data_type != "f", cell.coordinate
            assert not (cell.data_type == "n" and isinstance(cell.value, str))


def test_the_form_is_readable_on_screen_and_on_paper(form: Worksheet) -> None:
    header = row_where(form, 1, "一级指标")
    assert form.freeze_panes == f"A{header + 1}"
    assert (form.print_title_rows or "").replace("$", "") == f"{header}:{header}"
    assert form.page_setup.orientation == "landscape"
    assert form.page_setup.fitToWidth == 1 and form.page_setup.fitToHeight == 0
    props = form.sheet_properties.pageSetUpPr
    assert props is not None and props.fitToPage
    assert all(form.column_dimensions[c].width >= 10 for c in "ABCDEFGH")
    row = row_where(form, 3, "3-2.围绕公益诉讼领域举办线下志愿者活动次数")
    assert form.cell(row, 8).alignment.wrap_text
    assert form.cell(row, 3).alignment.wrap_text
    assert (form.row_dimensions[row].height or 0) > 15  # the explanation takes two lines


def test_rescaled_totals_show_the_sum_and_the_note() -> None:
    summary = year_end(FIXTURES / "valid" / "actuals" / "not_applicable_with_reason.yaml")
    r = summary.result
    assert r.rescaled
    form = sheets(xlsx.render(summary, "zh"))[0]
    na = next(i for i in r.indicators if i.status is Status.NOT_APPLICABLE)
    row = row_where(form, 3, label(na))
    assert form.cell(row, 5).value == "不适用"
    assert form.cell(row, 8).value == na.not_applicable
    assert number(form.cell(row, 7)) == 0
    sum_row = row_where(form, 1, "得分合计")
    assert number(form.cell(sum_row, 7)) == r.subtotal
    assert number(form.cell(sum_row, 6)) == r.applicable_points
    note = form.cell(sum_row + 1, 1).value
    assert isinstance(note, str) and note.startswith("不适用指标共")
    assert number(form.cell(row_where(form, 1, ZH["total"]), 7)) == r.total


# --- Sheet 2: sources and rules; sheet 3: the report --------------------------------------------


def test_sources_sheet_records_the_inputs_version_and_rules(chengdu: Summary) -> None:
    sheet = sheets(xlsx.render(chengdu, "zh"))[1]
    assert sheet.title == "来源与规则"
    values = {(c.row, c.column): c.value for c in cells(sheet)}
    for item in chengdu.inputs:
        row = row_where(sheet, 1, item.path)
        assert values[(row, 2)] == item.sha256
    assert len(chengdu.inputs) == 2
    assert values[(row_where(sheet, 1, ZH["version"]), 2)] == __version__ == chengdu.version
    rules = chengdu.result.targets.rules
    start = row_where(sheet, 1, ZH["rules"])
    shown = {sheet.cell(r, 1).value: sheet.cell(r, 2) for r in range(start + 1, sheet.max_row + 1)}
    assert number(shown["total_points"]) == rules.total_points
    assert number(shown["weights.产出指标"]) == rules.weights["产出指标"]
    assert number(shown["grades.优"]) == rules.grades["优"]
    assert number(shown["lights.green"]) == rules.lights.green
    assert shown["rounding"].number_format == "0.00"
    assert shown["cap"].value == "true" and shown["reverse_formula"].value == "ratio"
    names = {str(name).split(".")[0] for name in shown}
    assert names == set(type(rules).model_fields)


def test_report_sheet_carries_the_narrative_and_counts(chengdu: Summary) -> None:
    sheet = sheets(xlsx.render(chengdu, "zh"))[2]
    texts = [c.value for c in cells(sheet) if isinstance(c.value, str)]
    assert any(
        t.startswith("2022年度，四川省成都市人民检察院部门共设置三级绩效指标34个") for t in texts
    )
    counts = row_where(sheet, 1, ZH["set"]) + 1
    assert [number(sheet.cell(counts, c)) for c in range(1, 6)] == [34, 32, 2, 0, 0]
    unmet = row_where(sheet, 1, "3-2 围绕公益诉讼领域举办线下志愿者活动次数")
    assert number(sheet.cell(unmet, 4)) == D("0.75")


def test_gaps_adjustments_and_the_budget_explanation_are_recorded() -> None:
    target_file = targets(
        [
            indicator("1-1", "≥4次"),
            indicator("2-1", "≥1次", level1="效益指标"),
            indicator("3-1", "≥90%", level1="满意度指标"),
        ]
    )
    values = {"1-1": 2, "2-1": {"value": 1, "adjustment": D("-0.5"), "explanation": "扣减"}}
    low = scored(target_file, actuals(values, spent=D(5000)))
    explained = scored(target_file, actuals(values, spent=D(5000), explanation="项目延期"))
    report = sheets(xlsx.render(Summary(low, (), "0"), "zh"))[2]
    gap = row_where(report, 1, ZH["gap_section"])
    assert report.cell(gap + 1, 1).value == "1-1 指标1-1"
    assert report.cell(gap + 1, 2).value == ZH["no_explanation"]
    assert report.cell(gap + 2, 1).value == "3-1 指标3-1"  # no actual: scored 0, to fill
    assert report.cell(gap + 2, 2).value == "缺少完成值，按 0 分计"
    assert str(report.cell(gap + 3, 1).value).startswith("预算执行率 32.87% 低于 90.00%")
    adjusted = row_where(report, 1, "2-1 指标2-1", after=row_where(report, 1, ZH["adjust_section"]))
    assert number(report.cell(adjusted, 2)) == D("-0.5")
    assert report.cell(adjusted, 3).value == "扣减"
    form = sheets(xlsx.render(Summary(explained, (), "0"), "zh"))[0]
    row = row_where(form, 1, ZH["explanation"])
    assert row < row_where(form, 1, "一级指标") and form.cell(row, 3).value == "项目延期"
    assert number(form.cell(row - 1, 8)) == explained.budget.score


# --- Monitoring --------------------------------------------------------------------------------


def test_monitoring_form_shows_lights_progress_and_the_projection() -> None:
    summary = in_year()
    r = summary.result
    book = sheets(xlsx.render_monitoring(summary, "zh"))
    form = book[0]
    assert book[1].title == "来源与规则"
    header = row_where(form, 1, "一级指标")
    assert [form.cell(header, c).value for c in range(4, 12)] == [
        "年度指标值", "序时目标", "实际完成值", "进度", "灯", "全年预计", "完成可能性",
        "偏差原因分析及改进措施",
    ]  # fmt: skip
    budget = row_where(form, 1, ZH["budget_total"])
    assert form.cell(budget - 1, 6).value == "序时进度"
    figures = [number(form.cell(budget, c)) for c in range(3, 8)]
    b = r.budget
    assert figures == [b.adjusted, b.spent, b.rate, b.expected, b.progress]
    assert form.cell(budget, 8).value == LIGHT_WORDS["zh"][b.light]
    for p in r.indicators:
        row = row_where(form, 3, f"{p.indicator.id}.{p.indicator.name}")
        assert form.cell(row, 8).value == LIGHT_WORDS["zh"][p.light]
        if p.progress is not None:
            assert number(form.cell(row, 7)) == p.progress
    red = row_where(form, 3, "2-3.监管场所派驻+巡回检察检查频次")
    assert form.cell(red, 8).value == LIGHT_WORDS["zh"][Light.RED]
    assert number(form.cell(red, 5)) == D("8.5") and form.cell(red, 5).number_format == '0.0"次/年"'
    assert number(form.cell(red, 6)) == 5 and number(form.cell(red, 9)) == 17
    assert form.cell(red, 10).value == "确定能"
    projection = row_where(form, 1, ZH["projection"])
    assert "推算" in ZH["projection"]
    assert number(form.cell(projection, 7)) == r.projection.total
    assert form.cell(projection, 8).value == r.projection.grade


def test_monitoring_report_explains_red_and_yellow_lights() -> None:
    report = sheets(xlsx.render_monitoring(in_year(), "zh"))[2]
    section = row_where(report, 1, ZH["monitoring_measures"])
    assert report.cell(section + 1, 1).value == ZH["lights_section"]
    red = row_where(report, 1, "2-3 监管场所派驻+巡回检察检查频次", after=section)
    assert str(report.cell(red, 2).value).startswith(
        "红灯，进度 58.82%（实际 5次/年，序时目标 8.5次/年）。全年预计 17次/年。"
        "完成可能性：确定能。上半年部分监管场所"
    )  # 5 of 17 × 6/12 = 8.5 due: 58.82 %
    yellow = row_where(report, 1, "2-8 监管场所派驻+巡回检察问题整改落实率", after=section)
    assert yellow == red + 1
    assert report.cell(yellow, 2).value == "黄灯，进度 85.00%（实际 68%，序时目标 80%）。（未说明）"
    assert report.cell(yellow + 1, 1).value == ZH["monitoring_gap_section"]
    assert report.cell(yellow + 2, 1).value == ZH["none"]
    note = row_where(report, 1, ZH["monitoring_measures"]) - 2
    assert str(report.cell(note, 1).value).startswith(
        "按累计数与“年度指标值 × 序时进度”比较的指标：1-1、"
    )


def test_english_workbook() -> None:
    book = sheets(xlsx.render(year_end(), "en"))
    assert [s.title for s in book] == ["Self-evaluation", "Sources and rules", "Report"]
    header = row_where(book[0], 1, "Level 1")
    assert book[0].cell(header, 8).value == LABELS["en"]["explanation"]
    monitoring = sheets(xlsx.render_monitoring(in_year(), "en"))
    assert monitoring[0].title == "Monitoring"
    assert row_where(monitoring[0], 1, LABELS["en"]["projection"])


# --- The bytes ---------------------------------------------------------------------------------


def test_two_renders_give_identical_bytes(chengdu: Summary) -> None:
    assert xlsx.render(chengdu, "zh") == xlsx.render(chengdu, "zh")
    assert xlsx.render_monitoring(in_year(), "en") == xlsx.render_monitoring(in_year(), "en")


def test_no_clock_in_the_archive(chengdu: Summary) -> None:
    data = xlsx.render(chengdu, "zh")
    with zipfile.ZipFile(BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    properties = load_workbook(BytesIO(data)).properties
    assert properties.created == properties.modified == datetime(2022, 12, 31)
    assert load_workbook(BytesIO(xlsx.render_monitoring(in_year(), "zh"))).properties.created == (
        datetime(2022, 6, 30)
    )


def test_the_sheets_are_written_as_openpyxl_writes_them(
    chengdu: Summary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sheet writer emits cells and merged ranges as text, for speed: the bytes are those of
    openpyxl's own writer, year-end and in-year, rescaled, and with hostile text."""
    from openpyxl.writer.excel import ExcelWriter

    from perfcheck.reports.summary.xlsx import book
    from tests.reports.test_summary_hostile import year_end as hostile

    rescaled = year_end(FIXTURES / "valid" / "actuals" / "not_applicable_with_reason.yaml")
    packs: list[Callable[[], bytes]] = [
        lambda: xlsx.render(chengdu, "zh"),
        lambda: xlsx.render_monitoring(in_year(), "en"),
        lambda: xlsx.render(rescaled, "zh"),
        lambda: xlsx.render(hostile(tmp_path), "zh"),
    ]
    ours = [make() for make in packs]
    monkeypatch.setattr(book, "BookWriter", ExcelWriter)
    assert [make() for make in packs] == ours


SCRIPT = """
import sys
from pathlib import Path
from tests.reports.test_summary_xlsx import year_end
from perfcheck.reports.summary import xlsx
sys.stdout.buffer.write(xlsx.render(year_end(), "zh"))
"""


def test_identical_bytes_across_processes(chengdu: Summary) -> None:
    """Different hash seeds, a second apart: no set order and no clock in the bytes."""
    runs = [
        subprocess.run(
            [sys.executable, "-c", SCRIPT],
            cwd=ROOT, capture_output=True, check=True, timeout=120,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]  # fmt: skip
    assert runs[0] == runs[1] == xlsx.render(chengdu, "zh")


# --- LibreOffice round trip ---------------------------------------------------------------------

CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"  # UTF-8, as shown


def soffice() -> str:
    """LibreOffice, or a skip on a developer's machine; CI never skips silently."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is not None:
        return found
    if os.environ.get("CI"):
        pytest.fail("LibreOffice is not installed: .ci/libreoffice installs it for CI")
    pytest.skip("LibreOffice (soffice) is not installed")


def as_shown(data: bytes, tmp_path: Path) -> list[list[str]]:
    """The first sheet as LibreOffice displays it, converted headless with a private profile."""
    program = soffice()
    workbook = tmp_path / "review.xlsx"
    workbook.write_bytes(data)
    out = tmp_path / "out"
    profile = (tmp_path / "lo").as_uri()
    subprocess.run(
        [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", CSV_FILTER,
         "--outdir", str(out), str(workbook)],
        capture_output=True, check=True, timeout=120,
    )  # fmt: skip
    with (out / "review.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def shown_row(table: list[list[str]], column: int, text: str) -> list[str]:
    return next(row for row in table if len(row) > column and row[column] == text)


def test_libreoffice_reads_back_what_the_report_prints(chengdu: Summary, tmp_path: Path) -> None:
    table = as_shown(xlsx.render(chengdu, "zh"), tmp_path)
    assert table[0][0] == "四川省成都市人民检察院部门 2022年度部门整体支出绩效自评表"
    budget = shown_row(table, 0, ZH["budget_total"])
    assert budget[2:8] == ["15,213.00", "15,213.00", "14,876.52", "10.00", "97.79%", "9.78"]
    assert shown_row(table, 0, ZH["total"])[5:7] == ["100.00", "98.54"]
    assert shown_row(table, 0, ZH["grade"])[6] == "优"
    row = shown_row(table, 2, "3-2.围绕公益诉讼领域举办线下志愿者活动次数")
    assert row[3:7] == ["≥4场次", "3场次", "2.27", "1.70"]
    assert shown_row(table, 2, "4-2.认罪认罚刑事案件量刑建议采纳率")[3:7] == [
        "≥90%", "93.6%", "2.27", "2.27",
    ]  # fmt: skip
    assert shown_row(table, 2, "1-2.学习中心组专题学习考评通过率")[3] == "=100%"
    subtotal = next(row for row in table if row[:2] == ["效益指标", "小计"])
    assert subtotal[5:7] == ["30.00", "29.33"]


def test_libreoffice_reads_back_the_monitoring_form(tmp_path: Path) -> None:
    table = as_shown(xlsx.render_monitoring(in_year(), "zh"), tmp_path)
    budget = shown_row(table, 0, ZH["budget_total"])
    assert budget[2:8] == ["15,213.00", "7,100.00", "46.67%", "50.00%", "93.34%", "绿"]
    row = shown_row(table, 2, "2-3.监管场所派驻+巡回检察检查频次")
    assert row[3:9] == ["≥17次/年", "8.5次/年", "5次/年", "58.82%", "红", "17次/年"]
    projection = shown_row(table, 0, ZH["projection"])
    assert projection[6:8] == ["98.15", "优"]
