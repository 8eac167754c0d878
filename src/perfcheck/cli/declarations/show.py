"""`perfcheck show`: its options, as typer reads them from the signature, parsed into its
request for its run in perfcheck.commands."""

# No `from __future__ import annotations`: see cli/root.py.
from pathlib import Path
from typing import Annotated

import typer

from perfcheck.cli.process import run_command
from perfcheck.cli.root import (
    EVERY_COMMON,
    VerboseOption,
    both,
    declare,
    needs_output,
    output_option,
)
from perfcheck.commands.session import CommonOptions
from perfcheck.reports.formats import ShowFormat


@declare(
    "help.show",
    "perfcheck show targets/chengdu_procuratorate_2022.yaml --format json",
    "perfcheck show targets/chengdu_procuratorate_2022.yaml --format xlsx -o 目标表.xlsx",
    common=EVERY_COMMON,
)
def show(
    ctx: typer.Context,
    target: Annotated[Path, typer.Argument(help=both("help.show.target"))],
    output_format: Annotated[
        ShowFormat, typer.Option("--format", help=both("help.show.format"))
    ] = ShowFormat.TEXT,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
    output: Annotated[Path | None, output_option("help.show.output")] = None,
    force: Annotated[bool, typer.Option("--force", help=both("help.show.force"))] = False,
) -> None:
    """Show a target file with its resolved points."""
    from perfcheck.commands import show as command

    needs_output(output_format is ShowFormat.XLSX, output)
    request = command.ShowRequest(target, output_format, verbose, common, output, force)
    run_command(ctx, lambda session: command.run(request, session))
