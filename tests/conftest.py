"""Shared test helpers: paths and the fixture folders."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CHENGDU = ROOT / "targets" / "chengdu_procuratorate_2022.yaml"


@pytest.fixture
def chengdu_text() -> str:
    return CHENGDU.read_text(encoding="utf-8")
