"""The committed JSON Schemas match the models, and the real files satisfy them."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import jsonschema
import pytest

from perfcheck.model.schema import SCHEMA_FILES, schema_of, schema_text
from perfcheck.reading.yaml_reader import parse
from tests.conftest import CHENGDU, ROOT


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
