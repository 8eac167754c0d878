"""Measure perfcheck side by side with its peers in one run, and write bench/RESULTS.md.

    bench/run            (sets up the peer and the data, then runs this)
    bench/run xlsx       (only the summary xlsx section, printed)
    bench/run import     (only the import section, printed)
    bench/run audit      (only the audit section, printed)
    bench/run portfolio  (only the portfolio sections, measured again in RESULTS.md)
    BENCH_BASELINE=REV bench/run  (also perfcheck at git revision REV, in sections 1 and 2)
    BENCH_BASELINE=REV bench/run baseline  (only today's and REV's runs in turn, printed; with
                                            valgrind, the instructions each executes too)

Every command runs as its own process; wall time is the median of several runs (min-max
shown), peak memory the process's maximum resident set (os.wait4). Ratios compare perfcheck
with check-jsonschema (the tool a user would otherwise reach for, on perfcheck's own exported
schema) and with the floor: one Python process that only parses the same files with libyaml.
With a baseline, perfcheck at an earlier revision runs beside today's on the same files, so
that a change of layout or a new feature shows what it costs at start and in a batch.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
DATA = BENCH / "data"
PERFCHECK = str(ROOT / ".venv" / "bin" / "perfcheck")
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PEER = str(BENCH / ".peer" / "bin" / "check-jsonschema")
TARGETS_SCHEMA = str(ROOT / "schema" / "targets.schema.json")
CHENGDU = str(ROOT / "targets" / "chengdu_procuratorate_2022.yaml")
ACTUALS = str(ROOT / "actuals" / "2022Q4.yaml")
BASELINE = os.environ.get("BENCH_BASELINE", "")  # a git revision, installed by bench/run
BASELINE_PERFCHECK = os.environ.get("BENCH_BASELINE_PERFCHECK", "")
# What every perfcheck run pays before it reads a file: its chosen stack imported, and one
# pydantic model built (building the first one loads pydantic's plugin machinery).
STACK = "import typer, yaml\nfrom pydantic import BaseModel\nclass M(BaseModel):\n    x: int\n"
FLOOR = (
    "import sys, yaml\n"
    "for name in sys.argv[1:]:\n"
    "    with open(name, encoding='utf-8') as f:\n"
    "        yaml.load(f.read(), Loader=yaml.CSafeLoader)\n"
)


@dataclass(frozen=True)
class Timing:
    label: str
    median: float
    low: float
    high: float
    rss_mib: float
    cpu: float = 0.0  # median processor time, user and system: steadier than wall on a busy box


def measure(label: str, command: list[str], runs: int, cwd: Path | None = None) -> Timing:
    times, peaks, cpu = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd
        )
        _, _, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        cpu.append(usage.ru_utime + usage.ru_stime)
    median = statistics.median(times)
    return Timing(label, median, min(times), max(times), max(peaks), statistics.median(cpu))


def files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.glob("targets_*.yaml"))


def row(t: Timing, reference: Timing | None = None) -> str:
    ratio = f"{t.median / reference.median:.2f}×" if reference else ""
    return (
        f"| {t.label} | {t.median:.3f} s | {t.low:.3f}–{t.high:.3f} | {t.rss_mib:.0f} MiB "
        f"| {ratio} |"
    )


def machine() -> str:
    model = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )  # fmt: skip
    peer = subprocess.run([PEER, "--version"], capture_output=True, text=True).stdout.strip()
    ours = subprocess.run([PERFCHECK, "--version"], capture_output=True, text=True).stdout.strip()
    return (
        f"{os.cpu_count()} CPUs ({model}), Linux {platform.release()}, "
        f"Python {platform.python_version()}; {ours}; {peer}"
    )


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    jobs = str(os.cpu_count() or 1)
    out = ["# Benchmark results", "", f"Machine: {machine()}.", "",
           f"Median of {runs} runs (min–max), peak resident memory of the measured process.",
           ""]  # fmt: skip

    out += ["## 1. Cold start: one file", "", "| command | median | min–max | peak RSS | "
            "ratio to check-jsonschema |", "|---|---|---|---|---|"]  # fmt: skip
    peer = measure("check-jsonschema (Chengdu targets)", [PEER, "--schemafile", TARGETS_SCHEMA,
                   CHENGDU], runs)  # fmt: skip
    starts = [
        measure("python -c pass", [PYTHON, "-c", "pass"], runs),
        measure("floor: typer, pydantic (one model), PyYAML", [PYTHON, "-c", STACK], runs),
        measure("perfcheck --version", [PERFCHECK, "--version"], runs),
        *cold_starts(PERFCHECK, "perfcheck", runs),
    ]
    before = cold_starts(BASELINE_PERFCHECK, f"perfcheck at {BASELINE}", runs) if BASELINE else []
    out += [row(t, peer) for t in (*starts, *before, peer)] + [""]
    today = starts[-2:]  # validate and score, as the baseline's two
    baseline_ratios = [f"{t.median / b.median:.2f}×" for t, b in zip(today, before, strict=False)]

    out += ["## 2. Batches of generated target files", ""]
    for size in (1000, 10000):
        folder = DATA / f"batch{size}"
        names = files(folder)
        out += [f"### {size:,} files", "",
                "| command | median | min–max | peak RSS | ratio to the libyaml floor |",
                "|---|---|---|---|---|"]  # fmt: skip
        floor = measure("floor: libyaml parse only (1 process)", [PYTHON, "-c", FLOOR, *names],
                        runs)  # fmt: skip
        peer_batch = measure("check-jsonschema", [PEER, "--schemafile", TARGETS_SCHEMA, *names],
                             max(1, runs // 2))  # fmt: skip
        one = measure("perfcheck validate --jobs 1", [PERFCHECK, "validate", str(folder),
                      "--jobs", "1", "--format", "concise"], runs)  # fmt: skip
        many = measure(f"perfcheck validate --jobs {jobs}", [PERFCHECK, "validate", str(folder),
                       "--jobs", jobs, "--format", "concise"], runs)  # fmt: skip
        out += [row(floor, floor), row(one, floor), row(many, floor)]
        if BASELINE:
            command = [BASELINE_PERFCHECK, "validate", str(folder), "--jobs", "1"]
            was = measure(f"perfcheck at {BASELINE} validate --jobs 1", command, runs)
            out.append(row(was, floor))
            baseline_ratios.append(f"{one.median / was.median:.2f}×")
        out += [row(peer_batch, floor), ""]
        out.append(
            f"Throughput against check-jsonschema: {peer_batch.median / one.median:.1f}× with "
            f"one job, {peer_batch.median / many.median:.1f}× with {jobs}."
        )
        out.append("")

    if BASELINE:
        out += [f"Against perfcheck at {BASELINE}, in time taken (below 1× is faster today): "
                "validate one file {}, score one file {}, validate 1,000 files {}, "
                "10,000 files {}.".format(*baseline_ratios), ""]  # fmt: skip
        out += side_by_side(runs)
    big = DATA / "big"
    out += ["## 3. One target file of 10,000 indicators, with its actuals", "",
            "| command | median | min–max | peak RSS | |", "|---|---|---|---|---|"]  # fmt: skip
    out.append(row(measure("perfcheck validate", [PERFCHECK, "validate",
                   str(big / "targets_00000.yaml")], runs)))  # fmt: skip
    out.append(row(measure("perfcheck score --format json", [PERFCHECK, "score",
                   str(big / "actuals_00000.yaml"), "--format", "json"], runs)))  # fmt: skip
    out.append("")
    out += summary_xlsx(runs)
    out += import_tables(runs)
    out += audit_batch(runs)
    out += portfolio(runs)
    (BENCH / "RESULTS.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    sys.stdout.write("\n".join(out) + "\n")


def cold_starts(perfcheck: str, name: str, runs: int) -> list[Timing]:
    return [
        measure(f"{name} validate (Chengdu targets)", [perfcheck, "validate", CHENGDU], runs),
        measure(f"{name} score actuals/2022Q4.yaml", [perfcheck, "score", ACTUALS], runs),
    ]


def side_by_side(runs: int) -> list[str]:
    """Today's perfcheck beside the baseline revision on the start and batch commands, their
    runs taken in turn (today, baseline, today, …) so that a busy moment of the machine falls
    on both alike. Processor time is the measure compared: on a shared machine wall time
    moves with the neighbours, CPU time far less."""
    if not BASELINE:
        return ["(set BENCH_BASELINE=REV to compare with perfcheck at an earlier revision)"]
    cases = [
        ("validate one file (Chengdu targets)", ["validate", CHENGDU]),
        ("score actuals/2022Q4.yaml", ["score", ACTUALS]),
        ("validate 1,000 files --jobs 1", ["validate", str(DATA / "batch1000"), "--jobs", "1",
                                           "--format", "concise"]),
    ]  # fmt: skip
    out = [f"## Side by side with perfcheck at {BASELINE}", "",
           f"Runs taken in turn, {runs} each; median CPU time (user and system) and wall time, "
           "and the ratio of the fastest runs' CPU times (the least disturbed by the machine's "
           "other work); with valgrind installed, the instructions each executes once, which "
           "the machine's other work does not change at all.", "",
           "| command | CPU today | CPU at " + BASELINE + " | ratio | fastest, ratio "
           "| wall today | wall at " + BASELINE + " | ratio | instructions, ratio |",
           "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for label, args in cases:
        today: list[Timing] = []
        before: list[Timing] = []
        for _ in range(runs):
            today.append(measure(label, [PERFCHECK, *args], 1))
            before.append(measure(label, [BASELINE_PERFCHECK, *args], 1))
        cpu = [statistics.median(t.cpu for t in series) for series in (today, before)]
        fastest = [min(t.cpu for t in series) for series in (today, before)]
        wall = [statistics.median(t.median for t in series) for series in (today, before)]
        out.append(
            f"| {label} | {cpu[0]:.3f} s | {cpu[1]:.3f} s | {cpu[0] / cpu[1]:.2f}× "
            f"| {fastest[0]:.3f} s / {fastest[1]:.3f} s: {fastest[0] / fastest[1]:.2f}× "
            f"| {wall[0]:.3f} s | {wall[1]:.3f} s | {wall[0] / wall[1]:.2f}× "
            f"| {_instructions_side_by_side(args)} |"
        )
    out += ["", f"Load average while measured: {os.getloadavg()[0]:.1f} (1 min).", ""]
    return out


def _instructions_side_by_side(args: list[str]) -> str:
    counted = [instructions([perfcheck, *args]) for perfcheck in (PERFCHECK, BASELINE_PERFCHECK)]
    if counted[0] is None or counted[1] is None:
        return "(no valgrind)"
    return f"{counted[0] / 1e6:,.0f} M / {counted[1] / 1e6:,.0f} M: {counted[0] / counted[1]:.3f}×"


def instructions(command: list[str]) -> int | None:
    """The instructions a command executes, counted by valgrind (callgrind); None without it."""
    if shutil.which("valgrind") is None:
        return None
    counted = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    found = re.search(r"Collected : (\d+)", counted.stderr)
    return int(found.group(1)) if found else None


def summary_xlsx(runs: int) -> list[str]:
    """Section 4: the review pack as a workbook, of 2,000 and of 10,000 indicators."""
    out = ["## 4. perfcheck summary --format xlsx", "",
           "| indicators | median | min–max | peak RSS | CPU time (median) |",
           "|---|---|---|---|---|"]  # fmt: skip
    for size, folder in ((2000, DATA / "big2000"), (10000, DATA / "big")):
        actuals = str(folder / "actuals_00000.yaml")
        target = BENCH / "data" / f"summary-{size}.xlsx"
        command = [PYTHON, "-c", SUMMARY, actuals, str(target)]
        t = measure(f"{size:,}", command, runs)
        out.append(row(t).removesuffix(" |") + f"{t.cpu:.3f} s |")
    out.append(f"\nLoad average while measured: {os.getloadavg()[0]:.1f} (1 min).")
    out.append("")
    return out


def import_tables(runs: int) -> list[str]:
    """Section 5: published xlsx tables imported (bench/generate_tables.py), side by side with
    reading the same workbooks and nothing more: python-calamine's cells (the floor: the reader
    import uses) and openpyxl's read-only cells (what a script would reach for). CPU time is
    shown too: on a shared machine it is steadier than wall time."""
    jobs = str(os.cpu_count() or 1)
    big = str(DATA / "tables500" / "table_00000.xlsx")
    batch = DATA / "tables1000"
    names = sorted(str(p) for p in batch.glob("*.xlsx"))
    head = ["| {} | median | min–max | peak RSS | ratio to the calamine floor | CPU time |",
            "|---|---|---|---|---|---|"]  # fmt: skip
    out = ["## 5. perfcheck import: published xlsx target tables", "",
           head[0].format("one table of 500 indicator rows"), head[1]]  # fmt: skip
    one_floor = measure("floor: calamine reads the cells", [PYTHON, "-c", CALAMINE, big], runs)
    written = str(DATA / "import500.yaml")
    one = measure("perfcheck import", [PERFCHECK, "import", big, "-o", written, "--force",
                  "--format", "concise"], runs)  # fmt: skip
    one_peer = measure("peer: openpyxl reads the cells", [PYTHON, "-c", OPENPYXL, big], runs)
    out += [_with_cpu(t, one_floor) for t in (one_floor, one, one_peer)] + [""]
    out += [head[0].format("1,000 tables of 20–60 indicators"), head[1]]
    floor = measure("floor: calamine reads the cells (1 process)", [PYTHON, "-c", CALAMINE,
                    *names], runs)  # fmt: skip
    many = [
        measure(f"perfcheck import --jobs {n}", [PERFCHECK, "import", str(batch), "-o",
                str(DATA / "imported"), "--force", "--jobs", n, "--format", "concise"], runs)
        for n in dict.fromkeys(("1", jobs))
    ]  # fmt: skip
    peer = measure("peer: openpyxl reads the cells (1 process)", [PYTHON, "-c", OPENPYXL,
                   *names], max(1, runs // 2))  # fmt: skip
    out += [_with_cpu(t, floor) for t in (floor, *many, peer)] + [""]
    out.append(
        f"Throughput with one job: {len(names) / many[0].median:.0f} tables/s of wall time, "
        f"{len(names) / many[0].cpu:.0f} per CPU second (target ≥ 20 per core); each table is "
        "read, recognised, written as a target file (atomically, flushed to disk) and "
        f"validated; openpyxl merely reading the same cells takes {peer.cpu / many[0].cpu:.1f}× "
        "the CPU time perfcheck takes to import them."
    )
    out.append(f"\nLoad average while measured: {os.getloadavg()[0]:.1f} (1 min).")
    out.append("")
    return out


def audit_batch(runs: int) -> list[str]:
    """Section 6: auditing 1,000 year-end files with published figures, side by side with
    scoring them. `score` takes one file per process; what it does for each (read both files,
    score, print the table) is run here for all of them in one process, so that the ratio
    compares the work and not 1,000 interpreter starts."""
    folder = DATA / "audit1000"
    out = ["## 6. Auditing 1,000 year-end files with published figures", "",
           "| command | median | min–max | peak RSS | CPU time (median) | ratio to score (wall, "
           "CPU) |", "|---|---|---|---|---|---|"]  # fmt: skip
    score = measure("score each file (load, score, text table), one process",
                    [PYTHON, "-c", SCORE_ALL, str(folder)], runs)  # fmt: skip
    portfolio = measure("perfcheck portfolio --jobs 1 (load and score each)",
                        [PERFCHECK, "portfolio", str(folder), "--jobs", "1"], runs)  # fmt: skip
    one = measure("perfcheck audit --jobs 1", [PERFCHECK, "audit", str(folder), "--jobs", "1",
                  "--format", "concise"], runs)  # fmt: skip
    jobs = str(os.cpu_count() or 1)
    many = measure(f"perfcheck audit --jobs {jobs}", [PERFCHECK, "audit", str(folder), "--jobs",
                   jobs, "--format", "concise"], runs)  # fmt: skip
    out += [_with_both(t, score) for t in (score, portfolio, one, many)]
    out.append("")
    out.append(
        f"audit --jobs 1 against score: {one.median / score.median:.2f}× wall, "
        f"{one.cpu / score.cpu:.2f}× CPU (target ≤ 3×); against loading and scoring alone "
        f"(portfolio): {one.median / portfolio.median:.2f}× wall, {one.cpu / portfolio.cpu:.2f}× "
        "CPU. The rule search is included: every file prints its figures, one in four with a "
        "slip or a local practice (bench/generate.py --published)."
    )
    out.append(f"\nLoad average while measured: {os.getloadavg()[0]:.1f} (1 min).")
    out.append("")
    return out


def _with_cpu(t: Timing, reference: Timing) -> str:
    return row(t, reference) + f" {t.cpu:.3f} s |"


CALAMINE = (
    "import sys\n"
    "from python_calamine import CalamineWorkbook\n"
    "for name in sys.argv[1:]:\n"
    "    book = CalamineWorkbook.from_path(name)\n"
    "    for sheet in book.sheet_names:\n"
    "        book.get_sheet_by_name(sheet).to_python()\n"
)
OPENPYXL = (
    "import sys\n"
    "from openpyxl import load_workbook\n"
    "for name in sys.argv[1:]:\n"
    "    book = load_workbook(name, read_only=True)\n"
    "    for sheet in book.worksheets:\n"
    "        list(sheet.iter_rows(values_only=True))\n"
    "    book.close()\n"
)


def _with_both(t: Timing, reference: Timing) -> str:
    """A row with the CPU time beside the wall time, and both ratios: on a machine shared with
    other work the CPU time is the steadier of the two."""
    ratio = f"{t.median / reference.median:.2f}×, {t.cpu / reference.cpu:.2f}×"
    return (
        f"| {t.label} | {t.median:.3f} s | {t.low:.3f}–{t.high:.3f} | {t.rss_mib:.0f} MiB "
        f"| {t.cpu:.3f} s | {ratio} |"
    )


# What `perfcheck score FILE` does for each file, for every actuals file of a folder in one
# process: read the actuals and their target file, score, render the text table.
SCORE_ALL = (
    "import io, sys, pathlib\n"
    "from perfcheck.reports.formats import ScoreFormat\n"
    "from perfcheck.reports.render import View, score_renderer\n"
    "from perfcheck.run.load import load_actuals\n"
    "from perfcheck.run.options import Options\n"
    "render, options = score_renderer(ScoreFormat.TEXT), Options()\n"
    "for name in sorted(pathlib.Path(sys.argv[1]).glob('actuals_*.yaml')):\n"
    "    loaded = load_actuals(name, options)\n"
    "    render(loaded.result, 'zh', io.StringIO(), View())\n"
)


# One summary run that may overwrite its output (perfcheck itself never does).
SUMMARY = (
    "import sys, pathlib\n"
    "pathlib.Path(sys.argv[2]).unlink(missing_ok=True)\n"
    "from perfcheck.entry import main\n"
    "sys.argv = ['perfcheck', 'summary', sys.argv[1], '--format', 'xlsx', '-o', sys.argv[2]]\n"
    "main()\n"
)


PORTFOLIO_SECTION = "## 7. perfcheck portfolio"


def portfolio(runs: int) -> list[str]:
    """Sections 7 and 8: a finance bureau's portfolio of 10,000 actuals files (with their 5,000
    target files) against `validate` on the same files, then 100,000 (one run each)."""
    jobs = str(os.cpu_count() or 1)
    folder = str(DATA / "portfolio10000")
    out = [f"{PORTFOLIO_SECTION}: 10,000 actuals files and their 5,000 target files", "",
           "| command | median | min–max | CPU time | peak RSS | ratio to validate --jobs 1 |",
           "|---|---|---|---|---|---|"]  # fmt: skip
    reference = measure("perfcheck validate --jobs 1", [PERFCHECK, "validate", folder,
                        "--jobs", "1", "--format", "concise"], runs)  # fmt: skip
    measured = [reference]
    for label, args in (
        ("portfolio --jobs 1 --format json", ["--jobs", "1", "--format", "json"]),
        ("portfolio --jobs 1 --db (a new database)", ["--jobs", "1", "--db", "@db", "-q"]),
        ("portfolio --jobs 1 --db (the same database again)", ["--jobs", "1", "--db", "@again",
                                                               "-q"]),
        (f"portfolio --jobs {jobs} --format json", ["--jobs", jobs, "--format", "json"]),
        (f"portfolio --jobs {jobs} --db (a new database)", ["--jobs", jobs, "--db", "@db", "-q"]),
        (f"perfcheck validate --jobs {jobs}", None),
    ):  # fmt: skip
        if args is None:
            command = [PERFCHECK, "validate", folder, "--jobs", jobs, "--format", "concise"]
        else:
            command = [PYTHON, "-c", PORTFOLIO, folder, *args]
        measured.append(measure(label, command, runs))
    out += [timed(t, reference) for t in measured]
    one, many = measured[1], measured[4]
    out += ["", f"--jobs {jobs} against --jobs 1: {one.median / many.median:.2f}× the speed "
            f"(CPU time {many.cpu / one.cpu:.2f}× that of one job). Load average while measured: "
            f"{os.getloadavg()[0]:.1f} (1 min).", ""]  # fmt: skip
    out += province()
    return out


def province() -> list[str]:
    """Section 8: 100,000 actuals files (150,000 files in all), one run of each command, in
    bench/data, whose .perfcheck.yaml raises limits.max_files above its default of 100,000."""
    jobs = str(os.cpu_count() or 1)
    folder = "portfolio100000"
    out = ["## 8. perfcheck portfolio: 100,000 actuals files and their 50,000 target files", "",
           "One run each.", "",
           "| command | wall | | CPU time | peak RSS | ratio to validate --jobs 1 |",
           "|---|---|---|---|---|---|"]  # fmt: skip
    runs = [
        ("perfcheck validate --jobs 1", [PERFCHECK, "validate", folder, "--jobs", "1",
                                         "--format", "concise"]),
        ("portfolio --jobs 1 --db", [PYTHON, "-c", PORTFOLIO, folder, "--jobs", "1", "--db",
                                     "@db", "-q"]),
        (f"portfolio --jobs {jobs} --db", [PYTHON, "-c", PORTFOLIO, folder, "--jobs", jobs,
                                           "--db", "@db", "-q"]),
        (f"portfolio --jobs {jobs} --format json", [PYTHON, "-c", PORTFOLIO, folder, "--jobs",
                                                    jobs, "--format", "json"]),
    ]  # fmt: skip
    measured = [measure(label, command, 1, cwd=DATA) for label, command in runs]
    out += [timed(t, measured[0]) for t in measured]
    size = (DATA / "portfolio-db.sqlite").stat().st_size / 2**20
    out += ["", f"The database of 100,000 tables: {size:.0f} MiB. Load average while measured: "
            f"{os.getloadavg()[0]:.1f} (1 min).", ""]  # fmt: skip
    fastest = min(measured[2:], key=lambda t: t.median)
    peak = max(t.rss_mib for t in measured)
    out += [f"What this says about the largest user, a province of tens of thousands of tables: "
            f"one machine like this one ({jobs} CPUs) rolls up 100,000 of them in "
            f"{fastest.median / 60:.1f} minutes ({fastest.label}), in at most {peak:.0f} MiB; "
            "more CPUs shorten it in proportion (section 7), and the database is a single file "
            "an analyst opens on a laptop.", ""]  # fmt: skip
    return out


def timed(t: Timing, reference: Timing) -> str:
    return (
        f"| {t.label} | {t.median:.2f} s | {t.low:.2f}–{t.high:.2f} | {t.cpu:.2f} s "
        f"| {t.rss_mib:.0f} MiB | {t.median / reference.median:.2f}× |"
    )


# One portfolio run. `@db` is a database made new for the run (perfcheck itself never removes
# one), `@again` the one the previous run left, rewritten in place.
PORTFOLIO = (
    "import sys, pathlib\n"
    f"db = pathlib.Path({str(DATA / 'portfolio-db.sqlite')!r})\n"
    "args = sys.argv[1:]\n"
    "if '@db' in args:\n"
    "    db.unlink(missing_ok=True)\n"
    "args = [str(db) if a in ('@db', '@again') else a for a in args]\n"
    "from perfcheck.entry import main\n"
    "sys.argv = ['perfcheck', 'portfolio', *args]\n"
    "main()\n"
)


if __name__ == "__main__":
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    SECTIONS = {
        "xlsx": summary_xlsx,
        "import": import_tables,
        "audit": audit_batch,
        "baseline": side_by_side,
    }
    if sys.argv[1:2] and sys.argv[1] in SECTIONS:  # one section alone, printed: RESULTS.md is
        sys.stdout.write("\n".join(SECTIONS[sys.argv[1]](runs)) + "\n")  # left as it is
    elif sys.argv[1:] == ["portfolio"]:  # sections 7 and 8, the last, measured again in place
        results = BENCH / "RESULTS.md"
        kept = results.read_text(encoding="utf-8").split(PORTFOLIO_SECTION, 1)[0]
        lines = portfolio(runs)
        results.write_text(kept.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        main()
