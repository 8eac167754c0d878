"""A file's SHA-256, as the outputs that name their inputs record it."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_digest(path: Path) -> tuple[str | None, int | None]:
    """The file's SHA-256 and size, read a block at a time (a file of any size costs no more
    memory than a block), or None when it cannot be read again."""
    try:
        with path.open("rb") as file:
            digest = hashlib.file_digest(file, "sha256")
            return digest.hexdigest(), file.tell()
    except OSError:
        return None, None
