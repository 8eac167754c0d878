"""Valid target and actuals files built as Python data from perfcheck's own vocabulary, their
YAML text, and the mutations the hostile-input tests apply to that text.

Everything generated here is valid by construction: the level-1/level-2 names come from
`perfcheck.model.rules.FRAMEWORK`, ids are `task-n` numbered without gaps, points add up to the
weights at the rounding quantum, grades sit inside their bands, rates never pass 100 %, every
adjustment carries its explanation. `test_generated_files_are_clean` holds the generators to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import yaml
from hypothesis import strategies as st

from perfcheck.model.framework import BENEFIT, COST, FRAMEWORK, OUTPUT, SATISFACTION
from perfcheck.model.scales import BUILTIN_SCALES, Band

Data = dict[str, Any]

# --- serialising ------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """yaml.safe_dump's dumper, taught to write Decimal exactly (as a plain number)."""


def _decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    text = format(value, "f")
    kind = "float" if "." in text else "int"
    return dumper.represent_scalar(f"tag:yaml.org,2002:{kind}", text)


_Dumper.add_representer(Decimal, _decimal)


def dump(data: Data) -> str:
    """`yaml.safe_dump(data, allow_unicode=True)` with keys in the order given."""
    text: str = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False)
    return text


# --- vocabulary -------------------------------------------------------------------------------

# Comparator → the spellings published tables use in front of the number.
PREFIXES: dict[str, tuple[str, ...]] = {
    ">=": ("≥", "≧", ">=", "不低于", "不少于", "至少", "大于等于"),
    ">": ("＞", ">"),
    "=": ("=", "＝", "等于"),
    "<=": ("≤", "≦", "<=", "不超过", "不高于", "最多", "小于等于"),
    "<": ("＜", "<"),
}
# … and behind the unit (以上/以下/以内 include the number itself).
SUFFIXES: dict[str, tuple[str, ...]] = {">=": ("以上",), "<=": ("以下", "以内")}
COMPARATORS = tuple(PREFIXES)

COUNT_UNITS = ("次", "个", "场次", "人次", "户", "件", "次/年", "篇", "项")
SUBJECTS = ("专题学习", "宣传活动", "入户走访", "案件办理", "业务培训", "巡回检查", "志愿服务")
COUNT_NAMES = ("次数", "数量", "频次", "场次")
RATE_NAMES = ("完成率", "覆盖率", "合格率", "整改落实率", "满意度")
DEPARTMENTS = ("测试部门", "四川省成都市人民检察院部门", "某某县财政局", "市生态环境局")
GRADE_NAMES = ("好", "较好", "一般", "差", "甲", "乙", "丙")
CUSTOM_SCALE_NAMES = ("好中差", "三档评价", "甲乙丙")
TEXTS = ("按计划推进", "部分项目跨年度实施", "受客观因素影响", "已制定整改措施")
FULL_WIDTH = str.maketrans({str(i): chr(0xFF10 + i) for i in range(10)} | {".": "．"})

# Weight tables: (budget points, level-1 weights or None for the national default).
WEIGHTS: tuple[tuple[int, dict[str, int] | None], ...] = (
    (10, None),
    (20, {OUTPUT: 40, BENEFIT: 30, SATISFACTION: 10}),
    (10, {OUTPUT: 40, COST: 10, BENEFIT: 30, SATISFACTION: 10}),
    (20, {OUTPUT: 30, COST: 10, BENEFIT: 30, SATISFACTION: 10}),
)
NATIONAL = {OUTPUT: 50, BENEFIT: 30, SATISFACTION: 10}
QUANTA = (Decimal("0.01"), Decimal("0.01"), Decimal("0.1"), Decimal(1))
BAND_RANGES = {  # the default floors: 达成 [0.80, 1.00], 部分达成 [0.60, 0.80), 未达成 [0, 0.60)
    Band.ACHIEVED: (80, 100),
    Band.PARTLY: (60, 79),
    Band.NOT_ACHIEVED: (0, 59),
}


def number(draw: st.DrawFn, low: int, high: int, places: int = 2) -> Decimal:
    """A decimal in [low, high] with 0 to `places` decimals."""
    digits = draw(st.integers(0, places))
    scale = 10**digits
    return Decimal(draw(st.integers(low * scale, high * scale))).scaleb(-digits)


def written(value: Decimal, draw: st.DrawFn) -> str:
    """A number as people type it: plain, full-width or with thousands separators."""
    text = format(value, "f")
    style = draw(st.sampled_from(("plain", "plain", "full-width", "thousands")))
    if style == "full-width":
        return text.translate(FULL_WIDTH)
    if style == "thousands" and value >= 1000:
        whole, _, fraction = text.partition(".")
        return f"{int(whole):,}" + (f".{fraction}" if fraction else "")
    return text


# --- target files -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Spec:
    """What the actuals generator needs to know about one indicator."""

    id: str
    name: str
    comparator: str | None  # None: qualitative
    value: Decimal
    unit: str
    grades: dict[str, Band]  # qualitative: the scale's grades and their bands


def _quantity(draw: st.DrawFn, level1: str) -> tuple[str, str, Decimal, str]:
    """(name, comparator, value, unit) of a measured target that raises no warning."""
    kind = "rate" if level1 == SATISFACTION else draw(st.sampled_from(("count", "rate", "time")))
    comparator = draw(st.sampled_from(COMPARATORS))
    subject = draw(st.sampled_from(SUBJECTS))
    if kind == "rate":  # a rate of a whole: never above 100 %, and a > target stays below it
        high = 99 if comparator == ">" else 100
        value = number(draw, 0 if comparator != ">=" else 50, high)
        return subject + draw(st.sampled_from(RATE_NAMES)), comparator, value, "%"
    if kind == "time":
        unit = draw(st.sampled_from(("分钟", "天", "小时")))
        return subject + "时长", comparator, number(draw, 1, 120, 1), unit
    unit = draw(st.sampled_from(COUNT_UNITS))
    value = Decimal(draw(st.integers(0, 2000)))
    return subject + draw(st.sampled_from(COUNT_NAMES)), comparator, value, unit


def _compact(draw: st.DrawFn, comparator: str, value: Decimal, unit: str) -> str:
    shown = written(value, draw)
    suffixes = SUFFIXES.get(comparator, ())
    behind = draw(st.booleans())
    if suffixes and behind:
        return shown + unit + draw(st.sampled_from(suffixes))
    return draw(st.sampled_from(PREFIXES[comparator])) + shown + unit


def _target(draw: st.DrawFn, spec: Spec) -> Any:
    if spec.comparator is None:
        scale = spec.unit
        if draw(st.booleans()):
            return {"scale": scale}
        if scale == "达成度" and draw(st.booleans()):
            return "定性"
        return "定性" + scale
    if draw(st.integers(0, 3)) == 0:
        spelled = draw(st.sampled_from(PREFIXES[spec.comparator]))
        return {"comparator": spelled, "value": spec.value, "unit": spec.unit}
    return _compact(draw, spec.comparator, spec.value, spec.unit)


def _scales(draw: st.DrawFn) -> dict[str, dict[str, dict[str, Any]]]:
    """0 or 1 custom scale, each grade's share inside its band."""
    if not draw(st.booleans()):
        return {}
    name = draw(st.sampled_from(CUSTOM_SCALE_NAMES))
    grades = draw(st.lists(st.sampled_from(GRADE_NAMES), min_size=1, max_size=4, unique=True))
    scale: dict[str, dict[str, Any]] = {}
    for grade in grades:
        band = draw(st.sampled_from(list(BAND_RANGES)))
        low, high = BAND_RANGES[band]
        share = Decimal(draw(st.integers(low, high))) / 100
        scale[grade] = {"share": share, "band": band.value}
    return {name: scale}


def _bands(scale: dict[str, dict[str, Any]]) -> dict[str, Band]:
    return {grade: Band(entry["band"]) for grade, entry in scale.items()}


def _points(draw: st.DrawFn, weight: int, quantum: Decimal, count: int) -> list[Decimal | None]:
    """Points for a group of `count`: none given, all given, or some (the rest split evenly)."""
    units = int(Decimal(weight) / quantum)
    given = draw(st.sampled_from(("none", "all", "some")))
    if given == "none":
        return [None] * count
    chosen = (
        [True] * count
        if given == "all"
        else draw(st.lists(st.booleans(), min_size=count, max_size=count))
    )
    explicit = sum(chosen)
    parts = explicit + (0 if all(chosen) else 1)  # the last part is left to the even split
    cuts = sorted(draw(st.lists(st.integers(0, units), min_size=parts - 1, max_size=parts - 1)))
    sizes = [b - a for a, b in zip([0, *cuts], [*cuts, units], strict=True)]
    shares = iter(sizes)
    return [Decimal(next(shares)) * quantum if c else None for c in chosen]


@dataclass(frozen=True, slots=True)
class Targets:
    data: Data
    specs: tuple[Spec, ...]
    quantum: Decimal
    cap: bool


@st.composite
def target_files(draw: st.DrawFn, *, year: int | None = None) -> Targets:
    """A valid target file with no warning."""
    year = year if year is not None else draw(st.integers(2015, 2035))
    budget_points, weights = draw(st.sampled_from(WEIGHTS))
    quantum = draw(st.sampled_from(QUANTA))
    cap = draw(st.sampled_from((True, True, True, False)))
    scales = _scales(draw)
    scale_names = [*scales, *BUILTIN_SCALES]
    tasks = draw(st.integers(1, 4))
    numbers = dict.fromkeys(range(1, tasks + 1), 0)
    entries: list[tuple[Spec, dict[str, Any]]] = []
    for level1, weight in (weights or NATIONAL).items():
        count = draw(st.integers(1, 4))
        for points in _points(draw, weight, quantum, count):
            task = draw(st.integers(1, tasks))
            numbers[task] += 1
            id_ = f"{task}-{numbers[task]}"
            if level1 != SATISFACTION and draw(st.integers(0, 3)) == 0:
                scale = draw(st.sampled_from(scale_names))
                grades = _bands(scales[scale]) if scale in scales else _builtin(scale)
                name = draw(st.sampled_from(SUBJECTS)) + "质量"
                spec = Spec(id_, name, None, Decimal(0), scale, grades)
            else:
                name, comparator, value, unit = _quantity(draw, level1)
                spec = Spec(id_, name, comparator, value, unit, {})
            entry: dict[str, Any] = {
                "id": id_,
                "level1": level1,
                "level2": draw(st.sampled_from(FRAMEWORK[level1])),
                "name": spec.name,
                "target": _target(draw, spec),
            }
            if points is not None:
                entry["points"] = points
            if draw(st.integers(0, 5)) == 0:
                entry["note"] = draw(st.sampled_from(TEXTS))
            entries.append((spec, entry))
    ordered = draw(st.permutations(entries))
    total = number(draw, 1, 1_000_000)
    budget: dict[str, Any] = {"total": total}
    if draw(st.booleans()):
        first = number(draw, 0, int(total)) if total >= 1 else Decimal(0)
        first = min(first, total)
        budget["sources"] = {"财政拨款": first, "其他资金": total - first}
    rules: dict[str, Any] = {}
    if weights is not None:
        rules["budget_points"] = budget_points
        rules["weights"] = weights
    if quantum != Decimal("0.01"):
        rules["rounding"] = quantum
    if not cap:
        rules["cap"] = False
    if draw(st.booleans()):
        rules["reverse_formula"] = draw(st.sampled_from(("ratio", "linear")))
    if draw(st.booleans()):
        rules["strict_inequalities"] = draw(st.booleans())
    if draw(st.integers(0, 3)) == 0:
        rules["budget_denominator"] = draw(st.sampled_from(("adjusted", "initial")))
    data: Data = {
        "department": draw(st.sampled_from(DEPARTMENTS)),
        "year": year,
    }
    if draw(st.booleans()):
        data["money_unit"] = draw(st.sampled_from(("万元", "元")))
    data["budget"] = budget
    data["tasks"] = [
        {"id": n, "name": f"任务{n}", "content": draw(st.sampled_from(TEXTS))}
        for n in range(1, tasks + 1)
    ]
    if draw(st.booleans()):
        data["annual_goal"] = draw(st.sampled_from(TEXTS))
    if scales:
        data["scales"] = scales
    if rules:
        data["rules"] = rules
    data["indicators"] = [entry for _, entry in ordered]
    return Targets(data, tuple(spec for spec, _ in ordered), quantum, cap)


def _builtin(scale: str) -> dict[str, Band]:
    return {grade: definition.band for grade, definition in BUILTIN_SCALES[scale].items()}


# --- actuals files ----------------------------------------------------------------------------


def _quantity_actual(draw: st.DrawFn, spec: Spec) -> Any:
    if spec.unit == "%":
        value = number(draw, 0, 100)
    elif spec.unit in COUNT_UNITS:
        value = Decimal(draw(st.integers(0, 3000)))
    else:
        value = number(draw, 0, 300, 1)
    style = draw(st.sampled_from(("bare", "bare", "unit", "comparator")))
    if style == "bare":
        return value
    unit = spec.unit.split("/", 1)[0] if draw(st.booleans()) else spec.unit
    if style == "unit":
        return written(value, draw) + unit
    assert spec.comparator is not None
    return draw(st.sampled_from(PREFIXES[spec.comparator])) + written(value, draw) + unit


def _share(draw: st.DrawFn, band: Band) -> Any:
    low, high = BAND_RANGES[band]
    percent = draw(st.integers(low, high))
    return f"{percent}%" if draw(st.booleans()) else Decimal(percent) / 100


def _entry(draw: st.DrawFn, spec: Spec, year_end: bool) -> Any:
    if spec.comparator is None:
        grade = draw(st.sampled_from(sorted(spec.grades)))
        value: Any = grade
        rate = _share(draw, spec.grades[grade]) if draw(st.integers(0, 3)) == 0 else None
    else:
        value = _quantity_actual(draw, spec)
        rate = None
    shape = draw(st.sampled_from(("bare", "bare", "mapping", "not_applicable")))
    if shape == "not_applicable" and draw(st.booleans()):
        return {"not_applicable": "本年度未安排"}
    if shape == "bare" and rate is None:
        return value
    entry: dict[str, Any] = {"value": value}
    if rate is not None:
        entry["score_rate"] = rate
    if draw(st.booleans()):
        entry["explanation"] = draw(st.sampled_from(TEXTS))
        if draw(st.integers(0, 2)) == 0:
            entry["adjustment"] = number(draw, -3, 3, 1)
    if not year_end and draw(st.booleans()):
        entry["forecast"] = value if spec.comparator is None else _quantity_actual(draw, spec)
        entry["likelihood"] = draw(st.sampled_from(("确定能", "有可能", "完全不可能")))
    return entry


def _period(draw: st.DrawFn, year: int, year_end: bool | None) -> str:
    end = draw(st.booleans()) if year_end is None else year_end
    if draw(st.booleans()):
        quarter = 4 if end else draw(st.integers(1, 3))
        return f"{year}{draw(st.sampled_from('Qq'))}{quarter}"
    month = 12 if end else draw(st.integers(1, 11))
    return f"{year}-{month:02d}"


@dataclass(frozen=True, slots=True)
class Scenario:
    """A target file and an actuals file that names it as `targets.yaml` beside it."""

    targets: Targets
    actuals: Data

    @property
    def year_end(self) -> bool:
        period: str = self.actuals["period"]
        return period.endswith(("Q4", "q4", "-12"))


TARGETS_NAME = "targets.yaml"
ACTUALS_NAME = "actuals.yaml"


@st.composite
def scenarios(draw: st.DrawFn, *, year_end: bool | None = None) -> Scenario:
    targets = draw(target_files())
    year: int = targets.data["year"]
    period = _period(draw, year, year_end)
    end = period.endswith(("Q4", "q4", "-12"))
    total: Decimal = targets.data["budget"]["total"]
    budget: dict[str, Any] = {}
    if draw(st.booleans()):
        budget["initial"] = number(draw, 1, max(1, int(total) * 2))
    if draw(st.booleans()):
        budget["adjusted"] = number(draw, 1, max(1, int(total) * 2))
    budget["spent"] = number(draw, 0, max(1, int(total) * 2))
    if draw(st.booleans()):
        budget["explanation"] = draw(st.sampled_from(TEXTS))
    values: dict[str, Any] = {}
    for spec in targets.specs:
        if draw(st.integers(0, 9)) > 0:  # now and then an indicator has no actual yet
            values[spec.id] = _entry(draw, spec, end)
    actuals: Data = {"targets": TARGETS_NAME, "period": period, "budget": budget}
    keep_empty = draw(st.booleans())
    if values or keep_empty:
        actuals["actuals"] = values
    return Scenario(targets, actuals)


# --- mutations --------------------------------------------------------------------------------

# Values people (and editors) put where a value should be: every YAML typing trap, collections,
# markers, and text where a number goes.
TRAPS = (
    "",
    "~",
    "null",
    "no",
    "yes",
    "On",
    "010",
    "0o17",
    "0x1F",
    "1:30",
    "12:30:00",
    "2022-01-01",
    ".inf",
    "-.nan",
    "1e400",
    "-5",
    "99999999999999999999999999",
    "0.0000001",
    "[]",
    "{}",
    "[1, 2]",
    "{a: 1}",
    "'",
    '"',
    "&a x",
    "*a",
    "!!python/object:os.system",
    "!!binary aGk=",
    "!custom x",
    "<<",
    "|",
    ">",
    "- x",
    "? x",
    "%",
    "@x",
    "`x`",
    "十二",
    "≥",
    "１２",
    "12次",
    "=100%",
    "定性",
    "定性不存在的等级",
    "大于90%",
    "≥2023年12月",
    "按时完成",
    "\\x00",
    "\u200b",
    "\u2028",
    "\x85",
    "2022-02-30",  # YAML 1.1 types these as a date or an int that cannot be built
    "2022-13-01",
    "2022-01-01 25:00:00",
    "0x_",
    "0b_",
)
KEYS = (
    "$schema",
    "department",
    "year",
    "money_unit",
    "budget",
    "total",
    "sources",
    "tasks",
    "id",
    "name",
    "content",
    "annual_goal",
    "scales",
    "share",
    "band",
    "rules",
    "cap",
    "rounding",
    "weights",
    "indicators",
    "level1",
    "level2",
    "target",
    "points",
    "cumulative",
    "note",
    "comparator",
    "value",
    "unit",
    "scale",
    "targets",
    "period",
    "initial",
    "adjusted",
    "spent",
    "explanation",
    "actuals",
    "not_applicable",
    "adjustment",
    "score_rate",
    "forecast",
    "likelihood",
    "1-1",
    "9-9",
    "1.1",
    "Department",
    "分值",
    "<<",
    "no",
    "010",
)
INSERTS = ("\t", "\x00", "\ufeff", "\r", "\x1b", "\x7f", "\u2029", "---\n", "...\n", "#", ": ")
BAD_BYTES = (b"\xff", b"\xfe", b"\xc3", b"\xe4\xb8", b"\xed\xa0\x80", b"\xc0\xaf", b"\x80")

_VALUE = re.compile(r"^(?P<head>[ \t]*(?:- )*[^\s#:][^:\n]*?: )(?P<value>\S[^\n]*)$", re.M)
_NUMBER_VALUE = re.compile(r"^(?P<head>[^\n]*?: )(?P<value>-?\d[\d.]*)$", re.M)
_KEY = re.compile(r"^(?P<head>[ \t]*(?:- )*)(?P<key>[^\s:#'\"][^:\n]*?):(?= |$)", re.M)


def _text(content: bytes) -> str:
    return content.decode("utf-8", errors="surrogateescape")


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogateescape")


def _replace_match(draw: st.DrawFn, pattern: re.Pattern[str], content: bytes, group: str,
                   new: Callable[[str], str]) -> bytes:  # fmt: skip
    text = _text(content)
    found = list(pattern.finditer(text))
    if not found:
        return content
    match = draw(st.sampled_from(found))
    start, end = match.span(group)
    return _bytes(text[:start] + new(match.group(group)) + text[end:])


def _lines(content: bytes) -> list[bytes]:
    return content.splitlines(keepends=True) or [b""]


def drop_line(draw: st.DrawFn, content: bytes) -> bytes:
    lines = _lines(content)
    del lines[draw(st.integers(0, len(lines) - 1))]
    return b"".join(lines)


def duplicate_line(draw: st.DrawFn, content: bytes) -> bytes:
    lines = _lines(content)
    line = lines[draw(st.integers(0, len(lines) - 1))]
    lines.insert(draw(st.integers(0, len(lines))), line if line.endswith(b"\n") else line + b"\n")
    return b"".join(lines)


def swap_characters(draw: st.DrawFn, content: bytes) -> bytes:
    chars = list(_text(content))
    if len(chars) < 2:
        return content
    i = draw(st.integers(0, len(chars) - 1))
    j = draw(st.one_of(st.just(min(i + 1, len(chars) - 1)), st.integers(0, len(chars) - 1)))
    chars[i], chars[j] = chars[j], chars[i]
    return _bytes("".join(chars))


def truncate(draw: st.DrawFn, content: bytes) -> bytes:
    return content[: draw(st.integers(0, len(content)))]


def retype_value(draw: st.DrawFn, content: bytes) -> bytes:
    return _replace_match(draw, _VALUE, content, "value", lambda _: draw(st.sampled_from(TRAPS)))


def number_to_text(draw: st.DrawFn, content: bytes) -> bytes:
    words = ("十二", "abc", "12次", "约100", "N/A", "一百", "12,5", "1 000")
    return _replace_match(
        draw, _NUMBER_VALUE, content, "value", lambda _: draw(st.sampled_from(words))
    )


def rename_key(draw: st.DrawFn, content: bytes) -> bytes:
    return _replace_match(draw, _KEY, content, "key", lambda _: draw(st.sampled_from(KEYS)))


def insert_character(draw: st.DrawFn, content: bytes) -> bytes:
    text = _text(content)
    at = draw(st.integers(0, len(text)))
    if draw(st.booleans()):  # at the start of a line: indentation, mostly
        at = text.rfind("\n", 0, at) + 1
    return _bytes(text[:at] + draw(st.sampled_from(INSERTS)) + text[at:])


def insert_bad_bytes(draw: st.DrawFn, content: bytes) -> bytes:
    at = draw(st.integers(0, len(content)))  # may well split a multi-byte character
    return content[:at] + draw(st.sampled_from(BAD_BYTES)) + content[at:]


TEXT_MUTATIONS: dict[str, Callable[[st.DrawFn, bytes], bytes]] = {
    "drop a line": drop_line,
    "duplicate a line": duplicate_line,
    "swap two characters": swap_characters,
    "truncate": truncate,
    "retype a value": retype_value,
    "a number into text": number_to_text,
    "a key into another key": rename_key,
    "insert a tab, NUL, BOM or control character": insert_character,
    "insert invalid UTF-8": insert_bad_bytes,
}


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*path, index)))
    return found


def _other_kind(draw: st.DrawFn, value: Any) -> Any:
    """Something of another kind: a list into a scalar, a mapping into a list, text into …"""
    if isinstance(value, dict):
        return draw(st.sampled_from((list(value.values()), "映射", None, 0)))
    if isinstance(value, list):
        return draw(st.sampled_from(("列表", 1, None, {"item": value[:1]})))
    if isinstance(value, bool | None):
        return draw(st.sampled_from(("文字", 0, ["x"])))
    if isinstance(value, int | Decimal):
        return draw(st.sampled_from((str(value) + "个", True, None, [value], {"value": value})))
    return draw(st.sampled_from((Decimal("1.5"), 7, False, None, [value], {"text": value})))


def retype_node(draw: st.DrawFn, data: Data) -> Data:
    """The same data with one node (anywhere, the root aside) of another kind."""
    paths = [p for p in _paths(data) if p]
    path = draw(st.sampled_from(paths))
    copy: Data = _deep_copy(data)
    parent: Any = copy
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = _other_kind(draw, parent[path[-1]])
    return copy


def _deep_copy(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _deep_copy(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_deep_copy(value) for value in node]
    return node


@dataclass(frozen=True, slots=True)
class Mutant:
    steps: tuple[str, ...]
    content: bytes


@st.composite
def mutants(draw: st.DrawFn, data: Data) -> Mutant:
    """The file's YAML after one to three mutations (a structural retype, then text edits)."""
    steps: list[str] = []
    if draw(st.integers(0, 4)) == 0:
        data = retype_node(draw, data)
        steps.append("retype a node")
    content = dump(data).encode("utf-8")
    for _ in range(draw(st.integers(0 if steps else 1, 3))):
        name = draw(st.sampled_from(sorted(TEXT_MUTATIONS)))
        content = TEXT_MUTATIONS[name](draw, content)
        steps.append(name)
    return Mutant(tuple(steps), content)
