"""What a run is told: the encoding, limits, waved warnings and rules profiles."""

from collections.abc import Mapping
from typing import Any, NamedTuple

from perfcheck.reading.limits import DEFAULTS, Limits

NO_PROFILES: Mapping[str, Mapping[str, Any]] = {}  # shared, never written to


class Options(NamedTuple):
    encoding: str | None = None
    limits: Limits = DEFAULTS
    ignore: frozenset[str] = frozenset()  # warning codes the project ignores
    profile: str | None = None  # the rules profile of a file that names none
    profiles: Mapping[str, Mapping[str, Any]] = NO_PROFILES  # the project's own

    @property
    def rules_context(self) -> dict[str, Any]:
        """What the rules' validation needs to resolve `rules: {profile: …}`."""
        context: dict[str, Any] = {"profiles": self.profiles}
        if self.profile is not None:
            context["profile"] = self.profile
        return context
