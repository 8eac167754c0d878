"""Writing outputs: atomically, never over an input, and nothing left behind on a failure."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from perfcheck.reports.writing import WriteError, write_atomically
from perfcheck.text import Phrase


def test_a_full_disk_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "review.md"
    target.write_text("the earlier report\n", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(WriteError) as raised:
        write_atomically(target, "a new report\n", force=True)
    assert raised.value.code == "F014"
    assert raised.value.args_["reason"] == Phrase("oserror.ENOSPC")  # said in the run's language
    assert target.read_text(encoding="utf-8") == "the earlier report\n"  # untouched
    assert [p.name for p in tmp_path.iterdir()] == ["review.md"]  # no temporary file left


def test_an_unwritable_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as raised:
        write_atomically(tmp_path / "missing" / "review.md", "x")
    assert raised.value.code == "F014"


def test_an_input_is_never_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "actuals.yaml"
    source.write_text("period: 2022Q4\n", encoding="utf-8")
    with pytest.raises(WriteError) as raised:
        write_atomically(tmp_path / "." / "actuals.yaml", "x", force=True, inputs=(source,))
    assert raised.value.code == "F013"
    assert source.read_text(encoding="utf-8") == "period: 2022Q4\n"


def test_the_new_content_replaces_the_old_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "review.md"
    target.write_text("old\n", encoding="utf-8")
    write_atomically(target, "new\n", force=True)
    assert target.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["review.md"]


def test_a_new_file_gets_the_permissions_the_umask_allows(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        write_atomically(tmp_path / "review.html", "<p>")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "review.html").stat().st_mode) == 0o644


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "review.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomically(target, "new", force=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8") == "new"
