"""A package's members are never unpacked before the limit on the package unpacked is checked:
an ods whose `mimetype` inflates to tens of megabytes costs no more than its own bytes."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest

from perfcheck.reading.limits import DEFAULTS
from perfcheck.reading.tables.errors import TableError
from perfcheck.reading.tables.read import read_tables

_INFLATED = 64 * 1024 * 1024


def _package(path: Path, mimetype_bytes: int) -> Path:
    """A zip whose `mimetype` is `mimetype_bytes` of zeros, written a megabyte at a time."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        with package.open("mimetype", "w") as member:
            member.write(b"application/vnd.oasis.opendocument.spreadsheet")
            chunk = bytes(1024 * 1024)
            for _ in range(mimetype_bytes // len(chunk)):
                member.write(chunk)
        package.writestr("content.xml", "<office:document-content/>")
    return path


@pytest.mark.parametrize("suffix", [".ods", ".xlsx", ".docx"])
def test_a_huge_mimetype_is_never_unpacked(tmp_path: Path, suffix: str) -> None:
    path = _package(tmp_path / f"bomb{suffix}", _INFLATED)
    megabyte = 1024 * 1024  # the file itself is 64 KB: a small read buffer for it
    limits = DEFAULTS._replace(max_table_bytes=megabyte, max_table_unzipped_bytes=megabyte)
    tracemalloc.start()
    try:
        with pytest.raises(TableError):
            read_tables(path, limits=limits)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < _INFLATED // 4


def test_an_ods_package_is_still_known_by_its_short_mimetype(tmp_path: Path) -> None:
    from perfcheck.reading.tables.read import _zip_kind

    path = _package(tmp_path / "t.ods", 0)
    assert _zip_kind(path.read_bytes()) == "ods"
