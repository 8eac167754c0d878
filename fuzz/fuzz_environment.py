"""The environment phase of fuzz/run: every command on valid and broken inputs, with its streams,
console encoding, GitHub Actions variables and configuration files varied.

A case is one choice along each axis (`Case`); `run_case` runs the real entry point in a fresh
process, in a private copy of the repository's inputs, and asks of it what perfcheck promises
whatever the environment:

- no Python traceback on stderr;
- an exit code of the documented set: 0, 1, 2, or 130 (3, an internal error, is a violation);
- no input changed: every file of the copy — inputs, the target files they name, the
  configuration files — has the same SHA-256 (or link) after the run as before.

    FUZZ_SEED=1 .venv/bin/python fuzz/fuzz_environment.py 15   # random cases for 15 seconds

Each violation is kept in fuzz/crashers/env-*/ (a folder, which tests/fuzz/test_crashers.py
does not replay as bytes) with `repro.sh`, which sets the case up again and runs it, and the
input and configuration files as they were. tests/fuzz/test_environment_fuzz.py draws the same
cases with Hypothesis.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent
CRASHERS = ROOT / "fuzz" / "crashers"
EXIT_CODES = frozenset({0, 1, 2, 130})
TIME_BOUND = 30.0  # seconds for one run; past it the run is killed: a hang
TRACEBACK = "Traceback (most recent call last)"
RUN = "run"  # the working folder of a run, inside the copy; configuration files go there

# --- the axes ------------------------------------------------------------------------------

# How the run's streams are connected, as a shell redirects them. "pipe": both read to the end.
STREAMS: dict[str, str] = {
    "pipe": "",
    "stdout-closed": ">&-",
    "stdout-full": ">/dev/full",
    "stderr-closed": "2>&-",
    "stderr-full": "2>/dev/full",
    "both-closed": ">&- 2>&-",
    "early-0": "| head -c 0 >/dev/null",
    "early-1": "| head -c 1 >/dev/null",
    "early-64": "| head -c 64 >/dev/null",
    "early-4096": "| head -c 4096 >/dev/null",
}

ENCODINGS: tuple[str | None, ...] = (None, "gbk", "latin-1", "ascii", "utf-16", "utf-8")

# GITHUB_STEP_SUMMARY: a fresh file is an output; every other choice names an odd path.
GITHUB: tuple[str, ...] = (
    "none",
    "actions",  # GITHUB_ACTIONS=true alone
    "summary-file",
    "summary-folder",
    "summary-dev-full",
    "summary-missing-folder",
    "summary-input",
    "summary-link-to-input",
    "summary-hardlink-to-input",  # the input under a second name: the same file
    "summary-fifo",  # nobody reads it: opening it to write would wait for ever
    "summary-target-file",  # the target file the input names (the input, if it names none)
    "summary-empty",
)
_TARGETS_LINE = re.compile(rb"^targets:[ \t]*([\w./-]+)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ConfigFile:
    """A file of the working folder: `content`, or a folder, or a link to the run's input."""

    name: str
    content: bytes = b""
    kind: Literal["file", "folder", "link-to-input"] = "file"


def _yaml(text: str) -> tuple[ConfigFile, ...]:
    return (ConfigFile(".perfcheck.yaml", text.encode()),)


def _toml(text: str) -> tuple[ConfigFile, ...]:
    return (ConfigFile("pyproject.toml", text.encode()),)


_HUGE = "1" + "0" * 5000  # more digits than int() converts by default (4300)
_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(7)
)

CONFIGS: dict[str, tuple[ConfigFile, ...]] = {
    "none": (),
    "yaml-valid": _yaml("lang: en\nstrict: true\nignore: [W001]\n"),
    "yaml-json-format": _yaml("format: json\n"),
    "yaml-wrong-types": _yaml(
        "lang: [1, 2]\nstrict: maybe\nlimits: 7\npaths: 5\nignore: {a: 1}\n"
        "profiles: [x]\nprofile: 12\ncolor: 3\nformat: yes\n"
    ),
    "yaml-huge-numbers": _yaml(
        f"limits:\n  max_files: {_HUGE}\n  max_bytes: 1e400\n  max_depth: -{_HUGE}\n"
        "  max_nodes: .inf\n  max_indicators: 0x7fffffffffffffffffff\n"
    ),
    "yaml-tight-limits": _yaml("limits:\n  max_bytes: 1\n  max_files: 1\n  max_depth: 2\n"),
    "yaml-deep-flow": _yaml("profiles:\n  deep: " + "[" * 5000 + "]" * 5000 + "\n"),
    "yaml-deep-block": _yaml(
        "profiles:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(400))
    ),
    "yaml-laughs": _yaml(_LAUGHS + "profiles:\n  x: *h\n"),
    "yaml-gbk": (ConfigFile(".perfcheck.yaml", "lang: 中文\npaths: [目标/]\n".encode("gbk")),),
    "yaml-bad-utf8": (ConfigFile(".perfcheck.yaml", b"lang: \xff\xfe\xc0zh\n\x00\n"),),
    "yaml-utf16": (ConfigFile(".perfcheck.yaml", "lang: en\n".encode("utf-16")),),
    "yaml-unknown-keys": _yaml(
        "colour: never\nlimits:\n  max_files: 2\n  max_widgets: 3\nextra:\n  deep: true\n"
    ),
    "yaml-unknown-profile": _yaml("profile: nonexistent\nprofiles:\n  mine: {nonsense: 1}\n"),
    "yaml-top-list": _yaml("- lang\n- en\n"),
    "yaml-empty": _yaml(""),
    "yaml-null": _yaml("~\n"),
    "yaml-folder": (ConfigFile(".perfcheck.yaml", kind="folder"),),
    "yaml-link-to-input": (ConfigFile(".perfcheck.yaml", kind="link-to-input"),),
    "toml-valid": _toml("[tool.perfcheck]\nlang = 'en'\n"),
    "toml-wrong-types": _toml(
        "[tool.perfcheck]\nlang = 1\nstrict = 'yes'\nlimits = [1]\npaths = 'targets/'\n"
        "ignore = 3\nprofiles = 'x'\n"
    ),
    "toml-huge-numbers": _toml(
        f"[tool.perfcheck.limits]\nmax_files = {_HUGE}\nmax_bytes = 1e400\nmax_depth = -inf\n"
    ),
    "toml-deep": _toml("[tool.perfcheck]\nprofiles = " + "[" * 5000 + "]" * 5000 + "\n"),
    "toml-deep-tables": _toml("[tool.perfcheck]\nx = " + "{a=" * 3000 + "1" + "}" * 3000 + "\n"),
    "toml-bad-utf8": (ConfigFile("pyproject.toml", b"[tool.perfcheck]\nlang = '\xff\xfe'\n"),),
    "toml-unknown-keys": _toml(
        "[tool.perfcheck]\nunknown = 1\n[tool.perfcheck.limits]\nmax_nonsense = 2\n"
    ),
    "toml-broken": _toml("[tool.perfcheck\nlang = \n"),
    "toml-duplicate": _toml("[tool.perfcheck]\nlang = 'en'\nlang = 'zh'\n"),
    "both": _yaml("lang: en\n") + _toml("[tool.perfcheck]\nlang = 1\n"),
}


# Each command: a name, and its arguments given the input (a path relative to the run's working
# folder). "new.yaml" and "out.*" are outputs of the run, made in the working folder.
def _formatted(command: str, fmt: str) -> Callable[[str], list[str]]:
    return lambda i: [command, i, "--format", fmt]


COMMANDS: dict[str, Callable[[str], list[str]]] = {
    **{
        f"validate-{fmt}": _formatted("validate", fmt)
        for fmt in ("human", "concise", "json", "github", "sarif", "junit")
    },
    "validate-folder": lambda i: ["validate", str(PurePosixPath(i).parent)],
    "validate-config-paths": lambda i: ["validate"],
    **{f"score-{fmt}": _formatted("score", fmt) for fmt in ("text", "json", "csv", "markdown")},
    "score-quiet": lambda i: ["score", i, "-q"],
    "summary-md": lambda i: ["summary", i],
    "summary-md-o": lambda i: ["summary", i, "-o", "out.md"],
    "summary-html-o": lambda i: ["summary", i, "--format", "html", "-o", "out.html"],
    "summary-xlsx-o": lambda i: ["summary", i, "--format", "xlsx", "-o", "out.xlsx"],
    "summary-over-input": lambda i: ["summary", i, "-o", i, "--force"],
    "trend": lambda i: ["trend", i],
    "trend-folder": lambda i: ["trend", str(PurePosixPath(i).parent), "--format", "json"],
    **{
        f"portfolio-{fmt}": _formatted("portfolio", fmt)
        for fmt in ("text", "json", "csv", "markdown")
    },
    "portfolio-folder": lambda i: [
        "portfolio",
        str(PurePosixPath(i).parent),
        "--format",
        "markdown",
    ],
    **{f"audit-{fmt}": _formatted("audit", fmt) for fmt in ("text", "json", "sarif")},
    "audit-folder": lambda i: ["audit", str(PurePosixPath(i).parent), "--format", "concise"],
    "show-text": lambda i: ["show", i],
    "show-json": lambda i: ["show", i, "--format", "json"],
    "import-concise": lambda i: ["import", i, "-o", "new.yaml", "--format", "concise"],
    "import-json": lambda i: ["import", i, "-o", "t.yaml", "--actuals", "a.yaml", "--format=json"],
    "import-over-input": lambda i: ["import", i, "-o", i, "--force"],
    "import-folder": lambda i: ["import", str(PurePosixPath(i).parent), "-o", "imported"],
    "init": lambda i: ["init", "new.yaml", "--targets", i, "--period", "2022Q4"],
    "init-over-input": lambda i: ["init", i, "--targets", i, "--period", "2022Q4"],
    "explain": lambda i: ["explain"],
    "explain-code": lambda i: ["explain", "Y002", "--lang", "en"],
    "explain-unknown": lambda i: ["explain", "Z999"],
    "schema-targets": lambda i: ["schema", "targets"],
    "schema-actuals": lambda i: ["schema", "actuals"],
    "config": lambda i: ["config"],
}


def inputs(corpus: Literal["seeds", "all"] = "all") -> list[str]:
    """The inputs, relative to the repository: its target and actuals files, the test fixtures
    and the fuzz corpus (only its committed seed-* files with "seeds")."""
    found = [
        *sorted(ROOT.glob("targets/*.yaml")),
        *sorted(ROOT.glob("actuals/*.yaml")),
        *sorted(p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.is_file()),
        *sorted(
            p
            for p in (ROOT / "fuzz" / "corpus").glob("seed-*" if corpus == "seeds" else "*")
            if p.is_file() and not p.name.startswith(".")
        ),
    ]
    return [p.relative_to(ROOT).as_posix() for p in found]


@dataclass(frozen=True, slots=True)
class Case:
    command: str
    input: str  # relative to the repository (and to the copy of it)
    streams: str
    encoding: str | None
    github: str
    config: str

    def __str__(self) -> str:
        return (
            f"{self.command} {self.input} streams={self.streams} "
            f"encoding={self.encoding or '-'} github={self.github} config={self.config}"
        )

    def args(self) -> list[str]:
        return COMMANDS[self.command](f"../{self.input}")

    def environment(self) -> dict[str, str]:
        """The variables the case sets (paths relative to the working folder)."""
        env: dict[str, str] = {}
        if self.encoding is not None:
            env["PYTHONIOENCODING"] = self.encoding
        if self.github == "none":
            return env
        env["GITHUB_ACTIONS"] = "true"
        summary = {
            "actions": None,
            "summary-file": "step-summary.md",
            "summary-folder": ".",
            "summary-dev-full": "/dev/full",
            "summary-missing-folder": "missing/step-summary.md",
            "summary-input": f"../{self.input}",
            "summary-link-to-input": "link-to-input.md",
            "summary-hardlink-to-input": "hardlink-to-input.md",
            "summary-fifo": "step-summary.fifo",
            "summary-target-file": f"../{self.target_file()}",
            "summary-empty": "",
        }[self.github]
        if summary is not None:
            env["GITHUB_STEP_SUMMARY"] = summary
        return env

    def target_file(self) -> str:
        """The target file the input names by a plain relative `targets:` line, as a path
        relative to the repository; the input itself when it names none such."""
        match = _TARGETS_LINE.search((ROOT / self.input).read_bytes())
        if match is None or match[1].startswith(b"/"):
            return self.input
        named = PurePosixPath(self.input).parent / match[1].decode()
        return os.path.normpath(named) if not str(named).startswith("..") else self.input

    def shell(self, python: str = '"$PERFCHECK_PYTHON"') -> str:
        """The command line, as bash runs it in the working folder; it exits with perfcheck's
        own code (not the reader's, when stdout is piped into one)."""
        command = " ".join([python, "-m", "perfcheck", *map(shlex.quote, self.args())])
        redirect = STREAMS[self.streams]
        if redirect.startswith("|"):
            return f'{command} {redirect}; exit "${{PIPESTATUS[0]}}"'
        return f"{command} {redirect}".rstrip()


PLAIN = 0.3  # the share of cases with plain streams, no GitHub and no configuration file


def random_case(rng: random.Random, corpus: list[str]) -> Case:
    """One choice along each axis; the plain choice of an axis more often than the others, so
    that the runs that get far enough to write a report are not rare."""

    def pick(choices: list[str], plain: str) -> str:
        return plain if rng.random() < PLAIN else rng.choice(choices)

    return Case(
        command=rng.choice(sorted(COMMANDS)),
        input=rng.choice(corpus),
        streams=pick(sorted(STREAMS), "pipe"),
        encoding=rng.choice(ENCODINGS),
        github=pick(list(GITHUB), "none"),
        config=pick(sorted(CONFIGS), "none"),
    )


# --- running one case ----------------------------------------------------------------------


class Workspace:
    """A private copy of the repository's inputs (targets/, actuals/, tests/fixtures/, the fuzz
    corpus as used) where relative `targets:` paths resolve as in the repository; the fuzz
    seeds' `targets.yaml` is a copy of the small target fixture."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.rebuild()

    def rebuild(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        self.root.mkdir(parents=True)
        for part in ("targets", "actuals", "tests/fixtures"):
            shutil.copytree(ROOT / part, self.root / part, symlinks=True)
        (self.root / "fuzz" / "corpus").mkdir(parents=True)
        shutil.copyfile(
            ROOT / "tests/fixtures/shared/targets_small.yaml",
            self.root / "fuzz/corpus/targets.yaml",
        )

    def prepare(self, case: Case) -> Path:
        """The case's input in place and a fresh working folder with its configuration files
        and links; returns that folder."""
        source, copy = ROOT / case.input, self.root / case.input
        if not copy.exists():
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, copy)
        run = self.root / RUN
        shutil.rmtree(run, ignore_errors=True)
        run.mkdir()
        for config in CONFIGS[case.config]:
            place = run / config.name
            if config.kind == "folder":
                place.mkdir()
            elif config.kind == "link-to-input":
                place.symlink_to(f"../{case.input}")
            else:
                place.write_bytes(config.content)
        if case.github == "summary-link-to-input":
            (run / "link-to-input.md").symlink_to(f"../{case.input}")
        if case.github == "summary-hardlink-to-input":
            (run / "hardlink-to-input.md").hardlink_to(self.root / case.input)
        if case.github == "summary-fifo":
            os.mkfifo(run / "step-summary.fifo")
        return run

    def snapshot(self) -> dict[str, str]:
        """Each file and link of the copy: its SHA-256, or where it points."""
        state: dict[str, str] = {}
        for folder, _, names in os.walk(self.root):
            for name in names:
                path = Path(folder, name)
                key = path.relative_to(self.root).as_posix()
                if path.is_symlink():
                    state[key] = f"link to {path.readlink()}"
                elif path.is_fifo():  # reading it would wait for a writer
                    state[key] = "fifo"
                else:
                    state[key] = hashlib.sha256(path.read_bytes()).hexdigest()
        return state


@dataclass(slots=True)
class Outcome:
    case: Case
    code: int
    stderr: bytes
    seconds: float
    violations: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Known:
    """A violation reported and not yet fixed: a case with this configuration breaks this one
    promise. The campaign counts it apart and does not fail on it; the test suite replays it as
    a strict xfail, which fails the day it is fixed (then remove it here)."""

    config: str
    violation: str
    reason: str


KNOWN: tuple[Known, ...] = ()


def known(outcome: Outcome) -> Known | None:
    """The known bug that accounts for every violation of the outcome, if one does."""
    for bug in KNOWN:
        if outcome.case.config == bug.config and outcome.violations == [bug.violation]:
            return bug
    return None


def base_environment() -> dict[str, str]:
    """This process's variables without those a case varies or that change perfcheck's
    behaviour (a CI run on GitHub Actions has GITHUB_* set)."""
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GITHUB_", "PERFCHECK_", "PYTHONIOENCODING"))
    }


def run_case(case: Case, workspace: Workspace, python: str = sys.executable) -> Outcome:
    """Run the case once; `violations` says each promise it broke."""
    run = workspace.prepare(case)
    before = workspace.snapshot()
    env = {**base_environment(), **case.environment(), "PERFCHECK_PYTHON": python}
    start = time.monotonic()
    try:
        done = subprocess.run(
            ["bash", "-c", case.shell()],
            cwd=run,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIME_BOUND,
            check=False,
        )
        code, stderr = done.returncode, done.stderr
    except subprocess.TimeoutExpired as expired:
        code, stderr = -1, expired.stderr or b""
    outcome = Outcome(case, code, stderr, time.monotonic() - start)
    if code == -1:
        outcome.violations.append(f"no answer within {TIME_BOUND:.0f} s (a hang)")
    elif code == 3:
        outcome.violations.append("exit 3: an internal error")
    elif code not in EXIT_CODES:
        outcome.violations.append(f"exit {code}: not a documented exit code")
    if TRACEBACK.encode() in stderr:
        outcome.violations.append("a Python traceback on stderr")
    after = workspace.snapshot()
    for key, digest in sorted(before.items()):
        if key not in after:
            outcome.violations.append(f"an input was removed: {key}")
        elif after[key] != digest:
            outcome.violations.append(f"an input was changed: {key}")
    if any("input was" in v for v in outcome.violations):
        workspace.rebuild()
    return outcome


# --- keeping a violation -------------------------------------------------------------------


def repro_script(outcome: Outcome) -> str:
    """A bash script that sets the case up in a temporary copy, runs it and compares the
    inputs' SHA-256 before and after."""
    case = outcome.case
    lines = [
        "#!/usr/bin/env bash",
        "# perfcheck broke a promise in this environment:",
        *(f"#   {v}" for v in outcome.violations),
        f"# case: {case}",
        f"# observed: exit {outcome.code}; stderr:",
        *(f"#   {line}" for line in _excerpt(outcome.stderr)),
        "# Run it from anywhere; PYTHON=… for another interpreter than the repository's .venv.",
        "set -u",
        'here="$(cd "$(dirname "$0")" && pwd)"',
        'root="${PROJECT:-$(cd "$here/../../.." && pwd)}"',
        'export PERFCHECK_PYTHON="${PYTHON:-$root/.venv/bin/python}"',
        'work="$(mktemp -d)"',
        "trap 'rm -rf \"$work\"' EXIT",
        'mkdir -p "$work/tests" "$work/fuzz/corpus" "$work/run"',
        'cp -R "$root/targets" "$root/actuals" "$work/"',
        'cp -R "$root/tests/fixtures" "$work/tests/"',
        'cp "$root/tests/fixtures/shared/targets_small.yaml" "$work/fuzz/corpus/targets.yaml"',
        f'mkdir -p "$work/{PurePosixPath(case.input).parent}"',
        f'cp "$here/input" "$work/{case.input}"  # the input as it was',
    ]
    for number, config in enumerate(CONFIGS[case.config]):
        place = f'"$work/run/{config.name}"'
        if config.kind == "folder":
            lines.append(f"mkdir {place}")
        elif config.kind == "link-to-input":
            lines.append(f"ln -s ../{case.input} {place}")
        else:
            lines.append(f'cp "$here/config-{number}" {place}')
    if case.github == "summary-link-to-input":
        lines.append(f'ln -s ../{case.input} "$work/run/link-to-input.md"')
    if case.github == "summary-hardlink-to-input":
        lines.append(f'ln "$work/{case.input}" "$work/run/hardlink-to-input.md"')
    if case.github == "summary-fifo":
        lines.append('mkfifo "$work/run/step-summary.fifo"')
    digest = 'cd "$work" && find . -type f -exec sha256sum {} + | sort'
    lines += [
        f"before=$({digest})",
        'cd "$work/run"',
        "unset ${!GITHUB_@} PYTHONIOENCODING ${!PERFCHECK_DEBUG@}",
        *(f"export {k}={shlex.quote(v)}" for k, v in case.environment().items()),
        f"({case.shell()})",
        "status=$?",
        'echo "exit $status" >&2',
        f'diff <(echo "$before") <({digest}) >&2 && echo "inputs unchanged" >&2',
        'exit "$status"',
    ]
    return "\n".join(lines) + "\n"


def _excerpt(stderr: bytes, lines: int = 12) -> list[str]:
    text = stderr.decode("utf-8", errors="backslashreplace").splitlines()
    return [line[:200] for line in text[-lines:]]


def keep(outcome: Outcome, folder: Path = CRASHERS) -> Path:
    """Save the violation as fuzz/crashers/env-<hash>/: repro.sh, the input, the configuration
    files."""
    name = "env-" + hashlib.sha256(str(outcome.case).encode()).hexdigest()[:12]
    place = folder / name
    place.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / outcome.case.input, place / "input")
    for number, config in enumerate(CONFIGS[outcome.case.config]):
        if config.kind == "file":
            (place / f"config-{number}").write_bytes(config.content)
    script = place / "repro.sh"
    script.write_text(repro_script(outcome), encoding="utf-8")
    script.chmod(0o755)
    return place


# --- the campaign --------------------------------------------------------------------------


@dataclass(slots=True)
class Campaign:
    runs: int = 0
    combinations: set[Case] = field(default_factory=set)
    violations: list[Outcome] = field(default_factory=list)
    known: dict[str, int] = field(default_factory=dict)  # config of a known bug → its runs
    kept: set[tuple[str, ...]] = field(default_factory=set)  # the signatures already kept
    codes: dict[int, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, outcome: Outcome) -> None:
        with self.lock:
            self.runs += 1
            self.combinations.add(outcome.case)
            self.codes[outcome.code] = self.codes.get(outcome.code, 0) + 1
            bug = known(outcome)
            if bug is not None:
                self.known[bug.config] = self.known.get(bug.config, 0) + 1
            elif outcome.violations:
                self.violations.append(outcome)

    def first_of_its_kind(self, outcome: Outcome) -> bool:
        """Whether no violation of the same command, configuration and promises was kept yet:
        one reproduction of each is enough."""
        case = outcome.case
        signature = (case.command.partition("-")[0], case.config, *outcome.violations)
        with self.lock:
            new = signature not in self.kept
            self.kept.add(signature)
        return new


def _cases(seed: int, corpus: list[str]) -> Iterator[Case]:
    rng = random.Random(seed)
    while True:
        yield random_case(rng, corpus)


def campaign(seconds: float, seed: int, workers: int, python: str) -> Campaign:
    """Random cases (in the order the seed gives) on `workers` threads until `seconds` pass."""
    deadline = time.monotonic() + seconds
    corpus = inputs()
    cases = _cases(seed, corpus)
    draw = threading.Lock()
    result = Campaign()
    scratch = Path(tempfile.mkdtemp(prefix="perfcheck-env-"))

    def worker(number: int) -> None:
        workspace = Workspace(scratch / str(number))
        while time.monotonic() < deadline:
            with draw:
                case = next(cases)
            outcome = run_case(case, workspace, python)
            result.add(outcome)
            if outcome.violations and known(outcome) is None:
                said = f"fuzz_environment: {case}: {'; '.join(outcome.violations)}"
                if result.first_of_its_kind(outcome):
                    said += f" -> {keep(outcome)}"
                print(said, flush=True)

    try:
        with concurrent.futures.ThreadPoolExecutor(workers) as pool:
            for future in [pool.submit(worker, n) for n in range(workers)]:
                future.result()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return result


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[1].isdigit() or int(argv[1]) < 1:
        print("usage: fuzz_environment.py SECONDS   (FUZZ_SEED, FUZZ_JOBS)", file=sys.stderr)
        return 2
    seed = int(os.environ.get("FUZZ_SEED") or 0)
    workers = int(os.environ.get("FUZZ_JOBS") or os.cpu_count() or 1)
    result = campaign(int(argv[1]), seed, workers, sys.executable)
    codes = ", ".join(f"exit {c}: {n}" for c, n in sorted(result.codes.items()))
    print(
        f"fuzz_environment: seed {seed}: {result.runs} runs, "
        f"{len(result.combinations)} combinations, {len(result.violations)} violations, "
        f"{sum(result.known.values())} of known bugs ({codes})"
    )
    return 1 if result.violations else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
