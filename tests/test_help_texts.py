"""The --help texts come from the catalogue: every help.* entry is used, and each reads in every
language."""

import re
from pathlib import Path

from typer.testing import CliRunner

from perfcheck.cli import app
from perfcheck.cli.root import both, described
from perfcheck.text.catalogue import TEXTS

CLI = Path(__file__).resolve().parents[1] / "src" / "perfcheck" / "cli"
DECLARING = [CLI / "root.py", *sorted((CLI / "declarations").glob("*.py"))]


def test_every_help_text_exists_and_is_used() -> None:
    source = "".join(path.read_text(encoding="utf-8") for path in DECLARING)
    used = set(re.findall(r"[\"'](help\.[a-z_.]+)[\"']", source))
    assert used == {key for key in TEXTS if key.startswith("help.")}
    assert {"help.app", "help.score", "help.score.fail_under", "help.common.lang"} <= used


def test_a_one_line_text_shows_its_languages_side_by_side() -> None:
    assert both("help.score.fail_under") == "总分低于此值时退出码为 1 / exit 1 below this total"


def test_a_description_opens_with_its_summary_in_every_language() -> None:
    paragraphs = described("help.show", "perfcheck show t.yaml").split("\n\n")
    assert paragraphs == [
        "按表格显示目标表及各指标分值 / show a target file with resolved points.",
        "例 / example: perfcheck show t.yaml",
    ]
    paragraphs = described("help.app", "perfcheck a", "perfcheck b").split("\n\n")
    assert paragraphs[1:] == ["例 / examples:", "  perfcheck a", "  perfcheck b"]


def test_score_help_reads_in_both_languages() -> None:
    out = CliRunner().invoke(app, ["score", "--help"], terminal_width=100).output
    assert "年终自评打分，或年中运行监控 / score an actuals file against its targets." in out
    assert "--fail-under 以（预计）总分为准。" in out and "compares the (projected) total" in out
    order = [out.index(text) for text in ("出自评表", "Year-end (Q4", "例 / example")]
    assert order == sorted(order)
    assert "总分低于此值时退出码为 1 / exit 1 below this total" in out


def test_the_start_up_interrupt_line_is_the_catalogues() -> None:
    """entry.py writes it out before anything is imported; it must say what the catalogue says."""
    from perfcheck import entry
    from perfcheck.cli.process import INTERRUPTED

    assert entry.INTERRUPTED.decode() == INTERRUPTED == "perfcheck: 已中断 / interrupted\n"


def test_the_start_up_termination_line_is_the_catalogues() -> None:
    from perfcheck import entry
    from perfcheck.cli.process import TERMINATED

    assert entry.TERMINATED.decode() == TERMINATED == "perfcheck: 已终止 / terminated\n"
