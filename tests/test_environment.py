"""A hostile environment gets a clear answer, never a traceback: closed, full and early-closed
streams, legacy console encodings, Ctrl-C at start-up, odd GITHUB_STEP_SUMMARY paths, output
paths that are links. Each test runs the real entry point in a fresh process."""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from hashlib import sha256
from pathlib import Path

import pytest

from tests.conftest import ROOT

PYTHON = sys.executable
Q4 = ["score", "actuals/2022Q4.yaml"]  # two indicators unmet: the result is exit 1
CANNOT_WRITE = "cannot write to standard output"


def perfcheck(
    *args: str,
    stdout: int | None = subprocess.PIPE,
    env: dict[str, str] | None = None,
    **kw: object,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [PYTHON, "-m", "perfcheck", *args],
        cwd=kw.pop("cwd", ROOT),
        stdout=stdout,
        stderr=kw.pop("stderr", subprocess.PIPE),
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
        **kw,
    )


needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")


@needs_dev_full
@pytest.mark.parametrize("args", [["--version"], Q4, ["schema"], ["explain", "Y002"]])
def test_a_full_stdout_is_one_line_and_exit_2(args: list[str]) -> None:
    with Path("/dev/full").open("wb") as full:
        done = perfcheck(*args, stdout=full.fileno())
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and CANNOT_WRITE in lines[0], lines
    assert "（磁盘空间已满）" in lines[0] and "(No space left on device)" in lines[0]


def shell(args: list[str], redirect: str) -> subprocess.CompletedProcess[bytes]:
    """perfcheck with its streams redirected as a shell does (`>&-`, `2>/dev/full`)."""
    command = " ".join([shlex.quote(PYTHON), "-m", "perfcheck", *map(shlex.quote, args)])
    quiet = "" if redirect.startswith(">") else " >/dev/null"
    return subprocess.run(
        ["bash", "-c", f"{command} {redirect}{quiet}"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    "args", [["--version"], Q4, ["validate", "targets/"], ["trend", "actuals/"]]
)
def test_a_closed_stdout_is_one_line_and_exit_2(args: list[str]) -> None:
    done = shell(args, ">&-")
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and CANNOT_WRITE in lines[0], lines


def test_score_quiet_needs_no_stdout() -> None:
    """`score -q` answers with its exit code only: a closed stdout is no obstacle."""
    done = shell([*Q4, "-q"], ">&-")
    assert (done.returncode, done.stderr) == (1, b"")


@pytest.mark.parametrize("redirect", ["2>&-", "2>/dev/full"])
def test_a_closed_or_full_stderr_keeps_the_exit_code(redirect: str) -> None:
    if "full" in redirect and not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    for args, expected in ((["score", "nope.yaml"], 2), (Q4, 1), (["validate", "targets/"], 0)):
        assert shell(args, redirect).returncode == expected, (args, redirect)


def _many_broken_files(folder: Path, count: int) -> None:
    folder.mkdir()
    for number in range(count):
        (folder / f"f{number}.yaml").write_text("department: x\nyear: 2022\n", encoding="utf-8")


@pytest.mark.parametrize("args", [["validate", "--format", "concise"], Q4])
def test_a_reader_that_stops_early_does_not_change_the_exit_code(
    args: list[str], tmp_path: Path
) -> None:
    """`… | head -1` under `set -o pipefail`: the run's own result, not 0."""
    if args[0] == "validate":
        _many_broken_files(tmp_path / "many", 300)
        args = [*args, str(tmp_path / "many")]
    with subprocess.Popen(
        [PYTHON, "-m", "perfcheck", *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        error = process.stderr.read()
        assert process.wait(timeout=60) == 1
    assert error == b""


@pytest.mark.parametrize("encoding", ["gbk", "latin-1", "ascii"])
@pytest.mark.parametrize("args", [Q4, ["trend", "actuals/"], ["summary", "actuals/2022Q4.yaml"]])
def test_a_legacy_console_encoding_gets_the_report(encoding: str, args: list[str]) -> None:
    done = perfcheck(*args, env={"PYTHONIOENCODING": encoding})
    assert done.returncode in (0, 1), done.stderr
    assert done.stderr == b""
    text = done.stdout.decode(encoding)
    assert "2022Q4" in text


def test_on_gbk_the_marks_are_their_nearest_gbk_glyphs() -> None:
    done = perfcheck(*Q4, env={"PYTHONIOENCODING": "gbk"})
    text = done.stdout.decode("gbk")
    assert "√" in text and "×" in text and "✓" not in text
    assert "四川省成都市人民检察院部门" in text


def test_ctrl_c_at_start_up_is_one_line_and_130() -> None:
    """Whenever it comes once the interpreter itself has started (its own start-up, before
    the `perfcheck` script runs, is beyond any program's reach)."""
    script = Path(PYTHON).parent / "perfcheck"
    for delay in (0.1, 0.15, 0.25):
        process = subprocess.Popen(
            [script, *Q4], cwd=ROOT, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        _, error = process.communicate(timeout=60)
        if process.returncode == 1:  # it finished first
            continue
        assert process.returncode == 130, (delay, error)
        assert error.decode().strip().splitlines() == ["perfcheck: 已中断 / interrupted"]


def test_sigterm_leaves_one_line_143_and_no_output_file(tmp_path: Path) -> None:
    """Terminated while it starts, reads or writes: never a partial review pack, nor the
    hidden file it is written to before it takes its name. (From the interpreter's first line
    of perfcheck: within Python's own start, the signal's default ends the process.)"""
    script = Path(PYTHON).parent / "perfcheck"
    out = tmp_path / "pack.xlsx"
    args = ["summary", "actuals/2022Q4.yaml", "--format", "xlsx", "-o", str(out)]
    terminated = 0
    for delay in (0.15, 0.25, 0.35, 0.45):
        process = subprocess.Popen(
            [script, *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        time.sleep(delay)
        process.send_signal(signal.SIGTERM)
        _, error = process.communicate(timeout=60)
        if process.returncode == -signal.SIGTERM:  # still in Python's own start (a busy machine)
            assert (error, list(tmp_path.iterdir())) == (b"", []), delay
            continue
        if process.returncode != 143:  # it finished first
            assert process.returncode == 0, (delay, error)
            out.unlink()
            continue
        terminated += 1
        assert error.decode().strip().splitlines() == ["perfcheck: 已终止 / terminated"]
        assert list(tmp_path.iterdir()) == []
    assert terminated


def _copy_chengdu(folder: Path) -> tuple[Path, Path]:
    (folder / "targets").mkdir()
    (folder / "actuals").mkdir()
    targets = folder / "targets" / "chengdu_procuratorate_2022.yaml"
    shutil.copy(ROOT / "targets" / targets.name, targets)
    actuals = folder / "actuals" / "2022Q4.yaml"
    shutil.copy(ROOT / "actuals" / "2022Q4.yaml", actuals)
    return targets, actuals


def _digest(path: Path) -> str:
    return sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("named", ["actuals", "targets"])
def test_the_step_summary_is_never_an_input(tmp_path: Path, named: str) -> None:
    targets, actuals = _copy_chengdu(tmp_path)
    before = (_digest(targets), _digest(actuals))
    summary = actuals if named == "actuals" else targets
    done = perfcheck("score", str(actuals), env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert done.returncode == 1
    assert (_digest(targets), _digest(actuals)) == before
    assert "GITHUB_STEP_SUMMARY" in done.stderr.decode()


def test_the_step_summary_is_never_a_second_name_of_an_input(tmp_path: Path) -> None:
    """A hard link is the input itself: appending to it changed the actuals file."""
    _, actuals = _copy_chengdu(tmp_path)
    before = _digest(actuals)
    (tmp_path / "summary.md").hardlink_to(actuals)
    done = perfcheck(
        "score", str(actuals), env={"GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")}
    )
    assert done.returncode == 1
    assert _digest(actuals) == before
    assert "它是本次读取的文件" in done.stderr.decode()


def test_a_step_summary_nobody_reads_is_not_waited_for(tmp_path: Path) -> None:
    """A FIFO without a reader: opening it to write waited for ever."""
    fifo = tmp_path / "summary.md"
    os.mkfifo(fifo)
    done = perfcheck(*Q4, env={"GITHUB_STEP_SUMMARY": str(fifo)})
    assert done.returncode == 1
    assert done.stderr.decode().strip().endswith("（不是普通文件）")


@pytest.mark.parametrize("where", ["/nonexistent/summary.md", "/dev/full", "."])
def test_an_unwritable_step_summary_leaves_the_result(tmp_path: Path, where: str) -> None:
    done = perfcheck(*Q4, env={"GITHUB_STEP_SUMMARY": where})
    assert done.returncode == 1  # the score's own result
    assert len(done.stderr.decode().strip().splitlines()) == 1
    assert done.stdout.decode().startswith("四川省")


def test_the_step_summary_gets_the_table(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    done = perfcheck(*Q4, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert done.returncode == 1 and done.stderr == b""
    assert summary.read_text(encoding="utf-8").startswith("# 四川省成都市人民检察院部门")


def test_force_replaces_a_link_not_what_it_points_at(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("important", encoding="utf-8")
    link = tmp_path / "report.md"
    link.symlink_to(victim)
    done = perfcheck("summary", "actuals/2022Q4.yaml", "-o", str(link), "--force")
    assert done.returncode == 0, done.stderr
    assert victim.read_text(encoding="utf-8") == "important"
    assert not link.is_symlink() and link.read_text(encoding="utf-8").startswith("#")


def test_a_dangling_link_is_an_existing_output(tmp_path: Path) -> None:
    link = tmp_path / "report.md"
    link.symlink_to(tmp_path / "elsewhere.md")
    done = perfcheck("summary", "actuals/2022Q4.yaml", "-o", str(link))
    assert done.returncode == 2 and b"F012" in done.stderr
    assert not (tmp_path / "elsewhere.md").exists()


def test_two_runs_cannot_both_create_one_output(tmp_path: Path) -> None:
    """Without --force, the output is created only if nothing is there, in the same step."""
    from perfcheck.reports.writing import WriteError, write_atomically

    path = tmp_path / "out.md"
    write_atomically(path, "first")
    with pytest.raises(WriteError) as refused:
        write_atomically(path, "second")
    assert refused.value.code == "F012"
    assert path.read_text(encoding="utf-8") == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_jobs_never_starts_more_processes_than_cpus() -> None:
    from perfcheck.run.validate import pool_size, usable_cpus

    cpus = usable_cpus()
    assert pool_size(600, 100) == min(600, cpus)
    assert pool_size(10**20, 10_000) == cpus
    assert pool_size(8, 10) == 1  # too few files to repay a pool
    assert pool_size(1, 10_000) == 1


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="no CPU affinity here")
def test_the_cpus_counted_are_those_the_process_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """`taskset -c 0` or a container's CPU set: one process, however many the machine has."""
    from perfcheck.run.validate import pool_size

    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0})
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert pool_size(600, 10_000) == 1


def test_an_absurd_jobs_value_validates_as_usual(tmp_path: Path) -> None:
    _many_broken_files(tmp_path / "many", 70)
    big = "99999999999999999999"
    done = perfcheck("validate", str(tmp_path / "many"), "--format", "concise", "--jobs", big)
    assert done.returncode == 1, done.stderr
    assert done.stdout.decode().splitlines()[-1] == "检查了 70 个文件：140 个错误，0 个警告"


def test_trend_keeps_to_the_file_limit(tmp_path: Path) -> None:
    for number in range(3):
        shutil.copy(ROOT / "actuals" / "2022Q2.yaml", tmp_path / f"q{number}.yaml")
    (tmp_path / ".perfcheck.yaml").write_text("limits:\n  max_files: 2\n", encoding="utf-8")
    done = perfcheck("trend", ".", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.decode().startswith("F016")


@pytest.mark.skipif(not (ROOT / ".venv" / ".installed").exists(), reason="./dev has not set up")
def test_dev_runs_perfcheck_in_the_callers_folder(tmp_path: Path) -> None:
    """`./dev perfcheck` finds the user's relative paths and their own configuration."""
    _copy_chengdu(tmp_path)
    (tmp_path / ".perfcheck.yaml").write_text("lang: en\n", encoding="utf-8")
    done = subprocess.run(
        [str(ROOT / "dev"), "perfcheck", "score", "actuals/2022Q4.yaml", "--format", "markdown"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "self-evaluation" in done.stdout.splitlines()[0]


def test_a_pyproject_number_tomllib_will_not_convert_is_a_configuration_error(
    tmp_path: Path,
) -> None:
    """tomllib raises ValueError (not TOMLDecodeError) for an integer of over 4,300 digits."""
    (tmp_path / "pyproject.toml").write_text(
        "[tool.perfcheck.limits]\nmax_files = 1" + "0" * 5000 + "\n", encoding="utf-8"
    )
    done = perfcheck("config", cwd=tmp_path)
    assert done.returncode == 2
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and "pyproject.toml" in lines[0] and "Traceback" not in lines[0]
