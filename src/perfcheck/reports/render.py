"""One renderer interface per result, and the table that picks a renderer by format.

A renderer writes one result to a stream, in a language, laid out as the `View` asks; a document
renderer (the review pack) returns the whole file instead. Each table is one exhaustive `match`
on the command's format enum: a format added to an enum and missing here fails mypy. The report
modules are imported only when chosen, so a run imports only the renderer it uses.
"""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol, TextIO, TypeVar, assert_never

from perfcheck.diagnostics import Lang
from perfcheck.reports.formats import (
    AuditFormat,
    PortfolioFormat,
    ScoreFormat,
    ShowFormat,
    SummaryFormat,
    ValidateFormat,
)

if TYPE_CHECKING:
    from perfcheck.results.audit import AuditResult
    from perfcheck.results.files import FileReport
    from perfcheck.results.monitoring import MonitoringResult
    from perfcheck.results.portfolio import Portfolio
    from perfcheck.results.score import ScoreResult
    from perfcheck.results.summary import MonitoringSummary, Summary
    from perfcheck.results.targets import ResolvedTargets
    from perfcheck.results.trend import Trend

R_contra = TypeVar("R_contra", contravariant=True)


class View(NamedTuple):
    """How a report is laid out beyond its language. Each renderer reads the fields it needs."""

    color: bool = False
    width: int = 80  # characters, for text tables
    errors_only: bool = False  # validate --quiet: errors only, no summary line
    with_suppressed: bool = False  # validate --show-suppressed
    version: str = ""  # perfcheck's, named by SARIF
    workspace: Path = Path()  # the repository root, for paths in annotations and SARIF
    cwd: Path = Path()  # the folder the run started in


class Renderer(Protocol[R_contra]):
    def __call__(self, result: R_contra, lang: Lang, out: TextIO, view: View, /) -> None: ...


class DocumentRenderer(Protocol[R_contra]):
    """A whole file: text (Markdown, HTML) or bytes (xlsx)."""

    def __call__(self, pack: R_contra, lang: Lang, /) -> str | bytes: ...


def validation_renderer(chosen: ValidateFormat) -> "Renderer[Sequence[FileReport]]":
    from perfcheck.reports import diagnostics as formats

    match chosen:
        case ValidateFormat.HUMAN:
            return formats.human
        case ValidateFormat.CONCISE | ValidateFormat.GITHUB:  # github: annotations come first
            return formats.concise
        case ValidateFormat.JSON:
            return formats.as_json
        case ValidateFormat.SARIF:
            return formats.sarif
        case ValidateFormat.JUNIT:
            return formats.junit
        case _:
            assert_never(chosen)


def audit_renderer(chosen: AuditFormat) -> "Renderer[AuditResult]":
    from perfcheck.reports import audit as report

    match chosen:
        case AuditFormat.TEXT:
            return report.as_text
        case AuditFormat.JSON:
            return report.as_json
        case AuditFormat.CONCISE:
            return report.concise
        case AuditFormat.GITHUB:
            return report.github
        case AuditFormat.SARIF:
            return report.sarif
        case AuditFormat.JUNIT:
            return report.junit
        case _:
            assert_never(chosen)


def score_renderer(chosen: ScoreFormat) -> "Renderer[ScoreResult]":
    from perfcheck.reports import score

    return _tabular(chosen, score)


def monitoring_renderer(chosen: ScoreFormat) -> "Renderer[MonitoringResult]":
    from perfcheck.reports import monitoring

    return _tabular(chosen, monitoring)


def trend_renderer(chosen: ScoreFormat) -> "Renderer[Trend]":
    from perfcheck.reports import trend

    return _tabular(chosen, trend)


class _Tabular(Protocol[R_contra]):
    """The report module of a table-shaped result (score, monitoring, trend): a renderer for
    each ScoreFormat."""

    @property
    def as_text(self) -> Renderer[R_contra]: ...
    @property
    def as_json(self) -> Renderer[R_contra]: ...
    @property
    def as_csv(self) -> Renderer[R_contra]: ...
    @property
    def as_markdown(self) -> Renderer[R_contra]: ...


def _tabular(chosen: ScoreFormat, report: _Tabular[R_contra]) -> Renderer[R_contra]:
    """The renderer of a table-shaped result for `chosen`."""
    match chosen:
        case ScoreFormat.TEXT:
            return report.as_text
        case ScoreFormat.JSON:
            return report.as_json
        case ScoreFormat.CSV:
            return report.as_csv
        case ScoreFormat.MARKDOWN:
            return report.as_markdown
        case _:
            assert_never(chosen)


class Book:
    """A format written whole as bytes to a file (xlsx), never to a stream. A plain class: a
    record type costs every start a fifth of a millisecond to make, this one a hundredth."""

    __slots__ = ("render",)

    def __init__(self, render: "Callable[[Portfolio, Lang], bytes]") -> None:
        self.render = render


def portfolio_renderer(chosen: PortfolioFormat) -> "Renderer[Portfolio] | Book":
    match chosen:
        case PortfolioFormat.TEXT:
            from perfcheck.reports.portfolio import text

            return text.as_text
        case PortfolioFormat.JSON:
            from perfcheck.reports.portfolio import data

            return data.as_json
        case PortfolioFormat.CSV:
            from perfcheck.reports.portfolio import data

            return data.as_csv
        case PortfolioFormat.MARKDOWN:
            from perfcheck.reports.portfolio import markdown

            return markdown.as_markdown
        case PortfolioFormat.HTML:
            from perfcheck.reports.portfolio import html

            return html.as_html
        case PortfolioFormat.XLSX:
            from perfcheck.reports.portfolio import xlsx

            return Book(xlsx.render)
        case _:
            assert_never(chosen)


def targets_renderer(chosen: ShowFormat) -> "Renderer[ResolvedTargets]":
    """`show` to a stream; xlsx is a document only (targets_document)."""
    from perfcheck.reports import show as formats

    match chosen:
        case ShowFormat.TEXT:
            return formats.as_text
        case ShowFormat.JSON:
            return formats.as_json
        case ShowFormat.XLSX:
            return _document_only
        case _:
            assert_never(chosen)


def targets_document(chosen: ShowFormat, view: View) -> "DocumentRenderer[ResolvedTargets]":
    """`show` as a whole file (-o): text and JSON laid out as `view` says, xlsx as the
    official 目标表."""
    match chosen:
        case ShowFormat.TEXT | ShowFormat.JSON:
            return _captured(targets_renderer(chosen), view)
        case ShowFormat.XLSX:
            from perfcheck.reports import target_form

            return target_form.render
        case _:
            assert_never(chosen)


def _document_only(result: object, lang: Lang, out: TextIO, view: View, /) -> None:
    raise TypeError("a workbook is a document: render it with targets_document")


def _captured(renderer: Renderer[R_contra], view: View) -> DocumentRenderer[R_contra]:
    """A stream renderer's output as one string."""

    def document(result: R_contra, lang: Lang, /) -> str:
        from io import StringIO

        out = StringIO()
        renderer(result, lang, out, view)
        return out.getvalue()

    return document


class _Pack(Protocol):
    """A review-pack format: a module with a document renderer for each kind of pack."""

    def render(self, pack: "Summary", lang: Lang, /) -> str | bytes: ...

    def render_monitoring(self, pack: "MonitoringSummary", lang: Lang, /) -> str | bytes: ...


def summary_renderer(chosen: SummaryFormat) -> "DocumentRenderer[Summary]":
    return _pack(chosen).render


def monitoring_summary_renderer(chosen: SummaryFormat) -> "DocumentRenderer[MonitoringSummary]":
    return _pack(chosen).render_monitoring


def _pack(chosen: SummaryFormat) -> _Pack:
    match chosen:
        case SummaryFormat.MARKDOWN:
            from perfcheck.reports.summary import markdown

            return markdown
        case SummaryFormat.HTML:
            from perfcheck.reports.summary import html

            return html
        case SummaryFormat.XLSX:
            from perfcheck.reports.summary import xlsx

            return xlsx
        case _:
            assert_never(chosen)
