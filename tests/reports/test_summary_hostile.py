"""Hostile text from the inputs in the HTML and xlsx review packs: control characters, a newline,
a bidi override and formulas reach neither format raw. Both packs show what the text formats
show (reports.visible): the escape, never the character, and never a dropped character; the
HTML escapes markup; the workbook holds every user text as a string, never a formula."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from perfcheck import __version__
from perfcheck.reading.discovery import input_files
from perfcheck.reports.summary import html, xlsx
from perfcheck.results.summary import InputFile, MonitoringSummary, Summary
from perfcheck.run.load import load_actuals
from perfcheck.run.options import Options
from tests.conftest import FIXTURES

TARGETS = FIXTURES / "shared" / "targets_small.yaml"
ACTUALS = FIXTURES / "shared" / "actuals_small_q4.yaml"

FORMULA = '=HYPERLINK("http://x")'
# In YAML: an ESC, a newline and U+202E (RIGHT-TO-LEFT OVERRIDE) by their escapes.
MIXED_YAML = r'"宣传\e[2J活动\n第二行\u202e反转"'
MIXED_SHOWN = r"宣传\x1b[2J活动\n第二行\u202e反转"
TARGET_LINES = [
    ("department: 测试部门", "department: '@SUM(A1)'"),
    ("name: 开展宣传", "name: '+1+2'"),
    ("name: 举办宣传活动次数", f"name: '{FORMULA}'"),
    ("name: 入户走访频次", f"name: {MIXED_YAML}"),
]
# 1-1 and 1-2 fall short, each with an explanation: one a formula, one the mixed text.
ACTUAL_LINES = [
    ("  1-1: 4\n", f"  1-1:\n    value: 2\n    explanation: '{FORMULA}'\n"),
    ("  1-2: 12\n", f"  1-2:\n    value: 6\n    explanation: {MIXED_YAML}\n"),
]
RAW = ("\x1b", "\u202e", "宣传\x1b", "活动\n第二行")  # what must never appear as it is


def hostile_files(folder: Path, period: str) -> Path:
    """The small target file and its actuals with the hostile texts; the actuals' path."""
    text = TARGETS.read_text(encoding="utf-8")
    for old, new in TARGET_LINES:
        assert old in text
        text = text.replace(old, new, 1)
    (folder / "targets_small.yaml").write_text(text, encoding="utf-8")
    actuals = ACTUALS.read_text(encoding="utf-8").replace("2022Q4", period)
    for old, new in ACTUAL_LINES:
        assert old in actuals
        actuals = actuals.replace(old, new)
    path = folder / f"{period}.yaml"
    path.write_text(actuals, encoding="utf-8")
    return path


def year_end(folder: Path) -> Summary:
    path = hostile_files(folder, "2022Q4")
    loaded = load_actuals(path, Options())
    assert loaded.result is not None
    return Summary(loaded.result, input_files([path]), __version__)


def in_year(folder: Path) -> MonitoringSummary:
    path = hostile_files(folder, "2022Q2")
    loaded = load_actuals(path, Options())
    assert loaded.monitoring is not None
    return MonitoringSummary(loaded.monitoring, input_files([path]), __version__)


def test_the_hostile_texts_reach_the_result_as_written(tmp_path: Path) -> None:
    """The premise: the reader keeps the characters, so the packs are the ones to escape them."""
    r = year_end(tmp_path).result
    names = {i.indicator.id: i.indicator.name for i in r.indicators}
    assert names["1-1"] == FORMULA
    assert names["1-2"] == "宣传\x1b[2J活动\n第二行\u202e反转"
    assert r.targets.department == "@SUM(A1)"


# --- HTML ----------------------------------------------------------------------------------------


@pytest.fixture(params=["year_end", "in_year"])
def page(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "year_end":
        return html.render(year_end(tmp_path), "zh")
    return html.render_monitoring(in_year(tmp_path), "zh")


def test_html_shows_controls_newline_and_bidi_override_as_escapes(page: str) -> None:
    for raw in RAW:
        assert raw not in page
    assert f"1-2.{MIXED_SHOWN}" in page  # the name in the indicator table
    assert f"1-2 {MIXED_SHOWN}" in page  # the name where a section lists it


def test_html_escapes_markup_in_user_text(page: str) -> None:
    assert "<title>@SUM(A1) " in page
    shown = "=HYPERLINK(&quot;http://x&quot;)"
    assert f"1-1.{shown}" in page
    assert '"http://x"' not in page  # never a live quote, in text or in an attribute
    assert page.count("<a ") == 0


def test_html_year_end_explanations_are_escaped(tmp_path: Path) -> None:
    page = html.render(year_end(tmp_path), "zh")
    assert ">=HYPERLINK(&quot;http://x&quot;)<" in page  # the explanation cell, as it was given
    assert f">{MIXED_SHOWN}<" in page


# --- xlsx ----------------------------------------------------------------------------------------


def workbook_of(data: bytes) -> list[Worksheet]:
    book = load_workbook(BytesIO(data))
    return [s for s in book.worksheets if isinstance(s, Worksheet)]


def texts(sheets: list[Worksheet]) -> list[str]:
    return [
        c.value for s in sheets for row in s.iter_rows() for c in row if isinstance(c.value, str)
    ]


@pytest.fixture(params=["year_end", "in_year"])
def book_bytes(request: pytest.FixtureRequest, tmp_path: Path) -> bytes:
    if request.param == "year_end":
        return xlsx.render(year_end(tmp_path), "zh")
    return xlsx.render_monitoring(in_year(tmp_path), "zh")


def test_xlsx_shows_controls_newline_and_bidi_override_as_escapes(book_bytes: bytes) -> None:
    shown = texts(workbook_of(book_bytes))
    assert f"1-2.{MIXED_SHOWN}" in shown  # the form: nothing dropped, every character shown
    for value in shown:
        for raw in RAW:
            assert raw not in value


def test_xlsx_never_stores_user_text_as_a_formula(book_bytes: bytes) -> None:
    sheets = workbook_of(book_bytes)
    cells = [c for s in sheets for row in s.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type in ("s", "n") for c in cells)
    department = [c for c in cells if c.value == "@SUM(A1)"]  # 部门 on the report sheet
    assert department and all(c.data_type == "s" for c in department)
    with zipfile.ZipFile(BytesIO(book_bytes)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert re.search(rb"<f[ >]", archive.read(name)) is None, name


def test_xlsx_year_end_explanation_formula_is_text_as_given(tmp_path: Path) -> None:
    sheets = workbook_of(xlsx.render(year_end(tmp_path), "zh"))
    form = sheets[0]
    found = [c for row in form.iter_rows() for c in row if c.value == FORMULA]
    assert len(found) == 1  # 1-1's explanation, verbatim
    assert found[0].data_type == "s"
    assert MIXED_SHOWN in texts([form])  # 1-2's explanation
    report = texts([sheets[2]])
    assert any(f"1-2 {MIXED_SHOWN}" in s for s in report)  # listed among the unmet


def test_xlsx_units_in_number_formats_are_escaped(tmp_path: Path) -> None:
    """A unit is written into a number format (17 in 次/年 shows as 17次/年): escaped there too,
    or the styles part would hold a character XML forbids."""
    path = hostile_files(tmp_path, "2022Q4")
    targets = path.parent / "targets_small.yaml"
    text = targets.read_text(encoding="utf-8").replace("target: ≥4次", r'target: "≥4次\e"')
    targets.write_text(text, encoding="utf-8")
    loaded = load_actuals(path, Options())
    if loaded.result is None:  # the notation refuses such a unit: nothing to write
        pytest.skip("a unit with a control character is not accepted")
    data = xlsx.render(Summary(loaded.result, input_files([path]), __version__), "zh")
    with zipfile.ZipFile(BytesIO(data)) as archive:
        styles = archive.read("xl/styles.xml").decode("utf-8")
    assert "\x1b" not in styles
    assert 'formatCode="0&quot;次\\x1b&quot;"' in styles  # 2 of ≥4次␛ shows as 2次\x1b
    assert workbook_of(data)  # the workbook opens


def test_xlsx_file_name_with_an_undecodable_byte(tmp_path: Path) -> None:
    """A path Python keeps with a surrogate (from a byte its encoding could not decode) is shown
    as that byte, not a failure to encode the sheet."""
    summary = year_end(tmp_path)
    odd = Summary(summary.result, (InputFile("数据\udcff.yaml", "0" * 64),), __version__)
    shown = texts(workbook_of(xlsx.render(odd, "zh")))
    assert r"数据\xff.yaml" in shown
