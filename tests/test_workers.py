"""A batch's worker processes end with the run however it ends: killed outright (kill -9, the
out-of-memory killer), interrupted (Ctrl-C reaches the whole process group) or terminated
(SIGTERM to the run alone)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from perfcheck.run.options import Options
from perfcheck.run.validate import spread, usable_cpus
from tests.conftest import ROOT

pytestmark = [
    pytest.mark.skipif(usable_cpus() < 2, reason="one CPU: a batch gets no pool"),
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="no /proc to find workers"),
]
CHENGDU = (ROOT / "targets" / "chengdu_procuratorate_2022.yaml").read_bytes()


def _batch(folder: Path, count: int = 3000) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"t{n:05d}.yaml").write_bytes(CHENGDU)
    return folder


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


def _start(folder: Path) -> tuple[subprocess.Popen[bytes], set[int]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "perfcheck", "validate", str(folder), "--jobs", "2"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        workers = _children(process.pid)
        if len(workers) >= 2:
            return process, workers
        time.sleep(0.05)
    process.kill()
    pytest.fail("the batch started no workers")


def _gone_within(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while _alive(pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return _alive(pids)


def test_workers_end_when_the_run_is_killed_outright(tmp_path: Path) -> None:
    process, workers = _start(_batch(tmp_path / "batch"))
    process.kill()  # as the out-of-memory killer does: the run cannot end them itself
    process.wait(timeout=30)
    left = _gone_within(workers, 5)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers outlived the run"


def test_ctrl_c_during_a_batch_is_one_line_and_130(tmp_path: Path) -> None:
    process, workers = _start(_batch(tmp_path / "batch"))
    os.killpg(process.pid, signal.SIGINT)  # a terminal's Ctrl-C: every process of the group
    _, error = process.communicate(timeout=60)
    assert process.returncode == 130, error
    assert error.decode().strip().splitlines() == ["perfcheck: 已中断 / interrupted"]
    assert not _gone_within(workers, 5)


def test_sigterm_during_a_batch_is_one_line_and_143(tmp_path: Path) -> None:
    process, workers = _start(_batch(tmp_path / "batch"))
    process.send_signal(signal.SIGTERM)  # `kill PID`, a service stopping: the run alone
    _, error = process.communicate(timeout=60)
    assert process.returncode == 143, error
    assert error.decode().strip().splitlines() == ["perfcheck: 已终止 / terminated"]
    assert not _gone_within(workers, 5)


def test_a_worker_sent_sigterm_prints_no_traceback(tmp_path: Path) -> None:
    """SIGTERM to the whole group (systemd stopping a service, a CI job cancelled) reaches the
    workers too: each ends as the signal's default has it, never through the run's own handler,
    which a forked worker inherits and which would print its traceback."""
    process, workers = _start(_batch(tmp_path / "batch"))
    for pid in workers:
        os.kill(pid, signal.SIGTERM)
    _, error = process.communicate(timeout=60)
    assert "Traceback" not in error.decode(), error
    assert not _gone_within(workers, 5)


def _at_once(job: tuple[list[Path], Options]) -> list[Path]:
    return job[0]


def _first_at_once(job: tuple[list[Path], Options]) -> list[Path]:
    """A chunk of a batch: the first is done at once, every other takes long."""
    paths, _ = job
    if paths[0].name != "0":
        time.sleep(60)
    return paths


def test_an_interrupted_pool_ends_without_a_traceback_from_its_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C or SIGTERM while a batch waits on its workers: the work not started is dropped
    by the pool's own thread, never from the run's, while that thread fails the same work on
    the workers' end (a traceback of InvalidStateError, Python 3.11). The pool's thread is
    given the time to see the workers end before it is told of the shutdown, as on a busy
    machine it may take it."""
    failed: list[object] = []
    monkeypatch.setattr(threading, "excepthook", lambda hook: failed.append(hook.exc_value))
    shutdown = ProcessPoolExecutor.shutdown

    def late(pool: ProcessPoolExecutor, wait: bool = True, *, cancel_futures: bool = False) -> None:
        time.sleep(0.5)
        shutdown(pool, wait, cancel_futures=cancel_futures)

    monkeypatch.setattr(ProcessPoolExecutor, "shutdown", late)
    interrupt = threading.Timer(1, os.kill, (os.getpid(), signal.SIGINT))
    interrupt.start()
    with pytest.raises(KeyboardInterrupt):
        spread(_first_at_once, [Path(str(n)) for n in range(64)], Options(), jobs=2)
    interrupt.cancel()
    for thread in threading.enumerate():
        if type(thread).__name__ == "_ExecutorManagerThread":
            thread.join(timeout=10)
    assert failed == []


def test_an_interrupted_pool_has_closed_its_queues_when_the_run_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the interrupt leaves the batch, the pool's thread has ended: the run's exit that
    follows (its exit handlers close the pool's queues too) cannot close them under it, which
    made it print a traceback (OSError: Bad file descriptor)."""
    interrupt = threading.Timer(1, os.kill, (os.getpid(), signal.SIGINT))
    interrupt.start()
    with pytest.raises(KeyboardInterrupt):
        spread(_first_at_once, [Path(str(n)) for n in range(64)], Options(), jobs=2)
    interrupt.cancel()
    running = [t for t in threading.enumerate() if type(t).__name__ == "_ExecutorManagerThread"]
    for thread in running:
        thread.join(timeout=10)
    assert running == []


# A Ctrl-C that arrives just as the run forks a worker: sent from the run's own fork hook, where
# a KeyboardInterrupt raised is reported by Python ("Exception ignored") and goes no further.
_INTERRUPTED_WHILE_FORKING = """
import os, signal, sys
from pathlib import Path
from perfcheck.run.options import Options
from perfcheck.run.validate import spread
from tests.test_workers import _at_once

sent = []

def interrupt() -> None:
    if not sent:
        sent.append(True)
        os.kill(os.getpid(), signal.SIGINT)

os.register_at_fork(after_in_parent=interrupt)
try:
    spread(_at_once, [Path(str(n)) for n in range(64)], Options(), jobs=2)
except KeyboardInterrupt:
    print("interrupted")
else:
    print("finished")
"""


def test_ctrl_c_while_the_workers_are_forked_still_ends_the_batch() -> None:
    """The workers are forked with Ctrl-C and SIGTERM held back, and answered right after:
    raised within a hook of the fork, the interrupt was lost, and the batch ran to its end as
    if never interrupted (exit 0 after a Ctrl-C)."""
    done = subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_WHILE_FORKING],
        cwd=ROOT, capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.stdout.decode().split() == ["interrupted"], done.stderr.decode()
    assert done.stderr == b""
