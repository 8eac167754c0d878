"""Writing output files safely: never over an input, never half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from perfcheck.text import Phrase
from perfcheck.text.os_errors import os_reason


class WriteError(Exception):
    """An output that cannot or must not be written: a diagnostic code and its arguments."""

    def __init__(self, path: Path, code: str, reason: str | Phrase = "") -> None:
        super().__init__(path, code, reason)
        self.path = path
        self.code = code
        self.args_ = {"path": str(path), "reason": reason}


def write_atomically(
    path: Path, content: str | bytes, *, force: bool = False, inputs: tuple[Path, ...] = ()
) -> None:
    """Write to a temporary file beside `path`, then put it in place in one step.

    `path` itself is what gets written: a symbolic link there is replaced by the new file (with
    `force`), never followed to overwrite what it points at. Without `force` the file is put in
    place only if nothing is there yet, checked in the same step, so two runs writing the same
    output cannot both succeed."""
    try:
        if is_an_input(path, inputs):
            raise WriteError(path, "F013")
        if (path.exists() or path.is_symlink()) and not force:
            raise WriteError(path, "F012")
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except (OSError, RuntimeError) as error:  # RuntimeError: a loop of links
        raise WriteError(path, "F014", os_reason(error)) from None
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(_mode_for(path))  # mkstemp's 0600 would hide the report
        _put_in_place(Path(temporary), path, force=force)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, FileExistsError):
            raise WriteError(path, "F012") from None
        if isinstance(error, OSError):
            raise WriteError(path, "F014", os_reason(error)) from None
        raise


def is_an_input(path: Path, inputs: Iterable[Path]) -> bool:
    """Whether writing at `path` would reach one of the inputs: the same file, however it is
    spelled or linked (compared by device and inode, one stat each, so that a run of 100,000
    inputs checks them at once). Nothing there yet: no input can be reached. An error reading
    `path` itself is raised (OSError); an input that cannot be looked at is not it."""
    try:
        target = path.stat()
    except FileNotFoundError:
        return False
    return is_one_of(target, inputs)


def is_one_of(file: os.stat_result, inputs: Iterable[Path]) -> bool:
    """Whether `file` (a stat of a path or of an open handle) is one of `inputs`, compared by
    device and inode: the same file under any name or link. An input that cannot be looked at
    is not it."""
    for candidate in inputs:
        try:
            found = candidate.stat()
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == (file.st_dev, file.st_ino):
            return True
    return False


def _put_in_place(temporary: Path, path: Path, *, force: bool) -> None:
    if force:
        temporary.replace(path)  # a rename replaces a link itself, not its target
        return
    try:
        os.link(temporary, path)  # fails if anything is at `path`, however it got there
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: the check above has to do
        if path.exists() or path.is_symlink():
            raise FileExistsError(path) from None
        temporary.replace(path)
        return
    temporary.unlink()


def _mode_for(target: Path) -> int:
    """A replaced file keeps its permissions; a new one gets what the umask allows, as with
    any file a program creates."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
