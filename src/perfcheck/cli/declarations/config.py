"""`perfcheck config`: its options, as typer reads them from the signature, parsed into its
request for its run in perfcheck.commands."""

# No `from __future__ import annotations`: see cli/root.py.
import typer

from perfcheck.cli.help_pages import Command
from perfcheck.cli.process import run_command
from perfcheck.cli.root import LangOption, described, root


@root.command("config", help=described("help.config"), cls=Command)
def show_config(ctx: typer.Context, lang: LangOption = None) -> None:
    """Print the settings in force and where each comes from."""
    from perfcheck.commands.explain import show_config as command

    run_command(ctx, lambda session: command(lang, session))
