"""The entry point's promises: a bug is one line and exit 3, Ctrl-C is one line and exit 130,
a closed pipe ends quietly — never a traceback for the user."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PYTHON = sys.executable


def run_main(setup: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run perfcheck's real entry point in a fresh process, after `setup` (Python code)."""
    argv = ["perfcheck", *args]
    code = f"import sys\n{setup}\nfrom perfcheck.cli import main\nsys.argv = {argv!r}\nmain()\n"
    return subprocess.run(
        [PYTHON, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60, check=False
    )


BOOM = (
    "import perfcheck.run.validate as v\n"
    "def boom(*a, **k): raise RuntimeError('boom')\n"
    "v.validate_file = boom\n"
)


def test_a_bug_is_one_line_and_exit_3() -> None:
    done = run_main(BOOM, "validate", "targets/")
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "perfcheck 0" in done.stderr and "--debug" in done.stderr


def test_debug_shows_the_traceback() -> None:
    done = run_main(BOOM, "--debug", "validate", "targets/")
    assert done.returncode == 1 and "Traceback" in done.stderr and "boom" in done.stderr


def test_interrupt_is_one_line_and_exit_130() -> None:
    interrupt = BOOM.replace("RuntimeError('boom')", "KeyboardInterrupt()")
    done = run_main(interrupt, "validate", "targets/")
    assert done.returncode == 130
    assert done.stderr.strip().splitlines() == ["perfcheck: 已中断 / interrupted"]


def test_interrupt_while_writing_leaves_no_partial_file(tmp_path: Path) -> None:
    setup = "import os\nreal = os.fsync\ndef cut(fd): raise KeyboardInterrupt()\nos.fsync = cut\n"
    report = tmp_path / "review.md"
    done = run_main(setup, "summary", "actuals/2022Q4.yaml", "-o", str(report))
    assert done.returncode == 130
    assert list(tmp_path.iterdir()) == []


def test_a_closed_pipe_ends_quietly() -> None:
    with subprocess.Popen(
        [PYTHON, "-m", "perfcheck", "trend", "actuals/"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        error = process.stderr.read()
        assert process.wait(timeout=60) == 0
    assert error == b""


def test_the_whole_output_and_the_exit_code_reach_the_caller(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The process ends without tearing down its modules: nothing written may be lost."""
    from typer.testing import CliRunner

    from perfcheck.cli import app

    monkeypatch.chdir(ROOT)
    args = ("score", "actuals/2022Q4.yaml", "--format", "json")
    done = run_main("import atexit\natexit.register(print, 'handler ran')", *args)
    expected = CliRunner().invoke(app, list(args))
    assert done.returncode == expected.exit_code == 1  # two indicators unmet
    assert done.stdout == expected.stdout + "handler ran\n"
    assert done.stderr == ""


def test_validating_one_file_imports_only_what_it_needs() -> None:
    """Reports, the batch machinery and the configuration parser load only when used: each
    of these would cost a start of `perfcheck validate` milliseconds (bench/RESULTS.md)."""
    unwanted = ["concurrent.futures", "openpyxl", "rich", "tomllib", "xml.etree"]
    unwanted += ["perfcheck.model.actuals", "perfcheck.model.readings", "perfcheck.engine.scoring"]
    unwanted += ["perfcheck.reports.score", "json", "perfcheck.reading.settings_file"]
    unwanted += ["perfcheck.cli.declarations.score"]  # the other commands' declarations
    watch = (
        "import atexit\n"
        f"atexit.register(lambda: print([m for m in {unwanted!r} if m in sys.modules]))\n"
    )
    done = run_main(watch, "validate", "targets/chengdu_procuratorate_2022.yaml")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"


def test_records_and_models_keep_their_annotations_as_objects() -> None:
    """typing.NamedTuple and pydantic read every field's annotation when the class is made: one
    kept as text (`from __future__ import annotations`) is compiled there, at every start. A
    module that defines a record or a model writes its annotations as objects (names imported
    only for type checking quoted), as docs/architecture.md says."""
    import __future__

    import importlib
    import pkgutil

    from pydantic import BaseModel

    import perfcheck

    def record_or_model(kind: object) -> bool:
        is_record = isinstance(kind, type) and issubclass(kind, tuple) and hasattr(kind, "_fields")
        return is_record or (isinstance(kind, type) and issubclass(kind, BaseModel))

    names = (m.name for m in pkgutil.walk_packages(perfcheck.__path__, "perfcheck."))
    modules = [importlib.import_module(n) for n in names if not n.endswith("__main__")]
    defining = [
        m
        for m in modules
        if any(record_or_model(k) and k.__module__ == m.__name__ for k in vars(m).values())
    ]
    assert len(defining) > 40  # the walk found them: results, model, reading, commands …
    textual = [m.__name__ for m in defining if vars(m).get("annotations") is __future__.annotations]
    assert textual == []


def test_the_version_reads_no_configuration_and_no_models() -> None:
    """`perfcheck --version` answers from the command line alone: no configuration searched for,
    no pydantic model built (a help option's words once read the configuration on every run)."""
    unwanted = ["perfcheck.reading.config", "pydantic", "perfcheck.model.targets"]
    watch = (
        "import atexit\n"
        f"atexit.register(lambda: print([m for m in {unwanted!r} if m in sys.modules]))\n"
    )
    done = run_main(watch, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"


# A signal delivered while a given module is being imported by the entry point: a finder placed
# first on sys.meta_path sends it as the import begins, so the start-up window is hit exactly,
# whatever the machine's speed.
SIGNAL_DURING_IMPORT = """\
import os, signal, sys
# Ctrl-C as a terminal delivers it, even when the tests were started with it ignored (`&`)
signal.signal(signal.SIGINT, signal.default_int_handler)
class _Signal:
    def find_spec(self, name, path=None, target=None):
        if name == {module!r}:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.{signal})
        return None
sys.meta_path.insert(0, _Signal())
from perfcheck.entry import main
sys.argv = ["perfcheck", "validate", "targets/"]
main()
"""


@pytest.mark.parametrize("module", ["typer", "pydantic", "perfcheck.model.targets"])
@pytest.mark.parametrize(
    ("signal", "code", "line"),
    [("SIGINT", 130, "perfcheck: 已中断 / interrupted"),
     ("SIGTERM", 143, "perfcheck: 已终止 / terminated")],
)  # fmt: skip
def test_a_signal_while_the_modules_load_is_one_line(
    module: str, signal: str, code: int, line: str
) -> None:
    script = SIGNAL_DURING_IMPORT.format(module=module, signal=signal)
    done = subprocess.run(
        [PYTHON, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60, check=False
    )
    assert (done.returncode, done.stderr.strip().splitlines()) == (code, [line])
