"""Each actual read in the terms of its indicator (read_actuals): a quantity in the indicator's
unit, a grade of its scale or the date it was done; what does not fit, a located finding."""

import difflib
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import NamedTuple

from perfcheck.diagnostics import DataPath, Finding, LineOf
from perfcheck.formatting import decimal_text, half_up, percent
from perfcheck.model.actuals import ActualEntry, ActualsFile
from perfcheck.model.bounds import OUT_OF_RANGE, representable
from perfcheck.model.execution import budget_base, budget_row_rate
from perfcheck.model.indicators import ANY_ID, INDICATOR_ID, Indicator, id_form
from perfcheck.model.names import names_a_rate
from perfcheck.model.notation.dates import DateSpan, parse_date
from perfcheck.model.notation.errors import NotationError
from perfcheck.model.notation.numbers import WrittenValue, parse_amount
from perfcheck.model.notation.spelling import normalise
from perfcheck.model.notation.target_text import DEFAULT_SCALE
from perfcheck.model.notation.units import in_unit
from perfcheck.model.scales import COMPLETION_WORDS, Band, Scale
from perfcheck.model.target_forms import QualitativeTarget, QuantitativeTarget, TimeTarget
from perfcheck.model.targets import TargetFile
from perfcheck.reading.invisible import visible
from perfcheck.text import Phrase


class Reading(NamedTuple):
    """An actual read in the terms of its indicator."""

    value: Decimal | None = None  # quantitative, in the indicator's unit
    grade: str | None = None  # qualitative
    share: Decimal | None = None  # qualitative: the share of the points earned
    band: Band | None = None
    done: DateSpan | None = None  # a time target: when it was done
    not_applicable: str | None = None
    explanation: str | None = None
    adjustment: Decimal | None = None
    forecast: "Reading | None" = None  # 全年预计完成值, read like the value
    likelihood: str | None = None  # 完成可能性
    parts: "tuple[tuple[str, Reading], ...]" = ()  # "其中" sub-rows' actuals, by name: shown only
    written: str | None = None  # a time target's date as the file wrote it (2023年10月)

    @property
    def done_text(self) -> str | None:
        """When a time target was done, as every report shows it: as the file wrote it
        (`2023年10月`, not `2023-10`); None for any other actual."""
        if self.done is None:
            return None
        return self.written or self.done.text()


class ReadActuals(NamedTuple):
    readings: dict[str, Reading]
    findings: list[Finding]
    # Each indicator's key in the actuals file as written — its id or its exact name (as
    # `perfcheck import` writes them) — by the indicator's id: where a finding about the actual
    # stands (`actual_at`).
    keys: dict[str, str]


def actual_at(keys: Mapping[str, str], indicator_id: str) -> DataPath:
    """Where an indicator's actual stands in the actuals file: at its key, whether it is keyed
    by id or by name; at `actuals:` when the file gives none."""
    key = keys.get(indicator_id)
    return ("actuals",) if key is None else ("actuals", key)


def read_actuals(actuals: ActualsFile, targets: TargetFile) -> ReadActuals:
    """Interpret every actual against its indicator; report what does not fit."""
    findings = [*_period_findings(actuals, targets), *_budget_findings(actuals, targets)]
    by_id = {indicator.id: indicator for indicator in targets.indicators}
    by_name: dict[str, list[Indicator]] = {}
    for each in targets.indicators:
        by_name.setdefault(each.name, []).append(each)
    readings: dict[str, Reading] = {}
    first_key: dict[str, str] = {}  # indicator id → the key that gave it first
    for key, entry in actuals.actuals.items():
        named = by_name.get(key, [])
        if key not in by_id and len(named) > 1:
            args = {"name": key, "count": len(named), "ids": [i.id for i in named]}
            findings.append(Finding("D037", ("actuals", key), args, at_key=True))
            continue
        indicator = by_id.get(key) or (named[0] if named else None)
        if indicator is None:
            findings.append(_unknown_id(key, by_id, targets))
            continue
        first = first_key.setdefault(indicator.id, key)
        if first != key:
            again = {"key": key, "first": first, "id": indicator.id}
            where = {"first_line": LineOf(("actuals", first))}
            findings.append(Finding("D038", ("actuals", key), {**again, **where}, at_key=True))
            continue
        reading, problems = _read(indicator, entry, targets, ("actuals", key))
        findings.extend(problems)
        if indicator.is_budget_row:
            reading = _budget_row_reading(entry, reading, budget_row_rate(actuals, targets))
            written = _budget_row_rate_written(indicator, entry, reading, actuals, targets)
            findings.extend(Finding("W015", ("actuals", key, "value"), args) for args in written)
        if reading is not None:
            readings[indicator.id] = reading
    row = targets.budget_row
    if row is not None and row.id not in first_key:  # not written: the rate the budget gives
        readings[row.id] = Reading(value=budget_row_rate(actuals, targets))
    return ReadActuals(readings, findings, first_key)


def _budget_row_reading(
    entry: ActualEntry, reading: Reading | None, rate: Decimal
) -> Reading | None:
    """A 预算执行率 row's actual: as written, or without a value the rate the budget gives
    (its explanation kept)."""
    if entry.value is not None or entry.not_applicable is not None:
        return reading
    return Reading(value=rate, explanation=entry.explanation)


def _budget_row_rate_written(
    indicator: Indicator,
    entry: ActualEntry,
    reading: Reading | None,
    actuals: ActualsFile,
    targets: TargetFile,
) -> Iterator[dict[str, object]]:
    """A rate written on a 预算执行率 row that is not the budget's at the places it is written
    to (95% for 94.83 % is fine): W015; it scores as written."""
    written = _written_percent(entry.value) if entry.value is not None else None
    if reading is None or written is None:
        return
    rate = budget_row_rate(actuals, targets)
    places = written.as_tuple().exponent
    shown = half_up(rate, Decimal(1).scaleb(places)) if isinstance(places, int) else rate
    if shown != written:
        yield {"id": indicator.id, "value": f"{written}%", "rate": f"{rate}%"}


def _written_percent(value: Decimal | str) -> Decimal | None:
    """A written execution rate as a number of per cent (`95%`, `95`), if it reads as one."""
    if isinstance(value, Decimal):
        return value
    try:
        amount = parse_amount(value)
    except ValueError:
        return None
    return amount.value if amount.unit in ("", "%") and representable(amount.value) else None


def _period_findings(actuals: ActualsFile, targets: TargetFile) -> Iterator[Finding]:
    period = actuals.parsed_period
    if period.year != targets.year:
        args = {"period": period.text, "year": targets.year}
        yield Finding("D024", ("period",), args)


_DENOMINATOR_NAMES = {
    "initial": {"which": Phrase("budget.initial")},
    "adjusted": {"which": Phrase("budget.adjusted")},
}


def _budget_findings(actuals: ActualsFile, targets: TargetFile) -> Iterator[Finding]:
    if budget_base(actuals, targets).denominator == 0:
        yield Finding("D032", ("budget",), _DENOMINATOR_NAMES[targets.rules.budget_denominator])


def _unknown_id(key: str, by_id: dict[str, Indicator], targets: TargetFile) -> Finding:
    names = [i.name for i in targets.indicators]
    close = difflib.get_close_matches(key, [*by_id, *names], n=3)
    if not (INDICATOR_ID if targets.task_numbered else ANY_ID).fullmatch(key):
        args = {"id": key, "form": id_form(targets.task_numbered)}
        return Finding("S015", ("actuals", key), args, at_key=True)
    return Finding("D020", ("actuals", key), {"id": key, "close": close or ["—"]}, at_key=True)


def _unusable_adjustment(entry: ActualEntry) -> str | None:
    """Why an entry's adjustment cannot apply (a D034 reason), if it cannot: written empty (an
    `adjustment:` with no amount is not silently dropped), or nothing to adjust."""
    if entry.adjustment is None:
        return "D034.no_amount" if "adjustment" in entry.model_fields_set else None
    if entry.not_applicable is not None:
        return "D034.not_applicable"
    return "D034.no_value" if entry.value is None else None


def _read(
    indicator: Indicator, entry: ActualEntry, targets: TargetFile, at: DataPath
) -> tuple[Reading | None, list[Finding]]:
    problems: list[Finding] = []
    if entry.adjustment is not None and not entry.explanation:
        problems.append(Finding("D025", (*at, "adjustment"), {"id": indicator.id}))
    reason = _unusable_adjustment(entry)
    if reason is not None:
        args = {"id": indicator.id, "reason": Phrase(reason)}
        problems.append(Finding("D034", (*at, "adjustment"), args))
    if entry.not_applicable is not None:
        if entry.value is not None:
            problems.append(Finding("D026", (*at, "value"), {"id": indicator.id}))
        return Reading(not_applicable=entry.not_applicable, explanation=entry.explanation), problems
    parts = _parts(indicator, entry, targets, at, problems)
    if entry.value is None:
        return None, problems  # no value: the indicator counts as missing
    reading = _interpret(indicator, entry.value, entry.score_rate, targets, at, problems)
    forecast = None
    if entry.forecast is not None:
        forecast = _interpret(indicator, entry.forecast, None, targets, at, problems, "forecast")
    if reading is None:
        return None, problems
    complete = reading._replace(  # the value read, with what the entry says beside it
        explanation=entry.explanation,
        adjustment=entry.adjustment,
        forecast=forecast,
        likelihood=entry.likelihood,
        parts=parts,
    )
    return complete, problems


def _parts(
    indicator: Indicator,
    entry: ActualEntry,
    targets: TargetFile,
    at: DataPath,
    problems: list[Finding],
) -> tuple[tuple[str, Reading], ...]:
    """Each "其中" sub-row's actual, read against the sub-row's own target as an indicator's
    would be; a name the indicator has no sub-row for is D042."""
    own = {part.name: part for part in indicator.parts}
    read: list[tuple[str, Reading]] = []
    for name, raw in entry.parts.items():
        part = own.get(name)
        if part is None:
            args = {"id": indicator.id, "name": name, "known": list(own) or ["—"]}
            problems.append(Finding("D042", (*at, "parts", name), args, at_key=True))
            continue
        row = Indicator.model_construct(
            id=indicator.id, name=part.name, target=part.target, direction=part.direction
        )
        reading = _interpret(row, raw, None, targets, (*at, "parts"), problems, name)
        if reading is not None:
            read.append((name, reading))
    return tuple(read)


def _interpret(
    indicator: Indicator,
    raw: Decimal | str,
    score_rate: Decimal | None,
    targets: TargetFile,
    at: DataPath,
    problems: list[Finding],
    key: str = "value",
) -> Reading | None:
    """A value (or forecast) in the terms of its indicator: a quantity or a grade."""
    target = indicator.target
    if isinstance(target, QualitativeTarget):
        return _qualitative(indicator, target, raw, score_rate, targets, at, key, problems)
    if score_rate is not None:
        problems.append(Finding("D030", (*at, "score_rate"), {"id": indicator.id}))
    where = (*at, key)
    if isinstance(target, TimeTarget):
        return _date(indicator, target, raw, where, problems)
    value = _quantity(indicator, target, raw, where, problems)
    if value is None:
        return None
    if value < 0:
        problems.append(Finding("D028", where, {"id": indicator.id, "value": decimal_text(value)}))
    elif target.unit == "%" and value > 100 and _bounded_rate(indicator):
        problems.append(Finding("D029", where, {"id": indicator.id, "value": f"{value}%"}))
    return Reading(value=value)


def _quantity(
    indicator: Indicator,
    target: QuantitativeTarget,
    raw: Decimal | str | None,
    where: DataPath,
    problems: list[Finding],
) -> Decimal | None:
    def args() -> dict[str, object]:
        return {"id": indicator.id, "value": str(raw), "target": target.text()}

    try:
        amount = WrittenValue(raw, "") if isinstance(raw, Decimal) else parse_amount(str(raw))
    except NotationError as error:  # another base (Y011), 1e3 or `8 0` (D033)
        problems.append(Finding(error.code, where, {**error.args_, "id": indicator.id}))
        return None
    except ValueError:
        problems.append(
            _words_for_number(indicator, target, str(raw), where) or Finding("D027", where, args())
        )
        return None
    if amount.comparator not in (None, target.comparator):
        problems.append(Finding("D031", where, args()))
        return None
    if amount.comparator is not None:  # `≥266米`: read as 266米, the table's habit noted
        problems.append(Finding("W006", where, args()))
    if not representable(amount.value):  # before anything is computed with it
        problems.append(Finding("S005", where, OUT_OF_RANGE))
        return None
    value: Decimal | None = amount.value
    if amount.unit and not _same_unit(amount.unit, target.unit):
        value = in_unit(amount.value, amount.unit, target.unit)  # 1.2亿元 for 万元: 12000
    if value is None:
        units = {"unit": amount.unit, "expected": target.unit}
        problems.append(Finding("D021", where, args() | units))
        return None
    if not representable(value):  # 1元 in 亿元 is finer than a millionth
        problems.append(Finding("S005", where, OUT_OF_RANGE))
        return None
    return value


# Words a self-evaluation writes for "none happened" (无上访, 没有发生, 零事故): the number is 0.
_NONE_WORDS = ("无", "没有", "未发生", "零", "未出现")


def _words_for_number(
    indicator: Indicator, target: QuantitativeTarget, raw: str, where: DataPath
) -> Finding | None:
    """Words where a count is expected (无上访 for ≤5次): the number to write, the words kept
    as the explanation."""
    words = normalise(raw)
    if not words.startswith(_NONE_WORDS) or any(ch.isdigit() for ch in words):
        return None
    args = {"id": indicator.id, "value": raw, "target": target.text(), "number": 0}
    return Finding("D036", where, args)


def _date(
    indicator: Indicator,
    target: TimeTarget,
    raw: Decimal | str,
    where: DataPath,
    problems: list[Finding],
) -> Reading | None:
    """The actual of a time target is the date it was done (2023年10月, 2023-10-15), its
    words kept for the reports."""
    try:
        return Reading(done=parse_date(str(raw)), written=str(raw).strip())
    except ValueError:
        args = {"id": indicator.id, "value": str(raw), "target": target.text()}
        problems.append(Finding("D035", where, args))
        return None


def _same_unit(written: str, expected: str) -> bool:
    """`次` is fine for a `次/年` indicator: the period is the year being reported."""
    return written == expected or written == expected.split("/", 1)[0]


def _bounded_rate(indicator: Indicator) -> bool:
    """Rates of a whole (…率, 满意度) cannot pass 100 %; growth rates (增长, 增幅) can, and so
    can spending against its budget (a 预算执行率 row)."""
    name = indicator.name
    bounded = names_a_rate(name) and "增长" not in name and "增幅" not in name
    return bounded and not indicator.is_budget_row


def _qualitative(
    indicator: Indicator,
    target: QualitativeTarget,
    raw: Decimal | str,
    score_rate: Decimal | None,
    targets: TargetFile,
    at: DataPath,
    key: str,
    problems: list[Finding],
) -> Reading | None:
    scale = targets.scale(target.scale) or {}
    grade = visible(str(raw)).strip()
    accepted = _accepted(target, scale)
    if grade not in accepted:
        args = {"id": indicator.id, "grade": grade, "scale": target.scale, "grades": list(accepted)}
        problems.append(Finding("D022", (*at, key), args))
        return None
    definition = accepted[grade]
    share = definition.share
    if score_rate is not None:
        misfit = targets.rules.bands.misfit(definition.band, score_rate)
        if misfit is None:
            share = score_rate
        else:
            args = {"id": indicator.id, "rate": percent(score_rate), "grade": grade, **misfit}
            problems.append(Finding("D023", (*at, "score_rate"), args))
    return Reading(grade=grade, share=share, band=definition.band)


def _accepted(target: QualitativeTarget, scale: Scale) -> Scale:
    """What a qualitative actual may say: a grade of its scale; on the three-band scale also
    the target's own phrase (→ 达成) and the words of COMPLETION_WORDS."""
    if target.scale != DEFAULT_SCALE:
        return scale
    by_band = {grade.band: grade for grade in scale.values()}
    words = {word: by_band[band] for word, band in band_of_words().items() if band in by_band}
    own = {target.phrase: by_band[Band.ACHIEVED]} if target.phrase else {}
    return {**words, **own, **scale}


def band_of_words() -> dict[str, Band]:
    """COMPLETION_WORDS, the one table of words read as a band (docs/format.md)."""
    return COMPLETION_WORDS
