"""`perfcheck explain`, `perfcheck config` and `perfcheck schema`: what the codes mean, which
settings are in force, the JSON Schemas of the file formats."""

from __future__ import annotations

import sys

from perfcheck.commands.session import CannotProceedError, ExitCode, Session
from perfcheck.text import say


def explain(code: str | None, lang_asked: str | None, session: Session) -> ExitCode:
    from perfcheck.codes import CODES

    lang = session.lang(lang_asked)
    out = sys.stdout
    if code is None:
        for listed in CODES.values():
            out.write(f"{listed}  {listed.title_in(lang)}\n")
        return ExitCode.OK
    entry = CODES.get(code.strip().upper())
    if entry is None:
        raise CannotProceedError([f"{code}: {say('unknown_code', lang)}"])
    out.write(f"{entry} {entry.title_in(lang)} [{entry.group_in(lang)}]\n\n")
    out.write(entry.help_in(lang) + "\n")
    return ExitCode.OK


def show_config(lang_asked: str | None, session: Session) -> ExitCode:
    from perfcheck.reports.jsontext import dumps
    from perfcheck.reports.visible import visible

    session.lang(lang_asked)  # first: the configuration's errors are in it
    effective = session.config
    for key, value in effective.settings.dumped().items():
        origin = effective.origin(key)
        entries = value.items() if isinstance(value, dict) else [(None, value)]
        for sub, item in entries:
            name = key if sub is None else f"{key}.{sub}"
            # a profile's name and a value are the user's: JSON leaves C1 and bidi controls raw
            setting = visible(f"{name} = {dumps(item, indent=None)}")
            sys.stdout.write(f"{setting}  # {visible(origin)}\n")
    return ExitCode.OK


def schema(kind: str) -> ExitCode:
    from perfcheck.model.schema import schema_text

    sys.stdout.write(schema_text(kind))
    return ExitCode.OK
