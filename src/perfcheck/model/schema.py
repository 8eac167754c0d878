"""JSON Schemas of the file formats, for editors (yaml-language-server) and other tools."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

SCHEMA_FILES = {"targets": "targets.schema.json", "actuals": "actuals.schema.json"}


def _model(kind: str) -> type[BaseModel]:
    from perfcheck.model.actuals import ActualsFile
    from perfcheck.model.targets import TargetFile

    models: dict[str, type[BaseModel]] = {"targets": TargetFile, "actuals": ActualsFile}
    return models[kind]


def schema_of(kind: str) -> dict[str, Any]:
    document = _model(kind).model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://perfcheck.invalid/schema/{SCHEMA_FILES[kind]}",
        **document,
    }


def schema_text(kind: str) -> str:
    return json.dumps(schema_of(kind), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
