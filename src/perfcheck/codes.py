"""The diagnostic codes: stable identifiers, each a typed constant with its severity, its group
and the modules whose checks raise it. A code never changes meaning once published.

Groups: F file and input limits, Y YAML syntax and strictness, S schema, D domain errors,
T tables that cannot be recognised, A printed figures an audit does not reproduce, W warnings
(the only codes that are not errors). A code's title, message and help are texts of the
catalogue (`perfcheck/text/catalogue.py`, keys `CODE.title`, `CODE.message`, `CODE.help`).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfcheck.diagnostics import Lang

GROUP_ORDER = "FYSDTAW"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Code(StrEnum):
    F001 = "F001"
    F002 = "F002"
    F003 = "F003"
    F004 = "F004"
    F005 = "F005"
    F006 = "F006"
    F007 = "F007"
    F008 = "F008"
    F009 = "F009"
    F010 = "F010"
    F011 = "F011"
    F012 = "F012"
    F013 = "F013"
    F014 = "F014"
    F015 = "F015"
    F016 = "F016"
    F017 = "F017"
    F020 = "F020"
    F021 = "F021"
    F022 = "F022"
    F023 = "F023"
    F024 = "F024"
    F025 = "F025"
    F026 = "F026"
    F027 = "F027"
    Y001 = "Y001"
    Y002 = "Y002"
    Y003 = "Y003"
    Y004 = "Y004"
    Y005 = "Y005"
    Y006 = "Y006"
    Y007 = "Y007"
    Y008 = "Y008"
    Y009 = "Y009"
    Y010 = "Y010"
    Y011 = "Y011"
    Y012 = "Y012"
    S001 = "S001"
    S002 = "S002"
    S003 = "S003"
    S004 = "S004"
    S005 = "S005"
    S010 = "S010"
    S011 = "S011"
    S012 = "S012"
    S013 = "S013"
    S014 = "S014"
    S015 = "S015"
    S016 = "S016"
    S020 = "S020"
    D001 = "D001"
    D002 = "D002"
    D003 = "D003"
    D004 = "D004"
    D005 = "D005"
    D006 = "D006"
    D007 = "D007"
    D008 = "D008"
    D009 = "D009"
    D010 = "D010"
    D011 = "D011"
    D012 = "D012"
    D013 = "D013"
    D020 = "D020"
    D021 = "D021"
    D022 = "D022"
    D023 = "D023"
    D024 = "D024"
    D025 = "D025"
    D026 = "D026"
    D027 = "D027"
    D028 = "D028"
    D029 = "D029"
    D030 = "D030"
    D031 = "D031"
    D032 = "D032"
    D033 = "D033"
    D034 = "D034"
    D035 = "D035"
    D036 = "D036"
    D037 = "D037"
    D038 = "D038"
    D040 = "D040"
    D041 = "D041"
    D042 = "D042"
    D043 = "D043"
    D044 = "D044"
    D045 = "D045"
    D046 = "D046"
    T001 = "T001"
    T002 = "T002"
    T003 = "T003"
    T004 = "T004"
    T005 = "T005"
    T006 = "T006"
    T007 = "T007"
    A001 = "A001"
    A002 = "A002"
    A003 = "A003"
    A004 = "A004"
    A005 = "A005"
    A006 = "A006"
    A007 = "A007"
    A008 = "A008"
    A009 = "A009"
    A010 = "A010"
    A011 = "A011"
    A012 = "A012"
    A013 = "A013"
    W001 = "W001"
    W002 = "W002"
    W003 = "W003"
    W004 = "W004"
    W005 = "W005"
    W006 = "W006"
    W007 = "W007"
    W010 = "W010"
    W011 = "W011"
    W012 = "W012"
    W013 = "W013"
    W014 = "W014"
    W015 = "W015"
    W040 = "W040"
    W050 = "W050"
    W051 = "W051"
    W052 = "W052"
    W053 = "W053"

    @property
    def severity(self) -> Severity:
        return Severity.WARNING if self.startswith("W") else Severity.ERROR

    @property
    def raised_by(self) -> tuple[str, ...]:
        """The modules whose checks raise it."""
        return RAISED_BY[self]

    def title_in(self, lang: Lang) -> str:
        from perfcheck.text import say

        return say(f"{self}.title", lang)

    def help_in(self, lang: Lang) -> str:
        from perfcheck.text import say

        return say(f"{self}.help", lang)

    def group_in(self, lang: Lang) -> str:
        from perfcheck.text import say

        return say(f"group.{self[0]}", lang)

    def render(self, lang: Lang, args: Mapping[str, object]) -> str:
        """The message, its arguments in place."""
        from perfcheck.text import say

        return say(f"{self}.message", lang, args)


RAISED_BY: dict[Code, tuple[str, ...]] = {
    Code.F001: (
        "perfcheck.reading.config",
        "perfcheck.reading.source",
        "perfcheck.reading.tables.read",
    ),
    Code.F002: ("perfcheck.reading.source",),
    Code.F003: (
        "perfcheck.reading.config",
        "perfcheck.reading.source",
        "perfcheck.reading.tables.read",
    ),
    Code.F004: ("perfcheck.reading.yaml_reader",),
    Code.F005: ("perfcheck.reading.yaml_reader",),
    Code.F006: ("perfcheck.run.audit", "perfcheck.run.portfolio", "perfcheck.run.validate"),
    Code.F007: ("perfcheck.reading.source",),
    Code.F008: ("perfcheck.reading.source",),
    Code.F009: ("perfcheck.reading.source",),
    Code.F010: ("perfcheck.run.load",),
    Code.F011: ("perfcheck.run.load",),
    Code.F012: ("perfcheck.commands.import_table", "perfcheck.reports.writing"),
    Code.F013: ("perfcheck.reports.writing", "perfcheck.reports.portfolio.database"),
    Code.F014: (
        "perfcheck.commands.import_table",
        "perfcheck.reports.writing",
        "perfcheck.reports.portfolio.database",
    ),
    Code.F015: ("perfcheck.run.load",),
    Code.F016: ("perfcheck.commands.session",),
    Code.F017: ("perfcheck.run.load",),
    Code.F020: (
        "perfcheck.reading.tables.read",
        "perfcheck.reading.tables.spreadsheet",
        "perfcheck.reading.tables.text",
        "perfcheck.reading.tables.word",
    ),
    Code.F021: ("perfcheck.reading.tables.read",),
    Code.F022: ("perfcheck.reading.tables.read", "perfcheck.reading.tables.spreadsheet"),
    Code.F023: ("perfcheck.reading.tables.read",),
    Code.F024: (
        "perfcheck.reading.tables.spreadsheet",
        "perfcheck.reading.tables.text",
        "perfcheck.reading.tables.word",
    ),
    Code.F025: ("perfcheck.reading.tables.read",),
    Code.F026: ("perfcheck.reading.tables.read",),
    Code.F027: ("perfcheck.run.importing",),
    Code.Y001: ("perfcheck.reading.yaml_reader",),
    Code.Y002: ("perfcheck.reading.yaml_reader",),
    Code.Y003: ("perfcheck.reading.yaml_reader",),
    Code.Y004: ("perfcheck.reading.yaml_reader",),
    Code.Y005: ("perfcheck.reading.yaml_reader",),
    Code.Y006: ("perfcheck.reading.yaml_reader",),
    Code.Y007: ("perfcheck.reading.yaml_reader",),
    Code.Y008: ("perfcheck.reading.yaml_reader",),
    Code.Y009: ("perfcheck.reading.yaml_reader",),
    Code.Y010: ("perfcheck.reading.yaml_reader",),
    Code.Y011: ("perfcheck.model.notation.numbers", "perfcheck.reading.source"),
    Code.Y012: ("perfcheck.reading.yaml_reader",),
    Code.S001: ("perfcheck.reading.source",),
    Code.S002: ("perfcheck.reading.source",),
    Code.S003: ("perfcheck.model.actuals", "perfcheck.reading.config", "perfcheck.reading.source"),
    Code.S004: ("perfcheck.reading.source",),
    Code.S005: (
        "perfcheck.model.actuals",
        "perfcheck.model.notation.comparators",
        "perfcheck.model.readings",
        "perfcheck.model.rules",
        "perfcheck.model.target_forms",
        "perfcheck.reading.settings_file",
        "perfcheck.reading.source",
    ),
    Code.S010: (
        "perfcheck.model.notation.errors",
        "perfcheck.model.notation.target_text",
        "perfcheck.model.target_forms",
        "perfcheck.reading.source",
    ),
    Code.S011: ("perfcheck.model.notation.comparators",),
    Code.S012: ("perfcheck.model.notation.target_text",),
    Code.S013: ("perfcheck.model.notation.target_text",),
    Code.S014: ("perfcheck.checks.targets",),
    Code.S015: ("perfcheck.model.indicators", "perfcheck.model.readings"),
    Code.S016: (
        "perfcheck.commands.session",
        "perfcheck.model.rules",
        "perfcheck.reading.config",
        "perfcheck.reading.settings_file",
    ),
    Code.S020: ("perfcheck.commands.init", "perfcheck.model.actuals"),
    Code.D001: ("perfcheck.checks.targets",),
    Code.D002: ("perfcheck.checks.targets",),
    Code.D003: ("perfcheck.checks.targets",),
    Code.D004: ("perfcheck.checks.targets",),
    Code.D005: ("perfcheck.engine.points",),
    Code.D006: ("perfcheck.engine.points",),
    Code.D007: ("perfcheck.engine.points",),
    Code.D008: ("perfcheck.checks.targets",),
    Code.D009: ("perfcheck.checks.targets",),
    Code.D010: ("perfcheck.engine.points",),
    Code.D011: ("perfcheck.engine.points",),
    Code.D012: ("perfcheck.checks.targets",),
    Code.D013: ("perfcheck.checks.targets",),
    Code.D020: ("perfcheck.model.readings",),
    Code.D021: ("perfcheck.model.readings",),
    Code.D022: ("perfcheck.model.readings",),
    Code.D023: ("perfcheck.model.readings",),
    Code.D024: ("perfcheck.commands.init", "perfcheck.model.readings"),
    Code.D025: ("perfcheck.model.readings",),
    Code.D026: ("perfcheck.model.readings",),
    Code.D027: ("perfcheck.model.readings",),
    Code.D028: ("perfcheck.model.readings",),
    Code.D029: ("perfcheck.model.readings",),
    Code.D030: ("perfcheck.model.readings",),
    Code.D031: ("perfcheck.model.readings",),
    Code.D032: ("perfcheck.model.readings",),
    Code.D033: ("perfcheck.model.notation.numbers",),
    Code.D034: ("perfcheck.model.readings",),
    Code.D035: ("perfcheck.model.readings",),
    Code.D036: ("perfcheck.model.readings",),
    Code.D037: ("perfcheck.model.readings",),
    Code.D038: ("perfcheck.model.readings",),
    Code.D040: ("perfcheck.engine.trend",),
    Code.D041: ("perfcheck.engine.trend",),
    Code.D042: ("perfcheck.model.readings",),
    Code.D043: ("perfcheck.checks.targets",),
    Code.D044: ("perfcheck.engine.points",),
    Code.D045: ("perfcheck.checks.targets",),
    Code.D046: ("perfcheck.model.indicators",),
    Code.T001: ("perfcheck.importing.indicators", "perfcheck.importing.recognise"),
    Code.T002: ("perfcheck.importing.indicators",),
    Code.T003: ("perfcheck.importing.indicators",),
    Code.T004: ("perfcheck.importing.indicators",),
    Code.T005: ("perfcheck.importing.cells",),
    Code.T006: ("perfcheck.importing.indicators",),
    Code.T007: ("perfcheck.importing.rules_sheet",),
    Code.A001: ("perfcheck.engine.audit.checks",),
    Code.A002: ("perfcheck.engine.audit.checks",),
    Code.A003: ("perfcheck.engine.audit.checks",),
    Code.A004: ("perfcheck.engine.audit.checks",),
    Code.A005: ("perfcheck.engine.audit.checks",),
    Code.A006: ("perfcheck.engine.audit.checks",),
    Code.A007: ("perfcheck.engine.audit.checks",),
    Code.A008: ("perfcheck.engine.audit.checks",),
    Code.A009: ("perfcheck.engine.audit.checks",),
    Code.A010: ("perfcheck.engine.audit.checks",),
    Code.A011: ("perfcheck.engine.audit.checks",),
    Code.A012: ("perfcheck.engine.audit.checks",),
    Code.A013: ("perfcheck.engine.audit.checks",),
    Code.W001: ("perfcheck.checks.targets",),
    Code.W002: ("perfcheck.checks.targets",),
    Code.W003: ("perfcheck.checks.targets",),
    Code.W004: ("perfcheck.checks.targets",),
    Code.W005: ("perfcheck.reading.source",),
    Code.W006: ("perfcheck.model.readings",),
    Code.W007: ("perfcheck.checks.targets",),
    Code.W010: ("perfcheck.checks.completeness",),
    Code.W011: ("perfcheck.checks.completeness",),
    Code.W012: ("perfcheck.checks.completeness",),
    Code.W013: ("perfcheck.checks.completeness",),
    Code.W014: ("perfcheck.checks.completeness",),
    Code.W015: ("perfcheck.model.readings",),
    Code.W040: ("perfcheck.engine.trend",),
    Code.W050: ("perfcheck.importing.indicators",),
    Code.W051: ("perfcheck.importing.indicators",),
    Code.W052: ("perfcheck.importing.recognise",),
    Code.W053: ("perfcheck.importing.unread",),
}

CODES: dict[str, Code] = {code.value: code for code in Code}  # by its text, in catalogue order
