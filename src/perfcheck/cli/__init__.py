"""The command line: the root and the options the commands share in root.py, each command's
declaration in declarations/, the process around them in process.py."""

from typing import Any

from perfcheck.cli.process import main


def __getattr__(name: str) -> Any:
    """`app`: the app with every command declared, for a program or a test that runs commands
    itself (a run declares only its own: cli.root.for_command_line)."""
    if name == "app":
        from perfcheck.cli.root import whole_app

        return whole_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["app", "main"]
