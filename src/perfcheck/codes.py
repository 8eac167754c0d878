"""The diagnostic codes: stable identifiers, each a typed constant (`CODES["S012"]`, a `Code`)
with its severity, its group and the modules whose checks raise it. A code never changes
meaning once published.

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


class Code(str):
    """A diagnostic code: its text (`S012`), with what a report says of it.

    A string, not an enum member: an enum of every code costs each start a millisecond to
    build, and no check names a code but by its text."""

    __slots__ = ()

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


# Every code, in catalogue order, and the modules whose checks raise it (tests/test_codes.py
# keeps the modules true).
RAISED_BY: dict[str, tuple[str, ...]] = {
    "F001": (
        "perfcheck.reading.config",
        "perfcheck.reading.source",
        "perfcheck.reading.tables.read",
    ),
    "F002": ("perfcheck.reading.source",),
    "F003": (
        "perfcheck.reading.config",
        "perfcheck.reading.source",
        "perfcheck.reading.tables.read",
    ),
    "F004": ("perfcheck.reading.yaml_reader",),
    "F005": ("perfcheck.reading.yaml_reader",),
    "F006": ("perfcheck.run.audit", "perfcheck.run.portfolio", "perfcheck.run.validate"),
    "F007": ("perfcheck.reading.source",),
    "F008": ("perfcheck.reading.source",),
    "F009": ("perfcheck.reading.source",),
    "F010": ("perfcheck.run.load",),
    "F011": ("perfcheck.run.load",),
    "F012": ("perfcheck.commands.import_table", "perfcheck.reports.writing"),
    "F013": ("perfcheck.reports.writing", "perfcheck.reports.portfolio.database"),
    "F014": (
        "perfcheck.commands.import_table",
        "perfcheck.reports.writing",
        "perfcheck.reports.portfolio.database",
    ),
    "F015": ("perfcheck.run.load",),
    "F016": ("perfcheck.commands.session",),
    "F017": ("perfcheck.run.load",),
    "F020": (
        "perfcheck.reading.tables.read",
        "perfcheck.reading.tables.spreadsheet",
        "perfcheck.reading.tables.text",
        "perfcheck.reading.tables.word",
    ),
    "F021": ("perfcheck.reading.tables.read",),
    "F022": ("perfcheck.reading.tables.read", "perfcheck.reading.tables.spreadsheet"),
    "F023": ("perfcheck.reading.tables.read",),
    "F024": (
        "perfcheck.reading.tables.spreadsheet",
        "perfcheck.reading.tables.text",
        "perfcheck.reading.tables.word",
    ),
    "F025": ("perfcheck.reading.tables.read",),
    "F026": ("perfcheck.reading.tables.read",),
    "F027": ("perfcheck.run.importing",),
    "Y001": ("perfcheck.reading.yaml_reader",),
    "Y002": ("perfcheck.reading.yaml_reader",),
    "Y003": ("perfcheck.reading.yaml_reader",),
    "Y004": ("perfcheck.reading.yaml_reader",),
    "Y005": ("perfcheck.reading.yaml_reader",),
    "Y006": ("perfcheck.reading.yaml_reader",),
    "Y007": ("perfcheck.reading.yaml_reader",),
    "Y008": ("perfcheck.reading.yaml_reader",),
    "Y009": ("perfcheck.reading.yaml_reader",),
    "Y010": ("perfcheck.reading.yaml_reader",),
    "Y011": ("perfcheck.model.notation.numbers", "perfcheck.reading.source"),
    "Y012": ("perfcheck.reading.yaml_reader",),
    "S001": ("perfcheck.reading.source",),
    "S002": ("perfcheck.reading.source",),
    "S003": ("perfcheck.model.actuals", "perfcheck.reading.config", "perfcheck.reading.source"),
    "S004": ("perfcheck.reading.source",),
    "S005": (
        "perfcheck.model.actuals",
        "perfcheck.model.notation.comparators",
        "perfcheck.model.readings",
        "perfcheck.model.rules",
        "perfcheck.model.target_forms",
        "perfcheck.reading.settings_file",
        "perfcheck.reading.source",
    ),
    "S010": (
        "perfcheck.model.notation.errors",
        "perfcheck.model.notation.target_text",
        "perfcheck.model.target_forms",
        "perfcheck.reading.source",
    ),
    "S011": ("perfcheck.model.notation.comparators",),
    "S012": ("perfcheck.model.notation.target_text",),
    "S013": ("perfcheck.model.notation.target_text",),
    "S014": ("perfcheck.checks.targets",),
    "S015": ("perfcheck.model.indicators", "perfcheck.model.readings"),
    "S016": (
        "perfcheck.commands.session",
        "perfcheck.model.rules",
        "perfcheck.reading.config",
        "perfcheck.reading.settings_file",
    ),
    "S020": ("perfcheck.commands.init", "perfcheck.model.actuals"),
    "D001": ("perfcheck.checks.targets",),
    "D002": ("perfcheck.checks.targets",),
    "D003": ("perfcheck.checks.targets",),
    "D004": ("perfcheck.checks.targets",),
    "D005": ("perfcheck.engine.points",),
    "D006": ("perfcheck.engine.points",),
    "D007": ("perfcheck.engine.points",),
    "D008": ("perfcheck.checks.targets",),
    "D009": ("perfcheck.checks.targets",),
    "D010": ("perfcheck.engine.points",),
    "D011": ("perfcheck.engine.points",),
    "D012": ("perfcheck.checks.targets",),
    "D013": ("perfcheck.checks.targets",),
    "D020": ("perfcheck.model.readings",),
    "D021": ("perfcheck.model.readings",),
    "D022": ("perfcheck.model.readings",),
    "D023": ("perfcheck.model.readings",),
    "D024": ("perfcheck.commands.init", "perfcheck.model.readings"),
    "D025": ("perfcheck.model.readings",),
    "D026": ("perfcheck.model.readings",),
    "D027": ("perfcheck.model.readings",),
    "D028": ("perfcheck.model.readings",),
    "D029": ("perfcheck.model.readings",),
    "D030": ("perfcheck.model.readings",),
    "D031": ("perfcheck.model.readings",),
    "D032": ("perfcheck.model.readings",),
    "D033": ("perfcheck.model.notation.numbers",),
    "D034": ("perfcheck.model.readings",),
    "D035": ("perfcheck.model.readings",),
    "D036": ("perfcheck.model.readings",),
    "D037": ("perfcheck.model.readings",),
    "D038": ("perfcheck.model.readings",),
    "D040": ("perfcheck.engine.trend",),
    "D041": ("perfcheck.engine.trend",),
    "D042": ("perfcheck.model.readings",),
    "D043": ("perfcheck.checks.targets",),
    "D044": ("perfcheck.engine.points",),
    "D045": ("perfcheck.checks.targets",),
    "D046": ("perfcheck.model.indicators",),
    "T001": ("perfcheck.importing.indicators", "perfcheck.importing.recognise"),
    "T002": ("perfcheck.importing.indicators",),
    "T003": ("perfcheck.importing.indicator_rows",),
    "T004": ("perfcheck.importing.indicators",),
    "T005": ("perfcheck.importing.cells",),
    "T006": ("perfcheck.importing.indicators",),
    "T007": ("perfcheck.importing.rules_sheet",),
    "A001": ("perfcheck.engine.audit.checks",),
    "A002": ("perfcheck.engine.audit.checks",),
    "A003": ("perfcheck.engine.audit.checks",),
    "A004": ("perfcheck.engine.audit.checks",),
    "A005": ("perfcheck.engine.audit.checks",),
    "A006": ("perfcheck.engine.audit.checks",),
    "A007": ("perfcheck.engine.audit.checks",),
    "A008": ("perfcheck.engine.audit.checks",),
    "A009": ("perfcheck.engine.audit.checks",),
    "A010": ("perfcheck.engine.audit.checks",),
    "A011": ("perfcheck.engine.audit.checks",),
    "A012": ("perfcheck.engine.audit.checks",),
    "A013": ("perfcheck.engine.audit.checks",),
    "W001": ("perfcheck.checks.targets",),
    "W002": ("perfcheck.checks.targets",),
    "W003": ("perfcheck.checks.targets",),
    "W004": ("perfcheck.checks.targets",),
    "W005": ("perfcheck.reading.source",),
    "W006": ("perfcheck.model.readings",),
    "W007": ("perfcheck.checks.targets",),
    "W010": ("perfcheck.checks.completeness",),
    "W011": ("perfcheck.checks.completeness",),
    "W012": ("perfcheck.checks.completeness",),
    "W013": ("perfcheck.checks.completeness",),
    "W014": ("perfcheck.checks.completeness",),
    "W015": ("perfcheck.model.readings",),
    "W040": ("perfcheck.engine.trend",),
    "W050": ("perfcheck.importing.indicators",),
    "W051": ("perfcheck.importing.indicators",),
    "W052": ("perfcheck.importing.recognise",),
    "W053": ("perfcheck.importing.unread",),
}

CODES: dict[str, Code] = {text: Code(text) for text in RAISED_BY}  # by its text
