"""`perfcheck audit`: its options, as typer reads them from the signature, parsed into its
request for its run in perfcheck.commands."""

# No `from __future__ import annotations`: see cli/root.py.
from typing import Annotated

import typer

from perfcheck.cli.process import run_command
from perfcheck.cli.root import JobsOption, QuietOption, VerboseOption, both, declare
from perfcheck.commands.session import CommonOptions
from perfcheck.reports.formats import AuditFormat


@declare(
    "help.audit",
    "perfcheck audit actuals/2023Q4.yaml",
    "perfcheck audit departments/ --format json --jobs 2",
    common=("lang", "encoding", "profile", "color"),
)
def audit(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help=both("help.audit.paths"))],
    output_format: Annotated[
        AuditFormat, typer.Option("--format", help=both("help.audit.format"))
    ] = AuditFormat.TEXT,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    *,
    common: CommonOptions,
) -> None:
    """Re-check a published self-evaluation's printed figures."""
    from perfcheck.commands import audit as command

    request = command.AuditRequest(paths, output_format, jobs, quiet, verbose, common)
    run_command(ctx, lambda session: command.run(request, session))
