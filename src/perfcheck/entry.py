"""The `perfcheck` command: settings for the whole process, made before anything is imported,
then the command line."""

import gc
import os

# A run is short and builds large structures that hold no cycles (imported modules, parsed
# YAML, models, results): collecting at the default pace (700, 10, 10) spent 3 ms of a start
# and a fifth of a large file's time scanning them. Reference counting frees nearly
# everything; collect rarely.
GC_THRESHOLDS = (100_000, 50, 1000)


def main() -> None:
    gc.set_threshold(*GC_THRESHOLDS)
    # pydantic would scan every installed distribution for plugins; perfcheck uses none.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from perfcheck.cli import main as run

    run()
