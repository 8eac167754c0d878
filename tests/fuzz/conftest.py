"""Hypothesis profiles of the hostile-input suite.

- `ci` (the default): a fixed, derandomised example budget, so every run — and CI — tries the
  same examples and the whole suite stays well under a minute.
- `deep`: many more, random examples, for a search on demand:

      HYPOTHESIS_PROFILE=deep CI=1 .venv/bin/python -m pytest tests/fuzz -q

The profile applies to the tests of this folder only (through `FUZZ_SETTINGS`), not to the
property tests elsewhere in the suite, which keep Hypothesis's own defaults.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,  # the time bound is asserted by the tests themselves, per example
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=_SLOW_IS_FINE,
)
settings.register_profile(
    "deep",
    max_examples=3000,
    deadline=None,
    derandomize=False,
    print_blob=True,
    suppress_health_check=_SLOW_IS_FINE,
)

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
FUZZ_SETTINGS = settings.get_profile(PROFILE if PROFILE in ("ci", "deep") else "ci")


DEEP_FACTOR = 50


def examples(ci: int) -> settings:
    """The active profile with `ci` examples in the normal run, and DEEP_FACTOR times as many
    under the deep profile."""
    if PROFILE == "deep":
        return settings(FUZZ_SETTINGS, max_examples=ci * DEEP_FACTOR)
    return settings(FUZZ_SETTINGS, max_examples=ci)
