"""Strict YAML: positions, refusals and exact numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from perfcheck.reading import yaml_reader
from perfcheck.reading.limits import Limits
from perfcheck.reading.yaml_reader import Position, parse
from perfcheck.reading.yaml_scalars import is_typed, key

# Plain scalars as tables write them: numbers, dates, words YAML 1.1 types, and text.
PLAIN = st.from_regex(r"[-+.0-9:_a-zA-Z~<=]{0,12}", fullmatch=True) | st.sampled_from(
    ["<<", "=", "~", "null", "No", "ON", "2022-01-01", "1:30", "0o17", "0x1F", ".inf", "1e3"]
)


def codes(text: str) -> list[tuple[str, int, int]]:
    return [(i.code, i.position.line, i.position.col) for i in parse(text).issues]


def test_numbers_are_decimal_never_float() -> None:
    data = parse("a: 15213.00\nb: 0.1\nc: 17\nd: 1_000.5\ne: 1.0e+3\n").data
    assert data == {
        "a": Decimal("15213.00"),
        "b": Decimal("0.1"),
        "c": 17,
        "d": Decimal("1000.5"),
        "e": Decimal("1.0e+3"),
    }
    assert str(data["a"]) == "15213.00"


def test_yaml_11_implicit_types_are_recorded_for_hints() -> None:
    parsed = parse("a: no\nb: '010'\nc: 010\nd: 12:30\ne: 2022-01-01\n")
    assert parsed.data == {"a": False, "b": "010", "c": 8, "d": 750, "e": date(2022, 1, 1)}
    assert parsed.source.implicit == {
        ("a",): ("no", "bool"),
        ("c",): ("010", "int"),
        ("d",): ("12:30", "int"),
        ("e",): ("2022-01-01", "timestamp"),
    }


def test_positions_of_values_and_keys() -> None:
    parsed = parse("top:\n  - id: 1-1\n    name: 名称\n")
    assert parsed.source.locate(("top", 0, "name")) == Position(3, 11)
    assert parsed.source.locate(("top", 0, "name"), at_key=True) == Position(3, 5)
    assert parsed.source.locate(("top", 0, "missing")) == Position(2, 5)


def test_duplicate_keys_name_both_lines_and_keep_the_first() -> None:
    parsed = parse("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n")
    assert parsed.data == {"a": 1, "b": {"c": 2}}
    assert [(i.code, i.position, i.args["first_line"]) for i in parsed.issues] == [
        ("Y002", Position(4, 3), 3),
        ("Y002", Position(5, 1), 1),
    ]


def test_anchors_aliases_and_merge_keys_are_refused() -> None:
    assert codes("a: &x 1\nb: *x\nc:\n  <<: {d: 1}\n") == [
        ("Y003", 1, 4),
        ("Y003", 2, 4),
        ("Y003", 4, 3),
    ]


def test_billion_laughs_stays_small() -> None:
    text = "a: &a [x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9)
    )
    parsed = parse(text)
    assert all(i.code == "Y003" for i in parsed.issues)
    assert parsed.data["j"] == [None, None]


def test_tags_are_refused_but_plain_and_quoted_text_is_not() -> None:
    assert codes("a: !!python/object/apply:os.system ['ls']\nb: !foo x\nc: !!str 1\n") == [
        ("Y004", 1, 4),
        ("Y004", 2, 4),
    ]


def test_non_text_keys_are_refused() -> None:
    assert codes("on: 1\n1: 2\n? [a]\n: 3\n") == [("Y005", 1, 1), ("Y005", 2, 1), ("Y005", 3, 3)]


def test_depth_is_limited_before_building() -> None:
    for text in (
        "a: " + "[" * 10_000,
        "a: " + "[" * 100 + "]" * 100,
        "".join(" " * i + "a:\n" for i in range(3000)),
    ):
        parsed = parse(text, Limits(max_depth=64))
        assert parsed.fatal
        assert [i.code for i in parsed.issues] == ["F004"]


def test_node_count_is_limited() -> None:
    parsed = parse("[" + ", ".join(["1"] * 100) + "]", Limits(max_nodes=50))
    assert parsed.fatal
    assert [i.code for i in parsed.issues] == ["F005"]


def test_crlf_and_cr_line_endings_keep_line_numbers() -> None:
    for newline in ("\r\n", "\r"):
        parsed = parse(newline.join(["a: 1", "b: 2", "a: 3"]))
        assert [(i.code, i.position.line) for i in parsed.issues] == [("Y002", 3)]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("a\nb\n", ["a", "b", ""]),
        ("a\r\nb\rc\x85d\u2028e\u2029f\ng", ["a", "b", "c", "d", "e", "f", "g"]),
        ("a\r\n\r\nb", ["a", "", "b"]),
        ("a\vb\fc\x1cd", ["a\vb\fc\x1cd"]),  # breaks to str.splitlines, not to YAML
        ("", [""]),
    ],
)
def test_lines_are_split_where_yaml_breaks_them(text: str, lines: list[str]) -> None:
    assert yaml_reader.split_lines(text) == lines
    assert yaml_reader.line_breaks().split(text) == lines


def test_second_document_is_reported_once() -> None:
    assert codes("a: 1\n---\nb: 2\n---\nc: 3\n") == [("Y006", 2, 1)]


def test_empty_and_comment_only_files() -> None:
    assert codes("") == [("Y007", 0, 0)]
    assert codes("# nothing\n") == [("Y007", 0, 0)]


def test_tab_indentation_has_its_own_code() -> None:
    assert [i.code for i in parse("a:\n\tb: 1\n").issues] == ["Y008"]


@given(PLAIN)
def test_text_is_told_from_typed_scalars_as_yaml_11_tells_them(text: str) -> None:
    tag = Resolver().resolve(ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    typed = tag != "tag:yaml.org,2002:str"
    assert is_typed(text) == typed


EMPTY = "''"


def marks(table: dict[Any, Any]) -> dict[Any, tuple[int, int]]:
    return {path: (mark.line, mark.column) for path, mark in table.items()}


KEYS = PLAIN | st.sampled_from(["名称", "id", "name", "target"])


@given(st.lists(st.tuples(KEYS, PLAIN | st.just("[a, 1]") | st.just("'quoted'")), max_size=6))
def test_the_inline_path_for_text_builds_what_the_general_path_builds(
    pairs: list[tuple[str, str]],
) -> None:
    text = "m:\n" + "".join(f"  {key or EMPTY}: {value}\n" for key, value in pairs)
    text += "l:\n" + "".join(f"  - {value}\n" for _, value in pairs)
    fast = parse(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yaml_reader, "is_typed", lambda _: True)  # every scalar the general way
        general = parse(text)
    assert fast.data == general.data
    assert fast.issues == general.issues
    for table in ("values", "keys"):
        assert marks(getattr(fast.source, table)) == marks(getattr(general.source, table))
    assert fast.source.implicit == general.source.implicit
    assert fast.source.refused == general.source.refused


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("1-1", "1-1"),
        ("2.3a", "2.3a"),
        ("产出数量", "产出数量"),
        ("1", '"1"'),
        ("2.5", '"2.5"'),
        ("2023-12-31", '"2023-12-31"'),
        ("yes", '"yes"'),
        ("1: x", '"1: x"'),
        ("1e3", "1e3"),  # YAML 1.1 floats need a point: text
    ],
)
def test_a_key_is_written_plain_only_where_it_reads_back_as_itself(text: str, written: str) -> None:
    assert key(text) == written
    assert yaml_reader.parse(f"{written}: x\n").data == {text: "x"}
