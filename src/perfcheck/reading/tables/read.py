"""`read_tables`: any published table file — or standard input — into Grids, the reader chosen
by the file's extension and checked against its content.

Extensions: .xlsx (.xlsm), .xls, .ods, .docx, .csv, .tsv, .txt; `-` is standard input, read by
its content (a workbook or document piped in, else text). A file whose content is another kind
than its extension says (an xlsx saved as .xls, a web page saved as .xls) is refused with what
it is (F021), never read as something else.

Which tables: a workbook gives each visible sheet with a non-empty cell (`sheet` picks one by
name, hidden or not; the others are still read, as far as they can be, for what stands beside
it); a Word document each table of its body (`table 1`, `table 2`, …); text one table. `table`
(1-based) then picks one of those. A file with no table at all is F026.
"""

import io
import sys
import zipfile
from pathlib import Path
from typing import IO, NamedTuple

from perfcheck.reading.limits import DEFAULTS, Limits
from perfcheck.reading.tables.errors import TableError
from perfcheck.reading.tables.grid import Grid
from perfcheck.text import Phrase
from perfcheck.text.os_errors import os_reason

STDIN = "-"

EXTENSIONS: dict[str, str] = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".docx": "docx",
    ".csv": "csv",
    ".tsv": "tsv",
    ".txt": "text",
}
# What a file of each kind is made of, as `_content_kind` finds it.
_CONTENT = {"xlsx": "xlsx", "xls": "xls", "ods": "ods", "docx": "docx"}
_ZIPPED = ("xlsx", "ods", "docx")


class TableFile(NamedTuple):
    """A file's tables, its bytes as read (for its SHA-256) and its kind (`xlsx` … `text`).

    `every` is all the file's tables in its order, those in `grids` among them (the same
    objects): with `sheet` or `table` choosing one, what stands beside it — the scoring rules
    sheet of a form, the other forms that bound it. The sheets beside a named sheet are read
    as far as they can be: one that cannot be (damaged, beyond the cells left) is left out."""

    grids: list[Grid]
    raw: bytes
    kind: str
    every: tuple[Grid, ...] = ()


def read_tables(
    path_or_stdin: Path | str,
    sheet: str | None = None,
    table: int | None = None,
    limits: Limits = DEFAULTS,
    stdin: IO[bytes] | None = None,
) -> list[Grid]:
    """The tables of one file (`-`: standard input, or `stdin` when given), each a Grid.
    Raises TableError, located, for anything that keeps the file from being read."""
    return read_table_file(path_or_stdin, sheet, table, limits, stdin).grids


def read_table_file(
    path_or_stdin: Path | str,
    sheet: str | None = None,
    table: int | None = None,
    limits: Limits = DEFAULTS,
    stdin: IO[bytes] | None = None,
) -> TableFile:
    """As `read_tables`, with the bytes the tables were read from: read once, so that the
    SHA-256 an import records is that of what it read."""
    if str(path_or_stdin) == STDIN:
        file = STDIN
        raw = _read_stream(stdin if stdin is not None else sys.stdin.buffer, limits)
        kind = _content_kind(raw)
        if kind not in _CONTENT and kind != "text":
            reason = Phrase("reason.not_a_table_kind")
            raise TableError(file, "F020", {"kind": Phrase(f"table_kind.{kind}"), "reason": reason})
    else:
        path = Path(path_or_stdin)
        file = str(path_or_stdin)
        kind = _kind_by_extension(path, file)
        raw = _read_file(path, file, limits)
        _check_content(raw, kind, path.suffix.lower(), file)
    grids = _read(raw, file, kind, sheet, limits)
    if not grids:
        raise TableError(file, "F026", {"kind": Phrase(f"table_kind.{kind}")})
    every = grids if sheet is None else _around(raw, file, kind, grids[0], limits)
    return TableFile(_pick(grids, table, file), raw, kind, tuple(every))


def _kind_by_extension(path: Path, file: str) -> str:
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        known = sorted(EXTENSIONS)
        raise TableError(file, "F025", {"extension": path.suffix or path.name, "known": known})
    return kind


def _read_file(path: Path, file: str, limits: Limits) -> bytes:
    try:
        if not path.is_file():
            reason = "reason.a_folder" if path.is_dir() else "reason.no_such_file"
            raise TableError(file, "F001", {"reason": Phrase(reason)})
        size = path.stat().st_size
        if size > limits.max_table_bytes:
            raise TableError(file, "F003", {"size": size, "limit": limits.max_table_bytes})
        with path.open("rb") as handle:
            return _read_stream(handle, limits, file)
    except OSError as error:
        raise TableError(file, "F001", {"reason": os_reason(error)}) from error


def _read_stream(stream: IO[bytes], limits: Limits, file: str = STDIN) -> bytes:
    raw = stream.read(limits.max_table_bytes + 1)
    if len(raw) > limits.max_table_bytes:
        raise TableError(file, "F003", {"size": len(raw), "limit": limits.max_table_bytes})
    return raw


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _content_kind(raw: bytes) -> str:
    """xlsx, docx, ods, zip, xls, doc, ole, html or text, by the bytes alone."""
    if raw.startswith(b"PK\x03\x04"):
        return _zip_kind(raw)
    if raw.startswith(_OLE):
        if "Workbook".encode("utf-16-le") in raw or "Book".encode("utf-16-le") in raw:
            return "xls"
        return "doc" if "WordDocument".encode("utf-16-le") in raw else "ole"
    head = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")):
        return "html"
    return "text"


# An OpenDocument `mimetype` member is one short line (`application/vnd.oasis.opendocument.
# spreadsheet`, 46 bytes): more is no mimetype, and is never unpacked to find out.
_MIMETYPE_BYTES = 256


def _zip_kind(raw: bytes) -> str:
    """The kind of a package by its directory; of its members only an ods's `mimetype` is read,
    and only when it says it is short, a bounded read (the limit on a package unpacked is
    checked later, and only for a package of the kind its extension says)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            names = set(package.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names and b"spreadsheet" in _mimetype(package):
                return "ods"
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError):
        pass
    return "zip"


def _mimetype(package: zipfile.ZipFile) -> bytes:
    if package.getinfo("mimetype").file_size > _MIMETYPE_BYTES:
        return b""
    with package.open("mimetype") as member:
        return member.read(_MIMETYPE_BYTES + 1)  # bounded even when the size declared is false


def _check_content(raw: bytes, kind: str, extension: str, file: str) -> None:
    found = _content_kind(raw)
    expected = _CONTENT.get(kind, "text")
    if found == expected or (found == "zip" and expected in _ZIPPED):
        return  # a damaged package of the right kind: its reader says what is wrong
    if expected == "xls" and found == "ole":
        return
    raise TableError(file, "F021", {"extension": extension, "found": Phrase(f"table_kind.{found}")})


def _read(raw: bytes, file: str, kind: str, sheet: str | None, limits: Limits) -> list[Grid]:
    if sheet is not None and kind not in ("xlsx", "xls", "ods"):
        raise TableError(file, "F022", {"sheet": sheet, "names": Phrase("tables.not_a_workbook")})
    if kind in _ZIPPED:
        _within_unzipped_limit(raw, file, kind, limits)
    if kind in ("xlsx", "xls", "ods"):
        from perfcheck.reading.tables.spreadsheet import read_workbook

        return read_workbook(io.BytesIO(raw), file, kind, limits, sheet)
    if kind == "docx":
        from perfcheck.reading.tables.word import read_document

        return read_document(io.BytesIO(raw), file, limits)
    from perfcheck.reading.tables.text import read_text

    separator = {"csv": ",", "tsv": "\t"}.get(kind)
    grid = read_text(raw, file, separator, limits.max_table_cells)
    return [grid] if any(cell.strip() for row in grid.rows for cell in row) else []


def _around(raw: bytes, file: str, kind: str, named: Grid, limits: Limits) -> list[Grid]:
    """The workbook's sheets with `named` at its place among them (`sheet` is only given for
    workbooks: `_read` refuses it for any other kind)."""
    from perfcheck.reading.tables.spreadsheet import read_around

    return read_around(io.BytesIO(raw), file, kind, limits, named)


def _within_unzipped_limit(raw: bytes, file: str, kind: str, limits: Limits) -> None:
    """A package's parts unpacked, counted from its directory before any is inflated."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            size = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        reason = Phrase("verbatim", {"text": str(error) or type(error).__name__})
        args = {"kind": Phrase(f"table_kind.{kind}"), "reason": reason}
        raise TableError(file, "F020", args) from error
    if size > limits.max_table_unzipped_bytes:
        limit = limits.max_table_unzipped_bytes
        reason = Phrase("reason.unzipped_too_large", {"size": size, "limit": limit})
        raise TableError(file, "F020", {"kind": Phrase(f"table_kind.{kind}"), "reason": reason})


def _pick(grids: list[Grid], table: int | None, file: str) -> list[Grid]:
    if table is None:
        return grids
    if 1 <= table <= len(grids):
        return [grids[table - 1]]
    names = [grid.name or str(number) for number, grid in enumerate(grids, start=1)]
    raise TableError(file, "F023", {"number": table, "count": len(grids), "names": names})
