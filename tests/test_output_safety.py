"""Text from the inputs leaves perfcheck escaped: no control character reaches a terminal, a CI
log, a Markdown or XML report raw; no name is read as rich markup; no CSV cell is a formula."""

from __future__ import annotations

import json
import os
from pathlib import Path
from xml.etree import ElementTree

import pytest
from typer.testing import CliRunner

from perfcheck.cli import app
from perfcheck.reports.visible import visible
from tests.conftest import FIXTURES, ROOT

SMALL_TARGETS = FIXTURES / "shared" / "targets_small.yaml"
SMALL_ACTUALS = FIXTURES / "shared" / "actuals_small_q4.yaml"
TERMINAL_ATTACK = r'"A\e]0;PWNED\aB\e[2J"'  # YAML escapes: ESC, BEL
SHOWN_ATTACK = r"A\x1b]0;PWNED\x07B\x1b[2J"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout


def pair(folder: Path, *replacements: tuple[str, str], period: str = "2022Q4") -> Path:
    """The small target file with lines replaced, and its actuals; the actuals' path."""
    text = SMALL_TARGETS.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    (folder / "targets_small.yaml").write_text(text, encoding="utf-8")
    actuals = SMALL_ACTUALS.read_text(encoding="utf-8").replace("2022Q4", period)
    path = folder / f"{period}.yaml"
    path.write_text(actuals, encoding="utf-8")
    return path


def assert_no_controls(text: str) -> None:
    """Nothing but line breaks below U+0020, no DEL or C1 control."""
    assert [c for c in text if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F] == []


# --- The policy ------------------------------------------------------------------------------


def test_visible_escapes_controls_bidi_separators_and_undecodable_bytes() -> None:
    raw = "A\x1b]0;X\x07B\n\t\r\x00\x7f\x85\u202e\u2066\u2028\ufffe\udcff末"
    shown = r"A\x1b]0;X\x07B\n\t\r\x00\x7f\x85\u202e\u2066\u2028\ufffe\xff末"
    assert visible(raw) == shown
    assert visible(shown) == shown  # escaping twice changes nothing
    assert visible("理论学习 1-1 ≥4次 [bold] \\ 100%") == "理论学习 1-1 ≥4次 [bold] \\ 100%"


# --- 03 and M4: escapes in a YAML string reach the terminal and Markdown ---------------------


def test_no_character_visible_escapes_is_printable() -> None:
    """visible() passes printable text by at once: every character it escapes must be one
    that str.isprintable() refuses, or it would slip through."""
    from perfcheck.reports.visible import _unsafe

    unsafe = _unsafe()
    escaped = [c for c in range(0x110000) if unsafe.match(chr(c))]
    assert len(escaped) == 0x20 + 0x21 + 1 + 2 + 5 + 4 + 2 + 2 + 0x800
    assert [hex(c) for c in escaped if chr(c).isprintable()] == []


def test_score_text_and_markdown_show_escapes_not_control_characters(tmp_path: Path) -> None:
    actuals = pair(
        tmp_path,
        ("department: 测试部门", f"department: {TERMINAL_ATTACK}"),
        ("name: 举办宣传活动次数", r'name: "宣传\0活动"'),  # M4: an escaped NUL
    )
    _, text = run("score", str(actuals), "--color", "never", "--width", "100")
    assert text.splitlines()[0] == f"{SHOWN_ATTACK} 2022年度绩效自评（2022Q4）"
    assert r"1-1.宣传\x00活动" in text
    assert_no_controls(text)
    _, markdown = run("score", str(actuals), "--format", "markdown")
    assert markdown.splitlines()[0] == f"# {SHOWN_ATTACK} 2022年度绩效自评（2022Q4）"
    assert r"| 产出指标 | 数量指标 | 1-1 | 宣传\x00活动 | ≥4次 |" in markdown
    assert_no_controls(markdown)


def test_show_and_summary_show_escapes(tmp_path: Path) -> None:
    actuals = pair(tmp_path, ("department: 测试部门", f"department: {TERMINAL_ATTACK}"))
    _, shown = run("show", str(tmp_path / "targets_small.yaml"), "--color", "never")
    assert shown.splitlines()[0] == f"{SHOWN_ATTACK} 2022年度绩效目标表"
    assert_no_controls(shown)
    _, summary = run("summary", str(actuals))
    assert summary.splitlines()[0] == f"# {SHOWN_ATTACK} 2022年度部门整体支出绩效自评报告"
    assert f"- 部门名称：{SHOWN_ATTACK}" in summary.splitlines()
    assert_no_controls(summary)


def test_monitoring_and_trend_show_escapes(tmp_path: Path) -> None:
    pair(tmp_path, ("name: 举办宣传活动次数", r'name: "宣传\e[31m活动"'), period="2022Q2")
    pair(tmp_path, ("name: 举办宣传活动次数", r'name: "宣传\e[31m活动"'), period="2022Q3")
    q2 = str(tmp_path / "2022Q2.yaml")
    for args in (
        ("score", q2, "--color", "never", "--width", "120"),
        ("score", q2, "--format", "markdown"),
        ("score", q2, "--format", "csv"),
        ("trend", str(tmp_path), "--color", "never", "--width", "120"),
        ("trend", str(tmp_path), "--format", "markdown"),
        ("trend", str(tmp_path), "--format", "csv"),
    ):
        _, out = run(*args)
        assert r"1-1.宣传\x1b[31m活动" in out or r"宣传\x1b[31m活动" in out, args
        assert_no_controls(out)


# --- 05: a line break in a key forges diagnostics and workflow commands ----------------------

FORGED_KEY = r'"x\n::error file=README.md,line=1::forged by input": 1'


def _with_forged_key(folder: Path) -> Path:
    pair(folder, ("money_unit: 万元", f"money_unit: 万元\n{FORGED_KEY}"))
    return folder / "targets_small.yaml"


def test_concise_prints_a_line_break_in_a_key_as_an_escape(tmp_path: Path) -> None:
    path = _with_forged_key(tmp_path)
    code, out = run("validate", str(path), "--format", "concise")
    assert code == 1
    assert out.splitlines() == [
        f"{path}:6:1: S002 未知的键 “x\\n::error file=README.md,line=1::forged by input”",
        "检查了 1 个文件：1 个错误，0 个警告",
    ]


def test_github_annotations_and_the_report_after_them_forge_no_command(tmp_path: Path) -> None:
    path = _with_forged_key(tmp_path)
    _, out = run("validate", str(path), "--format", "github")
    assert not any(line.startswith("::error file=README.md") for line in out.splitlines())
    first = out.splitlines()[0]
    assert first.endswith("::未知的键 “x\\n::error file=README.md,line=1::forged by input”")
    assert "%0A" not in first


def test_human_output_escapes_the_message_and_the_source_line(tmp_path: Path) -> None:
    path = tmp_path / "raw.yaml"
    path.write_bytes(b"department: \x1b[2Jx\nyear: 2022\n")  # a raw control character (Y010)
    _, out = run("validate", str(path), "--format", "human", "--color", "never")
    assert_no_controls(out)
    snippet = [line for line in out.splitlines() if line.startswith("    1 | ")]
    assert snippet[0] == r"    1 | department: \x1b[2Jx"


# --- 25: JUnit XML stays well-formed ----------------------------------------------------------


def test_junit_report_is_well_formed_with_control_characters_in_a_key(tmp_path: Path) -> None:
    pair(tmp_path, ("money_unit: 万元", 'money_unit: 万元\n"bad\\x01key": 1\n"odd\\uFFFEkey": 2'))
    _, out = run("validate", str(tmp_path / "targets_small.yaml"), "--format", "junit")
    root = ElementTree.fromstring(out)
    failure = root.find("./testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message", "").endswith(r"S002 未知的键 “bad\x01key”")
    assert r"S002 未知的键 “odd\ufffekey”" in (failure.text or "")


# --- 27: names are not rich markup ------------------------------------------------------------


@pytest.mark.parametrize("name", ["[/]", "[bold]粗体[/bold]", "[link=http://x]y[/link]", ":smile:"])
def test_names_reach_text_tables_as_written(tmp_path: Path, name: str) -> None:
    replaced = ("name: 举办宣传活动次数", f'name: "{name}"')
    year_end = pair(tmp_path, replaced)
    q2 = pair(tmp_path, replaced, period="2022Q2")
    runs = [
        ("score", str(year_end), "--color", "never", "--width", "120"),
        ("score", str(q2), "--color", "never", "--width", "120"),
        ("show", str(tmp_path / "targets_small.yaml"), "--color", "never"),
        ("trend", str(q2), str(year_end), "--color", "never", "--width", "120"),
    ]
    for args in runs:
        code, out = run(*args)
        assert code in (0, 1), args
        assert name in out, args


# --- 29: a file name that is not UTF-8 --------------------------------------------------------


@pytest.mark.skipif(os.name == "nt", reason="POSIX file names are bytes")
def test_sarif_reports_a_file_name_with_undecodable_bytes(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"\xff\xfe.yaml")).write_bytes(b"department: x\n")
    code, out = run("validate", str(tmp_path), "--format", "sarif")
    assert code == 1
    results = json.loads(out)["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert len(uris) == 1 and uris.pop().endswith("/%FF%FE.yaml")
    _, concise = run("validate", str(tmp_path), "--format", "concise")
    assert concise.splitlines()[0] == f"{tmp_path}/\\xff\\xfe.yaml:1:1: S001 缺少必填项 “year”"


def test_located_errors_on_stderr_are_escaped(tmp_path: Path) -> None:
    path = _with_forged_key(tmp_path)
    result = CliRunner().invoke(app, ["show", str(path)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{path}:6:1: S002 未知的键 “x\\n::error file=README.md,line=1::forged by input”"
    ]


# --- 04: CSV cells that a spreadsheet would evaluate -----------------------------------------


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+86 28 1234", "'+86 28 1234"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-5次", "'-5次"),
        ("-1+2", "'-1+2"),
        ("\t=1", "\\t=1"),  # escaped: starts with a backslash
        ("-5", "-5"),  # figures perfcheck writes stay numbers
        ("-1,234.50", "-1,234.50"),
        ("-12.5%", "-12.5%"),
        ("+3", "+3"),
        ("=100%", "=100%"),  # a target in perfcheck's notation: a constant, runs nothing
        ("=-0.5", "=-0.5"),
        ("=1&HYPERLINK(1)", "'=1&HYPERLINK(1)"),
        ("≥-5%", "≥-5%"),
        ("理论学习", "理论学习"),
    ],
)
def test_spreadsheet_cell_neutralises_formulas_not_figures(cell: str, written: str) -> None:
    from perfcheck.reports.markup import spreadsheet_cell

    assert spreadsheet_cell(cell) == written


def test_score_csv_neutralises_a_formula_in_a_name(tmp_path: Path) -> None:
    name = r'name: "=HYPERLINK(\"http://evil\",\"x\")"'
    actuals = pair(tmp_path, ("name: 举办宣传活动次数", name))
    _, out = run("score", str(actuals), "--format", "csv")
    row = next(line for line in out.splitlines() if ",1-1," in line)
    assert row.startswith('指标,产出指标,数量指标,1-1,"\'=HYPERLINK(""http://evil"",""x"")",≥4次,')


# --- CSV for Excel: UTF-8 with a byte order mark -----------------------------------------------


@pytest.mark.parametrize(
    ("args", "header"),
    [
        (("score", "actuals/2022Q4.yaml"), "类型,一级指标,二级指标,编号,三级指标,"),
        (("score", "actuals/2022Q3.yaml"), "类型,一级指标,二级指标,三级指标,"),
        (("trend", "actuals/"), "编号,三级指标,年度指标值,期间,"),
    ],
)
def test_every_csv_starts_with_a_byte_order_mark(args: tuple[str, ...], header: str) -> None:
    _, out = run(*args, "--format", "csv")
    assert out.startswith("\ufeff" + header)
    assert out.count("\ufeff") == 1


def test_csv_to_a_stream_in_another_encoding_has_no_byte_order_mark() -> None:
    import io

    from perfcheck.reports.markup import write_rows

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="gb18030", newline="")
    write_rows(stream, ["编号", "三级指标"], [["1-1", "理论学习"]])
    stream.flush()
    assert raw.getvalue() == "编号,三级指标\n1-1,理论学习\n".encode("gb18030")


# --- The 标记 column in the reader's language --------------------------------------------------


def test_score_csv_labels_flags_in_the_output_language() -> None:
    _, zh = run("score", "actuals/2022Q4.yaml", "--format", "csv")
    row = next(line for line in zh.splitlines() if ",2-2," in line)
    assert ",✓,默认分值、超额完成、得分封顶,全年围绕" in row
    _, en = run("score", "actuals/2022Q4.yaml", "--format", "csv", "--lang", "en")
    row = next(line for line in en.splitlines() if ",2-2," in line)
    assert ",✓,default points; over-achieved; capped,全年围绕" in row


def test_show_lays_its_table_out_to_the_width_asked() -> None:
    from rich.cells import cell_len

    code, out = run("show", "targets/chengdu_procuratorate_2022.yaml", "--width", "60")
    assert code == 0
    table = [line for line in out.splitlines() if line[:1] in "┏┃┡│├└"]
    assert table and max(cell_len(line) for line in table) == 60
    # the title and the budget line are printed whole, for the terminal to wrap
    prose = [line for line in out.splitlines() if line not in table]
    assert max(cell_len(line) for line in prose) <= 78


# --- Names from the command line, the environment and the folder, said on stderr --------------

ESC_NAME = "a\x1b[2J\x1b]0;PWNED\x07.md"
ESC_SHOWN = r"a\x1b[2J\x1b]0;PWNED\x07.md"


def test_the_line_saying_what_was_written_escapes_the_name(tmp_path: Path) -> None:
    output = tmp_path / ESC_NAME
    result = CliRunner().invoke(app, ["summary", "actuals/2022Q4.yaml", "-o", str(output)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"已写入 {tmp_path}/{ESC_SHOWN}（markdown）\n"
    assert output.exists()  # the file itself has the name asked for


def test_init_says_what_it_created_with_the_name_escaped(tmp_path: Path) -> None:
    created = tmp_path / ESC_NAME.replace(".md", ".yaml")
    args = ["init", str(created), "--targets", str(SMALL_TARGETS), "--period", "2022Q4"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert_no_controls(result.stderr)
    assert ESC_SHOWN.replace(".md", ".yaml") in result.stderr


@pytest.mark.parametrize("command", ["show", "portfolio"])
def test_show_and_portfolio_say_what_they_wrote_with_the_name_escaped(
    tmp_path: Path, command: str
) -> None:
    output = tmp_path / ESC_NAME
    given = str(SMALL_TARGETS) if command == "show" else "actuals/2022Q4.yaml"
    args = [command, given, "--format", "text" if command == "show" else "markdown"]
    args += ["-o", str(output)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code in (0, 1), result.stderr
    assert_no_controls(result.stderr)
    assert ESC_SHOWN in result.stderr
    assert output.exists()


def test_config_escapes_a_profile_name_and_its_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".perfcheck.yaml").write_text(
        'profiles:\n  "p\\e[2J\\x9b": {total_points: 100}\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code, out = run("config")
    assert code == 0, out
    assert_no_controls(out)
    assert "profiles.p\\x1b[2J\\x9b = " in out


def test_config_escapes_the_folder_its_file_is_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "x\x1b[2Jy"
    folder.mkdir()
    (folder / ".perfcheck.yaml").write_text("lang: en\n", encoding="utf-8")
    monkeypatch.chdir(folder)
    code, out = run("config")
    assert code == 0
    assert_no_controls(out)
    assert 'lang = "en"  # ' + visible(str(folder / ".perfcheck.yaml")) in out


def _perfcheck(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Through the process's own entry, as usage errors and the step summary need."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "perfcheck", *args],
        cwd=ROOT, capture_output=True, timeout=60, check=False,
        env={**os.environ, **(env or {})},
    )  # fmt: skip
    return done.returncode, done.stderr.decode()


def test_a_usage_error_quotes_the_option_escaped() -> None:
    code, err = _perfcheck("score", "actuals/2022Q4.yaml", "--x\x1b[2J")
    assert code == 2
    assert_no_controls(err)
    assert err.splitlines()[-1] == r"错误：没有选项 --x\x1b[2J"


def test_a_step_summary_named_with_control_characters_is_escaped() -> None:
    code, err = _perfcheck(
        "score", "actuals/2022Q4.yaml", env={"GITHUB_STEP_SUMMARY": "/no/\x1b[2J"}
    )
    assert code == 1
    assert (
        err == r"perfcheck: 未写入 GITHUB_STEP_SUMMARY 指定的 /no/\x1b[2J（文件或文件夹不存在）"
        "\n"
    )
