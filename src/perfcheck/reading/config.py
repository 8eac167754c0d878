"""Configuration: `[tool.perfcheck]` in pyproject.toml or a `.perfcheck.yaml`, found by searching
upwards from the working folder. Command-line flags override it; every effective value knows
where it came from (`perfcheck config` prints them)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from perfcheck.codes import CODES
from perfcheck.reading.limits import CEILINGS, DEFAULTS
from perfcheck.text.catalogue import LANGUAGES, Lang

if TYPE_CHECKING:
    from perfcheck.reading.source import Source

PYPROJECT = "pyproject.toml"
DOTFILE = ".perfcheck.yaml"
DEFAULT = "default"


class LimitSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    max_bytes: int = Field(
        DEFAULTS.max_bytes, ge=1, le=CEILINGS.max_bytes, description="文件大小上限（字节）"
    )
    max_line_chars: int = Field(
        DEFAULTS.max_line_chars,
        ge=1,
        le=CEILINGS.max_line_chars,
        description="单行长度上限（字符）",
    )
    max_depth: int = Field(
        DEFAULTS.max_depth, ge=2, le=CEILINGS.max_depth, description="嵌套深度上限"
    )
    max_nodes: int = Field(
        DEFAULTS.max_nodes, ge=10, le=CEILINGS.max_nodes, description="YAML 节点数上限"
    )
    max_indicators: int = Field(
        DEFAULTS.max_indicators,
        ge=1,
        le=CEILINGS.max_indicators,
        description="每个目标表的指标数上限",
    )
    max_files: int = Field(
        DEFAULTS.max_files, ge=1, le=CEILINGS.max_files, description="一次检查的文件数上限"
    )
    max_table_bytes: int = Field(
        DEFAULTS.max_table_bytes,
        ge=1,
        le=CEILINGS.max_table_bytes,
        description="导入的表格文件大小上限（字节）",
    )
    max_table_unzipped_bytes: int = Field(
        DEFAULTS.max_table_unzipped_bytes,
        ge=1,
        le=CEILINGS.max_table_unzipped_bytes,
        description="xlsx、ods、docx 解压后的大小上限（字节）",
    )
    max_table_cells: int = Field(
        DEFAULTS.max_table_cells,
        ge=1,
        le=CEILINGS.max_table_cells,
        description="一个表格文件的单元格数上限",
    )


class Settings(BaseModel):
    """What a project may set once instead of on every command line."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    paths: list[str] = Field(
        default_factory=lambda: ["targets/", "actuals/"],
        description="validate 的默认路径 / default paths of validate",
    )
    format: Literal["human", "concise", "json", "github", "sarif", "junit"] | None = Field(
        None, description="validate 的输出格式 / output format"
    )
    lang: Lang = Field("zh", description="输出语言 / language")
    strict: bool = Field(False, description="警告也视为问题 / warnings fail too")
    color: Literal["auto", "always", "never"] = Field("auto", description="颜色 / colour")
    ignore: list[str] = Field(default=[], description="忽略的警告代码 / warning codes to ignore")
    limits: LimitSettings = Field(default_factory=LimitSettings.model_construct)
    profile: str | None = Field(
        None,
        description="未写 rules.profile 的目标表所用的评分规则方案 / rules profile of a target "
        "file that names none",
    )
    profiles: dict[str, dict[str, Any]] = Field(
        default={},
        description="本省（本单位）的评分规则方案，键同目标表的 rules: / named rule sets, with "
        "the keys of a target file's rules:",
    )

    @field_validator("profiles")
    @classmethod
    def _valid_profiles(cls, profiles: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        from perfcheck.model.rules import BUILTIN_PROFILES, Rules

        for name, settings in profiles.items():
            if name in BUILTIN_PROFILES:
                raise ValueError(f"{name} is built in; give your profile another name")
            if "profile" in settings:
                raise ValueError(f"{name}: a profile cannot select another profile")
            try:
                Rules.model_validate(settings)
            except ValidationError as error:
                first = error.errors(include_url=False)[0]
                where = ".".join(str(part) for part in (name, *first["loc"]))
                raise ValueError(f"{where}: {first['msg']}") from None
        return profiles

    @model_validator(mode="after")
    def _known_profile(self) -> Settings:
        from perfcheck.model.rules import known_profiles

        if self.profile is not None and self.profile not in known_profiles(self.profiles):
            raise ValueError(f"profile {self.profile} is neither built in nor under profiles")
        return self

    @field_validator("ignore")
    @classmethod
    def _warnings_only(cls, codes: list[str]) -> list[str]:
        for code in codes:
            if code not in CODES:
                raise ValueError(f"unknown code {code}")
            if not code.startswith("W"):
                raise ValueError(f"{code} is an error; only warnings (W…) can be ignored")
        return codes


def defaults() -> Settings:
    """The settings when no configuration file is found. The defaults are valid by definition;
    validating them would build the settings' validator on every start."""
    return Settings.model_construct()


class Effective(NamedTuple):
    """The settings in force, and where each came from."""

    settings: Settings
    origins: Mapping[str, str] = {}  # shared by those without, never written to
    file: Path | None = None

    def origin(self, key: str) -> str:
        return self.origins.get(key, DEFAULT)

    def overridden(self, key: str, value: Any, flag: str) -> Effective:
        """The same, with a command-line flag's value (None: the flag was not given)."""
        if value is None:
            return self
        settings = self.settings.model_copy(update={key: value})
        return Effective(settings, {**self.origins, key: flag}, self.file)


class ConfigError(Exception):
    """A configuration file that cannot be used: where, and what is wrong."""


def find(start: Path) -> Path | None:
    """The nearest `.perfcheck.yaml`, or pyproject.toml with `[tool.perfcheck]`, upwards."""
    for folder in (start, *start.parents):
        dotfile = folder / DOTFILE
        pyproject = folder / PYPROJECT
        configures = pyproject.is_file() and _tool_table(pyproject) is not None
        if dotfile.is_file() and configures:  # neither may silently win over the other
            raise ConfigError(
                f"{dotfile} and {pyproject} [tool.perfcheck] both configure perfcheck; "
                "keep one of them"
            )
        if dotfile.is_file():
            return dotfile
        if configures:
            return pyproject
    return None


# How TOML can name tool.perfcheck: a [tool.perfcheck…] header or a dotted key at the top
# level, either name bare or quoted. A bare [tool] table or `tool = {…}` may hold it as well.
_TOOL = r"""(?:tool|"tool"|'tool')"""
_PERFCHECK = r"""(?:perfcheck|"perfcheck"|'perfcheck')(?=[ \t]*[.\]=])"""
_NAMES_PERFCHECK = re.compile(rf"^[ \t]*\[?[ \t]*{_TOOL}[ \t]*\.[ \t]*{_PERFCHECK}", re.MULTILINE)
_MAY_CONFIGURE = re.compile(
    rf"{_NAMES_PERFCHECK.pattern}|^[ \t]*(?:\[[ \t]*{_TOOL}[ \t]*\]|{_TOOL}[ \t]*=)",
    re.MULTILINE,
)


# A key or header that may put a table under tool.perfcheck, beyond _NAMES_PERFCHECK's:
# `perfcheck = {…}` inside a [tool] table or `tool = {…}`.
_MENTIONS_PERFCHECK = re.compile(
    rf"{_NAMES_PERFCHECK.pattern}|(?:^|[{{,])[ \t]*{_PERFCHECK}", re.MULTILINE
)


def _tool_table(path: Path) -> dict[str, Any] | None:
    """`[tool.perfcheck]` of a pyproject.toml. A file that may hold it but cannot be read (not
    UTF-8, not TOML, nested too deeply) is an error; another tool's broken file is passed over,
    so that it does not break every run in the folders below it."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    try:
        text = raw.decode("utf-8-sig")  # an editor's byte-order mark is no text
    except UnicodeDecodeError as error:
        if _MENTIONS_PERFCHECK.search(raw.decode("latin-1")):
            raise ConfigError(
                f"{path}: not UTF-8 (byte {error.start + 1}); TOML files are UTF-8"
            ) from None
        return None
    if not _MAY_CONFIGURE.search(text):
        return None  # most pyproject.toml files: no need to parse them
    import tomllib

    try:
        document = tomllib.loads(text)
    except (ValueError, RecursionError) as error:  # ValueError: TOMLDecodeError, or a number
        # tomllib will not convert (more than 4,300 digits)
        if _MENTIONS_PERFCHECK.search(text):  # meant for perfcheck: never ignored in silence
            reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
            raise ConfigError(f"{path}: {reason}") from None
        return None
    tool = document.get("tool")
    table = tool.get("perfcheck") if isinstance(tool, dict) else None
    return table if isinstance(table, dict) else None


def load(start: Path) -> Effective:
    """The settings for a run started in `start`; raises ConfigError for a broken file."""
    path = find(start)
    if path is None:
        return Effective(defaults())
    raw, source = _read(path)
    try:
        settings = Settings.model_validate(raw)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        if first["type"] == "extra_forbidden":
            raise ConfigError(_unknown_key(path, raw, first["loc"], source)) from None
        loc = ".".join(map(str, first["loc"]))
        where = f"{loc}: " if loc else ""  # a check of the whole configuration names no key
        message = str(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{path}: {where}{message}") from None
    if "paths" in raw and path.parent != start:
        settings = settings.model_copy(update={"paths": _from_folder(settings.paths, path, start)})
    label = f"{path}" if path.name == DOTFILE else f"{path} [tool.perfcheck]"
    origins = dict.fromkeys(raw, label)
    return Effective(settings, origins, path)


def _from_folder(paths: list[str], config: Path, start: Path) -> list[str]:
    """The configured paths, written relative to the configuration file's folder, as seen from
    the folder the run started in (a trailing `/` kept: it marks a folder)."""
    import os

    def moved(path: str) -> str:
        if Path(path).is_absolute():
            return path
        seen = os.path.relpath(config.parent / path, start)
        return seen + "/" if path.endswith(("/", "\\")) and not seen.endswith("/") else seen

    return [moved(path) for path in paths]


def _read(path: Path) -> tuple[dict[str, Any], Source | None]:
    """The settings as written, and for a `.perfcheck.yaml` where each stands."""
    if path.name == PYPROJECT:
        return _tool_table(path) or {}, None
    from perfcheck.reading.source import read_source

    source = read_source(path, limits=DEFAULTS)
    if source.diagnostics:
        raise ConfigError(source.diagnostics[0].concise("en"))
    if source.data is None:
        return {}, source
    if not isinstance(source.data, dict):
        raise ConfigError(f"{path}: a mapping of settings is expected")
    return source.data, source


def _unknown_key(
    path: Path, raw: dict[str, Any], loc: tuple[str | int, ...], source: Source | None
) -> str:
    """`file:line:col: S002 …` in the language the file asks for (the default when it asks
    for none it can have): a misspelt key is the commonest slip, and the catalogue says it."""
    from perfcheck.reading.source import resolve_loc, unknown_key_args

    args = unknown_key_args(Settings, loc)
    asked = raw.get("lang")
    lang = next((known for known in LANGUAGES if known == asked), LANGUAGES[0])
    if source is not None:
        line, col = source.positions.locate(resolve_loc(raw, loc), at_key=True)
    else:
        line, col = _toml_key_line(path, str(loc[-1])), 1
    where = f"{path}:{line}:{col}" if line else str(path)
    return f"{where}: S002 {CODES['S002'].render(lang, args)}"


def _toml_key_line(path: Path, key: str) -> int:
    """The first line of a pyproject.toml that sets `key` (0: none found; TOML gives no
    positions)."""
    pattern = re.compile(rf"""^[ \t]*(?:["']?{re.escape(key)}["']?)[ \t]*=""")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return next((n for n, line in enumerate(lines, start=1) if pattern.match(line)), 0)
