"""`perfcheck validate`: its options, as typer reads them from the signature, parsed into its
request for its run in perfcheck.commands."""

# No `from __future__ import annotations`: see cli/root.py.
from typing import Annotated

import typer

from perfcheck.cli.process import run_command
from perfcheck.cli.root import JobsOption, both, declare
from perfcheck.commands.session import CommonOptions
from perfcheck.reports.formats import ValidateFormat


@declare(
    "help.validate",
    "perfcheck validate targets/ actuals/ --format concise",
    "perfcheck validate --format sarif > perfcheck.sarif",
    common=("lang", "encoding", "profile", "color"),
)
def validate(
    ctx: typer.Context,
    paths: Annotated[list[str] | None, typer.Argument(help=both("help.validate.paths"))] = None,
    output_format: Annotated[
        ValidateFormat | None, typer.Option("--format", help=both("help.validate.format"))
    ] = None,
    strict: Annotated[
        bool | None, typer.Option("--strict/--no-strict", help=both("help.validate.strict"))
    ] = None,
    show_suppressed: Annotated[
        bool, typer.Option("--show-suppressed", help=both("help.validate.show_suppressed"))
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=both("help.validate.quiet"))] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help=both("help.validate.verbose"))
    ] = False,
    jobs: JobsOption = None,
    *,
    common: CommonOptions,
) -> None:
    """Check target and actuals files."""
    from perfcheck.commands import validate as command

    request = command.ValidateRequest(
        paths or [], output_format, strict, show_suppressed, quiet, verbose, jobs, common
    )
    run_command(ctx, lambda session: command.run(request, session))
