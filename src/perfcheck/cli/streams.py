"""The standard streams as a run writes to them, whatever the environment made of them.

stdout: a reader that went away (`| head`) silences the rest of the report and the run still
ends with its result's exit code; a stream that is closed, full or failing ends the run with one
line and exit 2 (`OutputError`). stderr: messages that cannot be written are dropped — there is
nowhere left to say so — and never change the exit code. Both write characters their encoding
lacks (✓ ✗ on a GBK console) as the nearest it has, else as an escape: never a crash.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import sys
from collections.abc import Callable, Iterable
from typing import TextIO, cast

from perfcheck.text import Phrase
from perfcheck.text.os_errors import os_reason

ERRORS = "perfcheck-fallback"
_CLOSED = os_reason(OSError(errno.EBADF, os.strerror(errno.EBADF)))  # a closed stream
# What a legacy Chinese code page (GBK, GB18030 has them all) shows for the glyphs it lacks.
_FALLBACK = {"✓": "√", "✗": "×"}


class OutputError(Exception):
    """stdout cannot take the report: closed, full, or an I/O error."""

    def __init__(self, reason: Phrase) -> None:
        super().__init__(reason)
        self.reason = reason


def _fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeEncodeError)
    text = error.object[error.start : error.end]
    return "".join(_nearest(c, error.encoding) for c in text), error.end


def _nearest(char: str, encoding: str) -> str:
    fallback = _FALLBACK.get(char)
    if fallback is not None:
        try:
            fallback.encode(encoding)
            return fallback
        except UnicodeError:
            pass
    return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"


class _Stream:
    """A text stream in front of the one the process was given (None when it was closed)."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream
        self.dropped = False
        if stream is not None and hasattr(stream, "reconfigure"):
            with contextlib.suppress(OSError, ValueError):
                stream.reconfigure(errors=ERRORS)

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str:
        return ERRORS

    def isatty(self) -> bool:
        try:
            return self._stream is not None and self._stream.isatty()
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        if self._stream is None:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        return self._stream.fileno()

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not self.dropped:
            self._attempt(lambda stream: stream.write(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if not self.dropped and self._stream is not None:  # a closed stream that got nothing
            self._attempt(lambda stream: stream.flush())

    def _attempt(self, action: Callable[[TextIO], object]) -> None:
        raise NotImplementedError


class Report(_Stream):
    """stdout. Once it has failed, every later write fails the same way: a library that
    swallows the first error (click probes a stream by writing to it) cannot hide it."""

    failure: Phrase | None = None  # why, in the words of the catalogue (text/os_errors.py)

    def _attempt(self, action: Callable[[TextIO], object]) -> None:
        if self.failure is None and self._stream is None:
            self.failure = _CLOSED
        if self.failure is not None or self._stream is None:
            raise OutputError(self.failure or _CLOSED)
        try:
            action(self._stream)
        except BrokenPipeError:
            self.dropped = True
            _silence(self._stream)
        except OSError as error:
            self.failure = os_reason(error)
            raise OutputError(self.failure) from None
        except ValueError as error:
            if isinstance(error, UnicodeError):
                raise
            self.failure = _CLOSED  # closed under us
            raise OutputError(self.failure) from None


class Messages(_Stream):
    def _attempt(self, action: Callable[[TextIO], object]) -> None:
        if self._stream is None:
            return
        try:
            action(self._stream)
        except (OSError, ValueError):
            self.dropped = True


def _silence(stream: TextIO) -> None:
    """Point the closed pipe's descriptor at /dev/null, so that no later flush fails."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)


def failure() -> Phrase | None:
    """Why stdout could not be written, if it could not."""
    return sys.stdout.failure if isinstance(sys.stdout, Report) else None


def guard() -> None:
    """Put the guarded streams in place of the process's own."""
    codecs.register_error(ERRORS, _fallback)
    sys.stdout = cast(TextIO, Report(sys.stdout))
    sys.stderr = cast(TextIO, Messages(sys.stderr))
