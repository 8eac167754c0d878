"""`perfcheck import` end to end: a table file in, target (and actuals) files out, validated; the
files never written over, the problems in every format validate has, the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CHENGDU, run
from tests.tables.table_text import SEED, TABLES


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _show_json(path: Path | str) -> dict[str, object]:
    code, out, err = run("show", str(path), "--format", "json")
    assert code == 0, err
    document: dict[str, object] = json.loads(out)
    return document


def test_the_seed_imported_shows_as_the_chengdu_target_file() -> None:
    """The Done-when of the import: the Chengdu table as text copied from its PDF, imported by
    the command, shows exactly as the hand-typed target file (ids, levels, names, comparators,
    values, units, tasks, budget)."""
    code, out, err = run("import", str(SEED), "-o", "seed.yaml", "--format", "concise")
    assert code == 0, err
    assert _show_json("seed.yaml") == _show_json(CHENGDU)
    assert out.splitlines()[-1] == "检查了 2 个文件：0 个错误，4 个警告"  # 2 × W051, W001, W002
    assert err == f"已写入 seed.yaml：34 个指标（{SEED}）\n"


def test_the_first_lines_name_the_source_and_its_hash() -> None:
    from hashlib import sha256

    run("import", str(SEED), "-o", "seed.yaml")
    first, second = Path("seed.yaml").read_text(encoding="utf-8").splitlines()[:2]
    assert first == f"# 由 perfcheck import 自 {SEED.name}（全文）生成"
    assert second == f"# SHA-256: {sha256(SEED.read_bytes()).hexdigest()}"


def test_a_file_with_two_indicator_tables_needs_one_named() -> None:
    """A Word document with both tables of make_tables.py: which one is not guessed (F027);
    --table picks it."""
    from tests.fixtures.tables.make_tables import department_targets, docx_bytes, project_targets

    Path("两表.docx").write_bytes(docx_bytes(["说明", department_targets(), project_targets()]))
    code, out, err = run("import", "两表.docx", "-o", "t.yaml", "--lang", "en")
    assert (code, out, Path("t.yaml").exists()) == (2, "", False)
    assert err == (
        "两表.docx: F027 the file has 2 indicator tables (table 1, table 2); say which to import"
        " with --sheet or --table (the file's tables: table 1, table 2)\n"
    )
    code, _, err = run("import", "两表.docx", "--table", "2", "-o", "t.yaml")
    assert code == 0, err
    assert json.loads(run("show", "t.yaml", "--format", "json")[1])["kind"] == "project"


def test_an_existing_output_is_never_written_over_without_force() -> None:
    Path("t.yaml").write_text("# mine\n", encoding="utf-8")
    code, out, err = run("import", str(SEED), "-o", "t.yaml", "--lang", "en")
    assert (code, out) == (2, "")
    assert err.startswith("t.yaml: F012 t.yaml already exists and is left as it is;")
    assert Path("t.yaml").read_text(encoding="utf-8") == "# mine\n"
    code, _, err = run("import", str(SEED), "-o", "t.yaml", "--force")
    assert code == 0, err
    assert Path("t.yaml").read_text(encoding="utf-8").startswith("# 由 perfcheck import")


def test_the_input_is_never_the_output(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_bytes((TABLES / "department_targets.csv").read_bytes())
    code, _, err = run("import", str(table), "-o", str(table), "--force")
    assert code == 2
    assert err == f"{table}: F013 {table} 是输入文件，不能作为输出\n"
    assert table.read_bytes() == (TABLES / "department_targets.csv").read_bytes()


def _folder_of_tables() -> Path:
    """Tables as a finance bureau receives them: several forms, a subfolder, two files with
    one name, a damaged table, a file that is no table, and a note that is not a table file."""
    folder = Path("收到")
    (folder / "二季度").mkdir(parents=True)
    for name in ("department_targets.xlsx", "department_targets.csv",
                 "project_self_evaluation.xls", "damaged_missing_header.docx"):  # fmt: skip
        (folder / name).write_bytes((TABLES / name).read_bytes())
    (folder / "二季度" / "project_targets.utf8.txt").write_bytes(
        (TABLES / "project_targets.utf8.txt").read_bytes()
    )
    (folder / "假表.xlsx").write_text("<html><table></table></html>", encoding="utf-8")
    (folder / "说明.md").write_text("不是表格", encoding="utf-8")
    return folder


def test_a_folder_gives_a_file_per_table_named_after_it() -> None:
    _folder_of_tables()
    code, out, err = run("import", "收到", "-o", "导入", "--format", "concise", "--lang", "en")
    assert code == 1  # the damaged table and the file that is no table
    written = sorted(p.relative_to("导入").as_posix() for p in Path("导入").rglob("*.yaml"))
    assert written == [
        "department_targets.csv.yaml",  # two files named department_targets: each keeps its kind
        "department_targets.xlsx.yaml",
        "project_self_evaluation.actuals.yaml",  # a self-evaluation's actuals beside its targets
        "project_self_evaluation.yaml",
        "二季度/project_targets.utf8.yaml",
    ]
    actuals = Path("导入/project_self_evaluation.actuals.yaml").read_text(encoding="utf-8")
    assert "\ntargets: project_self_evaluation.yaml\n" in actuals
    assert out.splitlines() == [  # in the order of the files (二 sorts before 假)
        "收到/damaged_missing_header.docx:table 1!R1C1: T001 the table has no indicator table "
        "header; expected the labels 三级指标、指标值",
        "导入/project_self_evaluation.actuals.yaml:10:1: W012 indicator 5 老人满意度 has no "
        "actual; at year-end it scores 0",
        "收到/假表.xlsx: F021 the extension is .xlsx but the content is a web page (HTML/XML)",
        "11 files checked: 2 errors, 1 warning",
    ]
    assert err == (
        "6 table files: 4 tables imported, 4 target files and 1 actuals file written; "
        "2 files not imported\n"
    )


def test_a_folder_imported_again_is_refused_file_by_file_unless_forced() -> None:
    _folder_of_tables()
    run("import", "收到", "-o", "导入")
    before = Path("导入/department_targets.xlsx.yaml").read_bytes()
    code, out, _ = run("import", "收到", "-o", "导入", "--format", "concise")
    assert code == 1
    refused = [line for line in out.splitlines() if ": F012 " in line]
    assert [line.split(":")[0] for line in refused] == [
        "导入/department_targets.csv.yaml",
        "导入/department_targets.xlsx.yaml",
        "导入/project_self_evaluation.yaml",
        "导入/二季度/project_targets.utf8.yaml",
    ]
    assert Path("导入/department_targets.xlsx.yaml").read_bytes() == before
    code, out, _ = run("import", "收到", "-o", "导入", "--force", "--format", "concise")
    assert code == 1 and ": F012 " not in out  # the damaged two remain


def test_a_file_with_two_tables_in_a_folder_gives_a_file_for_each() -> None:
    from tests.fixtures.tables.make_tables import department_targets, docx_bytes, project_targets

    Path("表格").mkdir()
    document = docx_bytes(["说明", department_targets(), project_targets()])
    Path("表格/两表.docx").write_bytes(document)
    code, _, err = run("import", "表格", "-o", "导入")
    assert code == 0, err
    assert sorted(p.name for p in Path("导入").iterdir()) == [
        "两表.table_1.yaml", "两表.table_2.yaml"
    ]  # fmt: skip
    first = Path("导入/两表.table_2.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# 由 perfcheck import 自 两表.docx（table 2）生成"


def test_a_folder_on_many_processes_gives_what_one_gives() -> None:
    """20 tables: more than a pool needs, so --jobs 2 spreads them (when there are 2 CPUs)."""
    Path("多").mkdir()
    for number in range(20):
        Path(f"多/表{number:02}.csv").write_bytes((TABLES / "project_targets.csv").read_bytes())
    one = run("import", "多", "-o", "一", "--jobs", "1", "--format", "json")
    two = run("import", "多", "-o", "二", "--jobs", "2", "--format", "json")
    assert one[0] == two[0] == 0
    assert one[1].replace("一/", "") == two[1].replace("二/", "")
    assert len(list(Path("二").iterdir())) == 20


def test_a_folder_without_tables_and_actuals_for_a_folder_are_refused() -> None:
    Path("空").mkdir()
    Path("空/a.yaml").write_text("x: 1\n", encoding="utf-8")
    code, _, err = run("import", "空", "-o", "出", "--lang", "en")
    assert code == 2
    assert err.startswith("空: no table files in the folder (.csv, .docx, .ods")
    code, _, err = run("import", "空", "-o", "出", "--actuals", "a.yaml", "--lang", "en")
    assert (code, err.split(":")[0]) == (2, "--actuals")


def test_the_progress_bar_is_drawn_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from perfcheck.commands.import_table import _progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for stream, drawn in ((io.StringIO(), False), (Terminal(), True)):
        monkeypatch.setattr(sys, "stderr", stream)
        with _progress(3, "zh", wanted=True) as done:
            assert (done is not None) is drawn
            if done is not None:
                done(3)
        assert bool(stream.getvalue()) is drawn
    _folder_of_tables()
    _, _, err = run("import", "收到", "-o", "导入")  # the runner's stderr is no terminal
    assert err.count("\n") == 1  # the total alone


DAMAGED = "damaged_text_in_number_column"  # 分值 of 2-1 written 十分


@pytest.mark.parametrize(
    ("form", "place"),
    [("xlsx", "damaged.xlsx:目标表!E13"), ("docx", "damaged.docx:table 1!R13C5"),
     ("gbk.txt", "damaged.gbk.txt:14:22")],
)  # fmt: skip
def test_the_unread_cell_is_named_in_every_format(form: str, place: str) -> None:
    """The same cell as each program shows it, in validate's formats (line formats lead with
    the place; JSON and SARIF carry it; GitHub puts it before the message)."""
    name = f"damaged.{form}"
    Path(name).write_bytes((TABLES / f"{DAMAGED}.{form}").read_bytes())
    message = "T005 the points (分值) column holds numbers; this cell holds 十分"
    for chosen in ("concise", "human", "junit"):
        code, out, _ = run("import", name, "-o", f"{chosen}.yaml", "--format", chosen,
                           "--lang", "en")  # fmt: skip
        assert code == 1 and f"{place}: {message}" in out.replace("T005 error:", "T005"), chosen
    code, out, _ = run("import", name, "-o", "j.yaml", "--format", "json", "--lang", "en")
    found = json.loads(out)["files"][0]["diagnostics"]
    where, _, at = place.partition(":")
    if form.endswith("txt"):
        line, col = map(int, at.split(":"))
        assert [(d["file"], d["line"], d["col"], d["code"]) for d in found] == [
            (where, line, col, "T005")
        ]
    else:
        assert [(d["file"], d["place"], d["code"]) for d in found] == [(where, at, "T005")]
    code, out, _ = run("import", name, "-o", "s.yaml", "--format", "sarif", "--lang", "en")
    result = json.loads(out)["runs"][0]["results"][0]
    assert result["ruleId"] == "T005"
    code, out, _ = run("import", name, "-o", "g.yaml", "--format", "github", "--lang", "en")
    assert out.startswith(f"::error file={where}")


def test_pasted_text_comes_in_on_standard_input_and_its_encoding_is_named() -> None:
    """What Excel puts on the clipboard, in GBK as a Chinese Windows console passes it."""
    pasted = (TABLES / "project_targets.gbk.txt").read_bytes()
    from typer.testing import CliRunner

    from perfcheck.cli import app

    result = CliRunner().invoke(app, ["import", "-", "-o", "t.yaml", "-v"], input=pasted)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        "读取 标准输入：文本，编码 GBK",
        "已写入 t.yaml：5 个指标（标准输入）",
    ]
    first = Path("t.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# 由 perfcheck import 自 标准输入（全文）生成"
    golden = (TABLES / "expected" / "project_targets.yaml").read_text(encoding="utf-8")
    assert Path("t.yaml").read_text(encoding="utf-8").split("\n", 2)[2] == golden.split("\n", 2)[2]


def test_a_self_evaluation_without_actuals_says_what_was_left_out() -> None:
    code, _, err = run("import", str(TABLES / "project_self_evaluation.csv"), "-o", "t.yaml",
                       "--lang", "en")  # fmt: skip
    assert code == 0
    assert err.splitlines()[-1] == (
        f"{TABLES}/project_self_evaluation.csv is a filled self-evaluation; its actual values "
        "were not written: --actuals FILE keeps them"
    )
    assert sorted(p.name for p in Path().iterdir()) == ["t.yaml"]


def test_the_actuals_and_the_targets_cannot_be_one_file() -> None:
    code, _, err = run("import", str(SEED), "-o", "t.yaml", "--actuals", "./t.yaml",
                       "--lang", "en")  # fmt: skip
    assert (code, err) == (2, "--actuals: --actuals and -o name the same file\n")


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [(b"<html><table></table></html>", "t.xlsx",
      "t.xlsx: F021 the extension is .xlsx but the content is a web page (HTML/XML)\n"),
     (b"x", "t.pdf", "t.pdf: F025 "),
     (b"", "t.csv", "t.csv: F026 ")],
)  # fmt: skip
def test_a_table_that_cannot_be_read_is_exit_2_with_its_error(
    content: bytes, name: str, expected: str
) -> None:
    Path(name).write_bytes(content)
    code, out, err = run("import", name, "-o", "t.yaml", "--lang", "en")
    assert (code, out) == (2, "")
    assert err.startswith(expected)
    assert not Path("t.yaml").exists()


def test_actuals_asked_of_a_target_table_are_said_to_be_left_unwritten() -> None:
    code, _, err = run("import", str(TABLES / "project_targets.xlsx"), "-o", "t.yaml",
                       "--actuals", "a.yaml", "--lang", "en")  # fmt: skip
    assert code == 0
    assert err.splitlines()[-1] == (
        f"{TABLES}/project_targets.xlsx:目标表 is no filled self-evaluation and has no actual "
        "values: a.yaml not written"
    )
    assert not Path("a.yaml").exists()


def test_the_warnings_a_project_waves_are_waved_in_the_table_too() -> None:
    """`ignore: [W051]` in the project's configuration: the seed's shifted rows are not listed,
    as validate would not list them in a file."""
    Path(".perfcheck.yaml").write_text("ignore: [W051]\n", encoding="utf-8")
    code, out, _ = run("import", str(SEED), "-o", "seed.yaml", "--format", "concise")
    assert code == 0
    assert [line.split(": ")[1][:4] for line in out.splitlines()[:-1]] == ["W001", "W002"]
    assert out.splitlines()[-1] == "检查了 2 个文件：0 个错误，2 个警告（另有 2 个警告已忽略）"


def test_an_existing_folder_as_the_output_takes_the_file_named_after_the_table() -> None:
    Path("targets").mkdir()
    code, _, err = run("import", str(TABLES / "project_targets.docx"), "-o", "targets")
    assert code == 0, err
    assert [p.name for p in Path("targets").iterdir()] == ["project_targets.yaml"]
    code, _, err = run("import", "-", "-o", "targets", "--lang", "en")
    assert (code, err) == (2, "-o: importing standard input, -o must name a file, not a folder\n")


# --- -o NAME/: a folder, whether it is there yet or not ---------------------------------------


def test_a_trailing_slash_names_a_folder_made_when_it_is_not_there() -> None:
    """`-o 导入/` means the folder: made (with its parents, as a folder import makes its output
    folder), the file in it named after the table — never a file named 导入."""
    code, _, err = run("import", str(TABLES / "project_targets.xlsx"), "-o", "导入/二季度/")
    assert code == 0, err
    assert Path("导入/二季度").is_dir()
    assert [p.name for p in Path("导入/二季度").iterdir()] == ["project_targets.yaml"]
    assert err.startswith("已写入 导入/二季度/project_targets.yaml：5 个指标")


def test_a_trailing_slash_keeps_a_self_evaluation_s_actuals_where_asked() -> None:
    table = str(TABLES / "project_self_evaluation.xlsx")
    code, _, err = run("import", table, "-o", "出/", "--actuals", "a.yaml")
    assert code == 0, err
    assert sorted(p.as_posix() for p in Path().rglob("*.yaml")) == [
        "a.yaml", "出/project_self_evaluation.yaml"
    ]  # fmt: skip
    assert "\ntargets: 出/project_self_evaluation.yaml\n" in Path("a.yaml").read_text("utf-8")


def test_actuals_into_a_folder_are_named_after_the_table() -> None:
    """`--actuals 完成值/` as -o takes a folder: made when not there, the file in it named as a
    folder's import names it; an existing folder the same, without the slash."""
    table = str(TABLES / "project_self_evaluation.xlsx")
    code, _, err = run("import", table, "-o", "目标/", "--actuals", "完成值/二季度/")
    assert code == 0, err
    assert sorted(p.as_posix() for p in Path().rglob("*.yaml")) == [
        "完成值/二季度/project_self_evaluation.actuals.yaml", "目标/project_self_evaluation.yaml"
    ]  # fmt: skip
    written = Path("完成值/二季度/project_self_evaluation.actuals.yaml").read_text("utf-8")
    assert '\ntargets: "../../目标/project_self_evaluation.yaml"\n' in written  # from its folder
    code, _, err = run("import", table, "-o", "t.yaml", "--actuals", "完成值", "--force")
    assert code == 0, err
    assert Path("完成值/project_self_evaluation.actuals.yaml").is_file()


def test_actuals_into_the_targets_folder_stand_beside_them() -> None:
    table = str(TABLES / "project_self_evaluation.xlsx")
    code, _, err = run("import", table, "-o", "出/", "--actuals", "出/")
    assert code == 0, err
    assert sorted(p.name for p in Path("出").iterdir()) == [
        "project_self_evaluation.actuals.yaml", "project_self_evaluation.yaml"
    ]  # fmt: skip


def test_actuals_of_a_target_table_make_no_folder() -> None:
    code, _, err = run("import", str(TABLES / "project_targets.xlsx"), "-o", "t.yaml",
                       "--actuals", "完成值/")  # fmt: skip
    assert code == 0, err
    assert not Path("完成值").exists()


def test_standard_input_cannot_put_its_actuals_in_a_folder() -> None:
    Path("完成值").mkdir()
    code, _, err = run("import", "-", "-o", "t.yaml", "--actuals", "完成值", "--lang", "en")
    assert (code, err) == (
        2, "--actuals: importing standard input, --actuals must name a file, not a folder\n"
    )  # fmt: skip


def test_a_trailing_slash_on_a_file_is_refused_before_anything_is_read() -> None:
    Path("t.yaml").write_text("# mine\n", encoding="utf-8")
    code, out, err = run("import", str(TABLES / "project_targets.xlsx"), "-o", "t.yaml/",
                         "--lang", "en")  # fmt: skip
    assert (code, out) == (2, "")
    assert err == "t.yaml/: F014 cannot write t.yaml/: Not a directory\n"
    assert Path("t.yaml").read_text(encoding="utf-8") == "# mine\n"


def test_a_folder_that_cannot_be_made_is_a_located_f014() -> None:
    Path("f").write_text("", encoding="utf-8")
    code, out, err = run("import", str(TABLES / "project_targets.xlsx"), "-o", "f/sub/",
                         "--lang", "en")  # fmt: skip
    assert (code, out) == (2, "")
    assert err == "f/sub/project_targets.yaml: F014 cannot write f/sub/: Not a directory\n"


def test_a_folder_named_for_a_table_that_cannot_be_read_is_not_made() -> None:
    """Nothing is made before the table is read: a refused import changes nothing."""
    Path("t.pdf").write_bytes(b"x")
    code, _, err = run("import", "t.pdf", "-o", "出/", "--lang", "en")
    assert (code, err.split(" ")[:2]) == (2, ["t.pdf:", "F025"])
    assert not Path("出").exists()
    code, out, err = run("import", str(TABLES / "damaged_missing_header.xlsx"), "-o", "出/")
    assert code == 1 and "T001" in out, err  # no indicator table: nothing written, nothing made
    assert not Path("出").exists()


def test_standard_input_into_a_folder_is_refused_with_or_without_the_slash() -> None:
    from typer.testing import CliRunner

    from perfcheck.cli import app

    pasted = (TABLES / "project_targets.utf8.txt").read_bytes()
    result = CliRunner().invoke(app, ["import", "-", "-o", "出/", "--lang", "en"], input=pasted)
    assert (result.exit_code, result.stderr) == (
        2, "-o: importing standard input, -o must name a file, not a folder\n"
    )  # fmt: skip
    assert not Path("出").exists()
