"""Points (分值): each indicator's share of its level-1 weight.

A unit sets level-3 points by importance; where it gives none, perfcheck splits what is left of
the level-1 weight evenly, at the rounding quantum, the spare quanta going to the first
indicators of the group in file order — so the points always add up exactly. Points the table
gives may be finer than the quantum (12.5 at whole points): a full score is the points.
"""

from __future__ import annotations

from decimal import Decimal

from perfcheck.diagnostics import Finding, LineOf
from perfcheck.formatting import plain
from perfcheck.model.framework import standard_level1
from perfcheck.model.indicators import level1_groups
from perfcheck.model.rules import Rules
from perfcheck.model.targets import TargetFile
from perfcheck.results.points import Allocation
from perfcheck.text import Phrase


def split_evenly(total: Decimal, count: int, quantum: Decimal) -> list[Decimal]:
    """`total` over `count` shares of whole quanta; the first shares take the spare quanta.

    `total` must be a whole number of quanta (the callers check it).
    """
    if count == 0:
        return []
    units = int(total / quantum)
    base, spare = divmod(units, count)
    return [(base + 1 if i < spare else base) * quantum for i in range(count)]


def fits(value: Decimal, quantum: Decimal) -> bool:
    """Whether `value` is a whole number of rounding quanta."""
    return value % quantum == 0


Printed = dict[str, tuple[Decimal, int]]  # level-1 → the weight its cells print, first row


def printed_weights(targets: TargetFile) -> tuple[Printed, list[Finding]]:
    """The weights the level-1 cells print (`产出指标(70分)`), each group's with the first row
    that prints it; a row of the group printing another weight is D044."""
    printed: Printed = {}
    findings: list[Finding] = []
    for index, weight in sorted(targets.level1_weights().items()):
        indicator = targets.indicators[index]
        first, row = printed.setdefault(indicator.level1, (weight, index))
        if first != weight:
            other = Phrase("D044.row", {"line": LineOf(("indicators", row, "level1"))})
            findings.append(_d044(indicator.level1, index, weight, first, other))
    return printed, findings


def _d044(level1: str, row: int, printed: Decimal, weight: Decimal, other: Phrase) -> Finding:
    args = {"level1": level1, "printed": plain(printed), "weight": plain(weight), "other": other}
    return Finding("D044", ("indicators", row, "level1"), args)


def _printed_against_stated(printed: Printed, rules: Rules) -> list[Finding]:
    """A weight printed in a level-1 cell that rules.weights states otherwise (D044)."""
    if "weights" not in rules.model_fields_set:
        return []
    findings = []
    for level1, (weight, row) in printed.items():
        stated = weight_of(level1, rules.weights)
        if stated is not None and stated != weight:
            findings.append(_d044(level1, row, weight, stated, Phrase("D044.rules")))
    return findings


def level1_weights(
    targets: TargetFile, groups: dict[str, list[int]], printed: Printed
) -> dict[str, Decimal]:
    """The level-1 weights (rules.weights) as the file or its profile states them, and as the
    level-1 cells print them (`产出指标(70分)`) for the groups rules.weights leaves out.
    Unstated, a group whose every row has points weighs their sum; when every group has a
    weight so, those are the weights, else the national defaults stand for the others
    (absent groups too: D006). Derived weights are keyed by the standard level-1 a local name
    stands for, so that 社会公众或服务对象满意度指标 takes the place of the default 满意度指标."""
    rules = targets.rules
    cells = {level1: weight for level1, (weight, _) in printed.items()}
    if "weights" in rules.model_fields_set:
        stated = dict(rules.weights)
        return {**{g: w for g, w in cells.items() if weight_of(g, stated) is None}, **stated}
    derived: dict[str, Decimal] = dict(cells)
    for level1, members in groups.items():
        given = [targets.indicators[i].points for i in members]
        if level1 not in derived and all(p is not None for p in given):
            derived[level1] = sum((p or Decimal(0) for p in given), Decimal(0))
    if len(derived) == len(groups):
        return derived
    return {**_without(rules.weights, derived), **derived}


def _without(weights: dict[str, Decimal], groups: dict[str, Decimal]) -> dict[str, Decimal]:
    """The weights but those whose level-1 a group stands for under another name."""
    standing_for = {standard_level1(name) for name in groups if standard_level1(name) != name}
    return {name: weight for name, weight in weights.items() if name not in standing_for}


def weight_of(level1: str, weights: dict[str, Decimal]) -> Decimal | None:
    """A group's weight: under its own name, else under the standard level-1 it stands for."""
    found = weights.get(level1)
    return found if found is not None else weights.get(standard_level1(level1))


def _weighted_groups(weights: dict[str, Decimal], groups: dict[str, list[int]]) -> set[str]:
    """The weights' names some group answers to, by its own name or its standard one."""
    return {name for group in groups for name in (group, standard_level1(group)) if name in weights}


def allocate(targets: TargetFile) -> Allocation:
    """Resolve every indicator's points (docs/scoring.md, "Points")."""
    rules = targets.rules
    points: list[Decimal] = [Decimal(0)] * len(targets.indicators)
    defaulted = [False] * len(targets.indicators)
    if targets.flat:  # one group of every row, worth what the budget leaves; no weights
        every = list(range(len(targets.indicators)))
        left = rules.total_points - rules.budget_points
        flat = _fill_group(targets, "", left, every, points, defaulted)
        return Allocation(tuple(points), tuple(defaulted), tuple(flat))
    groups = dict(level1_groups(targets.indicators))
    printed, findings = printed_weights(targets)
    findings.extend(_printed_against_stated(printed, rules))
    weights = level1_weights(targets, groups, printed)
    findings.extend(_total_findings(targets, weights))
    for level1, members in groups.items():
        weight = weight_of(level1, weights)
        if weight is None and not level1:
            continue  # rows without levels in a table with levels: D012
        if weight is None:
            findings.append(_no_weight(level1, members[0], rules))
            continue
        findings.extend(_fill_group(targets, level1, weight, members, points, defaulted))
    decided = rules.decided_at("weights")
    answered = _weighted_groups(weights, groups)
    for level1, weight in weights.items():
        if level1 not in answered:
            args = {"level1": level1, "weight": plain(weight)}
            # the default weights: the level-1 group is what the indicators lack
            where = (*decided, level1) if decided == ("rules", "weights") else decided or ()
            where = where or ("indicators",)
            findings.append(Finding("D006", where, args, at_key=True, whole_file=not decided))
    return Allocation(tuple(points), tuple(defaulted), tuple(findings))


def _fill_group(
    targets: TargetFile,
    level1: str,
    weight: Decimal,
    members: list[int],
    points: list[Decimal],
    defaulted: list[bool],
) -> list[Finding]:
    indicators = targets.indicators
    quantum = targets.rules.rounding
    given = [i for i in members if indicators[i].points is not None]
    open_ = [i for i in members if indicators[i].points is None]
    set_sum = sum((indicators[i].points or Decimal(0) for i in given), Decimal(0))
    for i in given:
        points[i] = indicators[i].points or Decimal(0)
    remainder = weight - set_sum
    if open_ and remainder >= 0:
        if not fits(remainder, quantum):  # no even split in whole quanta
            args = {"value": plain(remainder), "quantum": plain(quantum)}
            return [Finding("D011", ("indicators", open_[0]), args)]
        for i, share in zip(open_, split_evenly(remainder, len(open_), quantum), strict=True):
            points[i] = share
            defaulted[i] = True
        return []
    if remainder != 0:
        where = ("indicators", given[-1] if given else members[0], "points")
        group: object = level1 or Phrase("level.all_indicators")
        sums = {"group": group, "sum": plain(set_sum), "expected": plain(weight)}
        return [Finding("D005", where, sums)]
    return []


def _no_weight(level1: str, first: int, rules: Rules) -> Finding:
    known = list(rules.weights) or ["—"]
    return Finding("D007", ("indicators", first, "level1"), {"level1": level1, "known": known})


def _total_findings(targets: TargetFile, level1: dict[str, Decimal]) -> list[Finding]:
    rules = targets.rules
    weights = sum(level1.values(), Decimal(0))
    total = rules.budget_points + weights
    if total == rules.total_points:
        return []
    args = {
        "budget": plain(rules.budget_points),
        "weights": plain(weights),
        "sum": plain(total),
        "total": plain(rules.total_points),
    }
    decided = [rules.decided_at(key) for key in ("budget_points", "weights", "total_points")]
    where = next((path for path in decided if path is not None), None)
    return [Finding("D010", where or _points_in_rows(targets), args, at_key=True)]


def _points_in_rows(targets: TargetFile) -> tuple[str | int, ...]:
    """Where a total no setting of the file decides is made: the first weight a level-1 cell
    prints, else the first points a row gives (the weights follow from the rows), else the
    indicators, which the weights are of."""
    weighted = min(targets.level1_weights(), default=None)
    if weighted is not None:
        return ("indicators", weighted, "level1")
    given = next((n for n, i in enumerate(targets.indicators) if i.points is not None), None)
    return ("indicators",) if given is None else ("indicators", given, "points")
