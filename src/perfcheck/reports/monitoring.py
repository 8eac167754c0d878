"""Rendering an in-year monitoring result (绩效运行监控表): lights against 序时进度."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, TextIO

from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text, money, percent, to_cents
from perfcheck.model.indicators import level1_groups
from perfcheck.model.target_forms import QuantitativeTarget
from perfcheck.reports.jsontext import dumps
from perfcheck.reports.markup import md_line, md_row, write_csv
from perfcheck.reports.project import project_json, subject
from perfcheck.reports.score import part_actual_text, part_label
from perfcheck.reports.visible import text_cells
from perfcheck.results.monitoring import IndicatorProgress, Light, MonitoringResult
from perfcheck.text import say, words

if TYPE_CHECKING:
    from rich.table import Table

    from perfcheck.model.readings import Reading
    from perfcheck.reports.render import View

LABELS = words("monitoring")

LIGHT_WORDS = words("light")  # by Light
LIGHT_STYLES = {Light.GREEN: "green", Light.YELLOW: "yellow", Light.RED: "bold red"}


def _quantity(value: Decimal | None, p: IndicatorProgress) -> str:
    if value is None:
        return "—"
    return _number(value) + _unit(p)


def _number(value: Decimal) -> str:
    """Counts due by now may be fractional (17 × 6/12 = 8.5): two places at most, no zeros."""
    return decimal_text(to_cents(value))


def actual_text(p: IndicatorProgress) -> str:
    """As the department wrote it: 91.2%, 5次, 良, the date a time target was done."""
    reading = p.reading
    if reading is not None and reading.done_text is not None:
        return reading.done_text
    if reading is None or reading.value is None:
        return "—" if reading is None or reading.grade is None else reading.grade
    return decimal_text(reading.value) + _unit(p)


def _unit(p: IndicatorProgress) -> str:
    target = p.indicator.target
    return target.unit if isinstance(target, QuantitativeTarget) else ""


def forecast_text(p: IndicatorProgress) -> str:
    """全年预计: a quantity in the indicator's unit, a grade, or a time target's date as the
    department wrote it (2023年11月)."""
    forecast = p.reading.forecast if p.reading is not None else None
    if forecast is None:
        return ""
    if forecast.done_text is not None:
        return forecast.done_text
    return forecast.grade if forecast.grade is not None else _quantity(forecast.value, p)


def expected_text(p: IndicatorProgress) -> str:
    return _quantity(p.expected, p)


def expected_figure(p: IndicatorProgress) -> Decimal | None:
    """What is due by now as every report gives it, to the cent (17 × 5/12 = 7.08): the engine
    keeps it exact, which for a month is a fraction without end."""
    return to_cents(p.expected) if p.expected is not None else None


def progress_text(p: IndicatorProgress) -> str:
    return percent(p.progress) if p.progress is not None else "—"


def _title(result: MonitoringResult, lang: Lang) -> str:
    project = result.targets.kind == "project"
    return LABELS[lang]["title_project" if project else "title"].format(
        subject=subject(result.targets, lang),
        year=result.targets.year,
        period=result.period,
        elapsed=percent(result.elapsed),
    )


# --- JSON --------------------------------------------------------------------------------------


def as_json(result: MonitoringResult, lang: Lang, out: TextIO, view: View) -> None:
    out.write(dumps(contract(result)) + "\n")


def contract(result: MonitoringResult) -> dict[str, object]:
    """The public JSON shape of `perfcheck score --format json` for a monitoring period."""
    budget = result.budget
    projection = result.projection
    return {
        "kind": result.targets.kind,
        **project_json(result.targets),
        "department": result.targets.department,
        "year": result.targets.year,
        "period": result.period,
        "mode": "monitoring",
        "profile": result.targets.rules.profile,
        "elapsed": result.elapsed,
        "lights": {light.value: result.tally(light) for light in Light},
        "budget": {
            "adjusted": budget.adjusted,
            "spent": budget.spent,
            "rate": budget.rate,
            "expected": budget.expected,
            "progress": budget.progress,
            "light": budget.light.value,
        },
        "indicators": [_indicator_json(p) for p in result.indicators],
        "projection": {
            "total": projection.total,
            "grade": projection.grade,
            "budget_score": projection.budget.score,
        },
    }


def _indicator_json(p: IndicatorProgress) -> dict[str, object]:
    reading = p.reading
    forecast = reading.forecast if reading is not None else None
    return {
        "id": p.indicator.id,
        "level1": p.indicator.level1,
        "level2": p.indicator.level2,
        "name": p.indicator.name,
        "target": p.indicator.target.text(),
        "cumulative": p.cumulative,
        "expected": expected_figure(p),
        "actual": actual_json(reading),
        "progress": p.progress,
        "light": p.light.value,
        "forecast": _forecast_json(forecast),
        "likelihood": reading.likelihood if reading is not None else None,
        "basis": p.basis.value,
        "flags": ["needs_explanation"] if p.needs_explanation else [],
        "explanation": reading.explanation if reading is not None else None,
    } | _parts_json(p)


def _forecast_json(forecast: Reading | None) -> Decimal | str | None:
    """The value, the grade, or a time target's date as written (`2023年11月`)."""
    if forecast is None:
        return None
    return forecast.done_text or forecast.grade or forecast.value


def actual_json(reading: Reading | None) -> Decimal | str | None:
    """The value, the grade, or the date a time target was done, as written (`2023年6月`)."""
    if reading is None:
        return None
    return reading.done_text or reading.grade or reading.value


def _parts_json(p: IndicatorProgress) -> dict[str, object]:
    """`parts` only where the indicator has "其中" sub-rows: shown, never judged, no light."""
    if not p.parts:
        return {}
    return {"parts": [{"name": s.name, "target": s.target, "actual": s.actual} for s in p.parts]}


# --- CSV and Markdown --------------------------------------------------------------------------


def _header(lang: Lang) -> list[str]:
    keys = (
        "level1", "level2", "level3", "target", "expected", "actual", "progress", "light",
        "forecast", "likelihood", "explanation",
    )  # fmt: skip
    return [LABELS[lang][k] for k in keys]


def _rows(result: MonitoringResult, lang: Lang) -> Iterator[tuple[str, list[str]]]:
    words = LIGHT_WORDS[lang]
    for _, members in level1_groups(list(result.targets.indicators)):
        for index in members:
            p = result.indicators[index]
            reading = p.reading
            yield "row_indicator", [
                p.indicator.level1, p.indicator.level2, f"{p.indicator.id}.{p.indicator.name}",
                p.indicator.target.text(), expected_text(p), actual_text(p), progress_text(p),
                words[p.light], forecast_text(p), (reading.likelihood or "") if reading else "",
                (reading.explanation or "") if reading else "",
            ]  # fmt: skip
            for part in p.parts:
                yield "row_part", [
                    "", "", part_label(part, lang), part.target, "", part_actual_text(part),
                    *[""] * 5,
                ]  # fmt: skip
    budget = result.budget
    yield "row_budget", [
        LABELS[lang]["budget_row"], "", "", money(budget.adjusted), percent(budget.expected),
        percent(budget.rate), percent(budget.progress), words[budget.light], "", "", "",
    ]  # fmt: skip
    projection = result.projection
    yield "row_projection", [
        LABELS[lang]["row_projection"], "", "", "", "", decimal_text(projection.total), "", "",
        projection.grade, "", "",
    ]  # fmt: skip


def as_csv(result: MonitoringResult, lang: Lang, out: TextIO, view: View) -> None:
    write_csv(out, _header(lang), _rows(result, lang), LABELS[lang])


def as_markdown(result: MonitoringResult, lang: Lang, out: TextIO, view: View) -> None:
    out.write(md_line(f"# {_title(result, lang)}") + "\n")
    out.write(md_row(_header(lang)))
    out.write(md_row(["---"] * 4 + ["---:"] * 3 + [":---:", "---:", "---", "---"]))
    for kind, cells in _rows(result, lang):
        if kind in ("row_indicator", "row_part"):
            out.write(md_row(cells))
    out.write("\n")
    for line in _summary(result, lang):
        out.write(md_line(f"- {line}"))


def _summary(result: MonitoringResult, lang: Lang) -> list[str]:
    """Red items first, then yellow, then what needs an explanation, the budget, the projection."""
    labels = LABELS[lang]
    sep = say("colon", lang)

    def listed(keep: Light | None = None, *, explain: bool = False, missing: bool = False) -> str:
        return "；".join(
            f"{p.indicator.id} {p.indicator.name}"
            + (f"（{progress_text(p)}）" if p.progress is not None else "")
            for p in result.indicators
            if (keep is not None and p.light is keep)
            or (explain and p.needs_explanation)
            or (missing and p.reading is None)
        )

    budget = result.budget
    lines = [
        f"{labels['red']}{sep}{listed(Light.RED)}",
        f"{labels['yellow']}{sep}{listed(Light.YELLOW)}",
        f"{labels['needs_explanation']}{sep}{listed(explain=True)}",
        f"{labels['missing']}{sep}{listed(missing=True)}",
    ]
    lines = [line for line in lines if not line.endswith(sep)]
    lines.append(
        f"{labels['budget']}{sep}{labels['rate']} {percent(budget.rate)}，"
        f"{labels['elapsed']} {percent(budget.expected)}，{labels['progress']} "
        f"{percent(budget.progress)}（{LIGHT_WORDS[lang][budget.light]}）"
    )
    counts = {light.value: result.tally(light) for light in Light}
    lines.append(labels["lights"].format(**counts))
    projection = result.projection
    lines.append(
        f"{labels['projection']}{sep}{decimal_text(projection.total)}（{projection.grade}）"
    )
    return lines


# --- Terminal ----------------------------------------------------------------------------------


def as_text(result: MonitoringResult, lang: Lang, out: TextIO, view: View) -> None:
    from perfcheck.reports.layout import titled_table

    table = _table(result, lang, view.width)
    titled_table(out, view, _title(result, lang), table, _summary(result, lang))


def _table(result: MonitoringResult, lang: Lang, width: int) -> Table:
    from rich.text import Text

    from perfcheck.reports.layout import Column, Kind, Row, indicator_table, level_heads

    labels = LABELS[lang]
    words = LIGHT_WORDS[lang]
    columns = [
        Column(labels["level1"], Kind.LEVEL),
        Column(labels["level2"], Kind.LEVEL),
        Column(labels["level3"], Kind.NAME),
        Column(labels["target"], Kind.VALUE),
        Column(labels["expected"], Kind.VALUE, "right"),
        Column(labels["actual"], Kind.VALUE, "right"),
        Column(labels["progress"], Kind.SHORT, "right"),
        Column(labels["light"], Kind.SHORT),
        Column(labels["forecast"], Kind.VALUE, "right"),
    ]
    rows: list[Row] = []
    for level1, members in level1_groups(list(result.targets.indicators)):
        group = [result.indicators[index] for index in members]
        heads = level_heads(level1, [p.indicator.level2 for p in group])
        for position, (p, (shown1, shown2)) in enumerate(zip(group, heads, strict=True)):
            last = position == len(group) - 1
            rows.append(Row(text_cells(
                shown1, shown2, f"{p.indicator.id}.{p.indicator.name}",
                p.indicator.target.text(), expected_text(p), actual_text(p), progress_text(p),
                Text(words[p.light], style=LIGHT_STYLES.get(p.light, "dim")), forecast_text(p),
            ), end_section=last and not p.parts))  # fmt: skip
            rows.extend(
                Row(text_cells("", "", part_label(part, lang), part.target, "",
                               part_actual_text(part), "", "", ""), style="dim",
                    end_section=last and n == len(p.parts) - 1)
                for n, part in enumerate(p.parts)
            )  # fmt: skip
    return indicator_table(columns, rows, width)
