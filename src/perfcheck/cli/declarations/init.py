"""`perfcheck init`: its options, as typer reads them from the signature, parsed into its
request for its run in perfcheck.commands."""

# No `from __future__ import annotations`: see cli/root.py.
from pathlib import Path
from typing import Annotated

import typer

from perfcheck.cli.process import run_command
from perfcheck.cli.root import QuietOption, VerboseOption, both, declare
from perfcheck.commands.session import CommonOptions


@declare(
    "help.init",
    "perfcheck init actuals/2023Q4.yaml --targets targets/x.yaml --period 2023Q4",
    common=("lang", "encoding"),
)
def init(
    ctx: typer.Context,
    actuals: Annotated[Path, typer.Argument(help=both("help.init.actuals"))],
    targets: Annotated[Path, typer.Option("--targets", help=both("help.init.targets"))],
    period: Annotated[str, typer.Option("--period", help=both("help.init.period"))],
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
) -> None:
    """Write an actuals skeleton to fill in."""
    from perfcheck.commands import init as command

    request = command.InitRequest(actuals, targets, period, quiet, verbose, common)
    run_command(ctx, lambda session: command.run(request, session))
