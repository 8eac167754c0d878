"""Loading a file: bytes → text → strict YAML → model, every problem located in the file.

Nothing here raises for bad input: each step returns what it could read and the problems it met.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from perfcheck.codes import CODES
from perfcheck.diagnostics import DataPath, Diagnostic, Finding, LineOf
from perfcheck.model.target_forms import TARGET_FORMS
from perfcheck.reading.invisible import INVISIBLE
from perfcheck.reading.limits import Limits
from perfcheck.reading.yaml_reader import Position, SourceMap, line_breaks, parse, split_lines
from perfcheck.reading.yaml_scalars import kind_of_value, kind_phrase, yaml11_args, yaml11_number
from perfcheck.text import Phrase
from perfcheck.text.catalogue import TEXTS
from perfcheck.text.os_errors import os_reason

M = TypeVar("M", bound=BaseModel)

_BOM = "\ufeff"


class Source:
    """A file read as text and parsed as YAML, with what went wrong on the way."""

    __slots__ = ("data", "diagnostics", "path", "positions", "readable", "text")

    def __init__(
        self,
        path: str,
        text: str = "",
        data: Any = None,
        positions: SourceMap | None = None,
        diagnostics: list[Diagnostic] | None = None,
        readable: bool = True,  # False when the YAML could not be read at all
    ) -> None:
        self.path = path
        self.text = text
        self.data = data
        self.positions = SourceMap() if positions is None else positions
        self.diagnostics: list[Diagnostic] = [] if diagnostics is None else diagnostics
        self.readable = readable

    def lines(self) -> list[str]:
        return split_lines(self.text)

    def diagnostic(self, finding: Finding) -> Diagnostic:
        if finding.whole_file:  # at the key it names when the file has it, else at its start
            position = self.positions.exact(finding.path) or Position(1, 1)
        else:
            position = self.positions.locate(finding.path, at_key=finding.at_key)
        args = {key: self._resolved(value) for key, value in finding.args.items()}
        return Diagnostic(self.path, position.line, position.col, finding.code, args)

    def _resolved(self, value: object) -> object:
        """An argument with each place it names (`LineOf`, in a `Phrase` too) as its line."""
        if isinstance(value, LineOf):
            return self.positions.locate(value).line
        if isinstance(value, Phrase):
            return Phrase(value.key, {k: self._resolved(v) for k, v in value.args.items()})
        return value

    def add(self, findings: Iterable[Finding]) -> None:
        self.diagnostics.extend(
            self.diagnostic(f) for f in findings if not self.positions.reported(f.path)
        )


def read_source(
    path: Path, *, reported_as: str | None = None, encoding: str | None = None, limits: Limits
) -> Source:
    """Read and parse one file; never raises for a user's mistake."""
    source = Source(reported_as if reported_as is not None else str(path))
    raw = _read_bytes(path, source, limits)
    if raw is None:
        return source
    text = _decode(raw, source, encoding)
    if text is None:
        return source
    source.text = text
    if not _lines_within_limit(text, source, limits):
        return source
    parsed = parse(text, limits)
    source.data = parsed.data
    source.positions = parsed.source
    source.readable = not parsed.fatal
    source.diagnostics.extend(
        Diagnostic(source.path, i.position.line, i.position.col, i.code, i.args)
        for i in parsed.issues
    )
    if source.readable and (not text.isascii() or "\\" in text):
        source.diagnostics.extend(_invisible(source))
    return source


_MAX_INVISIBLE_REPORTED = 20


def _invisible(source: Source) -> Iterator[Diagnostic]:
    """Each invisible character, written as itself or as a YAML escape (`"\\u200f"`)."""
    text = source.text
    literal = [(*_line_col(text, m.start()), m.group()) for m in INVISIBLE.finditer(text)]
    lines = {line for line, _, _ in literal}
    escaped = (
        [
            (position.line, position.col, char)
            for position, char in _escaped(source.data, (), source.positions)
            if position.line not in lines
        ]
        if "\\" in text
        else []
    )  # an escape is the only other way to write one
    found = sorted([*literal, *escaped])[:_MAX_INVISIBLE_REPORTED]
    for line, col, char in found:
        code_point = f"U+{ord(char):04X}"
        yield Diagnostic(source.path, line, col, "W005", {"code_point": code_point})


def _escaped(data: Any, path: DataPath, positions: SourceMap) -> Iterator[tuple[Position, str]]:
    """The first invisible character of each text (key or value) of the data, where it stands."""
    if isinstance(data, str):
        found = INVISIBLE.search(data)
        if found is not None:
            yield positions.locate(path), found.group()
    elif isinstance(data, dict):
        for key, value in data.items():
            found = INVISIBLE.search(key)
            if found is not None:
                yield positions.locate((*path, key), at_key=True), found.group()
            yield from _escaped(value, (*path, key), positions)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from _escaped(item, (*path, index), positions)


def _fail(
    source: Source, code: str, args: Mapping[str, object], line: int = 0, col: int = 0
) -> None:
    source.diagnostics.append(Diagnostic(source.path, line, col, code, args))
    source.readable = False


def _read_bytes(path: Path, source: Source, limits: Limits) -> bytes | None:
    try:
        if not path.is_file():
            is_dir = path.is_dir()
            reason = Phrase("reason.a_folder" if is_dir else "reason.no_such_file")
            _fail(source, "F001", {"reason": reason})
            return None
        size = path.stat().st_size
        if size > limits.max_bytes:
            _fail(source, "F003", {"size": size, "limit": limits.max_bytes})
            return None
        with path.open("rb") as handle:
            raw = handle.read(limits.max_bytes + 1)
    except OSError as error:
        _fail(source, "F001", {"reason": os_reason(error)})
        return None
    if len(raw) > limits.max_bytes:  # grew while being read
        _fail(source, "F003", {"size": len(raw), "limit": limits.max_bytes})
        return None
    return raw


def _decode(raw: bytes, source: Source, encoding: str | None) -> str | None:
    """UTF-8 (with or without a byte-order mark) whatever `encoding` says: the option reads
    only a file that is not UTF-8, so one run can read a GBK actuals file and its UTF-8 target
    file. A UTF-16 or UTF-32 byte-order mark is followed when an encoding is given."""
    if encoding is not None and not _text_codec(encoding, source):
        return None
    wide = _wide_encoding(raw)
    if wide is not None:
        if encoding is None:
            _fail(source, "F002", _encoding_args(wide))
            return None
        return _decode_as(raw, wide if raw.startswith(_WIDE_BOMS) else encoding, source)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if encoding is not None:
            return _decode_as(raw, encoding, source)
        _undecodable(raw, error.start, source)
        return None
    if "\x00" in text:
        line, col = _line_col(text, text.index("\x00"))
        source.text = text.replace("\x00", _SHOWN_INSTEAD)
        _fail(source, "F009", {}, line, col)
        return None
    return text


_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-32's marks begin with UTF-16's or with 00 00


def _wide_encoding(raw: bytes) -> str | None:
    """UTF-32 or UTF-16, by a byte-order mark or by NUL bytes among the first four."""
    head = raw[:4]
    if head in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") or (
        len(head) == 4 and head.count(0) == 3
    ):
        return "utf-32"
    if raw.startswith(_WIDE_BOMS) or (len(raw) > 1 and b"\x00" in raw[:2]):
        return "utf-16"
    return None


def _text_codec(encoding: str, source: Source) -> bool:
    """Whether `encoding` names a codec from bytes to text (rot13, base64 and hex do not)."""
    import codecs

    try:
        codec = codecs.lookup(encoding)
        codec.decode(b"")  # `undefined` is registered as a text codec but reads nothing
    except LookupError:
        reason = "reason.unknown_encoding"
    except Exception:  # rot13 TypeError, uu ValueError, zip and zlib zlib.error, bz2 OSError
        reason = "reason.unusable_encoding"
    else:
        if codec._is_text_encoding:
            return True
        reason = "reason.not_a_text_encoding"
    _fail(source, "F001", {"reason": Phrase(reason, {"encoding": encoding})})
    return False


def _decode_as(raw: bytes, encoding: str, source: Source) -> str | None:
    try:
        return raw.decode(encoding).removeprefix(_BOM)
    except ValueError:  # UnicodeError and its kin; `undefined` refuses every byte
        _fail(source, "F001", {"reason": Phrase("reason.not_in_encoding", {"encoding": encoding})})
        return None


_SHOWN_INSTEAD = "\ufffd"  # what the source line shows in place of a byte that cannot be read


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and character column of a character offset, lines broken as YAML breaks
    them (\r\n, \r, \n, U+0085, U+2028, U+2029)."""
    breaks = list(line_breaks().finditer(text, 0, offset))
    start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, offset - start + 1


def _undecodable(raw: bytes, at: int, source: Source) -> None:
    source.text = raw.decode("utf-8-sig", errors="replace").replace("\x00", _SHOWN_INSTEAD)
    source.diagnostics.append(not_utf8(raw, at, source.path))
    source.readable = False


def not_utf8(raw: bytes, at: int, path: str, *, option: bool = True) -> Diagnostic:
    """The first byte that is not UTF-8, located (in characters): F008 for a damaged character
    in a UTF-8 file, else F002 naming the likely encoding — and `--encoding` when `option` (a
    configuration file is read as UTF-8 only)."""
    before = raw[:at].decode("utf-8-sig", errors="replace")
    line, col = _line_col(before, len(before))
    guess = _guess_encoding(raw)
    if _mostly_utf8(raw) or (guess is None and any(ord(ch) > 0x7F for ch in before)):
        args: dict[str, object] = {"offset": at + 1, "byte": f"{raw[at]:02X}"}
        return Diagnostic(path, line, col, "F008", args)
    args = _encoding_args(guess)
    if not option:
        args["option"] = Phrase("nothing")
    return Diagnostic(path, line, col, "F002", args)


def _mostly_utf8(raw: bytes) -> bool:
    """UTF-8 with a few damaged bytes, not another encoding whose first bytes happen to form
    UTF-8 (`同心` in GBK begins with CD AC, a valid two-byte sequence): more characters beyond
    ASCII read well than bytes fail."""
    text = raw.decode("utf-8", errors="replace")
    damaged = text.count(_SHOWN_INSTEAD)
    readable = sum(1 for ch in text if ord(ch) > 0x7F) - damaged
    return readable > damaged


def _guess_encoding(raw: bytes) -> str | None:
    """GBK when the bytes read as Chinese in it; otherwise no guess worth suggesting."""
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return "gbk" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else None


def _encoding_args(guess: str | None) -> dict[str, object]:
    if guess is None:
        return {"guess": Phrase("nothing"), "option": Phrase("nothing")}
    name = {"gbk": "GBK", "utf-16": "UTF-16", "utf-32": "UTF-32"}[guess]
    return {
        "guess": Phrase("F002.guess", {"name": name}),
        "option": Phrase("F002.option", {"encoding": guess}),
    }


def _lines_within_limit(text: str, source: Source, limits: Limits) -> bool:
    if len(text) <= limits.max_line_chars:
        return True
    for number, line in enumerate(split_lines(text), start=1):
        if len(line) > limits.max_line_chars:
            args: dict[str, object] = {
                "line": number,
                "length": len(line),
                "limit": limits.max_line_chars,
            }
            _fail(source, "F007", args, number, limits.max_line_chars + 1)
            return False
    return True


def validate_model(source: Source, model: type[M], context: Any = None) -> M | None:
    """Validate the parsed data; map each pydantic error to the YAML node it is about."""
    try:
        validated = model.model_validate(source.data, context=context)
    except ValidationError as error:
        source.add(findings_of(source, error.errors(include_url=False), model))
        validated = None
    source.add(_yaml11_numbers(source))
    return validated


def yaml11_numbers(source: Source, reported: Iterable[Diagnostic] = ()) -> list[Diagnostic]:
    """Y011 for every number written in another base (`0x10`, `010`, `1:30`) that `source` read
    as a number, but where `reported` or the source's own diagnostics already stand: the
    strictness a target file's values have, for files read without `validate_model`."""
    taken = {(d.line, d.col) for d in reported}
    found = (source.diagnostic(f) for f in _yaml11_numbers(source))
    return [d for d in found if (d.line, d.col) not in taken]


def _yaml11_numbers(source: Source) -> Iterator[Finding]:
    """Numbers YAML 1.1 read as octal or base 60 where the model took them as numbers."""
    reported = {(d.line, d.col) for d in source.diagnostics}
    for path, (raw, kind) in source.positions.implicit.items():
        position = source.positions.locate(path)
        retyped = kind in ("int", "float") and yaml11_number(raw)
        if retyped and (position.line, position.col) not in reported:
            yield Finding("Y011", path, yaml11_args(raw, _value_at(source.data, path)))


def findings_of(
    source: Source, errors: Iterable[ErrorDetails], model: type[BaseModel], within: DataPath = ()
) -> list[Finding]:
    """Each of pydantic's errors as a finding about the node of `source` it concerns; `within`:
    where in the data the part `model` validated stands."""
    found = (_finding(source, {**e, "loc": (*within, *e["loc"])}, model) for e in errors)
    return [f for f in found if f is not None]


def _value_at(data: Any, path: DataPath) -> Any:
    for part in path:
        data = data[part]
    return data


def resolve_loc(data: Any, loc: Iterable[str | int]) -> DataPath:
    """The part of a pydantic `loc` that exists in the data (union tags are skipped)."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            continue
        path.append(part)
    return tuple(path)


_EXPECTED: dict[str, str] = {  # pydantic's error type → what was wanted (expected.*)
    "string_type": "text",
    "int_type": "integer",
    "int_parsing": "integer",
    "int_from_float": "integer",
    "decimal_type": "number",
    "decimal_parsing": "number",
    "bool_type": "boolean",
    "bool_parsing": "boolean",
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "list_type": "list",
}


def _finding(source: Source, error: Any, model: type[BaseModel]) -> Finding | None:
    kind: str = error["type"]
    path = resolve_loc(source.data, error["loc"])
    if kind == "missing":
        return Finding("S001", path, {"field": error["loc"][-1]})
    if kind == "extra_forbidden":
        return Finding("S002", path, unknown_key_args(model, error["loc"]), True)
    retyped = kind == "string_type" or (kind == "S003" and not isinstance(error.get("input"), str))
    if retyped and path in source.positions.implicit:
        raw, yaml_kind = source.positions.implicit[path]
        return Finding("S004", path, {"raw": raw, "kind": kind_phrase(yaml_kind)})
    if kind in CODES:
        args = dict(error.get("ctx") or {})
        if kind == "S010" and not args.get("text"):
            given = source.positions.implicit.get(path, (error.get("input"), ""))[0]
            args["text"] = (
                "[…]"
                if isinstance(given, list)
                else "{…}"
                if isinstance(given, dict)
                else str(given)
            )
        return Finding(kind, path, args)
    if kind in _EXPECTED:
        args = {
            "expected": Phrase(f"expected.{_EXPECTED[kind]}"),
            "actual": kind_of_value(error.get("input")),
        }
        return Finding("S003", path, args)
    return Finding("S005", path, _detail(kind, error))


def _detail(kind: str, error: Any) -> dict[str, object]:
    ctx = error.get("ctx") or {}
    message = str(error["msg"])  # pydantic's, in English
    known = f"detail.{kind}" if f"detail.{kind}" in TEXTS else "detail.other"
    if kind in ("literal_error", "enum"):  # pydantic's "'a', 'b' or 'c'" is English
        ctx = {**ctx, "expected": re.findall(r"'([^']*)'", str(ctx.get("expected")))}
    return {"detail": Phrase(known, {**ctx, "msg": message})}


def unknown_key_args(model: type[BaseModel], loc: tuple[str | int, ...]) -> dict[str, object]:
    """S002's arguments for the key at the end of `loc`: the key, and the nearest known one."""
    import difflib

    key = str(loc[-1])
    known = _fields(_model_at(model, loc[:-1]))
    close = difflib.get_close_matches(key, sorted(known - {key}), n=1)
    if not close:
        return {"key": key, "suggestion": Phrase("nothing")}
    return {"key": key, "suggestion": Phrase("S002.did_you_mean", {"key": close[0]})}


def _model_at(model: type[BaseModel], loc: Iterable[str | int]) -> type[BaseModel] | None:
    """The model validating the mapping at `loc`; a union's tag in `loc` names its member."""
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, str) and current is not None and part in current.model_fields:
            members = _models_in(current.model_fields[part].annotation)
            current = members[0] if len(members) == 1 else None
        elif isinstance(part, str) and part in TARGET_FORMS:
            current = TARGET_FORMS[part]
    return current


def _fields(model: type[BaseModel] | None) -> set[str]:
    if model is None:
        return set()
    return {info.alias or name for name, info in model.model_fields.items()}


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    stack = [annotation]
    while stack:
        current = stack.pop()
        if isinstance(current, type) and issubclass(current, BaseModel):
            found.append(current)
        stack.extend(getattr(current, "__args__", ()) or ())
        stack.extend(getattr(current, "__metadata__", ()) or ())
    return sorted(found, key=lambda m: m.__name__)
