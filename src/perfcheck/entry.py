"""The `perfcheck` command: settings for the whole process, made before anything is imported,
then the command line."""

import gc
import os
import signal

# A run is short and builds large structures that hold no cycles (imported modules, parsed
# YAML, models, results): collecting at the default pace (700, 10, 10) spent 3 ms of a start
# and a fifth of a large file's time scanning them. Reference counting frees nearly
# everything; collect rarely.
GC_THRESHOLDS = (100_000, 50, 1000)
# process.interrupted and process.terminated in every language, written out: this runs before
# anything is imported
INTERRUPTED = "perfcheck: 已中断 / interrupted\n".encode()
TERMINATED = "perfcheck: 已终止 / terminated\n".encode()


def _say_and_exit(message: bytes, code: int) -> None:
    # contextlib.suppress would cost an import of 10 ms before this handler is in place
    try:  # noqa: SIM105
        os.write(2, message)
    except OSError:  # stderr closed: the exit code still tells
        pass
    os._exit(code)


def _terminated_while_starting(signum: int, frame: object) -> None:
    """SIGTERM before the command runs: nothing is being written yet, so the process ends at
    once; the run puts its own handler in place (cli.process), which removes a file being
    written."""
    _say_and_exit(TERMINATED, 143)


def main() -> None:
    try:
        signal.signal(signal.SIGTERM, _terminated_while_starting)
        gc.set_threshold(*GC_THRESHOLDS)
        # pydantic would scan every installed distribution for plugins; perfcheck uses none.
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
        from perfcheck.cli.process import main as run

        run()  # ends the process
    except KeyboardInterrupt:  # Ctrl-C while the modules load: the same one line and 130
        _say_and_exit(INTERRUPTED, 130)
