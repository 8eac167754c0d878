"""Writing a command's output file: atomically, never over an input, over an existing file only
when asked."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from perfcheck.commands.session import CannotProceedError
from perfcheck.diagnostics import Lang


def write_output(
    path: Path, content: str | bytes, lang: Lang, *, force: bool, inputs: Sequence[Path]
) -> None:
    from perfcheck.codes import CODES
    from perfcheck.reports.writing import WriteError, write_atomically

    try:
        write_atomically(path, content, force=force, inputs=tuple(inputs))
    except WriteError as error:
        message = CODES[error.code].render(lang, error.args_)
        raise CannotProceedError([f"{error.path}: {error.code} {message}"]) from None
