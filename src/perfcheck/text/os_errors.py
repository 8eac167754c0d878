"""Why the system refused an operation on a file, in the reader's language: the system's own
words (`No such file or directory`) are English, or the locale's, whatever the run speaks; and
so are SQLite's (`database is locked`), which `portfolio --db` meets."""

from __future__ import annotations

import errno

from perfcheck.text import Phrase
from perfcheck.text.catalogue import TEXTS


def os_reason(error: BaseException) -> Phrase:
    """The reason an operation on a file failed, as a phrase of the catalogue: the common errno
    cases (no such file, no permission, a full or read-only disk, …) in the reader's language,
    the system's own words only for the rest. A loop of symbolic links, which pathlib raises as
    RuntimeError, is ELOOP; a NUL in a file name (ValueError) is said as such."""
    if isinstance(error, RuntimeError):
        name: str | None = "ELOOP"
    elif isinstance(error, ValueError) and "null" in str(error):
        name = "null_byte"
    else:
        name = errno.errorcode.get(getattr(error, "errno", None) or 0)
    if name is not None and f"oserror.{name}" in TEXTS:
        return Phrase(f"oserror.{name}")
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return Phrase("verbatim", {"text": text})


def database_reason(error: BaseException) -> Phrase:
    """Why SQLite refused (a locked, read-only, damaged or foreign file, a full disk …), as a
    phrase of the catalogue by its result code (an extended one, SQLITE_IOERR_WRITE, by its
    primary, SQLITE_IOERR); SQLite's own words only for the rest."""
    name = getattr(error, "sqlite_errorname", None) or ""
    while name:
        if f"sqlite.{name}" in TEXTS:
            return Phrase(f"sqlite.{name}")
        name = name.rpartition("_")[0] if name.count("_") > 1 else ""
    return Phrase("verbatim", {"text": str(error) or type(error).__name__})
