"""The workbook and its bytes: the form, the sources and rules, the report, with fixed document
dates and fixed zip entry dates, so that the same input gives the same bytes."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from perfcheck.diagnostics import Lang
from perfcheck.model.period import parse_period
from perfcheck.reports.summary.xlsx.forms import form, monitoring_form
from perfcheck.reports.summary.xlsx.grid import word
from perfcheck.reports.summary.xlsx.sheets import monitoring_report_sheet, report_sheet, sources
from perfcheck.reports.summary.xlsx.writer import BookWriter
from perfcheck.results.summary import MonitoringSummary, Summary

if TYPE_CHECKING:
    from _typeshed import SizedBuffer, StrPath

ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest a zip entry can carry: no clock in the bytes
ZIP_UNIX = 3  # the system a zip entry was made on: Unix, so that its mode below counts
ZIP_MODE = 0o644 << 16  # rw-r--r--, in the high half of the external attributes
UNDATED = datetime(2000, 1, 1)  # the document date when the period names no month


def render(summary: Summary, lang: Lang) -> bytes:
    """The year-end pack: the 自评表, the sources and rules, the report."""
    return workbook(summary, lang, "form_sheet", form, report_sheet)


def render_monitoring(summary: MonitoringSummary, lang: Lang) -> bytes:
    """The in-year pack: the 运行监控表 with lights, the sources and rules, the report."""
    return workbook(summary, lang, "monitoring_sheet", monitoring_form, monitoring_report_sheet)


Pack = TypeVar("Pack", Summary, MonitoringSummary)


def workbook(
    summary: Pack,
    lang: Lang,
    form_sheet: str,
    form: Callable[[Worksheet, Pack, Lang], None],
    report: Callable[[Worksheet, Pack, Lang], None],
) -> bytes:
    """The form on a sheet named by the label form_sheet, the sources and rules, the report."""
    book = Workbook()
    book.remove(book.worksheets[0])
    form(book.create_sheet(word(lang, form_sheet)), summary, lang)
    rules = summary.result.targets.rules
    sheet = book.create_sheet(word(lang, "sources_sheet"))
    sources(sheet, summary.inputs, summary.version, rules, lang)
    report(book.create_sheet(word(lang, "report_sheet")), summary, lang)
    return saved(book, stamp(summary.result.period), summary.version)


def stamp(period: str) -> datetime:
    """The document date: the last day of the period the figures cover, never the clock."""
    parsed = parse_period(period)
    if parsed is None:
        return UNDATED
    if parsed.month == 12:
        return datetime(parsed.year, 12, 31)
    end = date(parsed.year, parsed.month + 1, 1) - timedelta(days=1)
    return datetime(end.year, end.month, end.day)


def saved(book: Workbook, when: datetime, version: str) -> bytes:
    """The workbook's bytes, the same for the same content."""
    book.properties.created = when
    book.properties.modified = when  # openpyxl's save_workbook would write the clock here
    book.properties.creator = f"perfcheck {version}"
    book.properties.lastModifiedBy = None
    raw = BytesIO()
    with UndatedZip(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        BookWriter(book, archive).save()
    return raw.getvalue()


def undated(name: str) -> zipfile.ZipInfo:
    """A zip entry dated ZIP_DATE instead of the moment it is written, rw-r--r-- on Unix."""
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = ZIP_UNIX
    info.external_attr = ZIP_MODE
    return info


class UndatedZip(zipfile.ZipFile):
    """A zip archive whose every entry is `undated`, however the writer adds it: by name (dated
    now) or from a file (dated as the file, with its mode)."""

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: SizedBuffer | str,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        name = zinfo_or_arcname
        super().writestr(
            undated(name.filename if isinstance(name, zipfile.ZipInfo) else name), data
        )

    def write(
        self,
        filename: StrPath,
        arcname: StrPath | None = None,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        self.writestr(
            os.fspath(arcname if arcname is not None else filename), Path(filename).read_bytes()
        )
