"""The HTML review pack: golden files, the charts against the result object, a page that needs
nothing outside itself, and a real headless Chromium that renders it.

Regenerate the golden files after an intended change with PERFCHECK_UPDATE_GOLDEN=1.
The browser test skips without /usr/bin/chromium, except under CI (CI set), where it fails:
`.ci/browser` installs Chromium. Set PERFCHECK_SCREENSHOTS=DIR to keep the screenshots.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from perfcheck import __version__
from perfcheck.cli import app
from perfcheck.diagnostics import Lang
from perfcheck.formatting import decimal_text
from perfcheck.reading.discovery import input_files
from perfcheck.reports.summary import html
from perfcheck.reports.summary.html.page import stylesheet
from perfcheck.reports.summary.labels import LABELS
from perfcheck.results.score import Flag
from perfcheck.results.summary import MonitoringSummary, Summary
from perfcheck.run.load import load_actuals
from perfcheck.run.options import Options
from tests.conftest import FIXTURES, ROOT

GOLDEN = ROOT / "tests" / "golden"
CHROMIUM = Path("/usr/bin/chromium")
YEAR_END = "actuals/2022Q4.yaml"
MONITORING = "actuals/2022Q2.yaml"
EVERY_ACTUALS = sorted(
    [p.relative_to(ROOT).as_posix() for p in (ROOT / "actuals").glob("*.yaml")]
    + [p.relative_to(ROOT).as_posix() for p in (FIXTURES / "valid" / "actuals").glob("*.yaml")]
)

Pack = Summary | MonitoringSummary


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def pack(actuals: str) -> Pack:
    """The pack as the CLI builds it: paths as given, relative to the repository."""
    loaded = load_actuals(Path(actuals), Options())
    assert loaded.ok and loaded.targets is not None
    inputs = input_files([Path(actuals), Path(loaded.targets.source.path)])
    if loaded.result is not None:
        return Summary(loaded.result, inputs, __version__)
    assert loaded.monitoring is not None
    return MonitoringSummary(loaded.monitoring, inputs, __version__)


def page(subject: Pack, lang: Lang = "zh") -> str:
    if isinstance(subject, Summary):
        return html.render(subject, lang)
    return html.render_monitoring(subject, lang)


def normalised(text: str) -> str:
    return text.replace(f"perfcheck {__version__}", "perfcheck VERSION")


# --- What the page draws, read back with html.parser -------------------------------------------


class Drawn(HTMLParser):
    """Every bar (chart, kind, id → value, width), reference line and table row of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bars: dict[tuple[str, str, str], tuple[Decimal, Decimal]] = {}
        self.refs: dict[str, list[Decimal]] = {}
        self.rows: dict[str, list[tuple[str, str]]] = {}  # table → (id, class) per row
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.charts: list[str] = []
        self.chart = ""
        self.table = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if tag == "svg":
            self.chart = a["data-chart"]
            self.charts.append(self.chart)
        elif tag == "table":
            self.table = a.get("class", "")
        elif tag == "rect" and "data-value" in a:
            key = (self.chart, a["data-kind"], a["data-id"])
            assert key not in self.bars, f"two bars for {key}"
            self.bars[key] = (Decimal(a["data-value"]), Decimal(a["width"]))
        elif tag == "line" and a.get("class") == "ref":
            self.refs.setdefault(self.chart, []).append(Decimal(a["data-value"]))
        elif tag == "tr" and "data-id" in a:
            self.rows.setdefault(self.table, []).append((a["data-id"], a.get("class", "")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self.chart = ""

    def of(self, chart: str, kind: str) -> dict[str, Decimal]:
        return {key: v for (c, k, key), (v, _) in self.bars.items() if (c, k) == (chart, kind)}


def drawn(text: str) -> Drawn:
    parser = Drawn()
    parser.feed(text)
    parser.close()
    return parser


def rate_width(value: Decimal) -> Decimal:
    """The width a rate bar must have, in SVG units, as the page writes it (to a tenth)."""
    frame = html.RATE_FRAME
    clipped = min(max(value, Decimal(0)), html.CAP)
    return (clipped * frame.plot / html.CAP).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


# --- Golden files ------------------------------------------------------------------------------


# The golden files hold the page with its stylesheet replaced by this line, so that a change of
# style.css alone does not rewrite every golden file; the comparison puts the stylesheet back.
STYLE_PLACEHOLDER = "/* style.css */\n"


def without_stylesheet(text: str) -> str:
    block = f"<style>\n{stylesheet()}</style>"
    assert text.count(block) == 1, "the page does not inline style.css exactly once"
    return text.replace(block, f"<style>\n{STYLE_PLACEHOLDER}</style>")


def matches_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PERFCHECK_UPDATE_GOLDEN"):
        path.write_text(without_stylesheet(text), encoding="utf-8")
    assert path.exists(), f"no golden file {name}; run with PERFCHECK_UPDATE_GOLDEN=1"
    golden = path.read_text(encoding="utf-8")
    assert golden.count(STYLE_PLACEHOLDER) == 1
    assert text == golden.replace(STYLE_PLACEHOLDER, stylesheet())


@pytest.mark.parametrize(
    ("name", "actuals"), [("summary.html", YEAR_END), ("summary-monitoring.html", MONITORING)]
)
def test_html_matches_golden_file(name: str, actuals: str, tmp_path: Path) -> None:
    out = tmp_path / name
    result = CliRunner().invoke(app, ["summary", actuals, "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert f"perfcheck {__version__}" in text
    assert text == page(pack(actuals)) == page(pack(actuals))  # what the renderer gives, each time
    matches_golden(name, normalised(text))


def test_chinese_by_default_english_on_request() -> None:
    subject = pack(YEAR_END)
    assert '<html lang="zh-CN">' in page(subject)
    english = page(subject, "en")
    assert '<html lang="en">' in english
    for key in ("basics", "overall", "table", "deviations", "measures", "chart_completion"):
        assert f">{LABELS['en'][key]}<" in english
    monitoring = page(pack(MONITORING), "en")
    assert '<html lang="en">' in monitoring
    assert f"{LABELS['en']['projection']}：" in monitoring


# --- The charts draw the result's numbers ------------------------------------------------------


@pytest.mark.parametrize("actuals", EVERY_ACTUALS)
def test_every_bar_draws_the_result_value(actuals: str) -> None:
    subject = pack(actuals)
    seen = drawn(page(subject))
    if isinstance(subject, Summary):
        check_year_end(subject, seen)
    else:
        check_monitoring(subject, seen)
    for (chart, _, key), (value, width) in seen.bars.items():
        if chart != "groups":
            assert width == rate_width(value), (chart, key)


def check_year_end(subject: Summary, seen: Drawn) -> None:
    r = subject.result
    groups_chart = [] if r.targets.flat else ["groups"]  # a flat list has no level-1 groups
    assert seen.charts == [*groups_chart, "budget", "completion"]
    completion = {i.indicator.id: i.completion for i in r.indicators}
    assert seen.of("completion", "completion") == {
        key: value for key, value in completion.items() if value is not None
    }
    groups = [g for g in r.groups if g.points > 0 and not r.targets.flat]
    assert seen.of("groups", "points") == {g.level1: g.points for g in groups}
    assert seen.of("groups", "score") == {g.level1: g.score for g in groups}
    assert seen.of("budget", "budget") == {"budget": r.budget.rate}
    assert seen.refs == {"budget": [Decimal(1)], "completion": [Decimal(1)]}
    assert seen.rows["indicators"] == [
        (i.indicator.id, i.status.value + (" overachieved" if Flag.OVERACHIEVED in i.flags else ""))
        for i in r.indicators
    ]


def check_monitoring(subject: MonitoringSummary, seen: Drawn) -> None:
    r = subject.result
    assert seen.charts == ["budget", "progress"]
    assert seen.of("progress", "progress") == {
        p.indicator.id: p.progress for p in r.indicators if p.progress is not None
    }
    assert seen.of("budget", "budget") == {"budget": r.budget.rate}
    assert seen.refs == {"budget": [r.budget.expected, Decimal(1)], "progress": [Decimal(1)]}
    assert seen.rows["monitoring"] == [(p.indicator.id, p.light.value) for p in r.indicators]


def test_a_rate_beyond_the_cap_is_drawn_at_the_cap_with_its_true_value() -> None:
    text = page(pack(MONITORING))
    bars = drawn(text).of("progress", "progress")
    assert bars["5-2"] == Decimal("2.0000")  # 1 visit by mid-year against 0.5 due
    assert 'class="cap"' in text
    assert ">200.00%</text>" in text


def test_the_groups_chart_shares_one_scale() -> None:
    seen = drawn(page(pack(YEAR_END)))
    groups = {key: drawn for key, drawn in seen.bars.items() if key[0] == "groups"}
    top = max(value for value, _ in groups.values())
    for key, (value, width) in groups.items():
        expected = value * html.GROUP_FRAME.plot / top
        assert width == expected.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), key
    assert len(groups) == 6  # points and score for each of the three groups


# --- The sections a reviewer looks for ---------------------------------------------------------


def test_unexplained_deviations_are_boxed_as_a_gap_to_fill() -> None:
    clean = page(pack(YEAR_END))
    assert '<div class="gaps">' in clean and "gaps open" not in clean
    text = page(pack("tests/fixtures/valid/actuals/overachieved_without_explanation.yaml"))
    box = text.split('<div class="gaps open">', 1)[1].split("</div>", 1)[0]
    assert LABELS["zh"]["gap_section"] in box
    assert '<li class="gap"><strong>1-1 ' in box
    assert f'<td class="gap">{LABELS["zh"]["no_explanation"]}</td>' in text
    budget = page(pack("tests/fixtures/valid/actuals/low_execution_without_explanation.yaml"))
    line = LABELS["zh"]["budget_gap"].format(rate="80.00%", threshold="90.00%")
    assert f'<li class="gap">{line}</li>' in budget


def test_monitoring_shows_lights_and_a_labelled_projection() -> None:
    subject = pack(MONITORING)
    assert isinstance(subject, MonitoringSummary)
    text = page(subject)
    assert '<span class="light red"><span class="dot" aria-hidden="true"></span>红</span>' in text
    projection = subject.result.projection
    assert (
        f'<p class="projection"><strong>{LABELS["zh"]["projection"]}：'
        f"{decimal_text(projection.total)}（{projection.grade}）</strong></p>"
    ) in text
    assert f">{LABELS['zh']['score']}<" not in text  # lights instead of scores


def test_every_text_is_escaped() -> None:
    subject = pack(YEAR_END)
    assert isinstance(subject, Summary)
    hostile = '<script>alert("x")</script> & <b>'
    targets = subject.result.targets.model_copy(update={"department": hostile})
    result = subject.result._replace(targets=targets)
    text = page(dataclasses.replace(subject, result=result))
    assert "<script>" not in text and "<b>" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;" in text


# --- Nothing outside the file ------------------------------------------------------------------

FETCHING_TAGS = {"script", "link", "img", "iframe", "object", "embed", "audio", "video", "base"}
FETCHING_ATTRS = {"src", "href", "xlink:href", "srcset", "action", "poster", "data", "ping"}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("actuals", EVERY_ACTUALS)
def test_the_page_references_nothing_outside_itself(actuals: str, lang: Lang) -> None:
    text = page(pack(actuals), lang)
    for needle in ("http:", "https:", "//", "@import", "file:"):
        assert needle not in text
    assert re.search(r"url\(\s*['\"]?(?!data:)", text) is None
    for tag, attrs in drawn(text).tags:
        assert tag not in FETCHING_TAGS
        assert not FETCHING_ATTRS & attrs.keys(), (tag, attrs)
    assert "content=\"default-src 'none'; style-src 'unsafe-inline'\"" in text


# --- A real browser ----------------------------------------------------------------------------

# Injected into a copy only, before the page's own Content Security Policy. It records errors,
# console errors and warnings and blocked fetches, then logs what the browser laid out, once
# loaded and again on each resize (a screenshot at a phone width lays the page out again).
PROBE = """<script>
(function () {
  var problems = [];
  addEventListener("error", function (e) {
    problems.push("error " + (e.message || (e.target && (e.target.src || e.target.href))));
  }, true);
  addEventListener("securitypolicyviolation", function (e) {
    problems.push("csp " + e.violatedDirective + " " + e.blockedURI);
  });
  ["error", "warn"].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      problems.push(level + " " + Array.prototype.join.call(arguments, " "));
      original.apply(console, arguments);
    };
  });
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function box(e) { var b = e.getBoundingClientRect(); return {width: b.width, height: b.height}; }
  function report() {
    console.log("perfcheck probe " + JSON.stringify({
      problems: problems,
      resources: performance.getEntriesByType("resource").length,
      viewport: innerWidth,
      page: document.documentElement.scrollWidth,
      charts: all("svg.chart").map(function (s) {
        return {chart: s.dataset.chart, box: box(s), view: s.viewBox.baseVal.width};
      }),
      bars: all("svg.chart rect[data-value]").map(function (r) {
        return {chart: r.closest("svg").dataset.chart, kind: r.dataset.kind, id: r.dataset.id,
                value: r.dataset.value, box: box(r)};
      }),
      tables: all(".scroll > table").map(function (t) {
        return {name: t.className, rows: t.tBodies[0].rows.length,
                scroll: t.parentNode.scrollWidth, client: t.parentNode.clientWidth};
      })
    }));
  }
  addEventListener("load", report);
  addEventListener("resize", report);
})();
</script>"""

PHONE, DESKTOP = 390, 1280
HEIGHT = 2400
PROBE_LINE = re.compile(r'"perfcheck probe (\{.*\})", source: ')


@pytest.fixture
def chromium() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing under CI: .ci/browser must install it")
    pytest.skip(f"{CHROMIUM} is not installed (.ci/browser installs it)")


@dataclass(frozen=True)
class Run:
    stdout: str
    reports: list[dict[str, Any]]  # what the probe logged, in order


def run_chromium(browser: Path, page_file: Path, tmp_path: Path, *args: str) -> Run:
    """Open a probed copy of the page; no other console message may appear."""
    probed = page_file.with_name("probed-" + page_file.name)
    text = page_file.read_text(encoding="utf-8")
    probed.write_text(text.replace("<head>", "<head>" + PROBE, 1), encoding="utf-8")
    command = [
        str(browser), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars",
        "--enable-logging=stderr", "--v=0", *args, probed.as_uri(),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    found = [PROBE_LINE.search(line) for line in console]
    assert console and all(found), console  # the probe's messages and nothing else
    reports = [
        json.loads(m.group(1), parse_float=Decimal, parse_int=Decimal)
        for m in found
        if m is not None
    ]
    for report in reports:
        assert report["problems"] == []  # no error, console error or warning, blocked fetch
        assert report["resources"] == 0  # nothing fetched
    return Run(done.stdout, reports)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


@pytest.mark.parametrize("actuals", [YEAR_END, MONITORING])
def test_chromium_renders_the_page(chromium: Path, actuals: str, tmp_path: Path) -> None:
    subject = pack(actuals)
    name = "summary" if isinstance(subject, Summary) else "monitoring"
    page_file = tmp_path / f"{name}.html"
    page_file.write_text(page(subject), encoding="utf-8")
    source = drawn(page(subject))

    dom = run_chromium(chromium, page_file, tmp_path, "--dump-dom")
    rendered = drawn(dom.stdout)  # the DOM as the browser built it
    assert rendered.bars == source.bars and rendered.refs == source.refs
    assert rendered.rows == source.rows and rendered.charts == source.charts
    assert len(dom.reports) == 1

    shots = Path(os.environ.get("PERFCHECK_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    for width in (PHONE, DESKTOP):
        shot = shots / f"{name}-{width}.png"
        size = f"--window-size={width},{HEIGHT}"
        run = run_chromium(chromium, page_file, tmp_path, size, f"--screenshot={shot}")
        laid_out = [r for r in run.reports if r["viewport"] == width]
        assert laid_out, [r["viewport"] for r in run.reports]
        check_layout(laid_out[-1], source, width, len(subject.result.indicators))
        assert png_size(shot) == (width, HEIGHT)
        assert shot.stat().st_size > 20_000  # text and charts, not a blank page


def check_layout(report: dict[str, Any], source: Drawn, width: int, indicators: int) -> None:
    """As laid out at a width: no sideways page, tables in their own boxes, bars to scale."""
    assert report["page"] == width  # the page itself never scrolls sideways
    tables = {t["name"]: t for t in report["tables"]}
    wide = tables.get("indicators") or tables["monitoring"]
    assert wide["rows"] == indicators
    if width == PHONE:
        assert wide["scroll"] > wide["client"]  # the wide table scrolls in its own box
    charts = {c["chart"]: c for c in report["charts"]}
    assert list(charts) == source.charts
    laid_out = {(b["chart"], b["kind"], b["id"]): b for b in report["bars"]}
    assert laid_out.keys() == source.bars.keys()
    for key, (value, drawn_width) in source.bars.items():
        bar, chart = laid_out[key], charts[key[0]]
        assert Decimal(bar["value"]) == value
        assert 0 < chart["box"]["width"] <= width
        scale = chart["box"]["width"] / chart["view"]
        assert abs(bar["box"]["width"] - drawn_width * scale) < Decimal("0.5"), key
        assert bar["box"]["height"] > 0
