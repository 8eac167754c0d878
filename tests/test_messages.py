"""Input a person writes by hand and the messages they get back: every invisible character
reported and harmless, messages that say what to write, findings located at their cause, the
configuration read from its own folder."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perfcheck.cli import app
from perfcheck.reading.invisible import INVISIBLE, visible
from tests.conftest import FIXTURES

LOCATED = re.compile(r"(\S+: [A-Z]\d{3}) ")
THREE = FIXTURES / "hardening" / "targets_three.yaml"  # 1-1 ≥4次, 1-2 ≥90%, 1-3 ≥90%


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def write(name: str, text: str) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def targets(text: str | None = None, name: str = "t.yaml") -> None:
    write(name, THREE.read_text(encoding="utf-8") if text is None else text)


def actuals(entries: str, *, period: str = "2022Q4", name: str = "a.yaml") -> None:
    header = f"targets: t.yaml\nperiod: {period}\nbudget:\n  spent: 100\nactuals:\n"
    write(name, header + entries)


def concise(*args: str) -> tuple[int, list[str]]:
    code, out, _ = run("validate", *args, "--format", "concise")
    found = (LOCATED.match(line) for line in out.splitlines())
    return code, [match[1] for match in found if match]


# --- invisible characters (case 23) ----------------------------------------------------------


def test_the_invisible_class_is_unicodes_format_characters_and_the_blank_fillers() -> None:
    fillers = "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u3164\uffa0"
    fillers += "".join(map(chr, range(0xFE00, 0xFE10)))
    every = (chr(c) for c in range(0x110000))
    wanted = {ch for ch in every if unicodedata.category(ch) == "Cf"} | set(fillers)
    matched = {chr(c) for c in range(0x110000) if INVISIBLE.match(chr(c))}
    assert wanted <= matched
    # what else matches is unassigned in this Unicode version (format characters of a later one)
    assert {unicodedata.category(ch) for ch in matched - wanted} <= {"Cn"}


THREE_TEXT = THREE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "mark", ["\u200f", "\u200e", "\u202e", "\u2067", "\u061c", "\u180e", "\u2062", "\u3164",
             "\u115f", "\ufe0f", "\u034f", "\u17b4", "\U000e0041"],
)  # fmt: skip
def test_every_invisible_mark_in_a_unit_is_reported_and_changes_nothing(mark: str) -> None:
    text = THREE_TEXT.replace("target: ≥4次", f"target: ≥4{mark}次")
    assert text != THREE_TEXT
    targets(text)
    actuals("  1-1: 5次\n  1-2: 95\n  1-3: 95\n")
    line = text.splitlines().index(f"    target: ≥4{mark}次") + 1
    code, found = concise("t.yaml", "a.yaml")
    assert (code, found) == (0, [f"t.yaml:{line}:15: W005"])
    actuals("  1-1: 2次\n  1-2: 45\n  1-3: 45\n", period="2022Q2")
    code, out, _ = run("score", "a.yaml", "--format", "json")
    assert out.count('"cumulative": true') == 1  # 次 counts up through the year, as without it


def test_an_escaped_mark_is_reported_where_its_text_stands() -> None:
    text = THREE_TEXT.replace("target: ≥4次", 'target: "≥4\\u200f次"')
    targets(text)
    actuals("  1-1: 5次\n  1-2: 95\n  1-3: 95\n")
    line = text.splitlines().index('    target: "≥4\\u200f次"') + 1
    code, found = concise("t.yaml", "a.yaml")
    assert (code, found) == (0, [f"t.yaml:{line}:13: W005"])


def test_a_level1_name_with_a_mark_keeps_its_weight() -> None:
    text = THREE_TEXT.replace("level1: 产出指标", "level1: 产出\u200b指标", 1)
    targets(text)
    code, found = concise("t.yaml")
    line = text.splitlines().index("    level1: 产出\u200b指标") + 1
    assert (code, found) == (0, [f"t.yaml:{line}:15: W005"])  # no D007 nor D005


def test_visible_drops_only_what_shows_as_nothing() -> None:
    assert visible("≥4\u200f次\ufe0f") == "≥4次"
    assert visible("满意度 %") == "满意度 %"
