"""`perfcheck explain`: its options, as typer reads them from the signature, parsed into its
request for its run in perfcheck.commands."""

# No `from __future__ import annotations`: see cli/root.py.
from typing import Annotated

import typer

from perfcheck.cli.help_pages import Command
from perfcheck.cli.process import run_command
from perfcheck.cli.root import LangOption, both, described, root


@root.command(help=described("help.explain", "perfcheck explain Y002"), cls=Command)
def explain(
    ctx: typer.Context,
    code: Annotated[str | None, typer.Argument(help=both("help.explain.code"))] = None,
    lang: LangOption = None,
) -> None:
    """Explain a diagnostic code."""
    from perfcheck.commands.explain import explain as command

    run_command(ctx, lambda session: command(code, lang, session))
