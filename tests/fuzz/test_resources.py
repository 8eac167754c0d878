"""The worst inputs, each run by the real CLI in a subprocess held to a wall-clock bound and a
memory bound (RLIMIT_AS of 1 GiB set before perfcheck starts), with its peak memory measured
(the child's own ru_maxrss, from wait4).

Each test states the exit code, the diagnostic and the bound it must finish within. A run that
passes the wall-clock bound is killed and fails the test: that is what "no hang" means here.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from perfcheck.reading.limits import DEFAULTS
from tests.conftest import FIXTURES

MEMORY_LIMIT = 1 << 30  # bytes of address space for the child: 1 GiB
TIME_BOUND = 30.0  # seconds, for the slowest case (a million YAML nodes)
QUICK = 5.0  # seconds, for every case that must be refused before any real work
LIMITS = DEFAULTS


def _limit_memory() -> None:  # runs in the child, before perfcheck starts
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@dataclass(frozen=True, slots=True)
class Bounded:
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_mib: float  # the child's peak resident memory

    def report(self) -> Any:
        return json.loads(self.stdout, parse_float=Decimal)

    def diagnostics(self, file: Path | None = None) -> list[tuple[str, int, int]]:
        """(code, line, col) of each diagnostic of `file` (of every file when None)."""
        return [
            (d["code"], d["line"], d["col"])
            for f in self.report()["files"]
            if file is None or f["path"] == str(file)
            for d in f["diagnostics"]
        ]


def perfcheck(*args: str | Path, cwd: Path, bound: float = QUICK) -> Bounded:
    """`python -m perfcheck ARGS` under the memory limit; killed (and failed) past `bound`."""
    argv = [sys.executable, "-m", "perfcheck", *map(str, args)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        process = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd,
            preexec_fn=_limit_memory,
        )  # fmt: skip
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > bound:
                process.kill()
                os.wait4(process.pid, 0)
                process.returncode = -9
                pytest.fail(f"perfcheck {' '.join(argv[3:])} still running after {bound} s")
            time.sleep(0.02)
        seconds = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Bounded(
            process.returncode,
            out.read().decode("utf-8"),
            err.read().decode("utf-8"),
            seconds,
            usage.ru_maxrss / 1024,  # KiB on Linux
        )


@pytest.fixture(scope="module")
def baseline_mib() -> float:
    """Peak memory of validating a small valid file: what any run costs before its input."""
    small = FIXTURES / "shared" / "targets_small.yaml"
    run = perfcheck("validate", small, "--format", "json", cwd=small.parent)
    assert run.code == 0, run.stderr
    return run.peak_mib


def _assert_quick_and_small(run: Bounded, baseline: float, *, extra_mib: float = 32) -> None:
    assert run.seconds < QUICK, run.seconds
    assert run.peak_mib < baseline + extra_mib, (run.peak_mib, baseline)


def test_a_50_mb_file_is_refused_by_its_size_without_being_read(
    tmp_path: Path, baseline_mib: float
) -> None:
    """50 MB (over max_bytes, 8 MiB): F003 for the whole file, exit 1, quickly, and in no more
    memory than a small file takes — the file is never read into memory."""
    big = tmp_path / "big.yaml"
    line = b"# " + b"x" * 1021 + b"\n"  # 1 KiB
    with big.open("wb") as handle:
        for _ in range(50 * 1024):
            handle.write(line)
    run = perfcheck("validate", big, "--format", "json", cwd=tmp_path)
    assert run.code == 1
    assert run.diagnostics() == [("F003", 0, 0)]
    _assert_quick_and_small(run, baseline_mib, extra_mib=16)


def test_a_1_mb_single_line_is_refused_at_the_line_limit(
    tmp_path: Path, baseline_mib: float
) -> None:
    """One line of 1 MB (over max_line_chars, 64 Ki characters): F007 at the first character
    past the limit, exit 1, before any YAML is parsed."""
    path = tmp_path / "line.yaml"
    path.write_text("department: " + "长" * (1024 * 1024 // 3) + "\n", encoding="utf-8")
    run = perfcheck("validate", path, "--format", "json", cwd=tmp_path)
    assert run.code == 1
    assert run.diagnostics() == [("F007", 1, LIMITS.max_line_chars + 1)]
    _assert_quick_and_small(run, baseline_mib)


DEEP = 10_000
NESTINGS = {
    "flow sequences": "a: " + "[" * DEEP + "]" * DEEP + "\n",
    "flow mappings": "a: " + "{a: " * DEEP + "1" + "}" * DEEP + "\n",
    "block sequences": "- " * DEEP + "x\n",
}


@pytest.mark.parametrize("text", NESTINGS.values(), ids=list(NESTINGS))
def test_10000_deep_nesting_is_refused_at_the_depth_limit(
    tmp_path: Path, baseline_mib: float, text: str
) -> None:
    """10,000 levels (max_depth is 64), however written: F004 on line 1, exit 1, quickly; no
    recursion, no stack overflow."""
    path = tmp_path / "deep.yaml"
    path.write_text(text, encoding="utf-8")
    run = perfcheck("validate", path, "--format", "json", cwd=tmp_path)
    assert run.code == 1
    assert [(code, line) for code, line, _ in run.diagnostics()] == [("F004", 1)]
    _assert_quick_and_small(run, baseline_mib)


BILLION_LAUGHS = "".join(
    [
        'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n',
        *(
            f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]\n"
            for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
        ),
    ]
)


def test_the_billion_laughs_are_refused_without_being_expanded(
    tmp_path: Path, baseline_mib: float
) -> None:
    """Nine levels of nine aliases each (9⁹ strings if expanded): every anchor and alias is
    reported (Y003), nothing is expanded: exit 1, quickly, in small memory."""
    path = tmp_path / "lol.yaml"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    run = perfcheck("validate", path, "--format", "json", cwd=tmp_path)
    assert run.code == 1
    codes = {code for code, _, _ in run.diagnostics()}
    assert "Y003" in codes
    assert sum(code == "Y003" for code, _, _ in run.diagnostics()) == 9 + 8 * 9  # 9 &, 72 *
    _assert_quick_and_small(run, baseline_mib, extra_mib=16)


def test_two_million_tiny_nodes_just_under_the_byte_limit_stop_at_the_node_limit(
    tmp_path: Path,
) -> None:
    """`- 0` two million times is 8,000,000 bytes (under max_bytes, 8 MiB, and every line
    short): the node limit (max_nodes) stops it with F005 at the node past the limit — line
    max_nodes, since the sequence itself is the first node — exit 1, within 30 s and 1 GiB."""
    path = tmp_path / "nodes.yaml"
    path.write_bytes(b"- 0\n" * 2_000_000)
    assert path.stat().st_size < LIMITS.max_bytes
    run = perfcheck("validate", path, "--format", "json", cwd=tmp_path, bound=TIME_BOUND)
    assert run.code == 1, run.stderr
    limit = LIMITS.max_nodes
    assert run.diagnostics() == [("F005", limit, 3)]
    assert run.peak_mib < MEMORY_LIMIT / 2**20


def _actuals_naming(folder: Path, target: str, name: str = "actuals.yaml") -> Path:
    path = folder / name
    path.write_text(f"targets: {target}\nperiod: 2022Q4\nbudget:\n  spent: 1\n", encoding="utf-8")
    return path


def _fifo(folder: Path) -> str:
    os.mkfifo(folder / "fifo.yaml")
    return "fifo.yaml"


def _folder(folder: Path) -> str:
    (folder / "targets.yaml").mkdir()
    return "targets.yaml"


UNREADABLE_TARGETS = {
    "/dev/zero": (lambda folder: "/dev/zero", "F010"),
    "a FIFO": (_fifo, "F010"),
    "a folder": (_folder, "F010"),
    "the actuals file itself": (lambda folder: "actuals.yaml", "F011"),
}


@pytest.mark.parametrize(
    ("make", "code"), UNREADABLE_TARGETS.values(), ids=list(UNREADABLE_TARGETS)
)
def test_targets_that_are_no_regular_target_file_are_refused_without_blocking(
    tmp_path: Path, baseline_mib: float, make: Any, code: str
) -> None:
    """`targets:` naming /dev/zero, a FIFO (no writer: opening it would block for ever), a
    folder, or the actuals file itself: F010 (or F011) at the value of `targets:` (1:10),
    `validate` exits 1 and `score` 2, both quickly — nothing is opened that could block or
    stream without end."""
    actuals = _actuals_naming(tmp_path, make(tmp_path))
    run = perfcheck("validate", actuals, "--format", "json", cwd=tmp_path)
    assert run.code == 1, run.stderr
    assert run.diagnostics() == [(code, 1, 10)]
    _assert_quick_and_small(run, baseline_mib)
    scored = perfcheck("score", actuals, "--format", "json", cwd=tmp_path)
    assert scored.code == 2
    assert scored.stdout == ""
    assert f"{actuals}:1:10: {code} " in scored.stderr


def test_a_fifo_or_device_named_on_the_command_line_is_refused_without_blocking(
    tmp_path: Path,
) -> None:
    """`validate FIFO /dev/zero`: each is F001 (not a regular file) for the whole file, exit 1,
    quickly."""
    os.mkfifo(tmp_path / "fifo.yaml")
    run = perfcheck("validate", tmp_path / "fifo.yaml", "/dev/zero", "--format", "json",
                    cwd=tmp_path)  # fmt: skip
    assert run.code == 1, run.stderr
    assert run.diagnostics() == [("F001", 0, 0), ("F001", 0, 0)]


def _tree_with_symlink_loops(root: Path, loops: int) -> Path:
    """root/tree/sub/broken.yaml (a duplicate key), links from sub back up to tree, and a link
    loop of two names and one that names itself."""
    tree = root / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "sub" / "broken.yaml").write_text("department: a\ndepartment: b\n", encoding="utf-8")
    for n in range(loops):
        (tree / "sub" / f"up{n}").symlink_to("..", target_is_directory=True)
    (tree / "a.yaml").symlink_to("b.yaml")
    (tree / "b.yaml").symlink_to("a.yaml")
    (tree / "self").symlink_to("self")
    return tree


def _y002(run: Bounded) -> list[tuple[str, int, int]]:
    return [d for d in run.diagnostics() if d[0] == "Y002"]


def test_a_folder_with_symlink_loops_is_searched_once(tmp_path: Path) -> None:
    """`validate FOLDER` over a tree whose links loop back to an ancestor and to themselves:
    the one real file is checked once (Y002 at 2:1), exit 1, quickly."""
    tree = _tree_with_symlink_loops(tmp_path, loops=2)
    run = perfcheck("validate", tree, "--format", "json", cwd=tmp_path)
    assert run.code == 1, run.stderr
    assert run.report()["summary"]["files"] == 1
    assert _y002(run) == [("Y002", 2, 1)]


def test_a_glob_over_a_symlink_loop_checks_each_file_once(tmp_path: Path) -> None:
    """`validate 'tree/**/*.yaml'` over a link back to an ancestor: the one real file, once."""
    _tree_with_symlink_loops(tmp_path, loops=1)
    run = perfcheck("validate", "tree/**/*.yaml", "--format", "json", cwd=tmp_path)
    assert run.code == 1, run.stderr
    assert run.report()["summary"]["files"] == 1


def test_a_glob_over_two_symlink_loops_ends_quickly(tmp_path: Path) -> None:
    """`validate 'tree/**/*.yaml'` over two links back to an ancestor: exit 1 within the bound."""
    _tree_with_symlink_loops(tmp_path, loops=2)
    run = perfcheck("validate", "tree/**/*.yaml", "--format", "json", cwd=tmp_path)
    assert run.code == 1
