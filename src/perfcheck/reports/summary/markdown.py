"""The review pack as Markdown: readable as plain text and on a code-hosting site."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text, money, percent, rounded_text
from perfcheck.model import TargetFile
from perfcheck.reports.monitoring import (
    LIGHT_WORDS,
    actual_text,
    expected_text,
    forecast_text,
    progress_text,
)
from perfcheck.reports.score import actual_text as score_actual
from perfcheck.reports.score import completion_text
from perfcheck.reports.summary.labels import LABELS
from perfcheck.scoring import IndicatorResult
from perfcheck.summary import (
    InputFile,
    MonitoringSummary,
    Summary,
    monitoring_narrative,
    narrative,
    share,
)


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |\n"


def _table(header: list[str], rows: Iterable[list[str]], align: str = "") -> str:
    marks = [{"r": "---:", "c": ":---:"}.get(a, "---") for a in align.ljust(len(header), "l")]
    return _row(header) + _row(marks) + "".join(_row(r) for r in rows) + "\n"


def render(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    r = summary.result
    targets = r.targets
    out = [f"# {labels['title'].format(department=targets.department, year=targets.year)}\n\n"]
    out.append(_basics(summary.result.targets, r.period, lang))
    out.append(f"## {labels['overall']}\n\n{narrative(summary, lang)}\n\n")
    out.append(f"**{labels['total']}：{decimal_text(r.total)}　{labels['grade']}：{r.grade}**\n\n")
    if r.rescaled:
        na = rounded_text(targets.rules.total_points - r.applicable_points, targets.rules.rounding)
        out.append(labels["rescaled"].format(na=na, total=targets.rules.total_points) + "\n\n")
    out.append(_groups_table(summary, lang))
    out.append(_budget_table(summary, lang))
    out.append(_counts_table(summary, lang))
    out.append(f"## {labels['table']}\n\n")
    out.append(_indicator_table(summary, lang))
    out.append(f"## {labels['deviations']}\n\n")
    out.append(_deviations(summary, lang))
    out.append(f"## {labels['measures']}\n\n")
    out.append(_listed(summary.measures, lambda i: i.explanation or "", lang))
    out.append(_made_by(summary.inputs, summary.version, lang))
    return "".join(out)


def _basics(targets: TargetFile, period: str, lang: Lang) -> str:
    labels = LABELS[lang]
    sources = "，".join(f"{k} {money(v)}" for k, v in targets.budget.sources.items())
    lines = [
        f"## {labels['basics']}\n\n",
        f"- {labels['department']}：{targets.department}\n",
        f"- {labels['year']}：{targets.year}　{labels['period']}：{period}\n",
        f"- {labels['money_unit']}：{targets.money_unit}\n",
        f"- {labels['budget_total']}：{money(targets.budget.total)}"
        + (f"（{sources}）" if sources else "")
        + "\n",
        f"- {labels['tasks']}：\n",
    ]
    lines += [f"  {t.id}. **{t.name}**：{t.content}\n" for t in targets.tasks]
    return "".join(lines) + "\n"


def _groups_table(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    quantum = summary.result.targets.rules.rounding
    rows = [
        [g.level1, rounded_text(g.points, quantum), decimal_text(g.score), percent(share(g))]
        for g in summary.result.groups
        if g.points > 0
    ]
    header = [labels["level1"], labels["points"], labels["score"], labels["share"]]
    return _table(header, rows, "lrrr")


def _budget_table(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    b = summary.result.budget
    quantum = summary.result.targets.rules.rounding
    header = [labels[k] for k in ("initial", "adjusted", "spent", "rate", "points", "score")]
    row = [money(b.initial), money(b.adjusted), money(b.spent), percent(b.rate),
           rounded_text(b.points, quantum), decimal_text(b.score)]  # fmt: skip
    return f"**{labels['budget']}**\n\n" + _table(header, [row], "rrrrrr")


def _counts_table(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    c = summary.counts
    header = [labels[k] for k in ("set", "met", "unmet", "missing", "not_applicable")]
    row = [str(v) for v in (c.set, c.met, c.unmet, c.missing, c.not_applicable)]
    return f"**{labels['counts']}**\n\n" + _table(header, [row], "rrrrr")


def _indicator_table(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    quantum = summary.result.targets.rules.rounding
    keys = ("level1", "level2", "level3", "target", "actual", "points", "score", "explanation")
    rows = [
        [
            r.indicator.level1, r.indicator.level2, f"{r.indicator.id}.{r.indicator.name}",
            r.indicator.target.text(), score_actual(r, lang), rounded_text(r.points, quantum),
            decimal_text(r.score), r.explanation or r.not_applicable or "",
        ]
        for r in summary.result.indicators
    ]  # fmt: skip
    return _table([labels[k] for k in keys], rows, "lllllrrl")


def _listed(
    items: tuple[IndicatorResult, ...], text: Callable[[IndicatorResult], str], lang: Lang
) -> str:
    if not items:
        return LABELS[lang]["none"] + "\n\n"
    return "".join(f"- **{i.indicator.id} {i.indicator.name}**：{text(i)}\n" for i in items) + "\n"


def _deviations(summary: Summary, lang: Lang) -> str:
    labels = LABELS[lang]
    missing_text = labels["no_explanation"]
    out = [f"### {labels['unmet_section']}\n\n"]
    out.append(
        _listed(
            summary.unmet,
            lambda i: (
                f"{score_actual(i, lang)} / {i.indicator.target.text()}，"
                f"{completion_text(i)}。{i.explanation or missing_text}"
            ),
            lang,
        )
    )
    out.append(f"### {labels['over_section']}\n\n")
    out.append(
        _listed(
            summary.overachieved,
            lambda i: (
                f"{score_actual(i, lang)} / {i.indicator.target.text()}，"
                f"{completion_text(i)}。{i.explanation or missing_text}"
            ),
            lang,
        )
    )
    out.append(f"### {labels['gap_section']}\n\n")
    gaps = _listed(summary.unexplained, lambda i: labels["no_explanation"], lang)
    budget = summary.result.budget
    if budget.needs_explanation:
        threshold = percent(summary.result.targets.rules.explanation_threshold)
        line = labels["budget_gap"].format(rate=percent(budget.rate), threshold=threshold)
        gaps = ("" if not summary.unexplained else gaps.rstrip("\n") + "\n") + f"- {line}\n\n"
    out.append(gaps)
    out.append(f"### {labels['na_section']}\n\n")
    out.append(_listed(summary.not_applicable, lambda i: i.not_applicable or "", lang))
    out.append(f"### {labels['adjust_section']}\n\n")
    out.append(
        _listed(
            summary.adjusted,
            lambda i: f"{i.adjustment}。{i.explanation or missing_text}",
            lang,
        )
    )
    return "".join(out)


def _made_by(inputs: tuple[InputFile, ...], version: str, lang: Lang) -> str:
    lines = ["---\n\n", LABELS[lang]["made_by"].format(version=version) + "：\n\n"]
    lines += [f"- `{f.path}` (SHA-256 `{f.sha256}`)\n" for f in inputs]
    return "".join(lines)


def render_monitoring(summary: MonitoringSummary, lang: Lang) -> str:
    labels = LABELS[lang]
    r = summary.result
    words = LIGHT_WORDS[lang]
    title = labels["monitoring_title"].format(
        department=r.targets.department, year=r.targets.year, period=r.period
    )
    out = [f"# {title}\n\n", _basics(r.targets, r.period, lang)]
    out.append(f"## {labels['overall']}\n\n{monitoring_narrative(summary, lang)}\n\n")
    b = r.budget
    out.append(
        f"**{labels['budget']}**\n\n"
        + _table(
            [labels["adjusted"], labels["spent"], labels["rate"], labels["expected"],
             labels["progress"], labels["lights"]],
            [[money(b.adjusted), money(b.spent), percent(b.rate), percent(b.expected),
              percent(b.progress), words[b.light]]],
            "rrrrrc",
        )
    )  # fmt: skip
    out.append(f"## {labels['table']}\n\n")
    keys = ("level1", "level2", "level3", "target", "expected", "actual", "progress", "lights",
            "forecast", "explanation")  # fmt: skip
    rows = [
        [
            p.indicator.level1, p.indicator.level2, f"{p.indicator.id}.{p.indicator.name}",
            p.indicator.target.text(), expected_text(p), actual_text(p), progress_text(p),
            words[p.light], forecast_text(p),
            (p.reading.explanation or "") if p.reading is not None else "",
        ]
        for p in r.indicators
    ]  # fmt: skip
    out.append(_table([labels[k] for k in keys], rows, "lllrrrrcrl"))
    projection = r.projection
    out.append(
        f"**{labels['projection']}：{decimal_text(projection.total)}（{projection.grade}）**\n\n"
    )
    out.append(_made_by(summary.inputs, summary.version, lang))
    return "".join(out)
