"""The output formats each command offers: the keys of the renderer tables in reports/render.py."""

from __future__ import annotations

from enum import StrEnum


class ValidateFormat(StrEnum):
    HUMAN = "human"
    CONCISE = "concise"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"
    JUNIT = "junit"


class AuditFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    CONCISE = "concise"
    GITHUB = "github"
    SARIF = "sarif"
    JUNIT = "junit"


class ShowFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    XLSX = "xlsx"  # the official 目标表: a document, written with -o


class ScoreFormat(StrEnum):
    """The formats of `score` (year-end and in-year alike) and of `trend`."""

    TEXT = "text"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class SummaryFormat(StrEnum):
    MARKDOWN = "markdown"
    HTML = "html"
    XLSX = "xlsx"


class PortfolioFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    HTML = "html"
    XLSX = "xlsx"


class Color(StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"
