"""`perfcheck portfolio`: its options, as typer reads them from the signature, parsed into its
request for its run in perfcheck.commands."""

# No `from __future__ import annotations`: see cli/root.py.
from pathlib import Path
from typing import Annotated

import typer

from perfcheck.cli.process import run_command
from perfcheck.cli.root import (
    EVERY_COMMON,
    JobsOption,
    QuietOption,
    VerboseOption,
    both,
    declare,
    needs_output,
    output_option,
)
from perfcheck.commands.session import CommonOptions
from perfcheck.reports.formats import PortfolioFormat


@declare(
    "help.portfolio",
    "perfcheck portfolio departments/ --sort -total",
    "perfcheck portfolio departments/ --filter grade=差 --format csv > poor.csv",
    "perfcheck portfolio departments/ --db results.sqlite --format html -o portfolio.html",
    common=EVERY_COMMON,
)
def portfolio(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help=both("help.portfolio.paths"))],
    output_format: Annotated[
        PortfolioFormat, typer.Option("--format", help=both("help.portfolio.format"))
    ] = PortfolioFormat.TEXT,
    sort: Annotated[str | None, typer.Option("--sort", help=both("help.portfolio.sort"))] = None,
    filters: Annotated[
        list[str] | None, typer.Option("--filter", help=both("help.portfolio.filter"))
    ] = None,
    jobs: JobsOption = None,
    db: Annotated[Path | None, typer.Option("--db", help=both("help.portfolio.db"))] = None,
    output: Annotated[Path | None, output_option("help.portfolio.output")] = None,
    force: Annotated[bool, typer.Option("--force", help=both("help.portfolio.force"))] = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
) -> None:
    """One report over many tables: for the finance bureau."""
    from perfcheck.commands import portfolio as command

    needs_output(output_format is PortfolioFormat.XLSX, output)
    request = command.PortfolioRequest(
        paths, output_format, sort, filters or [], jobs, quiet, verbose, common, db, output, force
    )
    run_command(ctx, lambda session: command.run(request, session))
