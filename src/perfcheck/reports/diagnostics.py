"""Rendering validation results: human (rich), concise, JSON, GitHub workflow commands, SARIF
2.1.0 for code-scanning dashboards and JUnit XML for GitLab and Jenkins test reports."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from perfcheck.codes import CODES
from perfcheck.diagnostics import Diagnostic, Lang, Severity
from perfcheck.reports.jsontext import dumps
from perfcheck.reports.visible import visible
from perfcheck.results.files import FileReport
from perfcheck.text import counted, say

if TYPE_CHECKING:
    from rich.console import Console

    from perfcheck.reports.render import View


def count(reports: Sequence[FileReport]) -> tuple[int, int]:
    errors = sum(d.severity is Severity.ERROR for r in reports for d in r.diagnostics)
    warnings = sum(d.severity is Severity.WARNING for r in reports for d in r.diagnostics)
    return errors, warnings


def closing_line(reports: Sequence[FileReport], lang: Lang) -> str:
    errors, warnings = count(reports)
    suppressed = sum(len(r.suppressed) for r in reports)
    args = {
        "files": counted("files", len(reports)),
        "errors": counted("errors", errors),
        "warnings": counted("warnings", warnings),
    }
    line = say("validate.checked", lang, args)
    if suppressed:
        line += say("validate.also_suppressed", lang, {"warnings": counted("warnings", suppressed)})
    return line


def _listed(report: FileReport, view: View) -> Iterator[tuple[Diagnostic, bool]]:
    """The diagnostics to print, each with whether it was suppressed, in line order."""
    kept = [(d, False) for d in report.diagnostics if not view.errors_only or _is_error(d)]
    extra = [(d, True) for d in report.suppressed] if view.with_suppressed else []
    yield from sorted(kept + extra, key=lambda pair: pair[0].sort_key())


def _is_error(diagnostic: Diagnostic) -> bool:
    return diagnostic.severity is Severity.ERROR


def concise(reports: Sequence[FileReport], lang: Lang, out: TextIO, view: View) -> None:
    for report in reports:
        for diagnostic, suppressed in _listed(report, view):
            mark = f" [{say('severity.suppressed', lang)}]" if suppressed else ""
            out.write(visible(diagnostic.concise(lang)) + mark + "\n")
    if not view.errors_only:
        out.write(closing_line(reports, lang) + "\n")


def as_json(reports: Sequence[FileReport], lang: Lang, out: TextIO, view: View) -> None:
    errors, warnings = count(reports)
    document = {
        "files": [
            {
                "path": report.path,
                "kind": report.kind.value if report.kind else None,
                "ok": report.ok,
                "diagnostics": [diagnostic_json(d, lang) for d in report.diagnostics],
                "suppressed": [diagnostic_json(d, lang) for d in report.suppressed],
            }
            for report in reports
        ],
        "summary": {"files": len(reports), "errors": errors, "warnings": warnings},
    }
    out.write(dumps(document) + "\n")


def diagnostic_json(diagnostic: Diagnostic, lang: Lang) -> dict[str, object]:
    """A diagnostic in the JSON contracts (validate's, the portfolio's errors): located by line
    and column, and by its cell where it has one."""
    located: dict[str, object] = {
        "file": diagnostic.file,
        "line": diagnostic.line,
        "col": diagnostic.col,
    }
    if diagnostic.place:  # a cell of a spreadsheet or Word table: `Sheet1!D12`
        located["place"] = diagnostic.place
    return located | {
        "code": diagnostic.code,
        "severity": diagnostic.severity.value,
        "message": diagnostic.message(lang),
    }


def _placed_message(d: Diagnostic, lang: Lang) -> str:
    """The message, led by the cell's name where a line cannot point at it (GitHub, SARIF)."""
    return f"{d.place}: {d.message(lang)}" if d.place else d.message(lang)


# --- GitHub Actions ----------------------------------------------------------------------------


def github(reports: Sequence[FileReport], lang: Lang, out: TextIO, view: View) -> None:
    """Workflow commands, escaped as the Actions toolkit escapes them, with paths relative to
    the repository (Actions shows only ten of each kind: the full report follows them)."""
    for report in reports:
        for d in report.diagnostics:
            where = visible(relative(d.file, view.workspace, view.cwd))
            properties = [f"file={_property(where)}"]
            if d.line > 0:
                properties += [f"line={d.line}", f"col={d.col}"]
            properties.append(f"title={_property(d.code + ' ' + CODES[d.code].title_in(lang))}")
            message = _data(visible(_placed_message(d, lang)))
            out.write(f"::{d.severity.value} {','.join(properties)}::{message}\n")


def relative(file: str, workspace: Path, cwd: Path) -> str:
    """A repository-relative path without `./`, as GitHub matches annotations to files: a
    path given relative to the working folder (`cwd`) is taken from there."""
    path = Path(file)
    absolute = os.path.normpath(path if path.is_absolute() else cwd / path)
    pairs = [(absolute, os.path.normpath(workspace)),  # as given, then through any symlinks
             (os.path.realpath(absolute), str(workspace.resolve()))]  # fmt: skip
    for place, root in pairs:
        try:
            inside = os.path.relpath(place, root)
        except ValueError:  # another drive (Windows): not in the repository
            continue
        if inside != ".." and not inside.startswith(".." + os.sep):
            return Path(inside).as_posix()
    return path.as_posix().removeprefix("./")


def _data(text: str) -> str:
    """As the Actions toolkit escapes a command's data (after `visible`, no line break is left
    to escape: a line break of the input shows as `\\n`)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


# --- SARIF 2.1.0 ---------------------------------------------------------------------------------

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def sarif(reports: Sequence[FileReport], lang: Lang, out: TextIO, view: View) -> None:
    """One run; a rule per code used (stable id: the code), a fingerprint per result that
    survives lines moving (the code, the file and the text of the line); paths relative to
    the repository."""
    used = sorted({d.code for r in reports for d in r.diagnostics})
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "perfcheck",
                        "version": view.version,
                        "rules": [_sarif_rule(code, lang) for code in used],
                    }
                },
                "results": [
                    _sarif_result(d, r, lang, used.index(d.code), _uri(d, view))
                    for r in reports
                    for d in r.diagnostics
                ],
            }
        ],
    }
    out.write(dumps(document) + "\n")


def _uri(d: Diagnostic, view: View) -> str:
    """The repository-relative path; a byte the file name's encoding could not decode is
    percent-encoded, as in a URI, so that the report stays valid UTF-8."""
    return re.sub(_UNDECODED, _percent, relative(d.file, view.workspace, view.cwd))


_UNDECODED = "[\udc80-\udcff]"  # surrogateescape: one undecodable byte each


def _percent(match: re.Match[str]) -> str:
    return f"%{ord(match.group()) - 0xDC00:02X}"


def _sarif_rule(code: str, lang: Lang) -> dict[str, object]:
    entry = CODES[code]
    return {
        "id": code,
        "name": entry.title_in("en").title().replace(" ", "").replace("-", ""),
        "shortDescription": {"text": entry.title_in(lang)},
        "fullDescription": {"text": entry.help_in(lang)},
        "defaultConfiguration": {"level": "warning" if code.startswith("W") else "error"},
    }


def _sarif_result(
    d: Diagnostic, report: FileReport, lang: Lang, index: int, uri: str
) -> dict[str, object]:
    location: dict[str, object] = {"artifactLocation": {"uri": uri}}
    if d.line > 0:
        location["region"] = {"startLine": d.line, "startColumn": max(d.col, 1)}
    where: dict[str, object] = {"physicalLocation": location}
    if d.place:  # a cell has no line: SARIF names it as a logical location
        where["logicalLocations"] = [{"name": d.place, "kind": "element"}]
    return {
        "ruleId": d.code,
        "ruleIndex": index,
        "level": d.severity.value,
        "message": {"text": visible(_placed_message(d, lang))},
        "locations": [where],
        "partialFingerprints": {"perfcheck/v1": _fingerprint(d, report)},
    }


def _fingerprint(d: Diagnostic, report: FileReport) -> str:
    line = d.place or (report.line(d.line) or "").strip()  # a table's cell: its name
    from hashlib import sha256

    key = f"{d.code}\0{d.file}\0{line}".encode(errors="surrogateescape")
    return sha256(key).hexdigest()[:32]


# --- JUnit XML -----------------------------------------------------------------------------------


def junit(
    reports: Sequence[FileReport],
    lang: Lang,
    out: TextIO,
    view: View,
    *,
    command: str = "validate",
) -> None:
    """A test case per file: failed when it has errors; warnings go to its system-out. The
    suite is named after the command that ran (`perfcheck audit`), as CI lists it."""
    from xml.etree import ElementTree

    failed = sum(not r.ok for r in reports)
    suite = ElementTree.Element(
        "testsuite",
        {"name": f"perfcheck {command}", "tests": str(len(reports)), "failures": str(failed)},
    )
    for report in reports:
        case = ElementTree.SubElement(
            suite, "testcase", {"classname": f"perfcheck.{command}", "name": visible(report.path)}
        )
        # Escaped, a line holds no character XML 1.0 forbids (C0 controls, U+FFFE, surrogates).
        lines = [visible(d.concise(lang)) for d in report.diagnostics]
        if not report.ok:
            first = next(d for d in report.diagnostics if _is_error(d))
            failure = ElementTree.SubElement(
                case, "failure", {"message": visible(first.concise(lang)), "type": first.code}
            )
            failure.text = "\n".join(lines)
        elif lines:
            ElementTree.SubElement(case, "system-out").text = "\n".join(lines)
    root = ElementTree.Element("testsuites", {"tests": str(len(reports)), "failures": str(failed)})
    root.set("errors", "0")
    root.append(suite)
    ElementTree.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ElementTree.tostring(root, encoding="unicode") + "\n")


# --- Human ---------------------------------------------------------------------------------------


def human(reports: Sequence[FileReport], lang: Lang, out: TextIO, view: View) -> None:
    """Each problem with its source line and a caret under the column."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, no_color=not view.color, highlight=False, soft_wrap=True)
    for report in reports:
        for d, suppressed in _listed(report, view):
            style = "bold red" if d.severity is Severity.ERROR else "bold yellow"
            label = say("severity.suppressed" if suppressed else f"severity.{d.severity}", lang)
            line = Text()
            line.append(visible(d.location()), style="bold")
            line.append(": ")
            line.append(f"{d.code} {label}", style="dim" if suppressed else style)
            line.append(f": {visible(d.message(lang))}")
            console.print(line)
            _snippet(console, report.line(d.line), d)
    if not view.errors_only:
        errors, _ = count(reports)
        console.print(
            Text(closing_line(reports, lang), style="bold red" if errors else "bold green")
        )


def _snippet(console: Console, text: str | None, d: Diagnostic) -> None:
    from rich.cells import cell_len
    from rich.text import Text

    if text is None:
        return
    source = text.expandtabs(1)
    gutter = f"{d.line:>5} | "
    console.print(Text(gutter, style="dim") + Text(visible(source)))
    caret_at = cell_len(visible(source[: max(d.col - 1, 0)]))  # under the escaped column
    console.print(Text(" " * 5 + " | ", style="dim") + Text(" " * caret_at + "^", style="bold"))
