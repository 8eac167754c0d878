"""`perfcheck trend`: its options, as typer reads them from the signature, parsed into its
request for its run in perfcheck.commands."""

# No `from __future__ import annotations`: see cli/root.py.
from typing import Annotated

import typer

from perfcheck.cli.process import run_command
from perfcheck.cli.root import (
    EVERY_COMMON,
    QuietOption,
    TableFormatOption,
    VerboseOption,
    both,
    declare,
)
from perfcheck.commands.session import CommonOptions
from perfcheck.reports.formats import ScoreFormat


@declare("help.trend", "perfcheck trend actuals/", common=EVERY_COMMON)
def trend(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help=both("help.trend.paths"))],
    output_format: TableFormatOption = ScoreFormat.TEXT,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
) -> None:
    """The trend of one target file's actuals across periods."""
    from perfcheck.commands import trend as command

    request = command.TrendRequest(paths, output_format, quiet, verbose, common)
    run_command(ctx, lambda session: command.run(request, session))
