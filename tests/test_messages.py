"""Input a person writes by hand and the messages they get back: every invisible character
reported and harmless, messages that say what to write, findings located at their cause, the
configuration read from its own folder."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from perfcheck.reading.invisible import INVISIBLE, visible
from tests.conftest import LOCATED, THREE, run, write


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def targets(text: str | None = None, name: str = "t.yaml") -> None:
    write(name, THREE.read_text(encoding="utf-8") if text is None else text)


def actuals(entries: str, *, period: str = "2022Q4", name: str = "a.yaml") -> None:
    header = f"targets: t.yaml\nperiod: {period}\nbudget:\n  spent: 100\nactuals:\n"
    write(name, header + entries)


def concise(*args: str) -> tuple[int, list[str]]:
    code, out, _ = run("validate", *args, "--format", "concise")
    found = (LOCATED.match(line) for line in out.splitlines())
    return code, [match[1] for match in found if match]


# --- invisible characters (case 23) ----------------------------------------------------------


def test_the_invisible_class_is_unicodes_format_characters_and_the_blank_fillers() -> None:
    fillers = "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u3164\uffa0"
    fillers += "".join(map(chr, range(0xFE00, 0xFE10)))
    every = (chr(c) for c in range(0x110000))
    wanted = {ch for ch in every if unicodedata.category(ch) == "Cf"} | set(fillers)
    matched = {chr(c) for c in range(0x110000) if INVISIBLE.match(chr(c))}
    assert wanted <= matched
    # what else matches is unassigned in this Unicode version (format characters of a later one)
    assert {unicodedata.category(ch) for ch in matched - wanted} <= {"Cn"}


THREE_TEXT = THREE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "mark", ["\u200f", "\u200e", "\u202e", "\u2067", "\u061c", "\u180e", "\u2062", "\u3164",
             "\u115f", "\ufe0f", "\u034f", "\u17b4", "\U000e0041"],
)  # fmt: skip
def test_every_invisible_mark_in_a_unit_is_reported_and_changes_nothing(mark: str) -> None:
    text = THREE_TEXT.replace("target: ≥4次", f"target: ≥4{mark}次")
    assert text != THREE_TEXT
    targets(text)
    actuals("  1-1: 5次\n  1-2: 95\n  1-3: 95\n")
    line = text.splitlines().index(f"    target: ≥4{mark}次") + 1
    code, found = concise("t.yaml", "a.yaml")
    assert (code, found) == (0, [f"t.yaml:{line}:15: W005"])
    actuals("  1-1: 2次\n  1-2: 45\n  1-3: 45\n", period="2022Q2")
    code, out, _ = run("score", "a.yaml", "--format", "json")
    assert out.count('"cumulative": true') == 1  # 次 counts up through the year, as without it


def test_an_escaped_mark_is_reported_where_its_text_stands() -> None:
    text = THREE_TEXT.replace("target: ≥4次", 'target: "≥4\\u200f次"')
    targets(text)
    actuals("  1-1: 5次\n  1-2: 95\n  1-3: 95\n")
    line = text.splitlines().index('    target: "≥4\\u200f次"') + 1
    code, found = concise("t.yaml", "a.yaml")
    assert (code, found) == (0, [f"t.yaml:{line}:13: W005"])


def test_a_level1_name_with_a_mark_keeps_its_weight() -> None:
    text = THREE_TEXT.replace("level1: 产出指标", "level1: 产出\u200b指标", 1)
    targets(text)
    code, found = concise("t.yaml")
    line = text.splitlines().index("    level1: 产出\u200b指标") + 1
    assert (code, found) == (0, [f"t.yaml:{line}:15: W005"])  # no D007 nor D005


def test_visible_drops_only_what_shows_as_nothing() -> None:
    assert visible("≥4\u200f次\ufe0f") == "≥4次"
    assert visible("满意度 %") == "满意度 %"


# --- messages a person can act on ------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "where", "key"),
    [
        ("    name: 知晓率", "    name：知晓率", "17:9", "name"),  # the parser stops on line 18
        ("department: 测试部门", "department：测试部门", "1:11", "department"),
        ("  - id: 1-2", "  - id：1-2", "14:7", "id"),
    ],
)
def test_a_full_width_colon_names_the_keys_line(old: str, new: str, where: str, key: str) -> None:
    targets(THREE_TEXT.replace(old, new))
    code, out, _ = run("validate", "t.yaml", "--format", "concise")
    line = where.split(":")[0]
    assert code == 1
    assert out.splitlines()[0] == (
        f"t.yaml:{where}: Y001 YAML 语法错误：第 {line} 行的键 “{key}” 后面是全角冒号 “：”；"
        "请改为半角冒号 “:”，冒号后加一个空格"
    )


def test_a_full_width_colon_inside_a_value_is_no_slip() -> None:
    targets(THREE_TEXT.replace("name: 任务", "name: 任务：宣传"))
    assert concise("t.yaml") == (0, [])


def test_an_unknown_configuration_key_is_located_and_suggested() -> None:
    targets()
    write(".perfcheck.yaml", "strict: true\nlimits:\n  max_byte: 3\n")
    code, _, err = run("validate", "t.yaml")
    assert code == 2
    assert err == (
        f"perfcheck: {Path.cwd() / '.perfcheck.yaml'}:3:3: S002 未知的键 “max_byte”；"
        "是不是 “max_bytes”？\n"
    )
    write(".perfcheck.yaml", "lang: en\nstrikt: true\n")
    code, _, err = run("validate", "t.yaml")
    assert (code, err) == (
        2,
        f"perfcheck: {Path.cwd() / '.perfcheck.yaml'}:2:1: S002 unknown key 'strikt'; "
        "did you mean 'strict'?\n",
    )


def test_an_unknown_key_in_pyproject_is_named_on_its_line() -> None:
    targets()
    write("pyproject.toml", '[tool.perfcheck]\nlang = "zh"\nstrickt = true\n')
    code, _, err = run("validate", "t.yaml")
    assert (code, err) == (
        2,
        f"perfcheck: {Path.cwd() / 'pyproject.toml'}:3:1: "
        "S002 未知的键 “strickt”；是不是 “strict”？\n",
    )


def test_a_blank_unit_is_told_what_to_write() -> None:
    blank = 'target: {comparator: ">=", value: 4, unit: " "}'
    # a name that says what it counts (次数) would supply the unit instead (W007)
    targets(THREE_TEXT.replace("name: 次数", "name: 宣传活动").replace("target: ≥4次", blank))
    code, out, _ = run("validate", "t.yaml", "--format", "concise", "--lang", "en")
    assert code == 1
    assert out.splitlines()[0] == (
        "t.yaml:13:48: S005 invalid value: "
        "the unit is empty: write the unit, such as 次, 个, %, 万元"
    )


def test_pydantics_constraints_read_in_chinese() -> None:
    targets(THREE_TEXT.replace("total: 100", "total: 100.1234567"))
    code, out, _ = run("validate", "t.yaml", "--format", "concise")
    assert (code, out.splitlines()[0]) == (1, "t.yaml:4:10: S005 取值不合法：最多 6 位小数")


def test_an_unmapped_pydantic_error_still_reads_in_chinese() -> None:
    from perfcheck.reading.source import _detail
    from perfcheck.text import shown

    error = {"type": "date_past", "msg": "Date should be in the past", "ctx": {}}
    detail = _detail("date_past", error)["detail"]
    assert shown(detail, "zh") == "取值不符合要求（对照 docs/format.md 检查此处的写法）"
    assert shown(detail, "en") == "Date should be in the past"


@pytest.mark.parametrize("name", ["服务对象满意度", "苗木成活率", "群众知晓度"])
def test_a_rate_without_unit_is_suggested_a_percentage(name: str) -> None:
    targets(THREE_TEXT.replace("name: 知晓率\n    target: ≥90%", f"name: {name}\n    target: ≥95"))
    code, out, _ = run("validate", "t.yaml", "--format", "concise")
    assert (code, out.splitlines()[0]) == (
        1,
        "t.yaml:18:13: S013 指标值 “≥95” 没有单位；请写成如 ≥95%",
    )
    targets(THREE_TEXT.replace("target: ≥4次", "target: ≥4"))
    code, out, _ = run("validate", "t.yaml", "--format", "concise")
    assert (code, out.splitlines()[0]) == (
        1,
        "t.yaml:13:13: S013 指标值 “≥4” 没有单位；请写成如 ≥4次",
    )


def test_a_bad_period_is_shown_in_its_own_year() -> None:
    targets()
    actuals("  1-1: 5\n", period="2023年一季度")
    code, out, _ = run("validate", "a.yaml", "--format", "concise")
    assert (code, out.splitlines()[0]) == (
        1,
        "a.yaml:2:9: S020 期间 “2023年一季度” 应写成 "
        "2023Q1…2023Q4（季度）或 2023-01…2023-12（月份）",
    )
    code, _, err = run("init", "b.yaml", "--targets", "t.yaml", "--period", "Q5", "--lang", "en")
    assert (code, err) == (
        2,
        "--period: S020 period 'Q5' should be YYYYQ1…YYYYQ4 (a quarter) or YYYY-01…YYYY-12 "
        "(a month)\n",
    )


def test_an_existing_output_says_how_to_replace_it() -> None:
    targets()
    actuals("  1-1: 5\n  1-2: 95\n  1-3: 95\n")
    write("r.md", "kept\n")
    code, _, err = run("summary", "a.yaml", "-o", "r.md")
    assert code == 2 and "summary、show 和 import 加 --force 可替换它" in err
    code, out, _ = run("explain", "F012")
    assert code == 0 and "--force" in out


def test_points_that_do_not_add_up_ask_to_check_the_weight_too() -> None:
    code, out, _ = run("explain", "D005", "--lang", "en")
    assert code == 0 and "rules.weights" in out and "points" in out


# --- locations -------------------------------------------------------------------------------

NO_SATISFACTION = THREE_TEXT.replace("level1: 满意度指标", "level1: 效益指标").replace(
    "level2: 服务对象满意度指标", "level2: 社会效益指标"
)


def test_a_default_weight_without_indicators_points_at_the_indicators() -> None:
    targets(NO_SATISFACTION)
    line = NO_SATISFACTION.splitlines().index("indicators:") + 1
    assert concise("t.yaml") == (1, [f"t.yaml:{line}:1: D006"])
    code, out, _ = run("validate", "t.yaml", "--format", "sarif")
    assert code == 1
    assert f'"region": {{\n                  "startLine": {line},' in out
    code, out, _ = run("validate", "t.yaml", "--format", "github")
    assert code == 1
    assert f"file=t.yaml,line={line},col=1" in out


def test_a_missing_value_points_at_its_empty_key() -> None:
    targets()
    actuals("  1-1: 5\n  1-2:\n  1-3: 95\n")
    assert concise("a.yaml") == (0, ["a.yaml:7:3: W012"])
    actuals("  1-1: 5\n  1-3: 95\n")  # no key to point at: actuals: itself
    assert concise("a.yaml") == (0, ["a.yaml:5:1: W012"])


# --- the configuration -----------------------------------------------------------------------


def test_configured_paths_are_relative_to_the_configuration_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    targets(name="targets/t.yaml")
    write(".perfcheck.yaml", "paths: [targets/]\n")
    write("sub/deeper/readme.txt", "")
    monkeypatch.chdir(tmp_path / "sub" / "deeper")
    code, out, err = run("validate", "--format", "concise", "--lang", "en")
    assert (code, err) == (0, "")
    assert out == "1 file checked: 0 errors, 0 warnings\n"
    code, out, _ = run("config")
    assert code == 0 and 'paths = ["../../targets/"]' in out
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("config")
    assert code == 0 and 'paths = ["targets/"]' in out


def test_two_configurations_in_one_folder_are_refused() -> None:
    targets()
    write(".perfcheck.yaml", "lang: en\n")
    write("pyproject.toml", '[tool.perfcheck]\nlang = "zh"\n')
    code, _, err = run("validate", "t.yaml", "--lang", "en")
    here = Path.cwd()
    assert (code, err) == (
        2,
        f"perfcheck: {here / '.perfcheck.yaml'} and {here / 'pyproject.toml'} [tool.perfcheck] "
        "both configure perfcheck; keep one of them\n",
    )
    code, _, err = run("validate", "t.yaml")
    assert (code, err) == (
        2,
        f"perfcheck: {here / '.perfcheck.yaml'} 与 {here / 'pyproject.toml'} 的 [tool.perfcheck] "
        "都在配置 perfcheck；请只保留其中一个\n",
    )
    write("pyproject.toml", '[project]\nname = "data"\n')  # no table for perfcheck: no conflict
    code, _, err = run("validate", "t.yaml")
    assert (code, err) == (0, "")


# --- minor ------------------------------------------------------------------------------------


def test_an_empty_path_is_refused_not_read_as_the_current_folder() -> None:
    targets()
    code, _, err = run("validate", "")
    assert code == 2 and err.startswith(": F001 ")
    assert run("validate", "  ")[0] == 2


def test_minus_zero_is_zero() -> None:
    targets(THREE_TEXT.replace("target: ≥4次", "target: =-0次"))
    code, out, _ = run("show", "t.yaml")
    assert code == 0 and "=0次" in out and "-0" not in out
    targets(THREE_TEXT.replace("target: ≥4次", "target: {comparator: '=', value: -0.0, unit: 次}"))
    code, out, _ = run("show", "t.yaml")
    assert code == 0 and "=0.0次" in out and "-0" not in out  # the places as written


def test_ids_with_a_leading_zero_are_the_same_id() -> None:
    text = THREE_TEXT.replace("id: 1-3", "id: 01-2")
    targets(text)
    line = text.splitlines().index("  - id: 01-2") + 1
    assert concise("t.yaml") == (1, [f"t.yaml:{line}:9: D001"])


def test_actuals_with_nothing_under_them_are_no_actuals() -> None:
    targets()
    actuals("", period="2022Q1")
    assert concise("a.yaml") == (0, [])


@pytest.mark.parametrize("blank", ['"   "', '"\\u3000"', '""'])
def test_an_explanation_of_blanks_explains_nothing(blank: str) -> None:
    targets()
    actuals(f"  1-1: 5\n  1-2:\n    value: 50\n    explanation: {blank}\n  1-3: 95\n")
    assert concise("a.yaml") == (0, ["a.yaml:7:3: W010"])
    actuals(f"  1-1:\n    value: 5\n    adjustment: -1\n    explanation: {blank}\n")
    assert concise("a.yaml")[1][0] == "a.yaml:8:17: D025"


def test_an_adjustment_with_nothing_to_adjust_is_an_error() -> None:
    targets()
    actuals("  1-1:\n    adjustment: 5\n    explanation: 复核\n  1-2: 95\n  1-3: 95\n")
    code, out, _ = run("validate", "a.yaml", "--format", "concise", "--lang", "en")
    assert code == 1
    assert out.splitlines()[0] == (
        "a.yaml:7:17: D034 indicator 1-1 has an adjustment, but it has no value: it would not count"
    )


def test_no_chinese_text_begins_or_ends_with_a_space() -> None:
    """Chinese joins its fragments without spaces: one at either end shows as a gap
    (`读取 a.xls： Excel…`). English fragments keep theirs on purpose."""
    from perfcheck.text.catalogue import TEXTS

    padded = [key for key, texts in TEXTS.items() if texts["zh"] != texts["zh"].strip()]
    assert padded == []
