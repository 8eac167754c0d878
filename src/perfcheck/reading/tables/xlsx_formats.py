"""The number format of each styled number cell of an xlsx sheet, which calamine does not give.

Read from the workbook's parts directly: styles.xml's cell formats (`cellXfs`) and custom
formats (`numFmts`), and the `s` (style) attribute of each cell of the sheet's XML, found with a
regular expression rather than a parser — a sheet is read once by calamine already, and this
pass only needs the cells' references and styles.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath
from typing import IO
from xml.etree import ElementTree

from perfcheck.reading.tables.cells import BUILTIN_FORMATS, GENERAL

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*)>")
_ATTRIBUTE = re.compile(rb'\b(r|s|t)="([^"]*)"')
_REFERENCE = re.compile(r"([A-Z]+)(\d+)")
_NOT_NUMBERS = {b"s", b"inlineStr", b"str", b"b", b"e"}


def number_formats(source: Path | IO[bytes], sheet: str) -> dict[tuple[int, int], str]:
    """(row, column), 0-based → format code, for the number cells whose format is not General."""
    with zipfile.ZipFile(source) as package:
        styles = _cell_formats(package)
        if all(code == GENERAL for code in styles):
            return {}
        part = _sheet_part(package, sheet)
        if part is None:
            return {}
        xml = package.read(part)
    found: dict[tuple[int, int], str] = {}
    for cell in _CELL.finditer(xml):
        attributes = dict(_ATTRIBUTE.findall(cell.group(1)))
        style = attributes.get(b"s")
        if style is None or attributes.get(b"t") in _NOT_NUMBERS or b"r" not in attributes:
            continue
        index = int(style)
        code = styles[index] if index < len(styles) else GENERAL
        if code != GENERAL:
            found[_position(attributes[b"r"].decode("ascii"))] = code
    return found


def _cell_formats(package: zipfile.ZipFile) -> list[str]:
    """The format code of each cell style, by the style's index."""
    try:
        root = ElementTree.fromstring(package.read("xl/styles.xml"))
    except KeyError:
        return []
    custom = {
        int(fmt.get("numFmtId", "0")): fmt.get("formatCode", GENERAL)
        for fmt in root.iter(f"{_MAIN}numFmt")
    }
    cell_xfs = root.find(f"{_MAIN}cellXfs")
    if cell_xfs is None:
        return []
    codes = []
    for xf in cell_xfs.iter(f"{_MAIN}xf"):
        number = int(xf.get("numFmtId", "0"))
        codes.append(custom.get(number, BUILTIN_FORMATS.get(number, GENERAL)))
    return codes


def _sheet_part(package: zipfile.ZipFile, sheet: str) -> str | None:
    workbook = ElementTree.fromstring(package.read("xl/workbook.xml"))
    relation = next(
        (s.get(f"{_REL}id") for s in workbook.iter(f"{_MAIN}sheet") if s.get("name") == sheet),
        None,
    )
    rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{_PACKAGE_REL}Relationship"):
        if rel.get("Id") == relation:
            target = rel.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    return None


def _position(reference: str) -> tuple[int, int]:
    found = _REFERENCE.fullmatch(reference)
    if found is None:
        return (-1, -1)
    column = 0
    for letter in found.group(1):
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(found.group(2)) - 1, column - 1
