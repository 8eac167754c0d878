"""No output replaces a file the run read: the files named, the target files the actuals name,
and the configuration file that set the run up (F013, even with --force)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, run

SHARED = FIXTURES / "shared"
TABLE = FIXTURES / "tables" / "department_targets.xlsx"


@pytest.fixture(autouse=True)
def _pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(SHARED / "targets_small.yaml", "targets_small.yaml")
    shutil.copy(SHARED / "actuals_small_q4.yaml", "a.yaml")


def _refused(*args: str) -> str:
    code, _, err = run(*args, "--force")
    assert code == 2, err
    assert "F013" in err
    return err


def test_portfolio_never_writes_over_the_target_file_an_actuals_file_names() -> None:
    before = Path("targets_small.yaml").read_bytes()
    _refused("portfolio", "a.yaml", "--format", "html", "-o", "targets_small.yaml")
    assert Path("targets_small.yaml").read_bytes() == before


CONFIGURATIONS = {
    ".perfcheck.yaml": "lang: zh\n",
    "pyproject.toml": '[project]\nname = "x"\n\n[tool.perfcheck]\nlang = "zh"\n',
}


@pytest.mark.parametrize("name", sorted(CONFIGURATIONS))
@pytest.mark.parametrize(
    "command",
    [
        ["summary", "a.yaml"],
        ["show", "targets_small.yaml", "--format", "text"],
        ["portfolio", "a.yaml", "--format", "markdown"],
        ["import", str(TABLE)],
    ],
)
def test_no_output_replaces_the_configuration_the_run_read(name: str, command: list[str]) -> None:
    Path(name).write_text(CONFIGURATIONS[name], encoding="utf-8")
    _refused(*command, "-o", name)
    assert Path(name).read_text(encoding="utf-8") == CONFIGURATIONS[name]


def test_the_step_summary_is_never_added_to_the_configuration(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Path(".perfcheck.yaml").write_text("lang: zh\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", ".perfcheck.yaml")
    run("score", "a.yaml")
    assert Path(".perfcheck.yaml").read_text(encoding="utf-8") == "lang: zh\n"


@pytest.mark.parametrize("name", sorted(CONFIGURATIONS))
def test_the_results_database_is_never_the_configuration_the_run_read(name: str) -> None:
    Path(name).write_text(CONFIGURATIONS[name], encoding="utf-8")
    code, _, err = run("portfolio", "a.yaml", "--db", name)
    assert code == 2, err
    assert "F013" in err
    assert Path(name).read_text(encoding="utf-8") == CONFIGURATIONS[name]
