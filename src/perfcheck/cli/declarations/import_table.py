"""`perfcheck import`: its options, as typer reads them from the signature, parsed into its
request for its run in perfcheck.commands."""

# No `from __future__ import annotations`: see cli/root.py.
from typing import Annotated

import typer

from perfcheck.cli.process import run_command
from perfcheck.cli.root import JobsOption, both, declare, output_option
from perfcheck.commands.session import CommonOptions
from perfcheck.reports.formats import ValidateFormat


@declare(
    "help.import",
    "perfcheck import 目标表.xlsx -o targets/2024.yaml",
    "perfcheck import 自评表.xls -o targets/2023.yaml --actuals actuals/2023Q4.yaml",
    "perfcheck import - -o targets/2024.yaml    (粘贴 / pasted)",
    "perfcheck import 收到的表格/ -o 导入/ --format json",
    common=("lang", "profile", "color"),
    name="import",
)
def import_table(
    ctx: typer.Context,
    table: Annotated[str, typer.Argument(help=both("help.import.table"))],
    # as typed, shown as a path: a trailing `/` (a folder, made if need be) is lost in a Path
    output: Annotated[str, output_option("help.import.output", "<path>")],
    actuals: Annotated[  # as typed, as -o
        str | None, typer.Option("--actuals", help=both("help.import.actuals"), metavar="<path>")
    ] = None,
    sheet: Annotated[str | None, typer.Option("--sheet", help=both("help.import.sheet"))] = None,
    table_number: Annotated[
        int | None, typer.Option("--table", min=1, help=both("help.import.table_number"))
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=both("help.import.force"))] = False,
    output_format: Annotated[
        ValidateFormat | None, typer.Option("--format", help=both("help.import.format"))
    ] = None,
    jobs: JobsOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=both("help.import.quiet"))] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help=both("help.import.verbose"))
    ] = False,
    *,
    common: CommonOptions,
) -> None:
    """Bring a published table in as target and actuals files."""
    from perfcheck.commands import import_table as command

    request = command.ImportRequest(
        table, output, actuals, sheet, table_number, force, output_format, jobs, quiet,
        verbose, common,
    )  # fmt: skip
    run_command(ctx, lambda session: command.run(request, session))
