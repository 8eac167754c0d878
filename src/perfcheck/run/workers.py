"""The processes a batch is spread over, started so that they end with the run: a run killed
outright (kill -9, the out-of-memory killer) cannot end them itself, and Ctrl-C is the run's
to answer, not each worker's."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

PR_SET_PDEATHSIG = 1  # linux/prctl.h: the signal a process gets when its parent ends

A = TypeVar("A")
R = TypeVar("R")


def new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_end_with, initargs=(os.getpid(),))


@contextmanager
def worker_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool whose work, on Ctrl-C or an error, is dropped rather than waited for: the work
    not started is cancelled and the workers are ended."""
    pool = new_pool(workers)
    try:
        _start(pool)
        yield pool
    except BaseException:
        end_now(pool)
        raise
    pool.shutdown(wait=True)


# Held back while the workers are forked (see _start), and in them until they answer each.
_HELD = frozenset({signal.SIGINT, signal.SIGTERM})


def _start(pool: ProcessPoolExecutor) -> None:
    """The workers forked with Ctrl-C and SIGTERM held back, then answered where the run
    answers them: one arriving as a process forks is raised within a hook of the fork, in the
    run (where Python reports it and goes on: the batch ran to its end as if never
    interrupted) or in the new worker before it ignores it (a traceback)."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no fork either
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        pool.submit(int)  # a first task forks every worker (and starts the pool's thread)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def in_order(pool: ProcessPoolExecutor, each: Callable[[A], R], chunks: list[A]) -> Iterator[R]:
    """What `each` gives for every chunk, in order, as `pool.map` gives it, but with the work
    not started left to the pool to cancel (end_now): map cancels it from the run's thread as
    an interrupt passes, racing the pool's own thread, which fails that same work as the
    workers end and then prints a traceback (InvalidStateError, Python 3.11)."""
    pending = deque(pool.submit(each, chunk) for chunk in chunks)
    while pending:
        yield pending.popleft().result()  # popped: a result is not kept here once given


# How long the pool's thread is given to close its queues once its workers are killed (it
# takes milliseconds); a run ending under it would close them too, and it would print a traceback.
_TEARDOWN_SECONDS = 5


def end_now(pool: ProcessPoolExecutor) -> None:
    """The workers killed and the work not started cancelled: what they were doing is no longer
    wanted, and the interpreter's exit would otherwise wait for each to finish its chunk. The
    pool's own thread is then waited for as it closes the queues the workers used, which the
    run's exit would otherwise close under it."""
    processes = getattr(pool, "_processes", None) or {}  # the pool keeps its workers here
    manager = getattr(pool, "_executor_manager_thread", None)  # and its thread here
    for process in list(processes.values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    if manager is not None:
        manager.join(_TEARDOWN_SECONDS)


def _end_with(parent: int) -> None:
    """In a worker, first: Ctrl-C reaches every process of the terminal's group; the run
    answers it (one line, 130) and its pool ends the workers, which would otherwise each print
    a traceback. SIGTERM (to the group: a service stopping, a CI job cancelled) ends a worker
    as its default does, not through the run's handler a forked worker inherits, which would
    raise KeyboardInterrupt there and print a traceback. The worker ends when the run does,
    however the run ended."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # held back by the run as it forked (_start)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)
    if not _killed_with_parent():
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the run ended before the worker could ask to follow it
        os._exit(1)


def _killed_with_parent() -> bool:
    """Linux: the kernel sends SIGKILL to this process when its parent ends."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    """Elsewhere: a look once a second at whether the parent is still there."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)
