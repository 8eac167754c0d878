"""Published tables recognised: a `Grid` (from `reading/tables/`) read by its labels into the
mappings of a target file and, for a filled self-evaluation, an actuals file, every cell it
cannot read a located diagnostic; `emit_yaml` writes them as perfcheck's YAML."""

from perfcheck.importing.emit import Origin, emit_yaml, origin_of
from perfcheck.importing.indicators import has_indicator_table
from perfcheck.importing.recognise import Recognised, recognise
from perfcheck.importing.rules_sheet import is_rules_sheet, rules_sheets

__all__ = [
    "Origin",
    "Recognised",
    "emit_yaml",
    "has_indicator_table",
    "is_rules_sheet",
    "origin_of",
    "recognise",
    "rules_sheets",
]
