"""Every limit, tested at its boundary: at the limit a file is read, one past it is refused
with the limit's own code. The limits are perfcheck.reading.limits.Limits, settable in the
configuration."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from perfcheck.cli import app
from perfcheck.reading.limits import DEFAULTS, Limits
from perfcheck.reading.source import read_source
from perfcheck.run.options import Options
from perfcheck.run.validate import validate_file
from tests.conftest import CHENGDU


def codes(path: Path, limits: Limits) -> list[str]:
    return [d.code for d in validate_file(path, Options(limits=limits)).diagnostics]


def test_file_size(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_bytes(CHENGDU.read_bytes())
    size = path.stat().st_size
    assert "F003" not in codes(path, Limits(max_bytes=size))
    assert codes(path, Limits(max_bytes=size - 1)) == ["F003"]


def test_line_length(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("department: " + "x" * 88 + "\n", encoding="utf-8")  # a line of 100
    assert "F007" not in codes(path, Limits(max_line_chars=100))
    assert codes(path, Limits(max_line_chars=99)) == ["F007"]


def _nested(depth: int) -> str:
    """A mapping `depth` levels deep: a: {a: {… {a: 1}}}."""
    return "a: " + "{a: " * (depth - 1) + "1" + "}" * (depth - 1) + "\n"


def test_nesting_depth(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(_nested(10), encoding="utf-8")
    assert "F004" not in codes(path, Limits(max_depth=10))
    assert codes(path, Limits(max_depth=9)) == ["F004"]


def test_node_count(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("[" + ", ".join(["1"] * 99) + "]\n", encoding="utf-8")  # 100 nodes
    assert "F005" not in codes(path, Limits(max_nodes=100))
    assert codes(path, Limits(max_nodes=99)) == ["F005"]


def test_indicators_per_file(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_bytes(CHENGDU.read_bytes())
    assert "F017" not in codes(path, Limits(max_indicators=34))
    assert codes(path, Limits(max_indicators=33)) == ["F017"]


def test_files_per_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for number in range(3):
        (tmp_path / f"{number}.yaml").write_bytes(CHENGDU.read_bytes())
    monkeypatch.chdir(tmp_path)
    for limit, code in ((3, 0), (2, 2)):
        config = {"limits": {"max_files": limit}, "paths": ["."]}
        (tmp_path / ".perfcheck.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
        result = CliRunner().invoke(app, ["validate", "--format", "concise"])
        assert result.exit_code == code, result.output


def test_the_configuration_names_every_limit() -> None:
    from perfcheck.reading.settings_file import LimitSettings

    assert LimitSettings().model_dump() == {
        name: getattr(DEFAULTS, name) for name in Limits._fields
    }


@pytest.mark.parametrize("written", ["flow", "block"])
def test_the_deepest_nesting_allowed_is_the_limit_named(tmp_path: Path, written: str) -> None:
    """The YAML parser stops at 1,000 levels, so no larger limit may be set, and F004 names
    the limit that stopped the file (it said 10000 where the parser had stopped at 1000)."""
    from perfcheck.reading.limits import CEILINGS

    assert CEILINGS.max_depth == 1000
    path = tmp_path / "deep.yaml"
    if written == "flow":
        path.write_text("department: " + "[" * 1500 + "]" * 1500 + "\n", encoding="utf-8")
    else:
        path.write_text("".join(" " * i + f"k{i}:\n" for i in range(1200)), encoding="utf-8")
    limits = Limits(max_depth=CEILINGS.max_depth, max_line_chars=10_000)
    source = read_source(path, limits=limits)
    assert [(d.code, d.args["limit"]) for d in source.diagnostics] == [("F004", 1000)]
