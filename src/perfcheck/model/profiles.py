"""Rules profiles (评分规则方案): named sets of rule settings a target file selects with
`rules: {profile: NAME}`; the national one is built in, a project adds its province's own."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

NATIONAL = "national"  # 全国默认: 财办预〔2016〕123号, 财预〔2020〕10号
# Named rule sets (评分规则方案) a target file selects with `rules: {profile: NAME}`; a project
# adds its province's own under `profiles` in its configuration.
BUILTIN_PROFILES: dict[str, Mapping[str, Any]] = {NATIONAL: {}}
MERGED_BY_KEY = ("bands", "lights")  # a file's partial bands: or lights: keeps the rest


def defined_profiles(context: Any) -> Mapping[str, Mapping[str, Any]]:
    """The profiles the project's configuration defines, from a validation context."""
    return context.get("profiles", {}) if isinstance(context, Mapping) else {}


def profiles_in(context: Any) -> dict[str, Mapping[str, Any]]:
    """The built-in profiles and those the project's configuration defines."""
    return {**BUILTIN_PROFILES, **defined_profiles(context)}


def known_profiles(defined: Mapping[str, Any]) -> list[str]:
    """The profile names a file, the configuration or --profile may select: the built-in ones,
    then those the configuration defines. A name outside them is S016."""
    return list({**BUILTIN_PROFILES, **defined})


def with_profile(data: Mapping[str, Any], profile: Mapping[str, Any]) -> dict[str, Any]:
    """The profile's settings under the file's own: a key the file gives replaces the profile's."""
    merged = {**profile, **data}
    for key in MERGED_BY_KEY:
        inner, outer = profile.get(key), data.get(key)
        if isinstance(inner, Mapping) and isinstance(outer, Mapping):
            merged[key] = {**inner, **outer}
    return merged
