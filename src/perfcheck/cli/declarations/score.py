"""`perfcheck score`: its options, as typer reads them from the signature, parsed into its
request for its run in perfcheck.commands."""

# No `from __future__ import annotations`: see cli/root.py.
from pathlib import Path
from typing import Annotated

import typer

from perfcheck.cli.process import run_command
from perfcheck.cli.root import (
    EVERY_COMMON,
    TableFormatOption,
    TargetsOption,
    VerboseOption,
    both,
    declare,
    finite_number,
)
from perfcheck.commands.session import CommonOptions
from perfcheck.reports.formats import ScoreFormat


@declare("help.score", "perfcheck score actuals/2022Q4.yaml --format json", common=EVERY_COMMON)
def score(
    ctx: typer.Context,
    actuals: Annotated[Path, typer.Argument(help=both("help.score.actuals"))],
    targets: TargetsOption = None,
    output_format: TableFormatOption = ScoreFormat.TEXT,
    fail_under: Annotated[
        str | None,
        typer.Option("--fail-under", help=both("help.score.fail_under"), callback=finite_number),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help=both("help.score.exit_zero"))
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=both("help.score.quiet"))] = False,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
) -> None:
    """Score an actuals file against its targets (or monitor it in-year)."""
    from decimal import Decimal

    from perfcheck.commands import score as command

    request = command.ScoreRequest(
        actuals, targets, output_format, None if fail_under is None else Decimal(fail_under),
        exit_zero, quiet, verbose, common,
    )  # fmt: skip
    run_command(ctx, lambda session: command.run(request, session))
