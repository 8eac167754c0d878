"""`perfcheck summary`: its options, as typer reads them from the signature, parsed into its
request for its run in perfcheck.commands."""

# No `from __future__ import annotations`: see cli/root.py.
from pathlib import Path
from typing import Annotated

import typer

from perfcheck.cli.process import run_command
from perfcheck.cli.root import (
    QuietOption,
    TargetsOption,
    VerboseOption,
    both,
    declare,
    needs_output,
    output_option,
)
from perfcheck.commands.session import CommonOptions
from perfcheck.reports.formats import SummaryFormat


@declare(
    "help.summary",
    "perfcheck summary actuals/2022Q4.yaml --format html -o review.html",
    common=("lang", "encoding", "profile"),
)
def summary(
    ctx: typer.Context,
    actuals: Annotated[Path, typer.Argument(help=both("help.summary.actuals"))],
    output_format: Annotated[
        SummaryFormat, typer.Option("--format", help=both("help.summary.format"))
    ] = SummaryFormat.MARKDOWN,
    output: Annotated[Path | None, output_option("help.summary.output")] = None,
    force: Annotated[bool, typer.Option("--force", help=both("help.summary.force"))] = False,
    targets: TargetsOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
) -> None:
    """Write the review pack: report, charts, the official 自评表."""
    from perfcheck.commands import summary as command

    needs_output(output_format is SummaryFormat.XLSX, output)
    request = command.SummaryRequest(
        actuals, output_format, output, force, targets, quiet, verbose, common
    )
    run_command(ctx, lambda session: command.run(request, session))
