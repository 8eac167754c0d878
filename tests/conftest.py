"""Shared test helpers: paths and the fixture folders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CHENGDU = ROOT / "targets" / "chengdu_procuratorate_2022.yaml"


LOCATED = re.compile(r"(\S+: [A-Z]\d{3}) ")  # a located diagnostic's place and code
THREE = FIXTURES / "hardening" / "targets_three.yaml"  # 1-1 ≥4次, 1-2 ≥90%, 1-3 ≥90%


def run(*args: str) -> tuple[int, str, str]:
    """A command through the CLI in this process: its exit code, stdout and stderr."""
    from typer.testing import CliRunner

    from perfcheck.cli import app

    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def write(name: str, text: str) -> Path:
    """A UTF-8 file at `name` (relative to the current folder), its folders made."""
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def chengdu_text() -> str:
    return CHENGDU.read_text(encoding="utf-8")
