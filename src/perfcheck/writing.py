"""Writing output files safely: never over an input, never half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class WriteError(Exception):
    """An output that cannot or must not be written, with a message for the user."""


def write_atomically(
    path: Path, content: str | bytes, *, force: bool = False, inputs: tuple[Path, ...] = ()
) -> None:
    """Write to a temporary file beside `path`, then rename it over `path` in one step."""
    target = path.resolve()
    if any(target == p.resolve() for p in inputs):
        raise WriteError(f"{path}: 不能覆盖输入文件 / refusing to overwrite an input file")
    if path.exists() and not force:
        raise WriteError(f"{path}: 文件已存在 / already exists (--force replaces it)")
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = target.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as error:
        raise WriteError(f"{path}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise WriteError(f"{path}: {error.strerror or error}") from None
        raise
