"""The portfolio as Markdown: for a wiki, a pull request or a report to paste into."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from perfcheck.diagnostics import Lang
from perfcheck.reports.markup import md_line, md_row
from perfcheck.reports.portfolio.common import LABELS, SHOWN_COLUMNS, header, shown
from perfcheck.reports.portfolio.sections import error_lines, notes, sections, title
from perfcheck.results.portfolio import Portfolio

if TYPE_CHECKING:
    from perfcheck.reports.render import View


def as_markdown(portfolio: Portfolio, lang: Lang, out: TextIO, view: View) -> None:
    out.write("## " + md_line(title(portfolio, lang)) + "\n")
    if portfolio.tables:
        out.write(md_row(header(c, lang) for c in SHOWN_COLUMNS))
        out.write("|" + "|".join("---" for _ in SHOWN_COLUMNS) + "|\n")
        for row in portfolio.tables:
            out.write(md_row(shown(row, c, lang) for c in SHOWN_COLUMNS))
        out.write("\n")
    for heading, lines in sections(portfolio, lang):
        out.write("### " + md_line(heading) + "\n")
        out.writelines("- " + md_line(line) for line in lines)
        out.write("\n")
    if portfolio.errors:
        out.write("### " + md_line(LABELS[lang]["errors"].format(count=len(portfolio.errors))))
        out.write("\n")
        out.writelines("- " + md_line(line) for line in error_lines(portfolio, lang))
        out.write("\n")
    out.write("\n".join(md_line(note) for note in notes(portfolio, lang)))  # a paragraph each
