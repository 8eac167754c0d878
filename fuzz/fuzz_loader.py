"""Coverage-guided fuzz target (atheris) for perfcheck's loader and its target-value parser.

Each input is the bytes of one file. `check` asks of it everything perfcheck promises:

- the loader — bytes → text (BOM, UTF-16, GBK, NUL and bad-UTF-8 detection) → strict YAML →
  target or actuals model → domain checks → score — never raises, whatever the bytes: it
  returns located diagnostics, and each renders in Chinese and in English; a file that loads
  cleanly renders its JSON and text reports;
- the YAML scalar typing — the value of each line as a one-line document — never raises;
- the value parser — every line of the input, and what follows its first `:`, given to
  `parse_target`, `parse_comparator` (only NotationError allowed), `parse_amount` and
  `parse_number` (ValueError, of which NotationError is one) — raises nothing else, and what
  it returns is a finite number with a unit free of digits.

Any other exception is a crash: atheris stops and writes the input to fuzz/crashers/.

    fuzz/run 180                                  # fuzz for three minutes (see fuzz/run)
    .venv/bin/python fuzz/fuzz_loader.py FILE...  # replay inputs once each

`check` needs no atheris: tests/fuzz/test_crashers.py replays fuzz/crashers/ through it.
"""

from __future__ import annotations

import atexit
import importlib
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from string import Formatter

from perfcheck.diagnostics import Diagnostic
from perfcheck.model.notation.comparators import parse_comparator
from perfcheck.model.notation.errors import NotationError
from perfcheck.model.notation.numbers import WrittenValue, parse_amount, parse_number
from perfcheck.model.notation.target_text import Quantity, parse_target
from perfcheck.model.period import parse_period
from perfcheck.reading.yaml_reader import parse
from perfcheck.reports import monitoring as monitoring_report
from perfcheck.reports import score as score_report
from perfcheck.reports import show as show_report
from perfcheck.reports.render import View
from perfcheck.results.files import FileKind
from perfcheck.results.targets import ResolvedTargets
from perfcheck.run.load import load_actuals, load_targets
from perfcheck.run.options import Options
from perfcheck.run.validate import validate_file
from perfcheck.text.catalogue import TEXTS

ROOT = Path(__file__).resolve().parent.parent
OPTIONS = Options()
LINES = 64  # lines of one input given to the value parser
SCALAR_LINES = 16  # lines whose value is parsed as a one-line YAML document
LINE_CHARS = 512


class _Workspace:
    """A private folder where the input is written as `x/actuals/input.yaml`, beside target
    files that `targets:` values of the seeds resolve to: `targets.yaml` (a small valid target
    file), `../targets/chengdu_procuratorate_2022.yaml` (the repository's actuals) and
    `../../shared/targets_small.yaml` (the actuals fixtures)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        small = ROOT / "tests" / "fixtures" / "shared" / "targets_small.yaml"
        chengdu = ROOT / "targets" / "chengdu_procuratorate_2022.yaml"
        for source, place in (
            (small, "shared/targets_small.yaml"),
            (small, "x/actuals/targets.yaml"),
            (chengdu, "x/targets/chengdu_procuratorate_2022.yaml"),
        ):
            (self.root / place).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, self.root / place)
        self.input = self.root / "x" / "actuals" / "input.yaml"

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


_workspace: _Workspace | None = None


def workspace() -> _Workspace:
    """The folder named by PERFCHECK_FUZZ_WORK (fuzz/run makes it and removes it: libFuzzer
    ends the process without running exit handlers), else a temporary one of this process."""
    global _workspace
    if _workspace is None:
        given = os.environ.get("PERFCHECK_FUZZ_WORK")
        if given:
            _workspace = _Workspace(Path(given))
        else:
            _workspace = _Workspace(Path(tempfile.mkdtemp(prefix="perfcheck-fuzz-")))
            atexit.register(_workspace.remove)
    return _workspace


def check(data: bytes) -> None:
    """Everything asked of one input; raises only when perfcheck breaks a promise."""
    check_loader(data)
    check_notation(data)
    check_scalars(data)


def _render(diagnostics: list[Diagnostic]) -> None:
    """Each message renders in both languages with every argument its template names."""
    for diagnostic in diagnostics:
        assert diagnostic.concise("zh") and diagnostic.concise("en"), diagnostic
        texts = TEXTS[f"{diagnostic.code}.message"]
        for template in texts.values():
            names = {name for _, name, _, _ in Formatter().parse(template) if name}
            assert names <= diagnostic.args.keys(), (diagnostic, names - diagnostic.args.keys())
        assert diagnostic.line >= 0 and diagnostic.col >= 0, diagnostic


def check_loader(data: bytes) -> None:
    """The whole load of the bytes as a file: validate, then load and render by kind."""
    path = workspace().input
    path.write_bytes(data)
    report = validate_file(path, OPTIONS)
    _render(report.diagnostics)
    out = io.StringIO()
    if report.kind is FileKind.TARGETS:
        targets = load_targets(path, OPTIONS)
        _render(targets.source.diagnostics)
        if targets.ok and targets.targets is not None and targets.allocation is not None:
            show_report.as_json(
                ResolvedTargets(targets.targets, targets.allocation), "zh", out, View()
            )
            show_report.as_text(
                ResolvedTargets(targets.targets, targets.allocation), "en", out, View()
            )
    elif report.kind is FileKind.ACTUALS:
        actuals = load_actuals(path, OPTIONS)
        _render(actuals.diagnostics())
        if actuals.ok and actuals.result is not None:
            score_report.as_json(actuals.result, "zh", out, View())
            score_report.as_text(actuals.result, "zh", out, View(width=100))
        elif actuals.ok and actuals.monitoring is not None:
            monitoring_report.as_json(actuals.monitoring, "zh", out, View())
            monitoring_report.as_text(actuals.monitoring, "zh", out, View(width=100))


def _expect(parser: Callable[[str], object], text: str, allowed: type[Exception]) -> object:
    try:
        return parser(text)
    except allowed:
        return None


def check_notation(data: bytes) -> None:
    """Each line (and the value after its first colon) through the value parsers."""
    text = data.decode("utf-8", errors="replace")
    for line in text.splitlines()[:LINES]:
        for candidate in dict.fromkeys((line, line.partition(":")[2])):
            value = candidate[:LINE_CHARS]
            target = _expect(parse_target, value, NotationError)
            if isinstance(target, Quantity):
                assert target.value.is_finite(), (value, target)
                assert target.unit and not any(c.isdigit() for c in target.unit), (value, target)
            _expect(parse_comparator, value, NotationError)
            amount = _expect(parse_amount, value, ValueError)
            if isinstance(amount, WrittenValue):
                assert amount.value.is_finite(), (value, amount)
            number = _expect(parse_number, value, ValueError)
            if isinstance(number, Decimal):
                assert number.is_finite(), (value, number)
            parse_period(value)


def check_scalars(data: bytes) -> None:
    """The value of each of the first lines as a one-line YAML document, as a value and as a
    key: strict YAML types every plain scalar and must never raise doing it."""
    text = data.decode("utf-8", errors="replace")
    for line in text.splitlines()[:SCALAR_LINES]:
        value = line.partition(":")[2].strip()[:LINE_CHARS] or line[:LINE_CHARS]
        for document in (f"a: {value}\n", f"{value}: a\n", f"- [{value}]\n"):
            parsed = parse(document)
            assert parsed.fatal or parsed.data is not None, (document, parsed)


def _one_input(data: bytes) -> None:
    check(data)


def main(argv: list[str]) -> None:
    """libFuzzer's command line (see fuzz/run); file arguments alone replay those files."""
    inputs = [Path(a) for a in argv[1:] if not a.startswith("-")]
    if inputs and all(p.is_file() for p in inputs):
        for path in inputs:
            check(path.read_bytes())
            print(f"{path}: ok")
        return
    atheris = importlib.import_module("atheris")  # only the fuzzer needs it
    atheris.instrument_all()
    atheris.Setup(argv, _one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
