"""`perfcheck schema`: its options, as typer reads them from the signature, parsed into its
request for its run in perfcheck.commands."""

# No `from __future__ import annotations`: see cli/root.py.
from enum import StrEnum
from typing import Annotated

import typer

from perfcheck.cli.help_pages import Command
from perfcheck.cli.process import run_command
from perfcheck.cli.root import both, described, root


class SchemaKind(StrEnum):
    TARGETS = "targets"
    ACTUALS = "actuals"


@root.command(
    help=described("help.schema", "perfcheck schema targets > schema/targets.schema.json"),
    cls=Command,
)
def schema(
    ctx: typer.Context,
    kind: Annotated[SchemaKind, typer.Argument(help=both("help.schema.kind"))] = SchemaKind.TARGETS,
) -> None:
    """Print the JSON Schema of a file format."""
    from perfcheck.commands.explain import schema as command

    run_command(ctx, lambda session: command(kind.value))
