"""The committed JSON Schemas match the models, the real files satisfy them, and each common
mistake the loader refuses the schema refuses too."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfcheck.model.schema import (
    AMOUNT_TEXT,
    MONEY_TEXT,
    PERIOD_TEXT,
    SCHEMA_FILES,
    UNSIGNED_TEXT,
    comparator_text,
    schema_of,
    schema_text,
    share_text,
)
from perfcheck.reading.yaml_reader import parse
from perfcheck.run.options import Options
from perfcheck.run.validate import validate_file
from tests.conftest import CHENGDU, FIXTURES, ROOT


@pytest.mark.parametrize("kind", sorted(SCHEMA_FILES))
def test_committed_schema_is_in_sync(kind: str) -> None:
    committed = (ROOT / "schema" / SCHEMA_FILES[kind]).read_text(encoding="utf-8")
    assert committed == schema_text(kind), "run: perfcheck schema KIND > schema/FILE"


def _json_ready(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: _json_ready(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_ready(v) for v in value]
    return value


def test_chengdu_targets_satisfy_the_schema() -> None:
    data = _json_ready(parse(CHENGDU.read_text(encoding="utf-8")).data)
    jsonschema.validate(data, schema_of("targets"))


def test_schema_refuses_unknown_keys() -> None:
    data = _json_ready(parse(CHENGDU.read_text(encoding="utf-8")).data)
    data["departmnet"] = "typo"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema_of("targets"))


def test_yaml_language_server_line_points_at_the_schema() -> None:
    first = CHENGDU.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/targets.schema.json"
    assert json.loads((ROOT / "schema" / "targets.schema.json").read_text())["title"]


@pytest.mark.parametrize("period", ["2022Q1", "2022Q2", "2022Q3", "2022Q4"])
def test_actuals_files_satisfy_their_schema(period: str) -> None:
    path = ROOT / "actuals" / f"{period}.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../schema/actuals.schema.json"
    jsonschema.validate(_json_ready(parse(text).data), schema_of("actuals"))


def test_schemas_explain_keys_in_both_languages() -> None:
    indicator = schema_of("targets")["$defs"]["Indicator"]["properties"]
    assert indicator["target"]["description"].startswith("指标值")
    assert "/ target" in indicator["target"]["description"]
    rules = schema_of("targets")["$defs"]["Rules"]["properties"]
    assert rules["reverse_formula"]["enum"] == ["ratio", "linear"]


def test_a_schema_key_is_accepted_in_the_files() -> None:
    from perfcheck.model.targets import TargetFile

    data = parse(CHENGDU.read_text(encoding="utf-8")).data
    data["$schema"] = "../schema/targets.schema.json"
    assert TargetFile.model_validate(data).schema_ == "../schema/targets.schema.json"


# --- the mistakes: each refused by the loader (with its code) and by the schema ----------------

TARGETS = """\
department: 测试部门
year: 2022
budget:
  total: 100
tasks:
  - id: 1
    name: 开展宣传
indicators:
  - id: 1-1
    level1: 产出指标
    level2: 数量指标
    name: 举办宣传活动次数
    target: ≥4次
  - id: 1-2
    level1: 效益指标
    level2: 社会效益指标
    name: 宣传政策知晓率
    target: 定性优良中低差
  - id: 1-3
    level1: 满意度指标
    level2: 服务对象满意度指标
    name: 服务对象满意度
    target: ≥90%
"""

ACTUALS = """\
targets: t.yaml
period: 2022Q4
budget:
  spent: 95
actuals:
  1-1: 5
  1-2: 优
  1-3: 95%
"""

# (name, text replaced, replacement, code the loader gives)
TARGET = "target: ≥4次"  # what a mistake replaces, or adds to
LAST = "    target: ≥4次\n"
YEAR = "year: 2022"
TARGET_MISTAKES = [
    ("id with a dot", "id: 1-1", "id: '1.1'", "S015"),
    ("id as a number", "id: 1-1", "id: 11", "S015"),
    ("id too long", "id: 1-1", "id: 1-1234567", "S015"),
    ("year as text", "year: 2022", "year: '2022'", "S003"),
    ("year out of range", "year: 2022", "year: 1900", "S005"),
    ("unknown money unit", YEAR, YEAR + "\nmoney_unit: 千元", "S005"),
    ("total as words", "total: 100", "total: abc", "S003"),
    ("negative total", "total: 100", "total: -5", "S005"),
    ("negative total as text", "total: 100", "total: '-5'", "S005"),
    ("total above a trillion", "total: 100", "total: 2000000000000", "S005"),
    ("no tasks", "tasks:\n  - id: 1\n    name: 开展宣传\n", "tasks: []\n", "S005"),
    ("task number 0", "  - id: 1\n", "  - id: 0\n", "S005"),
    ("task number of seven digits", "  - id: 1\n", "  - id: 1000000\n", "S005"),
    ("task number as text", "  - id: 1\n", "  - id: '1'\n", "S003"),
    ("blank task name", "name: 开展宣传", "name: '  '", "S005"),
    ("no department", "department: 测试部门\n", "", "S001"),
    ("level1 missing", "    level1: 产出指标\n", "", "D012"),
    ("a row without id among numbered ones", "  - id: 1-2\n    level1", "  - level1", "D046"),
    ("unknown key in an indicator", LAST, LAST + "    pionts: 5\n", "S002"),
    ("empty target", TARGET, "target: ''", "S010"),
    ("target a bare number", TARGET, "target: 17", "S012"),
    ("target true", TARGET, "target: true", "S010"),
    ("ambiguous comparator", TARGET, "target: {comparator: 大于, value: 4, unit: 次}", "S011"),
    ("unknown comparator", TARGET, "target: {comparator: '≈', value: 4, unit: 次}", "S010"),
    ("negative target value", TARGET, "target: {comparator: '>=', value: -4, unit: 次}", "S005"),
    ("target value as words", TARGET, "target: {comparator: '>=', value: four, unit: 次}", "S003"),
    (  # a name that says what it counts (…次数) supplies a blank unit instead: W007
        "empty unit",
        "name: 举办宣传活动次数\n    " + TARGET,
        "name: 举办宣传活动\n    target: {comparator: '>=', value: 4, unit: ''}",
        "S005",
    ),
    (
        "both target forms",
        TARGET,
        "target: {scale: 优良中低差, comparator: '>=', value: 4, unit: 次}",
        "S010",
    ),
    ("negative points", LAST, LAST + "    points: -5\n", "S005"),
    ("points as words", LAST, LAST + "    points: ten\n", "S003"),
    ("cumulative as a word", LAST, LAST + "    cumulative: 是\n", "S003"),
    ("unknown reverse formula", YEAR, YEAR + "\nrules: {reverse_formula: ratios}", "S005"),
    ("unknown budget denominator", YEAR, YEAR + "\nrules: {budget_denominator: planned}", "S005"),
    ("unknown progress", YEAR, YEAR + "\nrules: {progress: weeks}", "S005"),
    ("rounding not a power of ten", YEAR, YEAR + "\nrules: {rounding: 0.05}", "S005"),
    ("band floor above 1", YEAR, YEAR + "\nrules: {bands: {achieved: 1.5}}", "S005"),
    ("negative light", YEAR, YEAR + "\nrules: {lights: {green: -0.1}}", "S005"),
    ("unknown light", YEAR, YEAR + "\nrules: {lights: {blue: 0.5}}", "S002"),
    ("no grades", YEAR, YEAR + "\nrules: {grades: {}}", "S005"),
    ("empty scale", YEAR, YEAR + "\nscales: {好坏: {}}", "S005"),
    ("unknown band", YEAR, YEAR + "\nscales: {好坏: {好: {share: 1, band: 完成}}}", "S005"),
    ("share above 1", YEAR, YEAR + "\nscales: {好坏: {好: {share: 2, band: 达成}}}", "S005"),
    ("unknown top-level key", YEAR, YEAR + "\ndepartmnet: 测试", "S002"),
]

ACTUALS_MISTAKES = [
    ("quarter 5", "period: 2022Q4", "period: 2023Q5", "S020"),
    ("month 13", "period: 2022Q4", "period: 2022-13", "S020"),
    ("period with a slash", "period: 2022Q4", "period: 2022/12", "S020"),
    ("period a number", "period: 2022Q4", "period: 2022", "S004"),
    ("no period", "period: 2022Q4\n", "", "S001"),
    ("spent as words", "spent: 95", "spent: abc", "S003"),
    ("negative spent", "spent: 95", "spent: -5", "S005"),
    ("negative initial as text", "spent: 95", "spent: 95\n  initial: '－3'", "S005"),
    ("no spent", "  spent: 95\n", "  explanation: 无\n", "S001"),
    ("id with a dot", "1-1: 5", "'1.1': 5", "S015"),
    ("unknown likelihood", "1-1: 5", "1-1: {value: 5, likelihood: 可能}", "S005"),
    ("score rate above 1", "1-2: 优", "1-2: {value: 优, score_rate: 1.5}", "S005"),
    ("score rate as words", "1-2: 优", "1-2: {value: 优, score_rate: 很高}", "S003"),
    ("adjustment as words", "1-1: 5", "1-1: {value: 5, adjustment: abc, explanation: 因}", "S003"),
    ("empty reason", "1-1: 5", "1-1: {not_applicable: ''}", "S005"),
    ("null reason", "1-1: 5", "1-1: {not_applicable: }", "S003"),
    ("value true", "1-1: 5", "1-1: true", "S004"),
    ("value a list", "1-1: 5", "1-1: [5, 6]", "S003"),
    ("unknown key in an entry", "1-1: 5", "1-1: {value: 5, explaination: 因}", "S002"),
    ("blank targets", "targets: t.yaml", "targets: ' '", "S005"),
]


def _refused_by_schema(kind: str, text: str) -> bool:
    validator = jsonschema.Draft202012Validator(schema_of(kind))
    return not validator.is_valid(_json_ready(parse(text).data))


def _codes(path: Path) -> set[str]:
    report = validate_file(path, Options())
    return {d.code for d in report.diagnostics if d.severity == "error"}


def _mistaken(base: str, old: str, new: str) -> str:
    assert base.count(old) == 1, old
    return base.replace(old, new)


def test_the_documents_the_mistakes_start_from_are_valid(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text(TARGETS, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(ACTUALS, encoding="utf-8")
    assert _codes(tmp_path / "t.yaml") == set()
    assert _codes(tmp_path / "a.yaml") == set()
    assert not _refused_by_schema("targets", TARGETS)
    assert not _refused_by_schema("actuals", ACTUALS)


@pytest.mark.parametrize(("name", "old", "new", "code"), TARGET_MISTAKES, ids=lambda v: v)
def test_a_target_mistake_is_refused_by_loader_and_schema(
    tmp_path: Path, name: str, old: str, new: str, code: str
) -> None:
    text = _mistaken(TARGETS, old, new)
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    assert code in _codes(path), name
    assert _refused_by_schema("targets", text), name


@pytest.mark.parametrize(("name", "old", "new", "code"), ACTUALS_MISTAKES, ids=lambda v: v)
def test_an_actuals_mistake_is_refused_by_loader_and_schema(
    tmp_path: Path, name: str, old: str, new: str, code: str
) -> None:
    (tmp_path / "t.yaml").write_text(TARGETS, encoding="utf-8")
    text = _mistaken(ACTUALS, old, new)
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    assert code in _codes(path), name
    assert _refused_by_schema("actuals", text), name


def test_there_are_enough_mistakes() -> None:
    assert len(TARGET_MISTAKES) >= 19
    assert len(ACTUALS_MISTAKES) >= 14


# Mistakes the loader refuses that a JSON Schema cannot express, and why.
BEYOND_A_SCHEMA = {
    "sources not adding up to the total (D-code)": "compares values with each other",
    "duplicate indicator ids, gaps in numbering": "compares array items' fields",
    "bands.partly above bands.achieved; lights.yellow above lights.green": "compares two values",
    "grades without one at 0": "objects have no 'contains' for their values",
    "a rules profile nobody defined": "profiles come from the project's configuration",
    "a target's scale that is not defined": "compares a value with another part of the file",
    "the compact target text (≥17次/年) and its refusals": "no exact pattern: words, suffixes, "
    "units and their refusals (S011–S013) are a grammar, not a regular expression worth keeping",
    "more than 6 decimals in a number": "multipleOf 0.000001 on binary floats refuses 0.1",
    "more than 6 decimals or above 1e12 in text": "the patterns accept any magnitude",
    "YAML 1.1 typing (010, 0x10, 1:30, dates)": "the editor parses YAML 1.2 before validating",
    "actuals: period outside the target year, unknown id, wrong unit, unknown grade": "needs "
    "the target file",
}


def test_every_limit_of_the_schema_has_a_reason() -> None:
    assert all(reason for reason in BEYOND_A_SCHEMA.values())


# --- what the loader accepts the schema accepts ----------------------------------------------


def _valid_files(kind: str) -> list[Path]:
    folders = {"targets": ["targets"], "actuals": ["actuals"]}[kind]
    found = [p for folder in folders for p in sorted((ROOT / folder).glob("*.yaml"))]
    return found + sorted((FIXTURES / "valid" / kind).glob("*.yaml"))


@pytest.mark.parametrize("kind", sorted(SCHEMA_FILES))
def test_every_valid_file_satisfies_its_schema(kind: str) -> None:
    validator = jsonschema.Draft202012Validator(schema_of(kind))
    files = _valid_files(kind)
    assert len(files) > 10
    for path in files:
        data = parse(path.read_bytes().decode("utf-8-sig")).data
        errors = [e.message for e in validator.iter_errors(_json_ready(data))]
        assert errors == [], path.name


def _loader_reads(field: str, text: str) -> bool:
    from perfcheck.model.actuals import ActualEntry, BudgetActuals, Published
    from perfcheck.model.target_forms import QuantitativeTarget

    try:
        if field == "amount":
            BudgetActuals.model_validate({"spent": text})
        elif field == "score":
            Published.model_validate({"total": text})
        elif field == "number":
            QuantitativeTarget.model_validate({"comparator": ">=", "value": text, "unit": "次"})
        elif field == "comparator":
            QuantitativeTarget.model_validate({"comparator": text, "value": 1, "unit": "次"})
        elif field == "share":
            ActualEntry.model_validate({"score_rate": text})
        else:
            from perfcheck.model.period import parse_period

            return parse_period(text) is not None
    except ValueError:
        return False
    return True


_PATTERNS: dict[str, Callable[[], str]] = {
    "amount": lambda: MONEY_TEXT,
    "score": lambda: AMOUNT_TEXT,
    "number": lambda: UNSIGNED_TEXT,
    "comparator": comparator_text,
    "share": share_text,
    "period": lambda: PERIOD_TEXT,
}
_ALPHABET = "0123456789０１２.．,_+-＋－eE %％ 　Qq()大于等≥≤>=<＞＝不低万亿元人"


@pytest.mark.parametrize("field", sorted(_PATTERNS))
@given(text=st.text(_ALPHABET, max_size=8))
def test_what_the_loader_reads_the_schema_accepts(field: str, text: str) -> None:
    if _loader_reads(field, text):
        assert re.search(_PATTERNS[field](), text), text


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("amount", "15,213.00"),
        ("amount", "１５ ２１３．５"),
        ("amount", "1_000"),
        ("amount", "-0"),
        ("amount", "5万"),  # a budget amount with its money unit
        ("amount", "1.2 亿元"),
        ("number", " 90.5 "),
        ("number", "1e3"),
        ("comparator", "大于等于"),
        ("comparator", "小于 等于"),
        ("comparator", "≧"),
        ("comparator", "＞"),
        ("comparator", "=="),
        ("share", "85%"),
        ("share", "85（%）"),
        ("share", "0.85"),
        ("period", " 2022Q4 "),
        ("period", "2022-1"),
        ("period", "2022-12"),
    ],
)
def test_the_forms_people_write_are_read_by_both(field: str, text: str) -> None:
    assert _loader_reads(field, text)
    assert re.search(_PATTERNS[field](), text)


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("amount", "abc"),
        ("amount", "-5"),
        ("amount", "5万人"),
        ("amount", "≥5万"),
        ("score", "5万"),  # a published score has no unit
        ("number", "1,000"),
        ("comparator", "大于"),
        ("comparator", "≈"),
        ("share", "很高"),
        ("share", "-10%"),
        ("period", "2023Q5"),
        ("period", "2022-00"),
        ("period", "2022年"),
    ],
)
def test_what_both_refuse(field: str, text: str) -> None:
    assert not _loader_reads(field, text)
    assert not re.search(_PATTERNS[field](), text)


@pytest.mark.parametrize(
    ("text", "read"), [("0._", False), ("1.", True), ("1_000", True), ("12.5", True)]
)
def test_the_loader_reads_number_text_exactly_as_the_schema_describes_it(
    text: str, read: bool
) -> None:
    """Python's Decimal alone takes `0._`; the loader takes only what the schema's pattern does."""
    assert _loader_reads("number", text) is read
    assert (re.search(UNSIGNED_TEXT, text) is not None) is read
