"""`perfcheck show`: a target file as people read it, with each indicator's resolved points, or
as the official 目标表 workbook (-o)."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from perfcheck.commands.session import CannotProceedError, CommonOptions, ExitCode, Session, located
from perfcheck.reports.formats import ShowFormat
from perfcheck.text import say

if TYPE_CHECKING:
    from perfcheck.diagnostics import Lang
    from perfcheck.results.targets import ResolvedTargets

FILE_WIDTH = 100  # characters: a text table written to a file, as when piped


class ShowRequest(NamedTuple):
    target: Path
    format: ShowFormat
    verbose: bool
    common: CommonOptions
    output: Path | None = None  # None: to stdout (text and JSON only)
    force: bool = False


def run(request: ShowRequest, session: Session) -> ExitCode:
    from perfcheck.commands.tell import tell
    from perfcheck.reports.render import targets_renderer
    from perfcheck.results.targets import ResolvedTargets
    from perfcheck.run.load import load_targets

    lang = session.lang(request.common.lang)
    loaded = load_targets(request.target, session.options(request.common, lang))
    if not loaded.ok or loaded.targets is None or loaded.allocation is None:
        raise CannotProceedError(located(loaded.source.diagnostics, lang))
    if request.verbose:
        tell(session, lang, loaded)
    resolved = ResolvedTargets(loaded.targets, loaded.allocation)
    if request.output is not None:
        write(request, resolved, lang, session.configuration_read)
        return ExitCode.OK
    out = sys.stdout
    view = session.table_view(request.common, out, FILE_WIDTH)
    targets_renderer(request.format)(resolved, lang, out, view)
    return ExitCode.OK


def write(
    request: ShowRequest, resolved: "ResolvedTargets", lang: "Lang", configuration: tuple[Path, ...]
) -> None:
    """The output file, as `summary` writes its own: atomically, never over the target file,
    over an existing file only with --force; a text table without colours."""
    from perfcheck.commands.output import write_output
    from perfcheck.reports.render import View, targets_document
    from perfcheck.reports.visible import visible

    assert request.output is not None
    view = View(color=False, width=request.common.width or FILE_WIDTH)
    content = targets_document(request.format, view)(resolved, lang)
    read = [request.target, *configuration]
    write_output(request.output, content, lang, force=request.force, inputs=read)
    args = {"path": request.output, "format": request.format.value}
    sys.stderr.write(visible(say("summary_written", lang, args)) + "\n")
