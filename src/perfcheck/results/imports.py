"""What importing a table file gives: the files written from each of its tables, and every
problem found — in the table (located at its cells) and in the files written (as `validate`
reports them)."""

from typing import NamedTuple

from perfcheck.results.files import FileReport


class TableImported(NamedTuple):
    """One table of a file and what was written from it."""

    table: str  # the sheet's name or `table N`; empty for text
    targets: str | None  # the target file written; None when nothing could be
    actuals: str | None  # the actuals file written (a filled self-evaluation)
    indicators: int
    actuals_left: bool = False  # a self-evaluation whose actuals no file was named for


class FileImported(NamedTuple):
    """One table file imported. `reports` holds the file's own problems first (every cell it
    could not read), then the report of each file written; `refused` is set when the file
    could not be read or an output could not be written (a single import then exits 2)."""

    source: str
    kind: str  # xlsx, xls, ods, docx, csv, tsv, text; empty when the file could not be read
    encoding: str  # the encoding of a text source
    tables: tuple[TableImported, ...]
    skipped: tuple[str, ...]  # tables of the file with no indicator table, not imported
    reports: tuple[FileReport, ...]
    refused: bool = False

    @property
    def written(self) -> list[str]:
        return [path for table in self.tables for path in (table.targets, table.actuals) if path]
