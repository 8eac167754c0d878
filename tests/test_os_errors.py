"""Why the system refused a file is said in the run's language: the common errno cases come
from the catalogue, the system's own (English) words only for the rest."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perfcheck.cli import app
from perfcheck.text import Phrase, say, shown
from perfcheck.text.os_errors import os_reason
from tests.conftest import ROOT

SRC = ROOT / "src" / "perfcheck"


def said(error: BaseException, lang: str = "zh") -> str:
    return shown(os_reason(error), lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("number", "zh"),
    [
        (errno.ENOENT, "文件或文件夹不存在"),
        (errno.EACCES, "没有权限"),
        (errno.ENOSPC, "磁盘空间已满"),
        (errno.EROFS, "文件系统为只读"),
        (errno.ENOTDIR, "路径中有一项不是文件夹"),
        (errno.EISDIR, "是一个文件夹"),
    ],
)
def test_the_common_cases_in_each_language(number: int, zh: str) -> None:
    error = OSError(number, os.strerror(number))
    assert said(error) == zh
    assert said(error, "en") == say(f"oserror.{errno.errorcode[number]}", "en")


def test_the_rest_in_the_systems_words() -> None:
    assert said(OSError(errno.ECONNRESET, "Connection reset by peer")) == "Connection reset by peer"
    assert said(OSError(0, "不是普通文件")) == "不是普通文件"  # perfcheck's own, already said
    assert said(RuntimeError("Symlink loop from '/a'")) == "符号链接循环"
    assert said(ValueError("embedded null byte")) == "文件名含有 NUL 字符"
    assert os_reason(PermissionError(errno.EACCES, "x")) == Phrase("oserror.EACCES")


def test_an_unwritable_output_says_why_in_the_runs_language(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "review.md"
    args = ["summary", str(ROOT / "actuals" / "2022Q4.yaml"), "-o", str(missing)]
    zh = CliRunner().invoke(app, args)
    assert zh.exit_code == 2
    assert zh.stderr == f"{missing}: F014 无法写入 {missing}：文件或文件夹不存在\n"
    en = CliRunner().invoke(app, [*args, "--lang", "en"])
    assert en.stderr == f"{missing}: F014 cannot write {missing}: No such file or directory\n"


def test_an_unreadable_file_says_why_in_the_runs_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "t.yaml"
    target.write_text((ROOT / "targets" / "chengdu_procuratorate_2022.yaml").read_text("utf-8"))
    opened = Path.open

    def refused(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "t.yaml":
            raise PermissionError(errno.EACCES, "Permission denied")
        return opened(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refused)
    done = CliRunner().invoke(app, ["validate", str(target)])
    assert "F001 无法读取文件：没有权限" in done.stdout, done.output
    done = CliRunner().invoke(app, ["validate", str(target), "--lang", "en"])
    assert "F001 cannot read file: Permission denied" in done.stdout, done.output


def test_every_system_reason_goes_through_one_function() -> None:
    """No module puts an OSError's strerror into a message itself: os_reason says it."""
    found = {
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if re.search(r'(?<!\bos)\.strerror\b|"strerror"', path.read_text(encoding="utf-8"))
    }
    assert found == {"text/os_errors.py"}


def test_sqlites_refusals_are_said_in_the_readers_language(tmp_path: Path) -> None:
    import sqlite3

    from perfcheck.text import say
    from perfcheck.text.os_errors import database_reason

    garbage = tmp_path / "not.sqlite"
    garbage.write_bytes(b"no database here, " * 100)
    with pytest.raises(sqlite3.DatabaseError) as refused:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master")
    reason = database_reason(refused.value)
    assert reason == Phrase("sqlite.SQLITE_NOTADB")
    assert say("verbatim", "zh", {"text": reason}) == "不是 SQLite 数据库文件"

    read_only = tmp_path / "ro.sqlite"
    sqlite3.connect(read_only).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(sqlite3.OperationalError) as refused:  # an extended code: by its primary
        db = sqlite3.connect(f"file:{read_only}?mode=ro", uri=True)
        db.execute("INSERT INTO t VALUES (1)")
    assert database_reason(refused.value) == Phrase("sqlite.SQLITE_READONLY")

    unknown = database_reason(sqlite3.Error("something else"))
    assert unknown == Phrase("verbatim", {"text": "something else"})
