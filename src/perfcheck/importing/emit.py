"""The recognised mappings written as perfcheck's YAML: block style, Chinese as written, a
scalar quoted wherever YAML would read it as something else (`=100%`, `1-1`, `2023-12-31`),
first lines saying where the file came from."""

import hashlib
from collections.abc import Mapping
from typing import Any, NamedTuple

from perfcheck.reading.tables.grid import Grid
from perfcheck.reading.yaml_scalars import quoted, scalar
from perfcheck.text import say
from perfcheck.text.catalogue import Lang


class Origin(NamedTuple):
    """Where a table came from: the file as named, its sheet or table, its bytes' SHA-256."""

    file: str
    table: str
    sha256: str


def origin_of(grid: Grid, data: bytes) -> Origin:
    return Origin(grid.file, grid.name, hashlib.sha256(data).hexdigest())


def emit_yaml(data: Mapping[str, Any], origin: Origin, lang: Lang = "zh") -> str:
    table = origin.table or say("import.whole_table", lang)
    lines = [
        "# " + _comment(say("import.origin", lang, {"file": origin.file, "table": table})),
        f"# SHA-256: {origin.sha256}",
    ]
    _mapping(data, 0, lines)
    return "\n".join(lines) + "\n"


def _comment(text: str) -> str:
    return quoted(text)[1:-1] if not text.isprintable() else text


def _mapping(data: Mapping[str, Any], indent: int, lines: list[str], first: str = "") -> None:
    """Each key at `indent`; `first` leads the first line (a list item's `- `)."""
    pad = " " * indent
    for i, (key, value) in enumerate(data.items()):
        lead = first if i == 0 and first else pad
        _entry(f"{lead}{scalar(str(key))}:", value, indent, lines)


def _entry(head: str, value: Any, indent: int, lines: list[str]) -> None:
    if isinstance(value, Mapping):
        if not value:
            lines.append(f"{head} {{}}")
            return
        lines.append(head)
        _mapping(value, indent + 2, lines)
    elif isinstance(value, list):
        if not value:
            lines.append(f"{head} []")
            return
        lines.append(head)
        _sequence(value, indent + 2, lines)
    elif isinstance(value, str) and _folded(value, head):
        lines += [f"{head} >-", " " * (indent + 2) + value]
    else:
        lines.append(f"{head} {scalar(value)}")


def _sequence(items: list[Any], indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for item in items:
        if isinstance(item, Mapping) and item:
            _mapping(item, indent + 2, lines, first=pad + "- ")
        else:
            lines.append(f"{pad}- {scalar(item)}")


def _folded(text: str, head: str) -> bool:
    """Long text on a line of its own (`>-`): one line, nothing a block scalar changes."""
    return (
        len(head) + len(text) > 96
        and text.isprintable()
        and text == text.strip()
        and "\u2028" not in text
    )
