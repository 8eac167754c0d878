"""What a command reads: the files its paths name, an actuals file loaded against its targets;
each refused, before anything else is done, with the errors that stop the run."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from perfcheck.commands.session import (
    CannotProceedError,
    CommonOptions,
    Session,
    within_file_limit,
)
from perfcheck.reading.discovery import YAML_SUFFIXES
from perfcheck.text import say

if TYPE_CHECKING:
    from collections.abc import Sequence

    from perfcheck.diagnostics import Lang
    from perfcheck.results.files import LoadedActuals


def files_named(
    paths: Sequence[str],
    session: Session,
    lang: Lang,
    *,
    suffixes: tuple[str, ...] = YAML_SUFFIXES,
    listed: bool = False,
    defaulted: bool = False,
) -> list[Path]:
    """The files of `paths` (folders searched for `suffixes`, globs expanded): each path must
    exist (F001) — unless the paths are the default folders, which need not all exist once one
    holds a file — and they may be at most `limits.max_files` (F016); `listed`: each file named
    on stderr (--verbose)."""
    from perfcheck.reading.discovery import expand

    expansion = expand(paths, suffixes)
    if expansion.missing and not (defaulted and expansion.files):
        raise CannotProceedError(
            f"{p}: F001 {say('no_such_path', lang)}" for p in expansion.missing
        )
    within_file_limit(len(expansion.files), session.config.settings.limits.max_files, lang)
    if listed:
        from perfcheck.reports.visible import visible

        for path in expansion.files:
            sys.stderr.write(f"{visible(str(path))}\n")
    return expansion.files


def actuals_loaded(
    actuals: Path,
    targets: Path | None,
    common: CommonOptions,
    session: Session,
    lang: Lang,
    told: bool,
) -> LoadedActuals:
    """An actuals file read against its target file (`targets`: the one --targets names, else
    its own) and scored, or monitored before year-end; refused with both files' problems when
    either has an error. `told`: what was read said on stderr (--verbose)."""
    from perfcheck.commands.tell import tell
    from perfcheck.run.load import load_actuals

    loaded = load_actuals(actuals, session.options(common, lang), targets=targets)
    if not loaded.ok or (loaded.result is None and loaded.monitoring is None):
        raise CannotProceedError(d.concise(lang) for d in loaded.diagnostics())
    if told:
        tell(session, lang, loaded.targets, loaded.source)
    return loaded
