"""Rendering validation results: human (rich), concise, json and GitHub workflow commands."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from perfcheck.codes import CODES
from perfcheck.diagnostics import Diagnostic, Lang, Severity
from perfcheck.reports.jsontext import dumps
from perfcheck.validation import FileReport

if TYPE_CHECKING:
    from rich.console import Console

_SEVERITY = {
    Severity.ERROR: ("错误", "error"),
    Severity.WARNING: ("警告", "warning"),
}


def count(reports: Sequence[FileReport]) -> tuple[int, int]:
    errors = sum(d.severity is Severity.ERROR for r in reports for d in r.diagnostics)
    warnings = sum(d.severity is Severity.WARNING for r in reports for d in r.diagnostics)
    return errors, warnings


def summary_line(reports: Sequence[FileReport], lang: Lang) -> str:
    errors, warnings = count(reports)
    if lang == "zh":
        return f"检查了 {len(reports)} 个文件：{errors} 个错误，{warnings} 个警告"
    return (
        f"{_plural(len(reports), 'file')} checked: {_plural(errors, 'error')}, "
        f"{_plural(warnings, 'warning')}"
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def concise(reports: Sequence[FileReport], lang: Lang, out: TextIO) -> None:
    for report in reports:
        for diagnostic in report.diagnostics:
            out.write(diagnostic.concise(lang) + "\n")
    out.write(summary_line(reports, lang) + "\n")


def as_json(reports: Sequence[FileReport], lang: Lang, out: TextIO) -> None:
    errors, warnings = count(reports)
    document = {
        "files": [
            {
                "path": report.path,
                "kind": report.kind.value if report.kind else None,
                "ok": report.ok,
                "diagnostics": [_diagnostic_json(d, lang) for d in report.diagnostics],
            }
            for report in reports
        ],
        "summary": {"files": len(reports), "errors": errors, "warnings": warnings},
    }
    out.write(dumps(document) + "\n")


def _diagnostic_json(diagnostic: Diagnostic, lang: Lang) -> dict[str, object]:
    return {
        "file": diagnostic.file,
        "line": diagnostic.line,
        "col": diagnostic.col,
        "code": diagnostic.code,
        "severity": diagnostic.severity.value,
        "message": diagnostic.message(lang),
    }


def github(reports: Sequence[FileReport], lang: Lang, out: TextIO) -> None:
    """Workflow commands, escaped as the Actions toolkit escapes them."""
    for report in reports:
        for d in report.diagnostics:
            properties = [f"file={_property(d.file.removeprefix('./'))}"]
            if d.line > 0:
                properties += [f"line={d.line}", f"col={d.col}"]
            properties.append(f"title={_property(d.code + ' ' + CODES[d.code].title(lang))}")
            out.write(f"::{d.severity.value} {','.join(properties)}::{_data(d.message(lang))}\n")
    out.write(summary_line(reports, lang) + "\n")


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def human(reports: Sequence[FileReport], lang: Lang, out: TextIO, *, color: bool) -> None:
    """Each problem with its source line and a caret under the column."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, no_color=not color, highlight=False, soft_wrap=True)
    for report in reports:
        for d in report.diagnostics:
            style = "bold red" if d.severity is Severity.ERROR else "bold yellow"
            label = _SEVERITY[d.severity][0 if lang == "zh" else 1]
            line = Text()
            line.append(d.location(), style="bold")
            line.append(": ")
            line.append(f"{d.code} {label}", style=style)
            line.append(f": {d.message(lang)}")
            console.print(line)
            _snippet(console, report.lines, d)
    errors, _ = count(reports)
    console.print(Text(summary_line(reports, lang), style="bold red" if errors else "bold green"))


def _snippet(console: Console, lines: list[str], d: Diagnostic) -> None:
    from rich.text import Text

    if not (0 < d.line <= len(lines)):
        return
    source = lines[d.line - 1].expandtabs(1)
    gutter = f"{d.line:>5} | "
    console.print(Text(gutter, style="dim") + Text(source))
    caret_at = _display_width(source[: max(d.col - 1, 0)])
    console.print(Text(" " * 5 + " | ", style="dim") + Text(" " * caret_at + "^", style="bold"))


def _display_width(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)
