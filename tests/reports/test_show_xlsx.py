"""`perfcheck show --format xlsx`: the target file as the official 目标表 of its kind.

The workbooks are compared with golden files, as a listing of their cells, formats and merged
spans; regenerate them with PERFCHECK_UPDATE_GOLDEN=1. The assertions below were read off the
target files by hand.
"""

from __future__ import annotations

import json
import os
import zipfile
from decimal import Decimal
from io import BytesIO, StringIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from perfcheck.diagnostics import Lang
from perfcheck.reports import target_form
from perfcheck.reports.formats import ShowFormat
from perfcheck.reports.render import View, targets_document, targets_renderer
from perfcheck.results.targets import ResolvedTargets
from perfcheck.run.load import load_targets
from perfcheck.run.options import Options
from tests.builders import indicator, resolved, targets
from tests.conftest import ROOT, run
from tests.reports.test_summary_html import normalised
from tests.reports.test_summary_xlsx import as_shown, number, row_where, sheets, shown_row

D = Decimal
GOLDEN = ROOT / "tests" / "golden"
CHENGDU = "targets/chengdu_procuratorate_2022.yaml"
PROJECT = "tests/fixtures/valid/targets/project_no_tasks_no_ids.yaml"
FLAT = "tests/fixtures/valid/targets/project_flat_points.yaml"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def loaded(path: str) -> ResolvedTargets:
    result = load_targets(Path(path), Options())
    assert result.ok and result.targets is not None and result.allocation is not None
    return ResolvedTargets(result.targets, result.allocation)


def form(path: str, lang: Lang = "zh") -> Worksheet:
    [sheet] = sheets(target_form.render(loaded(path), lang))
    return sheet


def values(sheet: Worksheet, row: int, first: int, last: int) -> list[object]:
    return [sheet.cell(row, c).value for c in range(first, last + 1)]


def merged(sheet: Worksheet) -> set[str]:
    return {str(r) for r in sheet.merged_cells.ranges}


# --- Golden files ------------------------------------------------------------------------------


def listing(data: bytes) -> str:
    """The sheet as text: its name, merged spans, then each cell that holds a value or a number
    format, with both."""
    [sheet] = sheets(data)
    lines = [f"== {sheet.title}", "merged: " + " ".join(sorted(merged(sheet)))]
    for row in sheet.iter_rows():
        for c in row:
            if isinstance(c, Cell) and (c.value is not None or c.number_format != "General"):
                lines.append(f"{c.coordinate}\t{c.value!r}\t{c.number_format}")
    return normalised("\n".join(lines) + "\n")


@pytest.mark.parametrize(
    ("name", "path"),
    [("show-department.xlsx.txt", CHENGDU), ("show-project.xlsx.txt", PROJECT)],
)
def test_the_workbook_matches_its_golden_file(name: str, path: str, tmp_path: Path) -> None:
    out = tmp_path / "form.xlsx"
    code, _, err = run("show", path, "--format", "xlsx", "-o", str(out))
    assert code == 0, err
    assert f"已写入 {out}（xlsx）" in err
    data = out.read_bytes()
    assert data == target_form.render(loaded(path), "zh")
    golden = GOLDEN / name
    if os.environ.get("PERFCHECK_UPDATE_GOLDEN"):
        golden.write_text(listing(data), encoding="utf-8")
    assert golden.exists(), f"no golden file {name}; run with PERFCHECK_UPDATE_GOLDEN=1"
    assert listing(data) == golden.read_text(encoding="utf-8")


# --- The department form: 部门整体支出绩效目标表 ---------------------


def test_the_department_form_has_the_published_blocks_in_order() -> None:
    sheet = form(CHENGDU)
    assert values(sheet, 1, 1, 1) == ["部门整体支出绩效目标表"]
    assert (sheet["A2"].value, sheet["A3"].value) == ("（2022年度）", "金额单位：万元")
    assert {"A1:E1", "A2:E2", "A3:E3"} <= merged(sheet)
    assert values(sheet, 4, 1, 2) == ["部门名称", "四川省成都市人民检察院部门"]
    # 年度主要任务 over its header and the five tasks: rows 5 to 10
    assert "A5:A10" in merged(sheet)
    assert values(sheet, 5, 1, 4) == ["年度主要任务", "任务名称", None, "主要内容"]
    assert values(sheet, 6, 2, 2) == ["任务1.持续深化政治建设"]
    assert str(sheet["D6"].value).startswith("坚持把学习贯彻习近平新时代")
    assert {"B6:C6", "D6:E6"} <= merged(sheet)
    assert sheet["B10"].value == "任务5.全面加强基层基础建设"
    # the budget as the file gives it: 资金总额 15,213.00 = 财政拨款 15,213.00 + 其他资金 0.00
    assert "A11:A12" in merged(sheet)
    assert values(sheet, 11, 1, 5) == [
        "年度部门整体支出预算",
        "资金总额",
        None,
        "财政拨款",
        "其他资金",
    ]
    assert [number(sheet[c]) for c in ("B12", "D12", "E12")] == [D(15213), D(15213), D(0)]
    assert sheet["B12"].number_format == "#,##0.00"
    assert sheet["A13"].value == "年度总体目标"
    assert str(sheet["B13"].value).startswith("2022年，全市检察机关")
    assert "B13:E13" in merged(sheet)


def test_the_department_indicators_merge_their_levels_over_their_runs() -> None:
    sheet = form(CHENGDU)
    header = row_where(sheet, 1, "年度绩效指标")
    assert header == 14
    assert values(sheet, 14, 2, 5) == [
        "一级指标", "二级指标", "三级指标", "指标值（包含数字及文字描述）",
    ]  # fmt: skip
    # 34 indicators below the header, the label down all 35 rows
    assert "A14:A48" in merged(sheet)
    # 产出指标: 12 数量 + 5 质量 + 5 时效 = 22 rows (15–36); 效益指标 7 + 3 (37–46); 满意度 2
    assert {"B15:B36", "B37:B46", "B47:B48"} <= merged(sheet)
    assert {"C15:C26", "C27:C31", "C32:C36", "C37:C43", "C44:C46"} <= merged(sheet)
    assert "C47:C48" not in merged(sheet)  # two level-2 groups of one row each
    assert values(sheet, 47, 2, 3) == ["满意度指标", "服务对象满意度指标"]
    assert sheet["C48"].value == "帮扶对象满意度指标"
    assert values(sheet, 18, 4, 5) == ["2-3.监管场所派驻+巡回检察检查频次", "≥17次/年"]
    assert values(sheet, 27, 3, 5) == ["质量指标", "1-2.学习中心组专题学习考评通过率", "=100%"]
    assert values(sheet, 44, 3, 5) == ["可持续影响指标", "1-5.增强党组织向心力", "定性优良中低差"]
    assert sheet.max_column == 5  # the file gives no points: no 分值 column


def test_every_value_is_text_and_none_a_formula() -> None:
    data = target_form.render(loaded(CHENGDU), "zh")
    [sheet] = sheets(data)
    texts = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert all(c.data_type == "s" for c in texts)
    assert sheet["E27"].value == "=100%"
    with zipfile.ZipFile(BytesIO(data)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml and "<f " not in xml


def test_text_that_looks_like_a_formula_or_hides_controls_stays_visible_text() -> None:
    hostile = targets(
        [
            indicator("1-1", "≥4次", name='=HYPERLINK("http://x")'),
            indicator("1-2", "≥90%", level1="效益指标", name="名称\x1b[31m红"),
        ],
        annual_goal="+SUM(A1:A2)",
    )
    [sheet] = sheets(target_form.render(resolved(hostile), "zh"))
    found = {c.value: c for row in sheet.iter_rows() for c in row if isinstance(c, Cell)}
    formula = found['1-1.=HYPERLINK("http://x")']
    assert formula.data_type == "s"
    assert found["+SUM(A1:A2)"].data_type == "s"
    assert "1-2.名称\\x1b[31m红" in found  # the escape shown, the control never written


def test_the_points_column_shows_the_file_s_own_points_only() -> None:
    given = targets(
        [
            indicator("1-1", "≥4次", points="12.5"),
            indicator("1-2", "≥90%"),  # no points: the even split is not the file's
            indicator("1-3", "=100%", level1="效益指标", points="30"),
        ]
    )
    [sheet] = sheets(target_form.render(resolved(given), "zh"))
    header = row_where(sheet, 1, "年度绩效指标")
    assert sheet.cell(header, 6).value == "分值"
    assert number(sheet.cell(header + 1, 6)) == D("12.5")
    assert sheet.cell(header + 1, 6).number_format == "0.0"
    assert sheet.cell(header + 2, 6).value is None
    assert number(sheet.cell(header + 3, 6)) == D(30)
    # six columns: 资金总额 alone spreads over the five after the label
    budget = row_where(sheet, 1, "年度部门整体支出预算")
    assert f"B{budget}:F{budget}" in merged(sheet)


def test_many_sources_continue_on_the_rows_below() -> None:
    sources = {
        f"来源{n}": D(n) for n in range(1, 6)
    }  # with 资金总额, six headings for four columns
    given = targets([indicator("1-1", "≥4次")], budget={"total": D(15), "sources": sources})
    [sheet] = sheets(target_form.render(resolved(given), "zh"))
    top = row_where(sheet, 1, "年度部门整体支出预算")
    assert f"A{top}:A{top + 3}" in merged(sheet)
    assert values(sheet, top, 2, 5) == ["资金总额", "来源1", "来源2", "来源3"]
    assert values(sheet, top + 1, 2, 5) == [15, 1, 2, 3]
    # the last two share the four columns: two each
    assert values(sheet, top + 2, 2, 4) == ["来源4", None, "来源5"]
    assert {f"B{top + 2}:C{top + 2}", f"D{top + 3}:E{top + 3}"} <= merged(sheet)


# --- The project form: 项目支出绩效目标表 ------------------------------------------------------


def test_the_project_form_has_the_project_block() -> None:
    sheet = form(PROJECT)
    assert (sheet["A1"].value, sheet["A2"].value) == ("项目支出绩效目标表", "（2023年度）")
    assert values(sheet, 4, 1, 2) == ["项目名称", "2023年乡村道路养护项目"]
    assert values(sheet, 5, 1, 5) == [
        "主管部门",
        "青禾县交通运输局",
        None,
        "实施单位",
        "青禾县公路事务中心",
    ]
    # 项目资金 down three rows: 250 = 200 + 50
    assert "A6:A8" in merged(sheet)
    assert values(sheet, 6, 1, 2) == ["项目资金（万元）", "年度资金总额"]
    assert values(sheet, 7, 2, 2) == ["其中：当年财政拨款"]
    assert values(sheet, 8, 2, 2) == ["上年结转资金"]
    assert [number(sheet[f"D{r}"]) for r in (6, 7, 8)] == [D(250), D(200), D(50)]
    assert values(sheet, 9, 1, 1) == ["年度总体目标"]
    assert str(sheet["B9"].value).startswith("完成乡村道路日常养护120公里")
    all_text = [c.value for row in sheet.iter_rows() for c in row]
    assert "年度主要任务" not in all_text and "部门名称" not in all_text


def test_the_project_indicators_are_merged_and_unnumbered_as_published() -> None:
    sheet = form(PROJECT)
    assert values(sheet, 10, 1, 5) == ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]
    assert "A10:A17" in merged(sheet)
    # 产出指标 over four rows, its 数量指标 over two; 效益指标 over two
    assert {"B11:B14", "C11:C12", "B15:B16"} <= merged(sheet)
    assert values(sheet, 14, 3, 5) == ["成本指标", "每公里养护成本", "≤2万元/公里"]
    assert values(sheet, 17, 2, 5) == [
        "满意度指标",
        "服务对象满意度指标",
        "沿线群众满意度",
        "≥90%",
    ]


def test_a_flat_list_spans_its_names_over_the_level_columns() -> None:
    sheet = form(FLAT)
    header = row_where(sheet, 1, "绩效指标")
    assert values(sheet, header, 2, 6) == ["三级指标", None, None, "指标值", "分值"]
    assert f"B{header}:D{header}" in merged(sheet)
    assert f"B{header + 1}:D{header + 1}" in merged(sheet)
    assert values(sheet, header + 1, 2, 2) == ["新建集中供水工程数量"]
    assert sheet.cell(header + 1, 5).value == "≥3处"
    points = [number(sheet.cell(header + k, 6)) for k in range(1, 7)]
    assert points == [D(20), D(20), D(20), D(10), D(10), D(10)]  # 90, as the file gives them
    all_text = [c.value for row in sheet.iter_rows() for c in row]
    assert "一级指标" not in all_text and "二级指标" not in all_text


def test_parts_stand_under_their_indicator_without_points() -> None:
    sheet = form("tests/fixtures/valid/targets/parts_breakdown.yaml")
    header = row_where(sheet, 1, "绩效指标")
    names = [sheet.cell(header + k, 2).value for k in range(1, 8)]
    assert names == [
        "补贴良种畜数量", "其中：种猪", "其中：种牛", "补贴资金发放及时率",
        "补贴发放完成时间", "其中：上半年批次", "其中：下半年批次",
    ]  # fmt: skip
    assert values(sheet, header + 3, 5, 6) == ["≥12头", None]  # 其中：种牛, never scored
    assert number(sheet.cell(header + 1, 6)) == D(30)
    assert f"A{header}:A{header + 7}" in merged(sheet)


def test_a_part_row_belongs_to_its_indicator_s_level_cells() -> None:
    with_parts = {**indicator("1-1", "≥192只"), "parts": [{"name": "种猪", "target": "≥180只"}]}
    given = targets([with_parts, indicator("1-2", "≥90%")])
    [sheet] = sheets(target_form.render(resolved(given), "zh"))
    header = row_where(sheet, 1, "年度绩效指标")
    first = header + 1
    # 产出指标 / 数量指标 over the indicator, its part and the next indicator: three rows
    assert {f"B{first}:B{first + 2}", f"C{first}:C{first + 2}"} <= merged(sheet)
    assert values(sheet, first + 1, 4, 5) == ["其中：种猪", "≥180只"]


def test_english_labels() -> None:
    sheet = form(PROJECT, "en")
    assert sheet.title == "Performance targets"
    assert values(sheet, 6, 1, 2) == ["Project funds (万元)", "Total funds"]


# --- Print and bytes ---------------------------------------------------------------------------


def test_the_form_prints_on_a4_with_its_header_on_every_page() -> None:
    sheet = form(CHENGDU)
    assert (sheet.print_title_rows or "").replace("$", "") == "14:14"
    assert sheet.freeze_panes == "A15"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4  # 9: A4
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    props = sheet.sheet_properties.pageSetUpPr
    assert props is not None and props.fitToPage
    assert [sheet.column_dimensions[c].width for c in "ABCDE"] == [14, 12, 16, 44, 20]
    assert sheet["D6"].alignment.wrap_text
    assert (sheet.row_dimensions[6].height or 0) > 15  # a task's content takes several lines


def test_the_same_file_gives_the_same_bytes_dated_by_its_year() -> None:
    first = target_form.render(loaded(CHENGDU), "zh")
    assert first == target_form.render(loaded(CHENGDU), "zh")
    book = load_workbook(BytesIO(first))
    assert book.properties.created is not None and book.properties.created.year == 2022
    with zipfile.ZipFile(BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_libreoffice_reads_back_what_the_form_prints(tmp_path: Path) -> None:
    table = as_shown(target_form.render(loaded(CHENGDU), "zh"), tmp_path)
    assert table[0][0] == "部门整体支出绩效目标表"
    budget = shown_row(table, 1, "资金总额")
    assert budget[0] == "年度部门整体支出预算"
    amounts = table[table.index(budget) + 1]
    assert [amounts[1], amounts[3], amounts[4]] == ["15,213.00", "15,213.00", "0.00"]
    assert shown_row(table, 3, "2-3.监管场所派驻+巡回检察检查频次")[4] == "≥17次/年"
    assert shown_row(table, 3, "1-2.学习中心组专题学习考评通过率")[4] == "=100%"


# --- The command: -o, --force, never over the input --------------------------------------------


def test_xlsx_without_an_output_file_is_a_usage_error() -> None:
    code, out, err = run("show", CHENGDU, "--format", "xlsx")
    assert code == 2 and out == ""
    assert "xlsx 须用 -o 指定输出文件" in err


def test_an_existing_output_is_kept_without_force(tmp_path: Path) -> None:
    out = tmp_path / "form.xlsx"
    out.write_bytes(b"kept")
    code, _, err = run("show", CHENGDU, "--format", "xlsx", "-o", str(out))
    assert code == 2 and "F012" in err and "summary、show 和 import 加 --force" in err
    assert out.read_bytes() == b"kept"
    code, _, _ = run("show", CHENGDU, "--format", "xlsx", "-o", str(out), "--force")
    assert code == 0 and out.read_bytes() == target_form.render(loaded(CHENGDU), "zh")


def test_the_target_file_is_never_the_output(tmp_path: Path) -> None:
    copy = tmp_path / "t.yaml"
    copy.write_bytes((ROOT / CHENGDU).read_bytes())
    code, _, err = run("show", str(copy), "--format", "xlsx", "-o", str(copy), "--force")
    assert code == 2 and "F013" in err
    assert copy.read_bytes() == (ROOT / CHENGDU).read_bytes()


@pytest.mark.parametrize("chosen", ["text", "json"])
def test_text_and_json_go_to_a_file_as_to_a_pipe(chosen: str, tmp_path: Path) -> None:
    out = tmp_path / f"show.{chosen}"
    code, printed, _ = run("show", CHENGDU, "--format", chosen)
    assert code == 0
    code, nothing, _ = run("show", CHENGDU, "--format", chosen, "-o", str(out))
    assert (code, nothing) == (0, "")
    assert out.read_text(encoding="utf-8") == printed


def test_every_show_format_has_a_document_renderer() -> None:
    for chosen in ShowFormat:
        assert callable(targets_document(chosen, View()))
    with pytest.raises(TypeError, match="targets_document"):
        targets_renderer(ShowFormat.XLSX)(loaded(PROJECT), "zh", StringIO(), View())


# --- The way back: the written form read in again -------------------


PARTS = "tests/fixtures/valid/targets/parts_breakdown.yaml"


def _round_trip(path: Path, tmp_path: Path) -> tuple[object, object]:
    """`show` of the file, and `show` of what `import` makes of the form `show` wrote, as
    JSON read with exact numbers (an amount may come back as 250.00 for 250)."""
    form_file, again = tmp_path / "form.xlsx", tmp_path / "again.yaml"
    code, _, err = run("show", str(path), "--format", "xlsx", "-o", str(form_file))
    assert code == 0, err
    code, _, err = run("import", str(form_file), "-o", str(again))
    assert code == 0, err
    shown = [run("show", str(p), "--format", "json") for p in (path, again)]
    assert shown[0][0] == shown[1][0] == 0
    before, after = (json.loads(out, parse_float=Decimal) for _, out, _ in shown)
    return before, after


@pytest.mark.parametrize("path", [CHENGDU, PROJECT, FLAT, PARTS])
def test_the_written_form_reads_back_as_the_same_target_file(path: str, tmp_path: Path) -> None:
    """The YAML can be the one source the submission is made from: the workbook `show` writes,
    imported, gives a target file that shows exactly as the one it came from."""
    before, after = _round_trip(ROOT / path, tmp_path)
    assert after == before


@pytest.mark.parametrize("path", [CHENGDU, PROJECT])
def test_prose_over_several_lines_reads_back_as_written(path: str, tmp_path: Path) -> None:
    """A task's content and the overall goal keep their line breaks in the form's cells."""
    import yaml

    data = yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))
    holder, key = (data["tasks"][0], "content") if path == CHENGDU else (data, "annual_goal")
    prose = holder[key]
    holder[key] = prose[: len(prose) // 2] + "\n" + prose[len(prose) // 2 :]
    source = tmp_path / "source.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    before, after = _round_trip(source, tmp_path)
    assert "\\n" in json.dumps(before, default=str)  # the break is there, escaped
    assert after == before


# --- The scoring rules sheet: a file's own rules:, read back -----------------------------------

ROUND_DOWN = "tests/fixtures/valid/targets/round_down_budget.yaml"
TWENTY = "tests/fixtures/valid/targets/project_twenty_point_budget.yaml"
CUSTOM = "tests/fixtures/valid/targets/custom_rules.yaml"
# Settings added to a file's own (rounding down, no cap, the profile named): each kind of value
# the sheet writes, a word, a boolean, a mapping and a number, in both kinds of table.
MORE_RULES = {"rounding_mode": "down", "cap": False, "profile": "national"}


def _with_rules(path: str, tmp_path: Path, extra: dict[str, object]) -> tuple[Path, Path]:
    """The target file with `extra` added to its rules, and its actuals pointing at it."""
    import yaml

    data = yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))
    data["rules"] = {**data.get("rules", {}), **extra}
    source = tmp_path / "source.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return source, _actuals_for(ROOT / path.replace("/targets/", "/actuals/"), source, tmp_path)


def _actuals_for(actuals: Path, targets_file: Path, tmp_path: Path) -> Path:
    import yaml

    data = yaml.safe_load(actuals.read_text(encoding="utf-8"))
    data["targets"] = targets_file.name
    out = tmp_path / f"{targets_file.stem}.actuals.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def _score(actuals: Path) -> object:
    code, out, err = run("score", str(actuals), "--format", "json")
    assert code in (0, 1), err
    return json.loads(out, parse_float=Decimal)


@pytest.mark.parametrize(
    ("path", "extra"),
    [(ROUND_DOWN, {}), (ROUND_DOWN, MORE_RULES), (TWENTY, {}), (TWENTY, MORE_RULES)],
)
def test_the_file_s_own_rules_read_back_and_score_the_same(
    path: str, extra: dict[str, object], tmp_path: Path
) -> None:
    """Weights, rounding and its mode, the budget's rounding and denominator, the cap and the
    profile go to the rules sheet and come back: the re-imported file shows and scores as the
    one it came from."""
    source, actuals = _with_rules(path, tmp_path, extra)
    before, after = _round_trip(source, tmp_path)
    assert after == before
    again = tmp_path / "again.yaml"
    first, second = load_targets(source, Options()), load_targets(again, Options())
    assert first.targets is not None and second.targets is not None
    rules = first.targets.rules, second.targets.rules
    assert rules[1] == rules[0]
    given = [{k for k in type(r).model_fields if r.given_in_file(k)} for r in rules]
    assert given[1] == given[0] and set(extra) <= given[0]
    assert _score(_actuals_for(actuals, again, tmp_path)) == _score(actuals)


def test_the_rules_sheet_holds_the_file_s_own_settings_only() -> None:
    book = load_workbook(BytesIO(target_form.render(loaded(CUSTOM), "zh")))
    assert book.sheetnames == ["绩效目标表", "计分规则"]
    rows = [tuple(r) for r in book["计分规则"].iter_rows(values_only=True)]
    assert rows == [
        ("设置", "取值", "说明"),
        ("budget_points", "20", "预算执行率分值"),
        ("weights", "{产出指标: 50, 效益指标: 20, 满意度指标: 10}", "一级指标权重"),
        ("reverse_formula", "linear", "反向指标超出上限时的计分公式"),
        ("cap", "false", "得分不超过分值"),
        ("rounding", "0.1", "得分舍入单位"),
    ]
    english = load_workbook(BytesIO(target_form.render(loaded(CUSTOM), "en")))
    assert english.sheetnames[1] == "Scoring rules"
    assert english["Scoring rules"]["A1"].value == "Setting"
    assert english["Scoring rules"]["C3"].value == "level-1 weights"


def test_a_file_without_rules_has_the_form_alone() -> None:
    assert sheets(target_form.render(loaded(CHENGDU), "zh"))[0].title == "绩效目标表"
    assert len(load_workbook(BytesIO(target_form.render(loaded(PROJECT), "zh"))).sheetnames) == 1


def test_an_unreadable_rules_row_is_located_at_its_cell(tmp_path: Path) -> None:
    """A row the sheet cannot give is T007 at its cell; the rows around it still count."""
    form_file, again = tmp_path / "form.xlsx", tmp_path / "again.yaml"
    book = load_workbook(BytesIO(target_form.render(loaded(CUSTOM), "zh")))
    book["计分规则"]["A3"] = "weight"  # no such setting
    book["计分规则"]["B6"] = "{产出指标: 50"  # no YAML
    book["计分规则"].move_range("A1:C7", rows=2, cols=1)  # read by its headings, not by place
    book.save(form_file)
    code, out, err = run("import", str(form_file), "-o", str(again))
    assert code == 1, err
    assert "计分规则!B5: T007" in out and "计分规则!C8: T007" in out, out
    import yaml

    rules = yaml.safe_load(again.read_text(encoding="utf-8"))["rules"]
    assert rules == {"budget_points": 20, "reverse_formula": "linear", "cap": False}
