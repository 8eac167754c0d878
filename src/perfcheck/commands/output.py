"""Writing a command's output file: atomically, never over an input, over an existing file only
when asked."""

from __future__ import annotations

import sys
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


def append_step_summary(text: str, inputs: Sequence[Path], lang: Lang) -> None:
    """On GitHub Actions, a report is added to the job's summary page: the file that
    GITHUB_STEP_SUMMARY names, unless it is one of the run's inputs. A summary that cannot be
    written is said on stderr; the run's result stands."""
    import os

    from perfcheck.text import say

    named = os.environ.get("GITHUB_STEP_SUMMARY", "")
    path = Path(named)
    try:
        if any(path.resolve() == p.resolve() for p in inputs) or path.is_dir():
            raise IsADirectoryError(0, say("step_summary_is_input", lang))
        with path.open("a", encoding="utf-8") as summary:
            summary.write(text + "\n")
    except (OSError, RuntimeError) as error:  # RuntimeError: a loop of links
        reason = getattr(error, "strerror", None) or str(error)
        sys.stderr.write(say("step_summary_failed", lang, {"path": named, "reason": reason}) + "\n")
