"""Writing a command's output file: atomically, never over an input, over an existing file only
when asked."""

from __future__ import annotations

import contextlib
import os
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
    GITHUB_STEP_SUMMARY names, when it is a regular file and none of the run's inputs (by the
    file itself, so that neither a link nor a second name of an input is written to). Opening
    never waits (a FIFO nobody reads). A summary that cannot be written is said on stderr; the
    run's result stands."""
    from perfcheck.reports.visible import visible
    from perfcheck.text import say
    from perfcheck.text.os_errors import os_reason

    named = os.environ.get("GITHUB_STEP_SUMMARY", "")
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        with contextlib.suppress(FileNotFoundError):  # a FIFO said as such, not as ENXIO
            _refuse_as_summary(Path(named).stat(), inputs, lang)
        handle = os.open(named, flags, 0o666)
        with os.fdopen(handle, "a", encoding="utf-8") as summary:
            _refuse_as_summary(os.fstat(handle), inputs, lang)
            summary.write(text + "\n")
    except (OSError, RuntimeError, ValueError) as error:  # ValueError: a NUL in the name
        reason = os_reason(error)
        failed = say("step_summary_failed", lang, {"path": named, "reason": reason})
        sys.stderr.write(visible(failed) + "\n")  # the name comes from the environment


def _refuse_as_summary(opened: os.stat_result, inputs: Sequence[Path], lang: Lang) -> None:
    import stat

    from perfcheck.reports.writing import is_one_of
    from perfcheck.text import say

    if not stat.S_ISREG(opened.st_mode):
        raise OSError(0, say("reason.not_a_regular_file", lang))
    if is_one_of(opened, inputs):
        raise OSError(0, say("step_summary_is_input", lang))
