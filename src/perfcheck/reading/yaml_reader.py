"""Strict YAML: build plain data from the parser's event stream, keeping every node's position.

Working on events (rather than on libyaml's recursive composer) lets depth and node count be
checked before anything deep is built, so no input can crash the process. Duplicate keys,
anchors, aliases, merge keys, tags and non-text keys are reported, never silently resolved.
Numbers with a fraction become Decimal: binary floats never enter perfcheck.
"""

import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import yaml

from perfcheck.diagnostics import NO_ARGS, DataPath
from perfcheck.reading.limits import DEFAULTS, Limits
from perfcheck.reading.yaml_scalars import (
    TAG,
    TYPED_FIRST,
    construct_scalar,
    implicit_kind,
    is_typed,
    kind_args,
)
from perfcheck.text import Phrase

try:  # libyaml's C parser when the wheel has it, the pure-Python one otherwise
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the installed PyYAML
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_TEXT_TAGS = {None, "!", TAG + "str"}
_SCALAR = yaml.ScalarEvent
_MAPPING = yaml.MappingStartEvent
_SEQUENCE = yaml.SequenceStartEvent
_ALIAS = yaml.AliasEvent
_MAPPING_END = yaml.MappingEndEvent
_SEQUENCE_END = yaml.SequenceEndEvent
_DOCUMENT_START = yaml.DocumentStartEvent
_STREAM_END = yaml.StreamEndEvent
_DROPPED: DataPath = ("\0dropped",)
# YAML 1.1's implicit types by the first character of a plain scalar (PyYAML's own compiled
# patterns): a scalar starting with any other character is text.


class Position(NamedTuple):
    line: int  # 1-based
    col: int  # 1-based, in characters


class Issue(NamedTuple):
    """A YAML-level problem: a code, where, and the message arguments."""

    code: str
    position: Position
    args: Mapping[str, object] = NO_ARGS


class SourceMap:
    """Where each value (and each mapping key) of the data stands in the text."""

    __slots__ = ("implicit", "keys", "refused", "values")

    def __init__(
        self,
        values: dict[DataPath, Any] | None = None,
        keys: dict[DataPath, Any] | None = None,
        implicit: dict[DataPath, tuple[str, str]] | None = None,
        refused: set[DataPath] | None = None,
    ) -> None:
        # The parser's marks (0-based line and column), turned into Positions only when asked
        # for: most nodes are never reported on.
        self.values = {} if values is None else values
        self.keys = {} if keys is None else keys
        # Plain scalars YAML typed as something other than text: their raw text and kind.
        self.implicit = {} if implicit is None else implicit
        # Where a refused alias left a null, or a key YAML retyped: reported already, so any
        # later complaint about the same place would only repeat it.
        self.refused = set() if refused is None else refused

    def reported(self, path: DataPath) -> bool:
        return any(path[: len(refused)] == refused for refused in self.refused)

    def exact(self, path: DataPath) -> Position | None:
        """The position of the key `path` ends in (of the value when it has no key), or None
        when the file does not have it."""
        found = self.keys.get(path) or self.values.get(path) if path else None
        return _position(found) if found is not None else None

    def locate(self, path: DataPath, *, at_key: bool = False) -> Position:
        """The position of `path`, or of its nearest ancestor that has one."""
        table = self.keys if at_key else self.values
        while path:
            found = table.get(path) or self.values.get(path)
            if found is not None:
                return _position(found)
            path = path[:-1]
        root = self.values.get(())
        return _position(root) if root is not None else Position(1, 1)


class Parsed(NamedTuple):
    data: Any
    source: SourceMap
    issues: list[Issue]
    fatal: bool  # the text could not be read as YAML at all


def parse(text: str, limits: Limits = DEFAULTS) -> Parsed:
    """Parse one YAML document strictly. Never raises for bad input."""
    builder = _Builder(limits)
    try:
        builder.run(_Loader(text))
    except yaml.MarkedYAMLError as error:
        builder.fail(_syntax_issue(error, text, limits))
    except _LimitError as hit:
        builder.fail(hit.issue)
    except yaml.reader.ReaderError as error:
        builder.fail(_reader_issue(error, text))
    except yaml.YAMLError as error:  # pragma: no cover - errors without a mark
        builder.fail(Issue("Y001", Position(1, 1), {"problem": str(error)}))
    return Parsed(builder.root, builder.source, builder.issues, builder.fatal)


class _LimitError(Exception):
    def __init__(self, issue: Issue) -> None:
        self.issue = issue


def _position(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


# Errors whose cause is where the construct opened, not where the parser gave up.
_OPENED_AT = ("while scanning a quoted scalar", "while parsing a flow")


def _syntax_issue(error: yaml.MarkedYAMLError, text: str, limits: Limits) -> Issue:
    context = error.context or ""
    opened = error.context_mark is not None and context.startswith(_OPENED_AT)
    mark = error.context_mark if opened else (error.problem_mark or error.context_mark)
    position = _position(mark) if mark is not None else Position(1, 1)
    problem = error.problem or str(error)
    if _char_at(text, position) == "\t" or "'\\t'" in problem:
        return Issue("Y008", position)
    if "nesting depth" in problem:  # libyaml's own guard, met while scanning ahead
        deeper = _past_flow_limit(text, limits.max_depth) or position
        return Issue("F004", deeper, {"limit": limits.max_depth})
    if context.startswith("while scanning a block scalar") and error.context_mark is not None:
        start = _position(error.context_mark)
        value = _line_at(text, start.line)[start.col - 1 :].strip()
        return Issue("Y009", start, {"value": value, "first": value[:1]})
    slip = _full_width_colon(text, position.line)
    if slip is not None:
        return slip
    detail = problem if not context else f"{problem} ({context})"
    return Issue("Y001", position, {"problem": detail})


# A plain key followed by a full-width colon: the input method's `：` for YAML's `:`.
_FULL_WIDTH_KEY = r"^([ \t]*(?:-[ \t]+)?)([^\s:#'\"{}\[\],&*!|>%@`-][^:#：]*?)[ \t]*："


def _full_width_colon(text: str, line: int) -> Issue | None:
    """A syntax error caused by `key：value`. The parser stops on the line after the slip (the
    key swallowed its value, the next key has nowhere to go) or on the line itself."""
    for number in (line, line - 1, line - 2):
        found = re.match(_FULL_WIDTH_KEY, _line_at(text, number)) if number > 0 else None
        if found is not None:
            args = {"key": found[2], "line": number}
            problem = Phrase("Y001.full_width_colon", args)
            return Issue("Y001", Position(number, found.end()), {"problem": problem})
    return None


def _past_flow_limit(text: str, limit: int) -> Position | None:
    """Where flow brackets first open deeper than `limit` (libyaml reports where it stopped,
    a thousand levels in). Quoted text is skipped; None when brackets are not the cause."""
    depth, line, col, quote = 0, 1, 0, ""
    for char in text:
        col += 1
        if char == "\n":
            line, col = line + 1, 0
        elif quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "[{":
            depth += 1
            if depth >= limit:  # the enclosing block mapping is a level too, as in `open`
                return Position(line, col)
        elif char in "]}":
            depth -= 1
    return None


def _reader_issue(error: yaml.reader.ReaderError, text: str) -> Issue:
    """A character YAML does not allow; libyaml counts its position in UTF-8 bytes."""
    offset = error.position
    if _Loader.__name__.startswith("C"):
        offset = len(text.encode("utf-8")[: error.position].decode("utf-8", errors="ignore"))
    before = text[:offset]
    line = len(line_breaks().findall(before)) + 1
    col = offset - max((m.end() for m in line_breaks().finditer(before)), default=0) + 1
    return Issue("Y010", Position(line, col), {"code_point": f"U+{ord(text[offset]):04X}"}
                 if offset < len(text) else {"code_point": "?"})  # fmt: skip


def _line_at(text: str, line: int) -> str:
    lines = line_breaks().split(text, maxsplit=line)
    return lines[line - 1] if 0 < line <= len(lines) else ""


def _char_at(text: str, position: Position) -> str:
    lines = line_breaks().split(text, maxsplit=position.line)
    if position.line > len(lines):
        return ""
    line = lines[position.line - 1]
    return line[position.col - 1] if 0 < position.col <= len(line) else ""


class _Frame:
    """A mapping or list being built, and where its next key or item goes."""

    __slots__ = (
        "awaiting_key", "container", "is_list", "key_marks", "path", "pending_key", "pending_path"
    )  # fmt: skip

    def __init__(self, container: dict[str, Any] | list[Any], path: DataPath, is_list: bool):
        self.container = container
        self.path = path
        self.is_list = is_list
        self.pending_key: str | None = None
        self.pending_path: DataPath = ()  # the pending key's path, its value's too
        self.key_marks: dict[str, Any] = {}  # where each key stands
        self.awaiting_key = True


class _Builder:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.source = SourceMap()
        self.issues: list[Issue] = []
        self.root: Any = None
        self.fatal = False
        self.stack: list[_Frame] = []
        self.nodes = 0
        self.documents = 0

    def fail(self, issue: Issue) -> None:
        self.issues.append(issue)
        self.fatal = True
        self.root = None

    def run(self, loader: Any) -> None:
        try:
            self._consume(loader.get_event)
        finally:
            loader.dispose()
        if self.documents == 0 or (self.root is None and not self.issues):
            self.issues.append(Issue("Y007", Position(0, 0)))
            self.fatal = True

    def _consume(self, next_event: Callable[[], Any]) -> None:
        """The event loop, dispatched on the event's type, most frequent first.

        A scalar YAML does not type (quoted, or plain text YAML 1.1 reads as text) is most of
        a table. It is placed here, inline, when it is a new key or a value; everything else
        goes through the methods below. The counts live in locals while the loop runs.
        """
        limit = self.limits.max_nodes
        stack = self.stack
        values = self.source.values
        keys = self.source.keys
        typed_first = TYPED_FIRST
        nodes = self.nodes
        documents = self.documents
        try:
            while True:
                event = next_event()
                kind = type(event)
                if kind is _SCALAR or kind is _MAPPING or kind is _SEQUENCE or kind is _ALIAS:
                    if documents > 1:
                        continue  # a second document is reported once and not read
                    nodes += 1
                    if nodes > limit:
                        args = {"limit": limit}
                        raise _LimitError(Issue("F005", _position(event.start_mark), args))
                    if kind is _ALIAS:
                        self.refuse_alias(event)
                        continue
                    if event.anchor is not None or event.tag is not None:
                        self.check_anchor_and_tag(event)
                    if kind is not _SCALAR:
                        self.open(event, {} if kind is _MAPPING else [])
                        continue
                    text = event.value
                    if not stack or (
                        event.implicit[0]
                        and (not text or text[0] in typed_first)
                        and is_typed(text)
                    ):
                        self.scalar(event)
                        continue
                    frame = stack[-1]
                    container = frame.container
                    if frame.is_list:
                        if frame.path is not _DROPPED:
                            values[(*frame.path, len(container))] = event.start_mark
                        container.append(text)  # type: ignore[union-attr]
                    elif frame.awaiting_key:
                        if text in frame.key_marks:
                            self.key(frame, event)  # a duplicate: reported there
                            continue
                        mark = event.start_mark
                        frame.key_marks[text] = mark
                        path = (*frame.path, text)
                        keys[path] = mark
                        frame.pending_key = text
                        frame.pending_path = path
                        frame.awaiting_key = False
                    else:
                        frame.awaiting_key = True
                        key = frame.pending_key
                        if key is None:
                            continue
                        container[key] = text  # type: ignore[call-overload]
                        if frame.path is not _DROPPED:
                            values[frame.pending_path] = event.start_mark
                elif kind is _MAPPING_END or kind is _SEQUENCE_END:
                    if documents <= 1:
                        stack.pop()
                elif kind is _DOCUMENT_START:
                    documents += 1
                    if documents == 2:
                        self.issues.append(Issue("Y006", _position(event.start_mark)))
                elif event is None or kind is _STREAM_END:
                    return
        finally:
            self.nodes = nodes
            self.documents = documents

    def refuse_alias(self, event: Any) -> None:
        args: dict[str, object] = {"what": Phrase("Y003.alias")}
        self.issues.append(Issue("Y003", _position(event.start_mark), args))
        path = self.place(None, event)
        if path is not None:
            self.source.refused.add(path)  # its null stands in for what was refused

    def check_anchor_and_tag(self, event: Any) -> None:
        if event.anchor is not None:
            self.issues.append(
                Issue(
                    "Y003",
                    _position(event.start_mark),
                    {"what": Phrase("Y003.anchor", {"anchor": event.anchor})},
                )
            )
        explicit = not (isinstance(event, yaml.ScalarEvent) and event.implicit[0])
        if event.tag not in _TEXT_TAGS and explicit and not _is_plain_collection_tag(event):
            tag = "!!" + event.tag[len(TAG) :] if event.tag.startswith(TAG) else event.tag
            self.issues.append(Issue("Y004", _position(event.start_mark), {"tag": tag}))

    def scalar(self, event: Any) -> None:
        frame = self.stack[-1] if self.stack else None
        if frame is not None and isinstance(frame.container, dict) and frame.awaiting_key:
            self.key(frame, event)
            return
        value, kind = self.construct(event)
        path = self.place(value, event)
        if kind is not None and path is not None and event.value:
            self.source.implicit[path] = (event.value, kind)

    def construct(self, event: Any) -> tuple[Any, str | None]:
        """The scalar's value; one YAML 1.1 typed but cannot build (2022-02-30) is reported and
        read on as text."""
        try:
            return construct_scalar(event)
        except (ValueError, ArithmeticError):  # ArithmeticError: decimal.Overflow as well
            kind = implicit_kind(event.value) or "str"
            args = {"raw": event.value, **kind_args(kind)}
            self.issues.append(Issue("Y012", _position(event.start_mark), args))
            return event.value, None

    def key(self, frame: _Frame, event: Any) -> None:
        mark = event.start_mark
        value, kind = self.construct(event)
        merge = event.value == "<<" and event.implicit[0]
        if merge:
            self.issues.append(Issue("Y003", _position(mark), {"what": Phrase("Y003.merge_key")}))
        elif kind is not None:
            args = {"key": event.value, **kind_args(kind)}
            self.issues.append(Issue("Y005", _position(mark), args))
            self.source.refused.add((*frame.path, event.value))  # kept as text, reported once
        name: str | None = event.value if not isinstance(value, str) else value
        first = frame.key_marks.get(name) if name is not None else None
        if merge:
            name = None  # reported; its value is read for its own errors but not kept
        elif first is not None:
            args = {"key": name, "first_line": first.line + 1}
            self.issues.append(Issue("Y002", _position(mark), args))
            name = None  # the duplicate's value is read (for its own errors) but not kept
        elif name is not None:
            frame.key_marks[name] = mark
            frame.pending_path = (*frame.path, name)
            self.source.keys[frame.pending_path] = mark
        frame.pending_key = name
        frame.awaiting_key = False

    def open(self, event: Any, container: dict[str, Any] | list[Any]) -> None:
        if len(self.stack) >= self.limits.max_depth:
            raise _LimitError(
                Issue("F004", _position(event.start_mark), {"limit": self.limits.max_depth})
            )
        path = self.place(container, event)
        kept = path if path is not None else _DROPPED
        self.stack.append(_Frame(container, kept, isinstance(container, list)))

    def place(self, value: Any, event: Any) -> DataPath | None:
        """Put a value where the stack says it goes; return its data path (None if dropped)."""
        mark = event.start_mark
        if not self.stack:
            self.root = value
            self.source.values[()] = mark
            return ()
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            path: DataPath = (*frame.path, len(frame.container))
            frame.container.append(value)
        elif frame.awaiting_key:  # a collection or alias as a key: reported, not kept
            args = {"key": "{…}", **kind_args("collection")}
            self.issues.append(Issue("Y005", _position(mark), args))
            frame.awaiting_key = False
            frame.pending_key = None
            return None
        else:
            frame.awaiting_key = True
            if frame.pending_key is None:
                return None
            path = frame.pending_path
            frame.container[frame.pending_key] = value
        if frame.path is _DROPPED:
            return None
        self.source.values[path] = mark
        return path


# Numbers YAML 1.1 reads in a base nobody means in a table: 010 (octal 8), 0x10 (hexadecimal
# 16), 0b101 (binary 5), 1:30 (base 60, 90). 0o10 is text to YAML 1.1 but a number elsewhere.


def _is_plain_collection_tag(event: Any) -> bool:
    return bool(getattr(event, "implicit", False)) and not isinstance(event, yaml.ScalarEvent)


LINE_BREAK = r"\r\n|\r|\n|\x85|\u2028|\u2029"  # the line breaks of YAML
_BREAKS_BUT_NEWLINE = ("\r", "\x85", "\u2028", "\u2029")


def line_breaks() -> re.Pattern[str]:
    """LINE_BREAK compiled, on first need (the re module keeps it): a pattern with U+2028 in it
    costs a start half a millisecond to compile, and most texts break lines with \\n alone."""
    return re.compile(LINE_BREAK)


def split_lines(text: str) -> list[str]:
    """`text` in lines as YAML breaks them."""
    if any(mark in text for mark in _BREAKS_BUT_NEWLINE):
        return line_breaks().split(text)
    return text.split("\n")
