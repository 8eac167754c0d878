"""Configuration: the settings in force when no file gives any."""

from __future__ import annotations

from perfcheck.config import Settings, defaults


def test_the_unvalidated_defaults_are_the_validated_ones() -> None:
    assert defaults() == Settings()
    assert defaults().limits == Settings.model_validate({}).limits
