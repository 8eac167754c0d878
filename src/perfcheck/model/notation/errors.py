"""The error of a notation that cannot be read: its diagnostic code and message arguments."""

from __future__ import annotations

from perfcheck.text import Phrase


class NotationError(ValueError):
    """A target that cannot be read, with its diagnostic code and message arguments."""

    def __init__(self, code: str, args: dict[str, object]) -> None:
        super().__init__(code, args)
        self.code = code
        self.args_ = args


def unreadable(text: str, reason: str, **args: object) -> NotationError:
    """S010: `text` cannot be read, for the catalogue's `reason`."""
    return NotationError("S010", {"text": text, "reason": Phrase(reason, args)})
