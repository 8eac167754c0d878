"""--verbose: what a command read, under which settings, and the warnings the inputs carry."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from perfcheck.diagnostics import Lang, Severity
from perfcheck.text import say

if TYPE_CHECKING:
    from perfcheck.commands.session import Session
    from perfcheck.reading.source import Source
    from perfcheck.results.files import LoadedTargets


def tell(session: Session, lang: Lang, targets: LoadedTargets | None, *actuals: Source) -> None:
    from perfcheck.run.options import Options
    from perfcheck.run.validate import file_report

    config = session.config.file
    lines = [say("told_config", lang, {"file": config}) if config else say("told_no_config", lang)]
    sources = list(actuals)
    if targets is not None and targets.targets is not None:
        args = {"path": targets.source.path, "profile": targets.targets.rules.profile}
        lines.append(say("told_targets", lang, args))
        sources.insert(0, targets.source)
    for source in actuals:
        data = source.data if isinstance(source.data, dict) else {}
        args = {"path": source.path, "period": data.get("period", "?")}
        lines.append(say("told_actuals", lang, args))
    waved = Options(ignore=frozenset(session.config.settings.ignore))
    for source in sources:
        kept = file_report(source, None, waved).diagnostics  # less the waved warnings
        lines += [d.concise(lang) for d in kept if d.severity is Severity.WARNING]
    from perfcheck.reports.visible import visible

    for line in lines:
        sys.stderr.write(visible(line) + "\n")
