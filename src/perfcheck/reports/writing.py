"""Writing output files safely: never over an input, never half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class WriteError(Exception):
    """An output that cannot or must not be written: a diagnostic code and its arguments."""

    def __init__(self, path: Path, code: str, reason: str = "") -> None:
        super().__init__(path, code, reason)
        self.path = path
        self.code = code
        self.args_ = {"path": str(path), "reason": reason}


def write_atomically(
    path: Path, content: str | bytes, *, force: bool = False, inputs: tuple[Path, ...] = ()
) -> None:
    """Write to a temporary file beside `path`, then rename it over `path` in one step."""
    try:
        target = path.resolve()
        if any(target == p.resolve() for p in inputs):
            raise WriteError(path, "F013")
        if path.exists() and not force:
            raise WriteError(path, "F012")
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=target.parent)
    except OSError as error:
        raise WriteError(path, "F014", error.strerror or type(error).__name__) from None
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(_mode_for(target))  # mkstemp's 0600 would hide the report
        Path(temporary).replace(target)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise WriteError(path, "F014", error.strerror or type(error).__name__) from None
        raise


def _mode_for(target: Path) -> int:
    """A replaced file keeps its permissions; a new one gets what the umask allows, as with
    any file a program creates."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
