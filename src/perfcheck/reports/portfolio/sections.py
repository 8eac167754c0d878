"""The parts of a portfolio report people read, as lines: shared by the text and Markdown."""

from __future__ import annotations

from collections.abc import Iterator

from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text
from perfcheck.reports.portfolio.common import LABELS, band_text, change_name, signed
from perfcheck.results.portfolio import Change, Count, Portfolio
from perfcheck.text import counted, say


def title(portfolio: Portfolio, lang: Lang) -> str:
    args = {
        "tables": counted("tables", len(portfolio.tables)),
        "errors": counted("unread_files", len(portfolio.errors)),
    }
    return say("portfolio.title", lang, args)


def sections(portfolio: Portfolio, lang: Lang) -> Iterator[tuple[str, list[str]]]:
    """Each distribution: its heading and its lines ("—" when it has none)."""
    labels = LABELS[lang]
    yield labels["grades"], _counts(portfolio.grades, lang)
    bands = [f"{band_text(b)}: {b.count}" for b in portfolio.budget_bands]
    yield labels["bands"], bands
    yield labels["red_lights"], _counts(portfolio.red_lights, lang)
    yield labels["unmet_by_level2"], _counts(portfolio.unmet_by_level2, lang)
    yield labels["unmet_by_name"], _counts(portfolio.unmet_by_name, lang)
    yield labels["fell"], [_change(c, lang) for c in portfolio.fell] or ["—"]
    yield labels["rose"], [_change(c, lang) for c in portfolio.rose] or ["—"]


def _counts(counts: tuple[Count, ...], lang: Lang) -> list[str]:
    return [f"{c.key}: {c.count}" for c in counts] or ["—"]


def _change(c: Change, lang: Lang) -> str:
    args = {
        "name": change_name(c), "from_year": c.from_year, "to_year": c.to_year,
        "before": decimal_text(c.before), "after": decimal_text(c.after),
        "change": signed(c.change),
    }  # fmt: skip
    return say("portfolio.change", lang, args)


def error_lines(portfolio: Portfolio, lang: Lang) -> list[str]:
    return [d.concise(lang) for e in portfolio.errors for d in e.diagnostics]


def notes(portfolio: Portfolio, lang: Lang) -> list[str]:
    """What the figures mean where a reader could take them otherwise."""
    shown = [say("portfolio.note.projected", lang)]
    if portfolio.tables:  # the reconciles column: what its words and its "—" say
        shown.append(say("portfolio.note.reconciles", lang))
    return shown
