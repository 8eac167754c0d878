"""Markdown table rows, shared by every reporter that writes Markdown."""

from __future__ import annotations

from collections.abc import Iterable


def md_row(cells: Iterable[str]) -> str:
    """One table row; a `|` or a line break inside a cell would break the table."""
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |\n"
