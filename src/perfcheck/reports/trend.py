"""Rendering the trend across periods: values, lights and a sparkline per indicator."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, TextIO

from perfcheck.diagnostics import Lang
from perfcheck.engine.scoring import completion_of
from perfcheck.formatting import percent
from perfcheck.model.rounding import rounded_rate
from perfcheck.model.target_forms import QuantitativeTarget
from perfcheck.reports.jsontext import dumps
from perfcheck.reports.markup import md_line, md_row, write_rows
from perfcheck.reports.monitoring import (
    LIGHT_STYLES,
    LIGHT_WORDS,
    actual_json,
    actual_text,
    expected_figure,
    progress_text,
)
from perfcheck.reports.project import subject
from perfcheck.reports.score import profile_note
from perfcheck.reports.visible import text_cells, visible
from perfcheck.results.monitoring import IndicatorProgress
from perfcheck.results.score import Status
from perfcheck.results.trend import IndicatorTrend, Trend
from perfcheck.text import say, shown, words

if TYPE_CHECKING:
    from rich.table import Table

    from perfcheck.reports.render import View

LABELS = words("trend")

# At year-end the year-end period's cell and the last column give the self-evaluation's verdict,
# not a light: 82 % of a ≥85 % target is on schedule (green) by the time elapsed, yet the
# target was not met.
OUTCOME_WORDS = words("outcome")  # by Status
OUTCOME_STYLES = {Status.MET: "green", Status.UNMET: "bold red", Status.MISSING: "bold red"}

BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(row: IndicatorTrend) -> str:
    """Each period's completion of the annual target (or its grade's share), as a bar."""
    levels = [period_completion(p) for p in row.points]
    known = [v for v in levels if v is not None]
    top = max([Decimal(1), *known])
    return "".join(
        " " if v is None else BLOCKS[min(len(BLOCKS) - 1, int(v / top * (len(BLOCKS) - 1)))]
        for v in levels
    )


def period_completion(p: IndicatorProgress) -> Decimal | None:
    """The period's completion of the annual target, as the self-evaluation computes 完成率;
    a grade's share of the points."""
    reading = p.reading
    if reading is None:
        return None
    if reading.share is not None:
        return rounded_rate(reading.share)
    target = p.indicator.target
    if not isinstance(target, QuantitativeTarget) or reading.value is None:
        return None
    return completion_of(target, reading.value)


def _status(row: IndicatorTrend, index: int, lang: Lang) -> tuple[str, str]:
    """The word a period's cell opens with, and its style: the light against 序时进度, or in
    the year-end period the self-evaluation's verdict (达成 / 未达成), as the 期末 column."""
    if row.outcome is not None and index == len(row.points) - 1:
        return OUTCOME_WORDS[lang][row.outcome], OUTCOME_STYLES.get(row.outcome, "dim")
    light = row.points[index].light
    return LIGHT_WORDS[lang][light], LIGHT_STYLES.get(light, "dim")


def _cells(row: IndicatorTrend, lang: Lang) -> list[tuple[str, str]]:
    """Each period's cell (its status and the actual: `绿 75%`, at year-end `未达成 78%`) and
    its style."""
    cells = []
    for index, p in enumerate(row.points):
        word, style = _status(row, index, lang)
        cells.append((f"{word} {actual_text(p)}", style))
    return cells


def _final(row: IndicatorTrend, lang: Lang) -> str:
    """At year-end whether the target was met (达成 / 未达成); before it, the last light."""
    if row.outcome is not None:
        return OUTCOME_WORDS[lang][row.outcome]
    return LIGHT_WORDS[lang][row.final]


def _final_style(row: IndicatorTrend) -> str:
    if row.outcome is not None:
        return OUTCOME_STYLES.get(row.outcome, "dim")
    return LIGHT_STYLES.get(row.final, "dim")


def _title(trend: Trend, lang: Lang) -> str:
    return LABELS[lang]["title"].format(
        subject=subject(trend.targets, lang),
        year=trend.targets.year,
        first=trend.periods[0].text,
        last=trend.periods[-1].text,
    )


def as_json(trend: Trend, lang: Lang, out: TextIO, view: View) -> None:
    document = {
        "department": trend.targets.department,
        "year": trend.targets.year,
        "profile": trend.targets.rules.profile,
        "year_end": trend.year_end,
        "periods": [{"period": p.text, "file": p.file} for p in trend.periods],
        "indicators": [
            {
                "id": row.indicator.id,
                "name": row.indicator.name,
                "target": row.indicator.target.text(),
                "cumulative": row.points[0].cumulative if row.points else None,
                "points": [
                    {
                        "period": period.text,
                        "actual": actual_json(p.reading),
                        "expected": expected_figure(p),
                        "progress": p.progress,
                        "light": p.light.value,
                    }
                    for period, p in zip(trend.periods, row.points, strict=True)
                ],
                "final": row.final.value,
                "outcome": row.outcome.value if row.outcome is not None else None,
            }
            for row in trend.indicators
        ],
        "budget": [
            {
                "period": period.text,
                "rate": budget.rate,
                "expected": budget.expected,
                "progress": budget.progress,
                "light": budget.light.value,
            }
            for period, budget in zip(trend.periods, trend.budget, strict=True)
        ],
        "projection": [
            {
                "period": p.text,
                "total": p.result.projection.total,
                "grade": p.result.projection.grade,
            }
            for p in trend.periods
        ],
    }
    out.write(dumps(document) + "\n")


def as_csv(trend: Trend, lang: Lang, out: TextIO, view: View) -> None:
    """One row per indicator and period (long form), for spreadsheets and scripts."""
    labels = LABELS[lang]
    keys = ("id", "level3", "target", "period", "actual", "progress", "light", "final")
    last = len(trend.periods) - 1
    rows = (
        [
            row.indicator.id, row.indicator.name, row.indicator.target.text(),
            period.text, actual_text(p), progress_text(p), _status(row, index, lang)[0],
            _final(row, lang) if index == last else "",
        ]
        for row in trend.indicators
        for index, (period, p) in enumerate(zip(trend.periods, row.points, strict=True))
    )  # fmt: skip
    write_rows(out, [labels[k] for k in keys], rows)


def as_markdown(trend: Trend, lang: Lang, out: TextIO, view: View) -> None:
    labels = LABELS[lang]
    out.write(md_line(f"# {_title(trend, lang)}") + "\n")
    header = [labels["level3"], labels["target"], *(p.text for p in trend.periods),
              labels["spark"], labels["final"]]  # fmt: skip
    out.write(md_row(header))
    out.write("|" + "---|" * len(header) + "\n")
    for row in trend.indicators:
        cells = [f"{row.indicator.id}.{row.indicator.name}", row.indicator.target.text(),
                 *(text for text, _ in _cells(row, lang)), sparkline(row),
                 _final(row, lang)]  # fmt: skip
        out.write(md_row(cells))
    out.write("\n")
    for line in _footer(trend, lang):
        out.write(md_line(f"- {line}"))


def _footer(trend: Trend, lang: Lang) -> list[str]:
    labels = LABELS[lang]
    sep = say("colon", lang)
    budget = "  ".join(
        f"{period.text} {percent(b.rate)}（{LIGHT_WORDS[lang][b.light]}）"
        for period, b in zip(trend.periods, trend.budget, strict=True)
    )
    projection = "  ".join(
        f"{p.text} {p.result.projection.total}（{p.result.projection.grade}）"
        for p in trend.periods
    )
    lines = [f"{labels['budget']}{sep}{budget}", f"{labels['projection']}{sep}{projection}"]
    if trend.year_end:
        lines += [_outcomes(trend, lang), labels["final_note"]]
    if note := profile_note(trend.targets.rules, lang):
        lines.append(note)
    return lines


def _outcomes(trend: Trend, lang: Lang) -> str:
    """年终（2022Q4）：达成 32 个，未达成 2 个（3-2、2-8）, then the missing and not applicable."""
    labels = LABELS[lang]
    unmet = [row.indicator.id for row in trend.indicators if row.outcome is Status.UNMET]
    counts = {status.value: trend.count(status) for status in Status}
    line = labels["year_end"].format(period=trend.periods[-1].text)
    line += labels["outcomes"].format(**counts)
    if unmet:
        line += labels["unmet_ids"].format(ids=shown(unmet, lang))
    for key in ("missing", "not_applicable"):
        if counts[key]:
            line += labels[key].format(**counts)
    return line


def as_text(trend: Trend, lang: Lang, out: TextIO, view: View) -> None:
    from perfcheck.reports.layout import titled_table

    table = _table(trend, lang, view.width)
    titled_table(out, view, _title(trend, lang), table, _footer(trend, lang))


def _table(trend: Trend, lang: Lang, width: int) -> Table:
    from rich.text import Text

    from perfcheck.reports.layout import Column, Kind, Row, indicator_table

    labels = LABELS[lang]
    columns = [
        Column(labels["level3"], Kind.NAME),
        Column(labels["target"], Kind.VALUE),
        *(Column(period.text, Kind.VALUE, "right") for period in trend.periods),
        Column(labels["spark"], Kind.SHORT),
        Column(labels["final"], Kind.SHORT),
    ]
    rows: list[Row] = []
    for row in trend.indicators:
        cells = [Text(visible(text), style=style) for text, style in _cells(row, lang)]
        final = Text(_final(row, lang), style=_final_style(row))
        rows.append(Row(text_cells(
            f"{row.indicator.id}.{row.indicator.name}", row.indicator.target.text(), *cells,
            sparkline(row), final,
        )))  # fmt: skip
    return indicator_table(columns, rows, width)
