"""The process around a command: exit codes for everything that can end a run — a result, a
usage error, Ctrl-C, a closed pipe, a bug — and a quick exit once the output is flushed."""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
from collections.abc import Callable
from typing import NoReturn

import typer

from perfcheck import __version__
from perfcheck.commands.session import CannotProceedError, ExitCode, Session
from perfcheck.text import Phrase, in_every_language

INTERRUPTED = f"perfcheck: {in_every_language('process.interrupted')}\n"
TERMINATED = f"perfcheck: {in_every_language('process.terminated')}\n"


def main() -> None:
    """Entry point: user mistakes exit 1 or 2, an interrupt 130, a bug 3 with one line. It ends
    the process (see _leave); to run a command within a program, call `perfcheck.cli.app`."""
    from perfcheck.cli import streams

    streams.guard()
    session = Session()
    _end_on_sigterm(session)
    try:
        code = _run(session)
        sys.stdout.flush()  # here, not at exit, so that a failing stream is met where it is handled
    except KeyboardInterrupt:  # between the handlers below and the exit
        code = _interrupted(session)
    except streams.OutputError:
        pass
    failure = streams.failure()
    if failure is not None:  # however it was met, and whatever the command made of it
        code = _cannot_write(failure)
    _leave(code)


def run_command(ctx: typer.Context, command: Callable[[Session], ExitCode]) -> NoReturn:
    """Run a command; one that cannot proceed says why, one located error a line, and exits 2."""
    session = ctx.ensure_object(Session)
    try:
        code = command(session)
    except CannotProceedError as refusal:
        from perfcheck.reports.visible import visible

        for line in refusal.lines:  # located errors quote the input: escaped, one per line
            sys.stderr.write(visible(line) + "\n")
        code = ExitCode.CANNOT_PROCEED
    raise typer.Exit(code)


def _run(session: Session) -> int:
    from perfcheck.cli.streams import OutputError

    try:
        from perfcheck.cli.root import for_command_line

        app = for_command_line(sys.argv[1:])
        # a command's Exit comes back as its code
        code = app(standalone_mode=False, obj=session, prog_name="perfcheck")
        if code == ExitCode.INTERRUPTED:  # typer turns Ctrl-C into a silent 130
            code = _interrupted(session)
    except typer.Exit as done:
        code = done.exit_code
    except typer.TyperException as error:  # usage errors
        from perfcheck.cli.usage import language_asked, usage_lines
        from perfcheck.reports.visible import visible

        if type(error).__name__ == "NoArgsIsHelpError":  # no command: the help page, as is
            sys.stderr.write(error.format_message() + "\n")
            return ExitCode.CANNOT_PROCEED
        lang = language_asked(sys.argv[1:], session.configured_lang())
        lines = usage_lines(error, lang)  # they quote the command line: escaped
        sys.stderr.write("".join(f"{visible(line)}\n" for line in lines))
        code = ExitCode.CANNOT_PROCEED
    except (KeyboardInterrupt, typer.Abort):
        code = _interrupted(session)
    except OutputError:
        code = ExitCode.CANNOT_PROCEED  # said once, by main
    except Exception as error:  # a bug: say so in one line
        if session.debug or os.environ.get("PERFCHECK_DEBUG"):
            raise
        bug = in_every_language("process.bug", {"error": type(error).__name__})
        sys.stderr.write(f"perfcheck {__version__}: {bug}\n")
        code = ExitCode.BUG
    return code if isinstance(code, int) else ExitCode.OK


def _end_on_sigterm(session: Session) -> None:
    """SIGTERM (`kill`, a service stopping, a CI job cancelled) ends the run as Ctrl-C does:
    a file being written is removed, the workers of a pool are ended, one line says so; the
    exit code is 143. Left to its default, it would end the process where it stood."""
    import signal

    def terminate(signum: int, frame: object) -> None:
        session.terminated = True
        raise KeyboardInterrupt

    with contextlib.suppress(ValueError):  # not the main thread: a program calling main()
        signal.signal(signal.SIGTERM, terminate)


def _interrupted(session: Session) -> int:
    if session.terminated:
        sys.stderr.write(TERMINATED)
        return ExitCode.TERMINATED
    sys.stderr.write(INTERRUPTED)
    return ExitCode.INTERRUPTED


def _cannot_write(reason: Phrase) -> int:
    message = in_every_language("process.cannot_write", {"reason": reason})
    sys.stderr.write(f"perfcheck: {message}\n")
    return ExitCode.CANNOT_PROCEED


def _leave(code: int) -> NoReturn:
    """End the process without tearing down every module and object one by one (30 ms of a
    170 ms run went to finalising pydantic's and typer's modules): the work is done, every
    output file is closed. Exit handlers still run and the standard streams are flushed."""
    atexit._run_exitfuncs()  # what sys.exit would run: pools joined, logging flushed
    for stream in (sys.stdout, sys.stderr):  # again: exit handlers may have written
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)
