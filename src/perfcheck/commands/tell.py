"""--verbose: what a command read, under which settings, and the warnings the inputs carry."""

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from perfcheck.diagnostics import Lang, Severity
from perfcheck.text import say

if TYPE_CHECKING:
    from perfcheck.commands.session import Session
    from perfcheck.reading.source import Source
    from perfcheck.results.files import LoadedTargets


class Told(NamedTuple):
    """What --verbose says of one actuals file: that it was read, and its warnings."""

    read: str
    warnings: list[str]


def told(session: "Session", lang: Lang, source: "Source") -> Told:
    """Taken as each file is read, so that a command need not keep the file to tell of it."""
    data = source.data if isinstance(source.data, dict) else {}
    args = {"path": source.path, "period": data.get("period", "?")}
    return Told(say("told_actuals", lang, args), _warnings(session, lang, source))


def tell(
    session: "Session", lang: Lang, targets: "LoadedTargets | None", *actuals: "Source"
) -> None:
    tell_read(session, lang, targets, [told(session, lang, source) for source in actuals])


def tell_read(
    session: "Session", lang: Lang, targets: "LoadedTargets | None", actuals: Sequence[Told]
) -> None:
    config = session.config.file
    lines = [say("told_config", lang, {"file": config}) if config else say("told_no_config", lang)]
    warnings = []
    if targets is not None and targets.targets is not None:
        args = {"path": targets.source.path, "profile": targets.targets.rules.profile}
        lines.append(say("told_targets", lang, args))
        warnings += _warnings(session, lang, targets.source)
    lines += [t.read for t in actuals]
    lines += warnings + [w for t in actuals for w in t.warnings]
    from perfcheck.reports.visible import visible

    for line in lines:
        sys.stderr.write(visible(line) + "\n")


def _warnings(session: "Session", lang: Lang, source: "Source") -> list[str]:
    from perfcheck.run.options import Options
    from perfcheck.run.validate import file_report

    waved = Options(ignore=frozenset(session.config.settings.ignore))
    kept = file_report(source, None, waved).diagnostics  # less the waved warnings
    return [d.concise(lang) for d in kept if d.severity is Severity.WARNING]
