"""Hostile or unusual input: each case ends in a located diagnostic and exit 2 (or a clean
reading), never in an internal error (exit 3)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, LOCATED, THREE, run, write


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def targets(rules: str = "", name: str = "t.yaml") -> None:
    write(name, THREE.read_text(encoding="utf-8") + rules)


def actuals(entries: str, *, period: str = "2022Q4", name: str = "a.yaml") -> None:
    header = f"targets: t.yaml\nperiod: {period}\nbudget:\n  spent: 100\nactuals:\n"
    write(name, header + entries)


def located(stderr: str) -> list[str]:
    """`file:line:col: CODE` of each diagnostic line."""
    found = (LOCATED.match(line) for line in stderr.splitlines())
    return [match[1] for match in found if match]


# --- Decimal overflow: values beyond the decimal context are bounded before arithmetic -----


@pytest.mark.parametrize("value", ["1.0e+1000000", "-1.0e+1000000"])
def test_huge_actual_is_out_of_range(value: str) -> None:
    targets()
    actuals(f"  1-1: {value}\n  1-2: 95\n  1-3: 95\n")
    code, _, err = run("score", "a.yaml")
    assert code == 2
    assert "a.yaml:6:8: S005" in located(err)


@pytest.mark.parametrize("value", ["1.0e+1000000", "-1.0e+1000000"])
def test_huge_forecast_is_out_of_range(value: str) -> None:
    targets()
    actuals(f"  1-1: {{value: 2, forecast: {value}}}\n  1-2: 95\n  1-3: 95\n", period="2022Q2")
    code, _, err = run("score", "a.yaml")
    assert code == 2
    assert located(err) == ["a.yaml:6:29: S005"]


@pytest.mark.parametrize("value", ["1.0e+1000000", "1.0e-1000000", "0.0100"])
def test_rules_rounding_is_compared_not_computed(value: str) -> None:
    targets(f"rules:\n  rounding: {value}\n")
    code, _, err = run("show", "t.yaml")
    if value == "0.0100":  # the same quantum as 0.01, written with one more zero
        assert code == 0, err
        return
    assert code == 2
    assert located(err) == ["t.yaml:27:13: S005"]


ROUNDING = "取值不合法：舍入单位应为 1、0.1、0.01、0.001 或 0.0001"


def test_profile_rounding_overflow_is_a_configuration_error() -> None:
    write(".perfcheck.yaml", "profile: y\nprofiles: {y: {rounding: 1.0e+1000000}}\n")
    code, _, err = run("config")
    assert code == 2
    assert err == f"perfcheck: {Path.cwd() / '.perfcheck.yaml'}:2:26: S005 {ROUNDING}\n"


@pytest.mark.parametrize("share", ["1e1000000", "100" + "0" * 70 + "%"])
def test_huge_score_rate_is_refused_before_dividing(share: str) -> None:
    write(
        "t.yaml",
        THREE.read_text(encoding="utf-8").replace("target: ≥90%\n", "target: 定性优良中低差\n", 1),
    )
    actuals(f"  1-1: 5\n  1-2: {{value: 优, score_rate: '{share}'}}\n  1-3: 95\n")
    code, _, err = run("score", "a.yaml")
    assert code == 2
    assert located(err) == ["a.yaml:7:31: S005"]


# --- --encoding: a text codec, and only for files that are not UTF-8 -------------------------


@pytest.mark.parametrize(
    "name",
    ["undefined", "rot13", "base64", "hex", "no-such-codec", "zip", "zlib", "bz2", "uu", "quopri"],
)
def test_an_encoding_that_reads_no_text_is_refused(name: str) -> None:
    targets()
    actuals("  1-1: 5\n  1-2: 95\n  1-3: 95\n")
    code, _, err = run("score", "a.yaml", "--encoding", name)
    assert code == 2
    assert located(err) == ["a.yaml: F001"]
    assert f" {name}（" in err


@pytest.mark.parametrize(
    "command",
    [
        ["validate", "a.yaml"],
        ["show", "t.yaml"],
        ["score", "a.yaml"],
        ["summary", "a.yaml"],
        ["trend", "a.yaml"],
        ["portfolio", "a.yaml"],
        ["audit", "a.yaml"],
        ["init", "actuals", "--targets", "t.yaml", "--period", "2022Q4"],
    ],
)
def test_a_compressing_codec_is_refused_by_every_command_taking_an_encoding(
    command: list[str],
) -> None:
    targets()
    actuals("  1-1: 5\n  1-2: 95\n  1-3: 95\n")
    code, out, err = run(*command, "--encoding", "zip")
    assert code in (1, 2), err
    assert "F001" in out + err
    assert "internal error" not in err


def test_encoding_reads_the_gbk_actuals_and_leaves_the_utf8_targets_alone() -> None:
    hardening = FIXTURES / "hardening"
    Path("t.yaml").write_bytes((hardening / "targets_for_gbk.yaml").read_bytes())
    Path("a.yaml").write_bytes((hardening / "actuals_gbk.yaml").read_bytes())
    code, _, err = run("score", "a.yaml")
    assert (code, located(err)) == (2, ["a.yaml:2:3: F002"])
    code, out, err = run("score", "a.yaml", "--encoding", "gbk", "--format", "json")
    assert code == 1, err  # read and scored: 3-2 and 2-8 are not met
    assert '"total": 98.54,' in out


def test_a_byte_order_mark_wins_over_the_encoding_given() -> None:
    targets()
    text = "targets: t.yaml\nperiod: 2022Q4\nbudget:\n  spent: 100\nactuals:\n  1-1: 5次\n"
    Path("a.yaml").write_bytes(text.encode("utf-16"))  # with its byte-order mark
    code, out, _ = run("validate", "a.yaml", "--encoding", "gbk", "--format", "concise")
    assert code == 0  # read as UTF-16: no F001 (not GBK) and no F002
    assert "F00" not in out


def test_gbk_whose_first_bytes_form_utf8_is_not_called_damaged_utf8() -> None:
    # 同 is CD AC in GBK, also the valid UTF-8 sequence of U+036C: the first bad byte is D0.
    Path("t.yaml").write_bytes("# 同心县\ndepartment: 同心县\n".encode("gbk"))
    code, out, _ = run("validate", "t.yaml", "--format", "concise")
    assert (code, located(out)) == (1, ["t.yaml:1:4: F002"])
    assert "GBK" in out


def test_utf32_is_named_utf32() -> None:
    Path("t.yaml").write_bytes("department: 测试\n".encode("utf-32"))
    code, out, _ = run("validate", "t.yaml", "--format", "concise", "--lang", "en")
    assert (code, located(out)) == (1, ["t.yaml: F002"])
    assert "--encoding utf-32" in out
    code, out, _ = run("validate", "t.yaml", "--format", "concise", "--encoding", "utf-32")
    assert "F002" not in out and "F001" not in out


# --- Configuration values out of range, and pyproject.toml files that cannot be read ----------


@pytest.mark.parametrize(
    ("setting", "key"),
    [
        ("format: bogus\n", "1:9: S005"),
        ("limits: {max_bytes: 1000000000000000000000}\n", "1:21: S005"),
        ("limits: {max_line_chars: 1073741825}\n", "1:26: S005"),
        ("limits: {max_nodes: 100000001}\n", "1:21: S005"),
        ("limits: {max_indicators: 1000001}\n", "1:26: S005"),
        ("limits: {max_files: 10000001}\n", "1:21: S005"),
        ("limits: {max_depth: 1001}\n", "1:21: S005"),
    ],
)
def test_a_setting_out_of_range_is_a_configuration_error(setting: str, key: str) -> None:
    write(".perfcheck.yaml", setting)
    targets()
    code, _, err = run("show", "t.yaml")
    assert code == 2
    assert err.startswith(f"perfcheck: {Path.cwd() / '.perfcheck.yaml'}:{key} ")


def test_the_largest_limits_allowed_still_read_a_file() -> None:
    write(".perfcheck.yaml", "limits: {max_bytes: 1073741824, max_line_chars: 1073741824}\n")
    targets()
    code, _, err = run("show", "t.yaml")
    assert code == 0, err


def test_a_pyproject_for_perfcheck_nested_too_deeply_names_the_file() -> None:
    write("pyproject.toml", "[tool.perfcheck]\nprofiles = " + "[" * 5000 + "]" * 5000 + "\n")
    code, _, err = run("config", "--lang", "en")
    assert code == 2
    where = Path.cwd() / "pyproject.toml"
    assert err == f"perfcheck: {where}: F001 cannot read file: nested too deeply to be read\n"
    code, _, err = run("config")
    assert err == f"perfcheck: {where}: F001 无法读取文件：嵌套过深，无法读取\n"


def test_a_pyproject_for_perfcheck_not_in_utf8_is_located_at_its_first_such_byte() -> None:
    Path("pyproject.toml").write_bytes("[tool.perfcheck]\nlang = 'en' # café\n".encode("latin-1"))
    code, _, err = run("config", "--lang", "en")
    assert code == 2
    where = Path.cwd() / "pyproject.toml"
    # no --encoding advice: a configuration file is read as UTF-8 only
    assert err == f"perfcheck: {where}:2:18: F002 file is not UTF-8; save it as UTF-8\n"
    Path("pyproject.toml").write_bytes("[tool.perfcheck]\n# 同心县\nlang = 'en'\n".encode("gbk"))
    code, _, err = run("config")
    assert err == (
        f"perfcheck: {where}:2:4: F002 文件不是 UTF-8 编码，看起来是 GBK；请另存为 UTF-8\n"
    )


def test_a_pyproject_for_perfcheck_that_is_not_toml_is_located_where_tomllib_stopped() -> None:
    write("pyproject.toml", '[project]\nname = "x"\n\n[tool.perfcheck]\nlang = \n')
    code, _, err = run("config", "--lang", "en")
    assert code == 2
    where = Path.cwd() / "pyproject.toml"
    assert err == f"perfcheck: {where}:5:8: F001 cannot read file: not valid TOML: Invalid value\n"


@pytest.mark.parametrize(
    "text",
    [
        b"[tool.black]\nx = " + b"[" * 5000 + b"]" * 5000 + b"\n",
        "[tool.black]\n# café\n".encode("latin-1"),
        b"[tool.perfcheck-lint]\nx = " + b"[" * 5000 + b"]" * 5000 + b"\n",
    ],
)
def test_another_tools_unreadable_pyproject_is_passed_over(text: bytes) -> None:
    Path("pyproject.toml").write_bytes(text)
    code, out, err = run("config")
    assert (code, err) == (0, "")
    assert 'lang = "zh"  # default' in out


def test_perfcheck_inside_a_tool_table_counts_as_naming_it() -> None:
    write("pyproject.toml", "[tool]\nperfcheck = {lang = " + "[" * 5000 + "]" * 5000 + "}\n")
    code, _, err = run("config", "--lang", "en")
    assert (code, err.endswith(": F001 cannot read file: nested too deeply to be read\n")) == (
        2,
        True,
    )


# --- Numbers written so that they would be misread -------------------------------------------


def test_numbers_in_another_base_are_refused_quoted_or_not() -> None:
    targets()
    actuals('  1-1: 0x10\n  1-2: 0b1011111\n  1-3: "0o10"\n')
    code, _, err = run("score", "a.yaml", "--lang", "en")
    assert code == 2
    assert located(err) == ["a.yaml:6:8: Y011", "a.yaml:7:8: Y011", "a.yaml:8:8: Y011"]
    assert "0x10 is a number in hexadecimal (= 16)" in err
    assert "0b1011111 is a number in binary (= 95)" in err
    assert "0o10 is a number in octal (= 8)" in err


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("0x" + "f" * 4000, "3.019e+4816"),
        ('"0x' + "f" * 4000 + '"', "3.019e+4816"),
        ("0b" + "1" * 15000, "2.818e+4515"),
        ("0" + "7" * 5000, "2.818e+4515"),
        ("1:" + ":".join(["59"] * 5000), "1.141e+8891"),
        ("-1:59:59", "-7199"),
    ],
)
def test_a_number_in_another_base_too_large_to_write_out_is_shown_to_four_figures(
    written: str, shown: str
) -> None:
    """Python will not write out an int of over 4,300 digits: the message was an internal
    error (exit 3)."""
    targets()
    actuals(f"  1-1: {written}\n  1-2: 95\n  1-3: 95\n")
    code, _, err = run("score", "a.yaml", "--lang", "en")
    assert code == 2
    assert "a.yaml:6:8: Y011" in located(err)
    assert f"(= {shown}); write a plain decimal number" in err


def test_scientific_notation_and_a_blank_inside_a_number_are_refused() -> None:
    targets()
    actuals("  1-1: 1e3\n  1-2: 8 0%\n  1-3: 95\n")
    code, _, err = run("score", "a.yaml", "--lang", "en")
    assert code == 2
    assert located(err) == ["a.yaml:6:8: D033", "a.yaml:7:8: D033"]
    assert "no scientific notation" in err


def test_a_blank_inside_a_target_number_is_refused() -> None:
    write("t.yaml", THREE.read_text(encoding="utf-8").replace("≥4次", "≥8 0次"))
    code, _, err = run("show", "t.yaml")
    assert (code, located(err)) == (2, ["t.yaml:13:13: S010"])


# --- Trend: one point in time, one target file, however they are written ----------------------


@pytest.mark.parametrize(("first", "second"), [("2022Q1", "2022-03"), ("2022Q4", "2022-12")])
def test_one_period_in_two_spellings_is_repeated(first: str, second: str) -> None:
    targets()
    entries = "  1-1: 1\n  1-2: 95\n  1-3: 95\n"
    actuals(entries, period=first, name="a.yaml")
    actuals(entries, period=second, name="b.yaml")
    code, _, err = run("trend", "a.yaml", "b.yaml")
    assert (code, located(err)) == (2, ["b.yaml:2:9: D041"])


def test_a_file_named_several_ways_is_read_once() -> None:
    """Relative and absolute, through a link, by a second hard link: one table in a portfolio
    (it was counted three times in its distributions), one file in validate."""
    from perfcheck.reading.discovery import expand

    targets()
    actuals("  1-1: 5\n  1-2: 95\n  1-3: 95\n")
    Path("link.yaml").symlink_to("a.yaml")
    Path("second.yaml").hardlink_to("a.yaml")
    names = ["a.yaml", str(Path.cwd() / "a.yaml"), "./a.yaml", "link.yaml", "second.yaml"]
    assert expand(names).files == [Path("a.yaml")]
    code, out, _ = run("portfolio", *names, "--format", "json")
    assert code == 0
    assert len(json.loads(out)["tables"]) == 1
    code, out, _ = run("validate", *names, "t.yaml", "--lang", "en")
    assert out.splitlines()[-1].startswith("2 files checked")


def test_one_target_file_named_two_ways_is_one_file() -> None:
    targets(name="data/t.yaml")
    Path("link").symlink_to("data")
    header = "period: {}\nbudget:\n  spent: 100\nactuals:\n  1-1: 1\n  1-2: 95\n  1-3: 95\n"
    write("q2.yaml", "targets: data/t.yaml\n" + header.format("2022Q2"))
    write("q3.yaml", f"targets: {Path.cwd() / 'data' / 't.yaml'}\n" + header.format("2022Q3"))
    write("q4.yaml", "targets: link/t.yaml\n" + header.format("2022Q4"))
    code, _, err = run("trend", "q2.yaml", "q3.yaml", "q4.yaml")
    assert "D040" not in err
    assert code == 0, err


def test_a_hard_link_to_the_target_file_is_the_same_file() -> None:
    targets()
    os.link("t.yaml", "hard.yaml")
    header = "period: {}\nbudget:\n  spent: 100\nactuals:\n  1-1: 1\n  1-2: 95\n  1-3: 95\n"
    write("q3.yaml", "targets: t.yaml\n" + header.format("2022Q3"))
    write("q4.yaml", "targets: hard.yaml\n" + header.format("2022Q4"))
    code, _, err = run("trend", "q3.yaml", "q4.yaml")
    assert "D040" not in err
    assert code == 0, err


def test_a_copy_of_the_target_file_is_another_file() -> None:
    targets()
    Path("copy.yaml").write_bytes(Path("t.yaml").read_bytes())
    header = "period: {}\nbudget:\n  spent: 100\nactuals:\n  1-1: 1\n  1-2: 95\n  1-3: 95\n"
    write("q3.yaml", "targets: t.yaml\n" + header.format("2022Q3"))
    write("q4.yaml", "targets: copy.yaml\n" + header.format("2022Q4"))
    code, _, err = run("trend", "q3.yaml", "q4.yaml")
    assert code == 2
    assert "D040" in err


def test_a_task_number_too_large_to_write_out_is_refused() -> None:
    """`0x` and 4,000 digits is an int of 4,816 digits: messages that name the task could not
    write it (an internal error); task numbers have six digits at most, as in indicator ids."""
    huge = "  - id: 0x" + "f" * 4000 + "\n"
    write("t.yaml", THREE.read_text(encoding="utf-8").replace("  - id: 1\n", huge))
    code, out, _ = run("validate", "t.yaml", "--format", "concise", "--lang", "en")
    assert (code, located(out)) == (1, ["t.yaml:6:9: S005"])
    assert "less than or equal to 999999" in out
