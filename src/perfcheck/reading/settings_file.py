"""What a `.perfcheck.yaml` or a `[tool.perfcheck]` table may say, validated. Imported only when
a configuration file is found: a run without one takes reading.config's defaults and builds no
model (pydantic collects a model's fields when its class is made, validator or not)."""

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from perfcheck.codes import CODES
from perfcheck.diagnostics import Finding
from perfcheck.reading.config import PROFILES, ColorName, FormatName, Settings
from perfcheck.reading.limits import CEILINGS, DEFAULTS, Limits
from perfcheck.text import Phrase
from perfcheck.text.catalogue import Lang


def _limit(name: str, description: str, least: int = 1) -> Any:
    """The setting of the limit `name`: its default and its ceiling as reading.limits names
    them, and at least `least`."""
    return Field(
        getattr(DEFAULTS, name), ge=least, le=getattr(CEILINGS, name), description=description
    )


class LimitSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    max_bytes: int = _limit("max_bytes", "文件大小上限（字节）")
    max_line_chars: int = _limit("max_line_chars", "单行长度上限（字符）")
    max_depth: int = _limit("max_depth", "嵌套深度上限", least=2)
    max_nodes: int = _limit("max_nodes", "YAML 节点数上限", least=10)
    max_indicators: int = _limit("max_indicators", "每个目标表的指标数上限")
    max_files: int = _limit("max_files", "一次检查的文件数上限")
    max_table_bytes: int = _limit("max_table_bytes", "导入的表格文件大小上限（字节）")
    max_table_unzipped_bytes: int = _limit(
        "max_table_unzipped_bytes", "xlsx、ods、docx 解压后的大小上限（字节）"
    )
    max_table_cells: int = _limit("max_table_cells", "一个表格文件的单元格数上限")


def _refused(detail: str, **args: object) -> PydanticCustomError:
    """S005 with the catalogue's sentence for what is wrong with a setting."""
    return PydanticCustomError("S005", "invalid setting", {"detail": Phrase(detail, args)})


def _a_warning(code: str) -> str:
    if code not in CODES:
        raise _refused("detail.unknown_code", code=code)
    if not code.startswith("W"):
        raise _refused("detail.not_a_warning", code=code)
    return code


# The defaults are the settings in force without a file: reading.config.Settings's.
_DEFAULT = Settings()


class SettingsFile(BaseModel):
    """What a project may set once instead of on every command line, as its file writes it
    (reading.config.Settings: the same once read, with the same defaults)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    paths: list[str] = Field(
        default_factory=lambda: list(_DEFAULT.paths),
        description="validate 的默认路径 / default paths of validate",
    )
    format: FormatName | None = Field(
        _DEFAULT.format, description="validate 的输出格式 / output format"
    )
    lang: Lang = Field(_DEFAULT.lang, description="输出语言 / language")
    strict: bool = Field(_DEFAULT.strict, description="警告也视为问题 / warnings fail too")
    color: ColorName = Field(_DEFAULT.color, description="颜色 / colour")
    ignore: list[Annotated[str, AfterValidator(_a_warning)]] = Field(
        default_factory=lambda: list(_DEFAULT.ignore),
        description="忽略的警告代码 / warning codes to ignore",
    )
    limits: LimitSettings = Field(default_factory=LimitSettings.model_construct)
    profile: str | None = Field(
        _DEFAULT.profile,
        description="未写 rules.profile 的目标表所用的评分规则方案 / rules profile of a target "
        "file that names none",
    )
    profiles: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="本省（本单位）的评分规则方案，键同目标表的 rules: / named rule sets, with "
        "the keys of a target file's rules:",
    )

    @field_validator("profiles")
    @classmethod
    def _valid_profiles(cls, profiles: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        if profile_findings(profiles):
            raise PydanticCustomError(PROFILES, "invalid profiles")
        return profiles

    @model_validator(mode="after")
    def _known_profile(self) -> "SettingsFile":
        from perfcheck.model.profiles import known_profiles

        known = known_profiles(self.profiles)
        if self.profile is not None and self.profile not in known:
            raise PydanticCustomError(
                "S016", "unknown rules profile", {"profile": self.profile, "known": known}
            )
        return self

    def in_force(self) -> Settings:
        """The settings the file gives, as a run uses them."""
        read = {name: getattr(self, name) for name in Settings._fields}
        return Settings(**{**read, "limits": Limits(**dict(self.limits))})


def profile_findings(profiles: Mapping[str, Any]) -> list[Finding]:
    """What is wrong with each profile, at the key or value it is about: a built-in name, a
    profile selecting another, and every rule setting `rules:` would refuse."""
    from perfcheck.model.profiles import BUILTIN_PROFILES
    from perfcheck.model.rules import Rules
    from perfcheck.reading.source import findings_of

    found = []
    for name, settings in profiles.items():
        at = (PROFILES, name)
        if name in BUILTIN_PROFILES:
            detail = Phrase("detail.builtin_profile", {"name": name})
            found.append(Finding("S005", at, {"detail": detail}, at_key=True))
        elif isinstance(settings, dict) and "profile" in settings:
            detail = Phrase("detail.profile_in_profile", {"name": name})
            found.append(Finding("S005", (*at, "profile"), {"detail": detail}, at_key=True))
        elif isinstance(settings, dict):
            try:
                Rules.model_validate(settings)
            except ValidationError as error:
                from perfcheck.reading.source import Source

                errors = error.errors(include_url=False)
                found += findings_of(Source("", data={PROFILES: profiles}), errors, Rules, at)
    return found
