"""Finding the files a run reads: paths, folders and globs expanded; targets told from actuals
by their content."""

import fnmatch
import glob
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from perfcheck.results.files import FileKind
from perfcheck.text import Phrase
from perfcheck.text.os_errors import os_reason

if TYPE_CHECKING:
    from perfcheck.results.summary import InputFile

YAML_SUFFIXES = (".yaml", ".yml")


def kind_of(data: Any) -> FileKind | None:
    """Files are recognised by content: actuals name their targets, targets list indicators."""
    if not isinstance(data, dict):
        return None
    if "actuals" in data or "period" in data:
        return FileKind.ACTUALS
    if "indicators" in data or "department" in data:
        return FileKind.TARGETS
    return None


def input_files(paths: list[Path]) -> "tuple[InputFile, ...]":
    """The files a report was made from, with their SHA-256, as recorded in the report."""
    from hashlib import sha256

    from perfcheck.results.summary import InputFile

    return tuple(
        InputFile(path.as_posix(), sha256(path.read_bytes()).hexdigest()) for path in paths
    )


def _checkable(path: Path, root: Path, suffixes: tuple[str, ...] = YAML_SUFFIXES) -> bool:
    """A file of the suffixes sought (YAML unless told) in a folder being checked, hidden files
    and folders left out (.venv, .git)."""
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    return not hidden and path.suffix.lower() in suffixes and path.is_file()


def is_regular_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def not_a_file(path: Path) -> Phrase:
    """Why `path` is no file to read, in the catalogue's words."""
    try:
        if path.is_dir():
            return Phrase("reason.a_folder")
        if path.exists():
            return Phrase("reason.not_a_regular_file")
    except OSError as error:
        return Phrase("reason.unreachable", {"error": os_reason(error)})
    return Phrase("reason.missing_file")


class Expansion(NamedTuple):
    files: list[Path]
    missing: list[str]  # arguments that named nothing


def expand(arguments: Iterable[str], suffixes: tuple[str, ...] = YAML_SUFFIXES) -> Expansion:
    """Files as given; folders searched for *.yaml and *.yml (or the `suffixes` given); globs
    expanded. Sorted, and each file once however it is named (relative and absolute, through a
    link, a second hard link): by its first name."""
    files: list[Path] = []
    missing: list[str] = []
    for argument in arguments:
        found = _expand_one(argument, suffixes)
        if found is None:
            missing.append(argument)
        else:
            files.extend(found)
    unique: dict[object, Path] = {}
    for path in files:
        unique.setdefault(_identity(path), path)
    return Expansion(list(unique.values()), missing)


def _identity(path: Path) -> object:
    """What makes two names one file: its device and inode (the name, if it cannot be read)."""
    try:
        status = path.stat()
    except OSError:
        return path
    return (status.st_dev, status.st_ino)


def _expand_one(argument: str, suffixes: tuple[str, ...]) -> list[Path] | None:
    """The files an argument names; None when it names nothing at all (an empty argument too:
    Path("") is the current folder, which nobody asked for)."""
    if not argument.strip():
        return None
    path = Path(argument)
    try:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if _checkable(p, path, suffixes))
            return found or None  # an empty folder checks nothing: say so, do not pass
        if path.exists():
            return [path]
    except OSError:  # a name too long, a loop of links: it names nothing usable
        return None
    if glob.has_magic(argument):
        found = [p for p in _matching(argument) if p.suffix.lower() in suffixes]
        return found or None
    return None


def _matching(pattern: str) -> list[Path]:
    """Files a glob names, `**` across folders, without following links to folders (a link
    back up would otherwise repeat files, or never end)."""
    parts = Path(pattern).parts
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    base = Path(*parts[:fixed]) if fixed else Path()
    wanted = re.compile(_glob_regex(parts[fixed:]))
    found = []
    for folder, folders, names in os.walk(base, followlinks=False):
        folders.sort()
        for name in sorted(names):
            path = Path(folder) / name
            relative = path.relative_to(base).as_posix()
            if wanted.fullmatch(relative) and path.is_file():
                found.append(path)
    return found


def _glob_regex(parts: tuple[str, ...]) -> str:
    pieces = []
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            pieces.append(".*" if last else "(?:[^/]+/)*")
            continue
        translated = fnmatch.translate(part).removeprefix("(?s:").removesuffix(")\\Z")
        pieces.append(translated.replace(".*", "[^/]*") + ("" if last else "/"))
    return "".join(pieces)
