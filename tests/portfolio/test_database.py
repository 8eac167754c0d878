"""`perfcheck portfolio --db`: the SQLite database of the generated portfolio against its JSON
output and against figures computed here; a re-run replaces rows, never adds them; a run that
fails halfway leaves the database as it was; someone else's file is refused."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import sqlite3
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from perfcheck.reports.portfolio.database import Database
from perfcheck.results.portfolio import FileDetail
from tests.conftest import run
from tests.portfolio.generate import BROKEN, Table, generate
from tests.portfolio.test_portfolio import _in, expected


def exact(value: object) -> object:
    """A REAL read back as the reports print it (they have at most 4 decimal places)."""
    if isinstance(value, float):
        return Decimal(str(value))
    return value


def query(path: Path, sql: str, *args: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as db:
        return [tuple(exact(v) for v in row) for row in db.execute(sql, args)]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Table], dict[str, Any]]:
    """The portfolio, its database (written with two processes) and its JSON output."""
    root = tmp_path_factory.mktemp("portfolio_db")
    tables = generate(root)
    code, out, _ = _in(root, "--format", "json", "--db", "results.sqlite", "--jobs", "2")
    assert code == 1
    return root, tables, json.loads(out, parse_float=Decimal)


COLUMNS = (
    "named, department, project, kind, year, period, total, grade, met, unmet, missing, "
    "not_applicable, unexplained, budget_rate, red, yellow, reconciles"
)


def test_every_table_row_is_the_json_row(
    written: tuple[Path, list[Table], dict[str, Any]],
) -> None:
    """Each row is the JSON row, the path as the run named it in `named`; the key `path` is the
    file's absolute path, symbolic links resolved, as is the target file it read."""
    root, _, document = written
    found = query(root / "results.sqlite", f"SELECT {COLUMNS} FROM tables ORDER BY named")
    want = sorted(tuple(row.values()) for row in document["tables"])
    assert len(found) == 240
    assert found == want
    resolved = root.resolve()
    for path, named, targets in query(
        root / "results.sqlite", "SELECT path, named, targets FROM tables"
    ):
        assert path == str(resolved / named)
        assert targets == str(resolved / Path(named).parent / f"targets_{named[-11:-7]}.yaml")


def test_indicators_and_budget_add_up_to_each_year_end_total(
    written: tuple[Path, list[Table], dict[str, Any]],
) -> None:
    root, tables, _ = written
    db = root / "results.sqlite"
    for table in tables:
        want, path = expected(table), str(root.resolve() / table.path)
        sql = "SELECT status, count(*) FROM indicators WHERE path = ? GROUP BY status"
        statuses = dict(query(db, sql, path))
        assert statuses.get("met", 0) == want.met, table.path
        assert statuses.get("unmet", 0) == want.unmet
        assert statuses.get("missing", 0) == want.missing
        ((spent, rate, budget_score, light),) = query(
            db, "SELECT spent, rate, score, light FROM budget WHERE path = ?", path
        )
        assert (spent, rate) == (table.spent, want.budget_rate)
        scores = query(db, "SELECT score FROM indicators WHERE path = ?", path)
        if table.quarter == 4:
            assert sum(s for (s,) in scores) + budget_score == want.total
            assert light is None
        else:
            assert light in {"green", "yellow", "red"}
        actuals = query(db, "SELECT actual FROM indicators WHERE path = ? ORDER BY position",
                        path)  # fmt: skip
        assert [a for (a,) in actuals] == [a.value for a in table.actuals]


def test_findings_and_inputs(written: tuple[Path, list[Table], dict[str, Any]]) -> None:
    root, tables, document = written
    db = root / "results.sqlite"
    errors = {e["path"]: [d["code"] for d in e["diagnostics"]] for e in document["errors"]}
    for path in BROKEN:
        codes = query(db, "SELECT code FROM findings WHERE path = ? AND severity = 'error' "
                      "ORDER BY position", str(root.resolve() / path))  # fmt: skip
        assert [c for (c,) in codes] == errors[path]
    roles = Counter(role for (role,) in query(db, "SELECT role FROM inputs"))
    assert roles == {"actuals": 240, "targets": 120, "unreadable": 4}
    for path, named, sha256 in query(db, "SELECT path, named, sha256 FROM inputs"):
        assert path == str(root.resolve() / named)
        assert sha256 == hashlib.sha256(Path(path).read_bytes()).hexdigest()
    # W010 (an unmet indicator left unexplained) for every one of them at year-end
    unexplained = sum(
        not a.explained and a.value is not None and a.value < s.target
        for t in tables if t.quarter == 4
        for s, a in zip(t.specs, t.actuals, strict=True)
    )  # fmt: skip
    assert query(db, "SELECT count(*) FROM findings WHERE code = 'W010'") == [(unexplained,)]


def test_a_rerun_updates_the_same_rows(
    written: tuple[Path, list[Table], dict[str, Any]],
) -> None:
    root, _, _ = written
    db = root / "results.sqlite"
    counts = "SELECT (SELECT count(*) FROM tables), (SELECT count(*) FROM indicators), " \
        "(SELECT count(*) FROM budget), (SELECT count(*) FROM findings), " \
        "(SELECT count(*) FROM inputs)"  # fmt: skip
    before = query(db, counts)
    assert before == [(240, 960, 240, before[0][3], 364)]
    code, _, _ = _in(root, "--db", "results.sqlite", "--jobs", "1", "-q")
    assert code == 1
    assert query(db, counts) == before
    assert query(db, "SELECT DISTINCT run FROM tables") == [(2,)]
    assert query(db, "SELECT run, files, tables, errors FROM runs") == [
        (1, 364, 240, 4),
        (2, 364, 240, 4),
    ]


def _run_from(folder: Path, *args: str) -> int:
    before = Path.cwd()
    os.chdir(folder)
    try:
        return run("portfolio", *args)[0]
    finally:
        os.chdir(before)


def test_the_same_files_named_another_way_update_the_same_rows(
    written: tuple[Path, list[Table], dict[str, Any]], tmp_path: Path
) -> None:
    """The portfolio run as `.`, as its folder's name from the folder above, by its absolute
    path and through a symbolic link: each run replaces the rows the first wrote (the rows are
    keyed by the file, not by how it was named), and `named` says how the last run named it."""
    root = written[0]
    db = tmp_path / "results.sqlite"
    link = tmp_path / "linked"
    link.symlink_to(root, target_is_directory=True)
    counts = "SELECT (SELECT count(*) FROM tables), (SELECT count(*) FROM indicators), " \
        "(SELECT count(*) FROM budget), (SELECT count(*) FROM findings), " \
        "(SELECT count(*) FROM inputs)"  # fmt: skip
    assert _run_from(root, ".", "--db", str(db), "-q") == 1
    first = query(db, counts)
    assert first[0][:3] == (240, 960, 240)
    for folder, named in ((root.parent, root.name), (tmp_path, str(root)), (tmp_path, "linked")):
        assert _run_from(folder, named, "--db", str(db), "-q") == 1
        assert query(db, counts) == first, named
        shown = {n for (n,) in query(db, "SELECT named FROM tables")}
        assert all(n.startswith(named + os.sep) for n in shown), (named, sorted(shown)[:2])
    assert query(db, "SELECT count(*) FROM runs") == [(4,)]
    assert query(db, "SELECT count(DISTINCT path) FROM tables") == [(240,)]


def test_a_database_of_the_earlier_schema_is_refused_as_it_is(
    written: tuple[Path, list[Table], dict[str, Any]], tmp_path: Path
) -> None:
    """Schema 1 keyed its rows by the path as typed, relative to a folder it did not record:
    they cannot be told apart from this version's, so the file is left as it is and the run
    says why, and what to do (exit 2); a file of a later schema is no database of this version."""
    root = written[0]
    old = tmp_path / "results.sqlite"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.executemany("INSERT INTO meta VALUES (?, ?)",
                       [("schema", "perfcheck-portfolio"), ("schema_version", "1")])  # fmt: skip
        db.execute("CREATE TABLE tables (path TEXT, period TEXT, PRIMARY KEY (path, period))")
        db.execute("INSERT INTO tables VALUES ('unit000/2022Q4.yaml', '2022Q4')")
    before = old.read_bytes()
    code, _, err = _in(root, "--db", str(old), "-q", "--lang", "en")
    assert code == 2
    assert err.strip() == (
        f"{old}: written by an earlier perfcheck (database schema 1; this version writes schema "
        "2, its rows keyed by each file's absolute path, and the two cannot share a file), left "
        "as it is; choose another name, or delete it and run again"
    )
    assert old.read_bytes() == before
    with sqlite3.connect(old) as db:
        db.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    code, _, err = _in(root, "--db", str(old), "-q", "--lang", "en")
    assert code == 2 and "not a results database of this perfcheck version" in err


def test_a_run_stopped_halfway_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "results.sqlite"
    detail = FileDetail("a.yaml", "0" * 64, 1, "unreadable", None, (), None, ())
    with Database(db, "zh", "1", []) as first:
        first.write([(None, detail)])
    with pytest.raises(KeyboardInterrupt), Database(db, "zh", "1", []) as second:
        second.write([(None, dataclasses.replace(detail, path="b.yaml"))])
        raise KeyboardInterrupt
    assert query(db, "SELECT named FROM inputs") == [("a.yaml",)]
    assert query(db, "SELECT run FROM runs") == [(1,)]


def test_a_first_run_stopped_halfway_leaves_no_file(tmp_path: Path) -> None:
    db = tmp_path / "results.sqlite"
    detail = FileDetail("a.yaml", "0" * 64, 1, "unreadable", None, (), None, ())
    with pytest.raises(KeyboardInterrupt), Database(db, "zh", "1", []) as first:
        first.write([(None, detail)])
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_an_empty_file_that_was_there_is_kept(tmp_path: Path) -> None:
    db = tmp_path / "results.sqlite"
    db.touch()  # the user's: an empty file is a valid new SQLite database
    with pytest.raises(KeyboardInterrupt), Database(db, "zh", "1", []):
        raise KeyboardInterrupt
    assert db.read_bytes() == b""


def test_a_file_that_is_not_ours_is_refused(
    written: tuple[Path, list[Table], dict[str, Any]], tmp_path: Path
) -> None:
    root = written[0]
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    code, _, err = _in(root, "--db", str(other), "-q")
    assert code == 2 and "other.sqlite" in err
    assert query(other, "SELECT name FROM sqlite_master") == [("t",)]
    code, _, err = _in(root, "--db", "unit000/2022Q4.yaml", "-q")
    assert code == 2 and "F013" in err


def _stderr_on_a_terminal(root: Path, *args: str) -> tuple[int, str]:
    """The run with its stderr on a pseudo-terminal (stdout to nowhere): exit code and what the
    terminal received."""
    import os
    import pty
    import subprocess
    import sys

    main, child = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "perfcheck", "portfolio", ".", *args],
        cwd=root, stdout=subprocess.DEVNULL, stderr=child, env=os.environ | {"COLUMNS": "100"},
    )  # fmt: skip
    os.close(child)
    received = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        received += chunk
    process.communicate()
    os.close(main)
    return process.returncode, received.decode("utf-8", "replace")


def test_a_progress_bar_on_a_terminal_and_nothing_on_a_pipe(
    written: tuple[Path, list[Table], dict[str, Any]],
) -> None:
    root = written[0]
    code, shown = _stderr_on_a_terminal(root, "--format", "json", "--jobs", "1")
    assert code == 1
    assert "读取中" in shown and "364/364" in shown  # files done of all
    assert re.search(r"\d+ 个/秒", shown)  # the rate
    code, _, err = _in(root, "--format", "json", "--jobs", "1")
    assert code == 1 and err == ""  # a pipe: nothing
    code, shown = _stderr_on_a_terminal(root, "--format", "json", "-q")
    assert code == 1 and "读取中" not in shown  # --quiet: nothing


DOCS = Path(__file__).resolve().parents[2] / "docs" / "database.md"


def test_the_documented_queries_run_on_the_written_database(
    written: tuple[Path, list[Table], dict[str, Any]],
) -> None:
    """docs/database.md's DuckDB example, run by SQLite on the file it attaches: its tables and
    columns are the schema's."""
    text = DOCS.read_text(encoding="utf-8")
    block = text.split("```sql\n", 1)[1].split("```", 1)[0]
    lines = [line for line in block.splitlines() if not line.startswith(("INSTALL", "ATTACH"))]
    statements = [s for s in "\n".join(lines).replace("r.", "").split(";") if s.strip()]
    assert len(statements) == 3
    with sqlite3.connect(written[0] / "results.sqlite") as db:
        poor, targets, periods = (db.execute(s).fetchall() for s in statements)
    assert poor and len(periods) == 6  # 2022 and 2023, quarters 2 to 4
    assert len(targets) == 240  # every table joined to its target file by the one key
    assert all(len(row[4]) == 64 for row in targets)


def test_every_column_of_the_schema_is_documented() -> None:
    from perfcheck.reports.portfolio.database import SCHEMA

    text = DOCS.read_text(encoding="utf-8")
    with sqlite3.connect(":memory:") as db:
        db.executescript(SCHEMA)
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for name in names:
            assert f"`{name}`" in text, name
            for column in db.execute(f"PRAGMA table_info({name})"):
                assert f"`{column[1]}`" in text, (name, column[1])


@pytest.mark.skipif(os.name != "posix", reason="file names as bytes")
def test_a_file_name_that_is_not_utf8_is_stored_escaped(tmp_path: Path) -> None:
    """Bytes of a name that are not UTF-8 (Python keeps them as lone surrogates, which SQLite
    cannot hold) are written as escapes; the file is still read, scored and hashed."""
    root = Path(__file__).resolve().parents[2]
    folder = tmp_path / "names"
    folder.mkdir()
    chengdu = (root / "targets" / "chengdu_procuratorate_2022.yaml").read_bytes()
    (folder / "t.yaml").write_bytes(chengdu)
    text = (root / "actuals" / "2022Q4.yaml").read_text(encoding="utf-8")
    target_line = next(line for line in text.splitlines() if line.startswith("targets:"))
    actuals = folder / os.fsdecode(b"a\xfe.yaml")
    actuals.write_bytes(text.replace(target_line, "targets: t.yaml").encode())
    db = tmp_path / "results.sqlite"
    assert _run_from(folder, str(actuals), "--db", str(db), "-q") == 0
    named = str(folder / "a\\xfe.yaml")
    assert query(db, "SELECT named FROM tables") == [(named,)]
    digests = dict(query(db, "SELECT named, sha256 FROM inputs"))
    assert digests[named] == hashlib.sha256(actuals.read_bytes()).hexdigest()
