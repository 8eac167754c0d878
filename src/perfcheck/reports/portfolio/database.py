"""A portfolio in SQLite, in long form: every table, indicator result, budget row and finding,
and the run's inputs with their SHA-256 (the schema is docs/database.md).

One run is one transaction: the database is changed as a whole when the run ends, or not at
all (SQLite's journal undoes a run stopped halfway, even by a crash). A file's rows are keyed
by the file itself — its absolute path, symbolic links resolved — and its period, whatever the
run called it (`.`, `pf2`, `/data/pf2`): a run replaces the rows of the files it reads and
leaves those of other files alone, so the database can gather a portfolio over several runs,
from any folder. The path as the run named it is kept beside the key (`named`)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType

from perfcheck.diagnostics import Lang
from perfcheck.reading.digest import file_digest
from perfcheck.reports.writing import WriteError, is_an_input
from perfcheck.results.portfolio import FileDetail, FileError, Read, TableRow
from perfcheck.text.os_errors import database_reason, os_reason

SCHEMA_NAME = "perfcheck-portfolio"
SCHEMA_VERSION = 2  # 1 keyed the rows by the path as typed (a file named two ways: two rows)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    version TEXT NOT NULL,
    lang TEXT NOT NULL,
    files INTEGER,
    tables INTEGER,
    errors INTEGER
);
CREATE TABLE IF NOT EXISTS inputs (
    path TEXT PRIMARY KEY,
    named TEXT NOT NULL,
    role TEXT NOT NULL,
    sha256 TEXT,
    bytes INTEGER,
    run INTEGER NOT NULL REFERENCES runs (run)
);
CREATE TABLE IF NOT EXISTS tables (
    path TEXT NOT NULL,
    period TEXT NOT NULL,
    named TEXT NOT NULL,
    department TEXT NOT NULL,
    project TEXT,
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    year_end INTEGER NOT NULL,
    total REAL NOT NULL,
    grade TEXT NOT NULL,
    met INTEGER NOT NULL,
    unmet INTEGER NOT NULL,
    missing INTEGER NOT NULL,
    not_applicable INTEGER NOT NULL,
    unexplained INTEGER NOT NULL,
    budget_rate REAL NOT NULL,
    elapsed REAL NOT NULL,
    budget_progress REAL NOT NULL,
    red INTEGER,
    yellow INTEGER,
    reconciles INTEGER,
    targets TEXT,
    run INTEGER NOT NULL REFERENCES runs (run),
    PRIMARY KEY (path, period)
);
CREATE TABLE IF NOT EXISTS indicators (
    path TEXT NOT NULL,
    period TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    level1 TEXT NOT NULL,
    level2 TEXT NOT NULL,
    name TEXT NOT NULL,
    target TEXT NOT NULL,
    points REAL NOT NULL,
    actual REAL,
    actual_text TEXT,
    completion REAL,
    score REAL NOT NULL,
    status TEXT NOT NULL,
    light TEXT,
    progress REAL,
    explained INTEGER NOT NULL,
    PRIMARY KEY (path, period, position)
);
CREATE TABLE IF NOT EXISTS budget (
    path TEXT NOT NULL,
    period TEXT NOT NULL,
    adjusted REAL NOT NULL,
    spent REAL NOT NULL,
    rate REAL NOT NULL,
    points REAL NOT NULL,
    score REAL NOT NULL,
    elapsed REAL NOT NULL,
    progress REAL NOT NULL,
    light TEXT,
    explained INTEGER NOT NULL,
    PRIMARY KEY (path, period)
);
CREATE TABLE IF NOT EXISTS findings (
    path TEXT NOT NULL,
    position INTEGER NOT NULL,
    file TEXT NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    place TEXT NOT NULL,
    code TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (path, position)
);
CREATE INDEX IF NOT EXISTS tables_by_department ON tables (department, year);
CREATE INDEX IF NOT EXISTS findings_by_code ON findings (code);
"""

_PER_FILE = ("tables", "indicators", "budget", "findings")


class ForeignDatabaseError(Exception):
    """The file exists and is not a database this version of perfcheck wrote. `earlier`: the
    schema version an earlier perfcheck wrote it in (its rows keyed another way, not mixed with
    this version's); None for a file that is no results database of perfcheck at all."""

    def __init__(self, path: Path, earlier: int | None = None) -> None:
        super().__init__(path)
        self.earlier = earlier


class Database:
    """The run's connection, in one transaction: `write` each chunk as it comes, then `close`
    commits (or, after an error, `abort` leaves the database as it was)."""

    def __init__(self, path: Path, lang: Lang, version: str, inputs: Sequence[Path]) -> None:
        try:
            if is_an_input(path, inputs):
                raise WriteError(path, "F013")
        except OSError as error:
            raise WriteError(path, "F014", os_reason(error)) from None
        self._path = path
        self._lang = lang
        self._hashed: set[str] = set()  # the inputs written so far, by their key
        self._named: dict[str, str] = {}  # the target files the actuals named: key → as named
        self._folders: dict[Path, Path] = {}  # a folder as named → resolved (one run, one cwd)
        self._counts = [0, 0, 0]  # files, tables, errors
        self._made = not path.exists()  # by this run: removed again if the run commits nothing
        try:
            self._db = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as error:
            raise WriteError(path, "F014", database_reason(error)) from None
        try:
            self._db.execute("BEGIN IMMEDIATE")  # one writer; the run's changes are one step
            self._check()
            for statement in SCHEMA.split(";"):  # not executescript: it would commit first
                if statement.strip():
                    self._db.execute(statement)
            self._db.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                [("schema", SCHEMA_NAME), ("schema_version", str(SCHEMA_VERSION))],
            )
            self._run = self._db.execute(
                "INSERT INTO runs (started, version, lang) VALUES (?, ?, ?)",
                (_now(), version, lang),
            ).lastrowid
        except sqlite3.Error as error:
            self.abort()
            raise WriteError(path, "F014", database_reason(error)) from None
        except ForeignDatabaseError:
            self.abort()
            raise

    def _check(self) -> None:
        """Refuse a file that holds anything but this schema: it is someone else's."""
        names = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master")}
        if not names:
            return
        if "meta" not in names:
            raise ForeignDatabaseError(self._path)
        found = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        if found.get("schema") != SCHEMA_NAME:
            raise ForeignDatabaseError(self._path)
        version = found.get("schema_version", "")
        if version != str(SCHEMA_VERSION):
            earlier = int(version) if version.isdigit() and int(version) < SCHEMA_VERSION else None
            raise ForeignDatabaseError(self._path, earlier)

    def _key(self, named: str) -> str:
        """A file's identity: its absolute path, symbolic links resolved — the same for `a.yaml`,
        `pf2/a.yaml` and `/data/pf2/a.yaml`. Each folder is resolved once a run."""
        path = Path(named)
        if path.name in ("", ".."):
            return storable(str(path.resolve()))
        resolved = self._folders.get(path.parent)
        if resolved is None:
            resolved = self._folders[path.parent] = path.parent.resolve()
        full = resolved / path.name
        return storable(str(full.resolve() if full.is_symlink() else full))

    def write(self, reads: Iterable[Read]) -> None:
        """One chunk of the run: each file's rows replace those it had."""
        try:
            for outcome, detail in reads:
                if detail is not None:
                    self._file(outcome, detail)
        except sqlite3.Error as error:
            raise WriteError(self._path, "F014", database_reason(error)) from None

    def _file(self, outcome: TableRow | FileError | None, detail: FileDetail) -> None:
        db = self._db
        self._counts[0] += 1
        path = self._key(detail.path)
        self._input(path, storable(detail.path), detail.role, detail.sha256, detail.size)
        targets = None if detail.targets is None else self._key(detail.targets)
        if targets is not None and detail.targets is not None:
            self._named.setdefault(targets, detail.targets)
        if detail.role == "targets":
            return
        for table in _PER_FILE:
            db.execute(f"DELETE FROM {table} WHERE path = ?", (path,))
        self._findings(path, detail)
        if not isinstance(outcome, TableRow):
            self._counts[2] += 1
            return
        self._counts[1] += 1
        row, key = outcome, (path, outcome.period)
        db.execute(
            f"INSERT INTO tables VALUES ({', '.join('?' * 23)})",
            (
                *key, storable(detail.path), row.department, row.project, row.kind, row.year,
                row.year_end, _real(row.total), row.grade, row.met, row.unmet, row.missing,
                row.not_applicable, row.unexplained, _real(row.budget_rate),
                _real(row.elapsed), _real(row.budget_progress), row.red, row.yellow,
                row.reconciles, targets, self._run,
            ),
        )  # fmt: skip
        db.executemany(
            f"INSERT INTO indicators VALUES ({', '.join('?' * 17)})",
            [
                (
                    *key, i.position, i.id, i.level1, i.level2, i.name, i.target,
                    _real(i.points), _real(i.actual) if isinstance(i.actual, Decimal) else None,
                    i.actual if isinstance(i.actual, str) else None, _real(i.completion),
                    _real(i.score), i.status, i.light, _real(i.progress), i.explained,
                )
                for i in detail.indicators
            ],
        )  # fmt: skip
        if (b := detail.budget) is not None:
            db.execute(
                f"INSERT INTO budget VALUES ({', '.join('?' * 11)})",
                (
                    *key, _real(b.adjusted), _real(b.spent), _real(b.rate), _real(b.points),
                    _real(b.score), _real(b.elapsed), _real(b.progress), b.light, b.explained,
                ),
            )  # fmt: skip

    def _input(
        self, path: str, named: str, role: str, sha256: str | None, size: int | None
    ) -> None:
        self._hashed.add(path)
        self._db.execute(
            "INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?, ?)",
            (path, named, role, sha256, size, self._run),
        )

    def _findings(self, path: str, detail: FileDetail) -> None:
        self._db.executemany(
            "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    path, position, storable(d.file), d.line, d.col, d.place, d.code,
                    d.severity.value, storable(d.message(self._lang)),
                )
                for position, d in enumerate(detail.findings, start=1)
            ],
        )  # fmt: skip

    def close(self) -> None:
        """The run's changes committed, all at once; with them the target files the actuals
        named from outside the paths the run was given, hashed here."""
        try:
            for path in sorted(self._named.keys() - self._hashed):
                named = self._named[path]
                self._input(path, storable(named), "targets", *file_digest(Path(named)))
            self._db.execute(
                "UPDATE runs SET finished = ?, files = ?, tables = ?, errors = ? WHERE run = ?",
                (_now(), *self._counts, self._run),
            )
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self.abort()
            raise WriteError(self._path, "F014", database_reason(error)) from None
        self._db.close()

    def abort(self) -> None:
        """Nothing of this run written: the database stays as the last run left it, and one
        this run made is removed (an interrupted first run left an empty file behind)."""
        try:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
        finally:
            self._db.close()
            if self._made:
                self._remove_if_empty()

    def _remove_if_empty(self) -> None:
        """SQLite writes nothing to a new file before its first commit: a file still empty is
        the one this run made; one another run has committed to since is left alone."""
        with contextlib.suppress(OSError):
            if self._path.stat().st_size == 0:
                self._path.unlink()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


def _real(value: Decimal | None) -> float | None:
    """A figure as SQLite stores a number: the reports' figures have at most 4 decimal places,
    which a double holds exactly enough to round back to."""
    return None if value is None else float(value)


def storable(text: str) -> str:
    """Text SQLite can hold: a file name's bytes that are not UTF-8 (kept by Python as lone
    surrogates) written as escapes, `a\\xfe.yaml`, as the reports show them."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
