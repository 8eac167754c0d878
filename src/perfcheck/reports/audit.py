"""Rendering an audit: a text table of printed against recomputed figures with the differences
marked, the JSON of docs/audit.md, and the CI formats of `validate` (each finding a diagnostic at
the line of its printed figure, through reports/diagnostics.py)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, TextIO

from rich.cells import cell_len

from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text
from perfcheck.reports.jsontext import dumps
from perfcheck.reports.visible import visible
from perfcheck.results.audit import (
    BUDGET_ID,
    GRADE_ID,
    RATE_ID,
    TOTAL_ID,
    AuditKind,
    AuditResult,
    Figure,
    Figures,
    FileAudit,
    LocatedCheck,
    Unreadable,
)
from perfcheck.results.files import FileKind, FileReport
from perfcheck.text import Phrase, counted, say

if TYPE_CHECKING:
    from perfcheck.reports.render import View

DIFFERS = "≠"  # the mark beside a printed figure a finding is about


def as_text(result: AuditResult, lang: Lang, out: TextIO, view: View) -> None:
    for audited in result.files:
        _file_text(audited, lang, out)
    for unreadable in result.unreadable:
        _unreadable_text(unreadable, lang, out)
    out.write(_closing(result, lang) + "\n")


def _file_text(audited: FileAudit, lang: Lang, out: TextIO) -> None:
    audit = audited.audit
    sheet = f" ({visible(audited.table)})" if audited.table else ""
    out.write(f"{visible(audited.path)}{sheet}\n")
    header = [say(f"audit.column.{key}", lang) for key in _COLUMNS]
    marked = _marked(audited)
    rows = [
        [
            r.id,
            visible(r.name),
            _shown(r.points),
            _shown(r.published),
            _shown(r.recomputed),
            DIFFERS if r.id in marked else "",
        ]
        for r in audit.rows
    ]
    table = [
        ("budget", BUDGET_ID, audit.published.budget_score, audit.recomputed.budget_score),
        ("rate", RATE_ID, audit.published.budget_rate, audit.recomputed.budget_rate),
        ("total", TOTAL_ID, audit.published.total, audit.recomputed.total),
        ("grade", GRADE_ID, audit.published.grade, audit.recomputed.grade),
    ]
    for key, id_, printed, recomputed in table:
        if printed is None and key == "rate":
            continue
        mark = DIFFERS if id_ in marked else ""
        label = say(f"audit.row.{key}", lang)
        rows.append(["", label, "", _shown(printed), _shown(recomputed), mark])
    _write_table(out, [[*header, ""], *rows])
    for check in audited.findings:
        out.write(f"  {check.diagnostic.concise(lang)}\n")
    for line in _explained(audited, lang):
        out.write(f"  {line}\n")
    out.write("\n")


def _marked(audited: FileAudit) -> frozenset[str]:
    """The ids of the printed figures a finding is about: the engine's verdict, never judged
    again here (a rate is compared at the places printed; a total the rules give is still
    marked when the printed rows miss it, a grade when the printed total gives another). An
    unmet row without its reason (A012) and the printed 分值 (A003, A013) are no figure of
    the table's 原表 column."""
    return frozenset(c.id for c in audited.findings if c.kind not in _NOT_A_PRINTED_FIGURE)


_NOT_A_PRINTED_FIGURE = frozenset({AuditKind.UNEXPLAINED, AuditKind.POINTS_SUM})
_COLUMNS = ("id", "name", "points", "published", "recomputed")
_RIGHT = {2, 3, 4}  # the number columns


def _write_table(out: TextIO, rows: list[list[str]]) -> None:
    widths = [max(cell_len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [_pad(cell, widths[i], right=i in _RIGHT) for i, cell in enumerate(row)]
        out.write(("  " + "  ".join(cells)).rstrip() + "\n")


def _pad(text: str, width: int, *, right: bool) -> str:
    space = " " * (width - cell_len(text))
    return space + text if right else text + space


def _shown(value: Figure) -> str:
    if value is None:
        return "—"
    return decimal_text(value) if isinstance(value, Decimal) else visible(value)


def _explained(audited: FileAudit, lang: Lang) -> Iterator[str]:
    audit = audited.audit
    if audit.explained_by is None:
        if not audit.printed:
            yield say("audit.nothing_printed", lang)
        return
    counts = {"reproduced": audit.reproduced, "printed": audit.printed}
    if not audit.explained_by:
        if audit.unexplained or audited.findings:
            yield say("audit.own_rules", lang, counts)
    else:
        yield say("audit.explained_by", lang, counts | {"printed": _printed(audit.printed)})
        yield "rules:"
        yield from (f"  {setting}" for setting in rule_settings(audit.explained_by))
    if audit.unexplained:
        yield say("audit.unexplained", lang, {"ids": ", ".join(audit.unexplained)})


def _printed(count: int) -> Phrase:
    return counted("printed_figures", count)


def rule_settings(explained_by: Mapping[str, object]) -> list[str]:
    """The settings as lines of a `rules:` block: `rounding: 0.1`, `cap: false`."""
    return [f"{key}: {_yaml(value)}" for key, value in explained_by.items()]


def _yaml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    return decimal_text(value) if isinstance(value, Decimal) else str(value)


def _unreadable_text(unreadable: Unreadable, lang: Lang, out: TextIO) -> None:
    for d in unreadable.diagnostics:
        out.write(f"{visible(d.concise(lang))}\n")
    if unreadable.reason is not None:
        out.write(f"{visible(unreadable.path)}: {_reason(unreadable.reason, lang)}\n")


def _reason(reason: Phrase, lang: Lang) -> str:
    return say(reason.key, lang, reason.args)


def _closing(result: AuditResult, lang: Lang) -> str:
    clean = sum(f.reproduced for f in result.files)
    args = {
        "files": counted("files", len(result.files) + len(result.unreadable)),
        "clean": clean,
        "differ": len(result.files) - clean,
        "unreadable": len(result.unreadable),
    }
    return say("audit.summary", lang, args)


# --- JSON (docs/audit.md) ---------------------------------------------------------------


def as_json(result: AuditResult, lang: Lang, out: TextIO, view: View) -> None:
    files = [_file_json(audited, lang) for audited in result.files]
    unreadable = [
        {
            "path": u.path,
            "errors": [d.concise(lang) for d in u.diagnostics]
            + ([_reason(u.reason, lang)] if u.reason is not None else []),
        }
        for u in result.unreadable
    ]
    out.write(dumps({"files": files, "unreadable": unreadable}) + "\n")


def _file_json(audited: FileAudit, lang: Lang) -> dict[str, object]:
    audit = audited.audit
    table = {"table": audited.table} if audited.table else {}
    return {
        "path": audited.path,
        "kind": audited.kind,
        **table,
        "published": _figures(audit.published),
        "recomputed": _figures(audit.recomputed),
        "findings": [_finding_json(check, lang) for check in audited.findings],
        "explained_by": None if audit.explained_by is None else dict(audit.explained_by),
        "unexplained": list(audit.unexplained),
    }


def _figures(figures: Figures) -> Mapping[str, object]:
    return {"total": figures.total, "grade": figures.grade, "budget_score": figures.budget_score}


def _finding_json(check: LocatedCheck, lang: Lang) -> dict[str, object]:
    d = check.diagnostic
    location: dict[str, object] = {"line": d.line, "col": d.col}
    if d.place:  # a cell of a workbook or a Word table: `自评表!G12`, `table 1!R12C7`
        sheet, _, cell = d.place.rpartition("!")
        location = {"sheet": sheet, "cell": cell}
    return {
        "code": d.code,
        "kind": check.kind.value,
        "id": check.id,
        "location": location,
        "published": check.published,
        "recomputed": check.recomputed,
        "message": d.message(lang),
    }


# --- the CI formats: validate's, on each finding as a diagnostic ---------------------------


def reports_of(result: AuditResult) -> list[FileReport]:
    """Each file's findings (and each unreadable file's errors) as validate reports them."""
    audited = [
        FileReport(
            f.path,
            FileKind.ACTUALS,
            [c.diagnostic for c in f.findings],
            dict(f.excerpt),
        )
        for f in result.files
    ]
    failed = [FileReport(u.path, None, list(u.diagnostics)) for u in result.unreadable]
    return audited + failed


def concise(result: AuditResult, lang: Lang, out: TextIO, view: View) -> None:
    from perfcheck.reports import diagnostics

    diagnostics.concise(reports_of(result), lang, out, view)


def github(result: AuditResult, lang: Lang, out: TextIO, view: View) -> None:
    from perfcheck.reports import diagnostics

    diagnostics.github(reports_of(result), lang, out, view)


def sarif(result: AuditResult, lang: Lang, out: TextIO, view: View) -> None:
    from perfcheck.reports import diagnostics

    diagnostics.sarif(reports_of(result), lang, out, view)


def junit(result: AuditResult, lang: Lang, out: TextIO, view: View) -> None:
    from perfcheck.reports import diagnostics

    diagnostics.junit(reports_of(result), lang, out, view, command="audit")
