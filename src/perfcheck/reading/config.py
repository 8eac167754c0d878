"""Configuration: `[tool.perfcheck]` in pyproject.toml or a `.perfcheck.yaml`, found by searching
upwards from the working folder. Command-line flags override it; every effective value knows
where it came from (`perfcheck config` prints them)."""

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from perfcheck.diagnostics import Diagnostic, Finding
from perfcheck.reading.limits import DEFAULTS, Limits
from perfcheck.text import Phrase, say
from perfcheck.text.catalogue import LANGUAGES, Lang

if TYPE_CHECKING:
    from pydantic import ValidationError

    from perfcheck.reading.source import Source

PYPROJECT = "pyproject.toml"
DOTFILE = ".perfcheck.yaml"
DEFAULT = "default"


FormatName = Literal["human", "concise", "json", "github", "sarif", "junit"]
ColorName = Literal["auto", "always", "never"]

# A profile's own problems are found by settings_file.profile_findings, each at its place in
# the file.
PROFILES = "profiles"


class Settings(NamedTuple):
    """What a project may set once instead of on every command line, in force for a run. A file
    that sets any is validated by reading.settings_file.SettingsFile, whose defaults these are.
    The default lists and mappings are shared by every record that has them: never written to."""

    paths: Sequence[str] = ["targets/", "actuals/"]  # validate's, when it is given none
    format: FormatName | None = None  # validate's output format
    lang: Lang = "zh"
    strict: bool = False  # warnings fail too
    color: ColorName = "auto"
    ignore: Sequence[str] = []  # warning codes
    limits: Limits = DEFAULTS
    profile: str | None = None  # the rules profile of a target file that names none
    profiles: Mapping[str, Mapping[str, Any]] = {}  # the project's own rule sets, by name

    def dumped(self) -> dict[str, Any]:
        """Each setting by name, the limits a mapping of their own (as `perfcheck config`
        prints them)."""
        return {**self._asdict(), "limits": self.limits._asdict()}


def defaults() -> Settings:
    """The settings when no configuration file is found."""
    return Settings()


class Effective(NamedTuple):
    """The settings in force, and where each came from."""

    settings: Settings
    origins: Mapping[str, str] = {}  # shared by those without, never written to
    file: Path | None = None

    def origin(self, key: str) -> str:
        return self.origins.get(key, DEFAULT)

    def overridden(self, key: str, value: Any, flag: str) -> "Effective":
        """The same, with a command-line flag's value (None: the flag was not given)."""
        if value is None:
            return self
        settings = self.settings._replace(**{key: value})
        return Effective(settings, {**self.origins, key: flag}, self.file)


class ConfigError(Exception):
    """A configuration file that cannot be used: where, and what is wrong — every problem of
    the file, located, rendered in the run's language when it is known (else the language the
    file asks for)."""

    def __init__(
        self,
        problems: Sequence[Diagnostic] = (),
        lang: Lang | None = None,
        *,
        sentence: Phrase | None = None,
    ) -> None:
        self.problems = sorted(problems, key=Diagnostic.sort_key)
        self.sentence = sentence  # what is wrong when it is no one file's problem
        self.lang: Lang = lang or LANGUAGES[0]
        super().__init__(self.lines()[0])

    def lines(self, lang: Lang | None = None) -> list[str]:
        if self.sentence is not None:
            return [say(self.sentence.key, lang or self.lang, self.sentence.args)]
        return list(dict.fromkeys(d.concise(lang or self.lang) for d in self.problems))


def find(start: Path) -> Path | None:
    """The nearest `.perfcheck.yaml`, or pyproject.toml with `[tool.perfcheck]`, upwards."""
    for folder in (start, *start.parents):
        dotfile = folder / DOTFILE
        pyproject = folder / PYPROJECT
        configures = pyproject.is_file() and _tool_table(pyproject) is not None
        if dotfile.exists() and not dotfile.is_file():  # a folder of that name is no setting
            reason = Phrase("reason.a_folder" if dotfile.is_dir() else "reason.not_a_regular_file")
            raise ConfigError(problems=[Diagnostic(str(dotfile), 0, 0, "F001", {"reason": reason})])
        if dotfile.is_file() and configures:  # neither may silently win over the other
            both = {"dotfile": str(dotfile), "pyproject": str(pyproject)}
            raise ConfigError(sentence=Phrase("config.both", both))
        if dotfile.is_file():
            return dotfile
        if configures:
            return pyproject
    return None


# How TOML can name tool.perfcheck: a [tool.perfcheck…] header or a dotted key at the top
# level, either name bare or quoted. A bare [tool] table or `tool = {…}` may hold it as well.
# The patterns are compiled when a pyproject.toml is first seen (the re module keeps them), not
# at every start: most runs see none.
_TOOL = r"""(?:tool|"tool"|'tool')"""
_PERFCHECK = r"""(?:perfcheck|"perfcheck"|'perfcheck')(?=[ \t]*[.\]=])"""
_NAMES_PERFCHECK = rf"^[ \t]*\[?[ \t]*{_TOOL}[ \t]*\.[ \t]*{_PERFCHECK}"
_MAY_CONFIGURE = rf"{_NAMES_PERFCHECK}|^[ \t]*(?:\[[ \t]*{_TOOL}[ \t]*\]|{_TOOL}[ \t]*=)"

# A key or header that may put a table under tool.perfcheck, beyond _NAMES_PERFCHECK's:
# `perfcheck = {…}` inside a [tool] table or `tool = {…}`.
_MENTIONS_PERFCHECK = rf"{_NAMES_PERFCHECK}|(?:^|[{{,])[ \t]*{_PERFCHECK}"


def _tool_table(path: Path) -> dict[str, Any] | None:
    """`[tool.perfcheck]` of a pyproject.toml. A file that may hold it but cannot be read (not
    UTF-8, not TOML, nested too deeply) is an error; another tool's broken file is passed over,
    so that it does not break every run in the folders below it."""
    raw = _bounded(path)
    if raw is None:
        return None
    try:
        text = raw.decode("utf-8-sig")  # an editor's byte-order mark is no text
    except UnicodeDecodeError as error:
        if re.search(_MENTIONS_PERFCHECK, raw.decode("latin-1"), re.MULTILINE):
            from perfcheck.reading.source import not_utf8

            raise ConfigError([not_utf8(raw, error.start, str(path), option=False)]) from None
        return None
    if not re.search(_MAY_CONFIGURE, text, re.MULTILINE):
        return None  # most pyproject.toml files: no need to parse them
    import tomllib

    try:
        document = tomllib.loads(text)
    except (ValueError, RecursionError) as error:  # ValueError: TOMLDecodeError, or a number
        # tomllib will not convert (more than 4,300 digits); one meant for perfcheck is never
        # ignored in silence
        if re.search(_MENTIONS_PERFCHECK, text, re.MULTILINE):
            raise ConfigError([_not_toml(path, error)]) from None
        return None
    tool = document.get("tool")
    table = tool.get("perfcheck") if isinstance(tool, dict) else None
    return table if isinstance(table, dict) else None


def _bounded(path: Path) -> bytes | None:
    """A pyproject.toml's bytes, never more than `.perfcheck.yaml` may have (the default
    max_bytes: the limits are not known before the configuration is read); a larger one is F003
    whoever it belongs to, since it cannot be known not to configure perfcheck unread."""
    limit = DEFAULTS.max_bytes
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            raw = handle.read(limit + 1) if size <= limit else b""
    except OSError:
        return None
    if size > limit or len(raw) > limit:  # too large, or grew while being read
        args = {"size": max(size, len(raw)), "limit": limit}
        raise ConfigError([Diagnostic(str(path), 0, 0, "F003", args)])
    return raw


# tomllib's messages end with where they are: "Invalid value (at line 2, column 8)" (compiled
# when a pyproject.toml meant for perfcheck is not TOML; the re module keeps it)
_TOML_AT = r"\s*\(at line (\d+), column (\d+)\)$|\s*\(at end of document\)$"


def _not_toml(path: Path, error: ValueError | RecursionError) -> Diagnostic:
    """F001 for a pyproject.toml meant for perfcheck that tomllib cannot read, at the place
    tomllib names (a file nested too deeply has none)."""
    if isinstance(error, RecursionError):
        return Diagnostic(str(path), 0, 0, "F001", {"reason": Phrase("reason.toml_too_deep")})
    problem = str(error)
    at = re.search(_TOML_AT, problem)
    line, col = (int(at[1]), int(at[2])) if at and at[1] else (0, 0)
    problem = problem[: at.start()] if at else problem
    reason = Phrase("reason.not_toml", {"problem": problem})
    return Diagnostic(str(path), line, col, "F001", {"reason": reason})


def load(start: Path) -> Effective:
    """The settings for a run started in `start`; raises ConfigError for a broken file."""
    path = find(start)
    if path is None:
        return Effective(defaults())
    from pydantic import ValidationError

    from perfcheck.reading.settings_file import SettingsFile

    raw, source = _read(path)
    try:
        settings = SettingsFile.model_validate(raw).in_force()
    except ValidationError as error:
        located = _located(path, raw, source, error)
        problems = [*located, *_in_another_base(source, located)]
        raise ConfigError(problems=problems, lang=_asked(raw)) from None
    if in_another_base := _in_another_base(source):  # `max_files: 0x10` is no silent 16
        raise ConfigError(problems=in_another_base, lang=_asked(raw))
    if "paths" in raw and path.parent != start:
        settings = settings._replace(paths=_from_folder(settings.paths, path, start))
    label = f"{path}" if path.name == DOTFILE else f"{path} [tool.perfcheck]"
    origins = dict.fromkeys(raw, label)
    return Effective(settings, origins, path)


def _in_another_base(source: "Source", reported: Sequence[Diagnostic] = ()) -> list[Diagnostic]:
    """Y011 for the numbers of a `.perfcheck.yaml` written in another base, as a target file's
    are refused (TOML's own `0x10` is meant: a pyproject.toml's table has no YAML positions)."""
    from perfcheck.reading.source import yaml11_numbers

    return yaml11_numbers(source, reported)


def _from_folder(paths: Sequence[str], config: Path, start: Path) -> list[str]:
    """The configured paths, written relative to the configuration file's folder, as seen from
    the folder the run started in (a trailing `/` kept: it marks a folder)."""
    import os

    def moved(path: str) -> str:
        if Path(path).is_absolute():
            return path
        seen = os.path.relpath(config.parent / path, start)
        return seen + "/" if path.endswith(("/", "\\")) and not seen.endswith("/") else seen

    return [moved(path) for path in paths]


def _read(path: Path) -> "tuple[dict[str, Any], Source]":
    """The settings as written, and where each stands (a pyproject.toml's table has no
    positions: see _toml_located)."""
    from perfcheck.reading.source import Source, read_source

    if path.name == PYPROJECT:
        table = _tool_table(path) or {}
        return table, Source(str(path), data=table)
    source = read_source(path, limits=DEFAULTS)
    if source.diagnostics:  # not YAML that can be read: all that is wrong with it
        raise ConfigError(problems=source.diagnostics)
    if source.data is None:
        return {}, source
    if not isinstance(source.data, dict):
        raise ConfigError(
            problems=[Diagnostic(str(path), 1, 1, "S003", _not_a_mapping(source.data))]
        )
    return source.data, source


def _not_a_mapping(data: Any) -> dict[str, object]:
    from perfcheck.reading.yaml_scalars import kind_of_value

    return {"expected": Phrase("expected.mapping"), "actual": kind_of_value(data)}


def _asked(raw: Mapping[str, Any]) -> Lang:
    """The language the file asks for, when it asks for one it can have."""
    asked = raw.get("lang")
    return next((known for known in LANGUAGES if known == asked), LANGUAGES[0])


def _located(
    path: Path, raw: dict[str, Any], source: "Source", error: "ValidationError"
) -> list[Diagnostic]:
    """Every problem of the settings, each at the key or value it is about."""
    from perfcheck.reading.settings_file import SettingsFile, profile_findings
    from perfcheck.reading.source import findings_of

    errors = [e for e in error.errors(include_url=False) if e["type"] != PROFILES]
    found = findings_of(source, errors, SettingsFile)
    found = [f._replace(path=("profile",)) if f.code == "S016" else f for f in found]
    profiles = raw.get(PROFILES)
    if isinstance(profiles, dict):
        found += profile_findings(profiles)
    if path.name == PYPROJECT:
        return [_toml_located(path, f, source) for f in found]
    return [source.diagnostic(f) for f in found]


def _toml_located(path: Path, finding: Finding, source: "Source") -> Diagnostic:
    """TOML gives no positions: the first line setting the finding's last key (or the file)."""
    where = source.diagnostic(finding)
    keys = [part for part in finding.path if isinstance(part, str)]
    line = _toml_key_line(path, keys[-1]) if keys else 0
    return where._replace(line=line, col=1 if line else 0)


def _toml_key_line(path: Path, key: str) -> int:
    """The first line of a pyproject.toml that sets `key` (0: none found; TOML gives no
    positions)."""
    pattern = re.compile(rf"""^[ \t]*(?:["']?{re.escape(key)}["']?)[ \t]*=""")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return next((n for n, line in enumerate(lines, start=1) if pattern.match(line)), 0)
