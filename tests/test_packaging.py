"""Integration with the real tools: pre-commit runs the hook, and the built wheel installs into
a clean virtual environment with only its declared dependencies."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
import yaml

from perfcheck import __version__
from tests.conftest import CHENGDU, ROOT

BIN = Path(sys.executable).parent


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, timeout=60)


def test_the_pre_commit_hook_runs_on_target_and_actuals_files(tmp_path: Path) -> None:
    """The hook of .pre-commit-hooks.yaml, used from a `repo: local` configuration."""
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    repo = tmp_path / "repo"
    (repo / "targets").mkdir(parents=True)
    (repo / "actuals").mkdir()
    (repo / "docs").mkdir()
    shutil.copy(CHENGDU, repo / "targets" / CHENGDU.name)
    (repo / "actuals" / "2022Q4.yaml").write_text(
        (ROOT / "actuals" / "2022Q4.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (repo / "docs" / "other.yaml").write_text("not: [a, target\n", encoding="utf-8")
    local = {**hook, "language": "system"}  # the installed perfcheck, no download
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
           "PRE_COMMIT_HOME": str(tmp_path / "cache")}  # fmt: skip
    command = [str(BIN / "pre-commit"), "run", "--all-files", "--color", "never"]
    passed = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "perfcheck validate" in passed.stdout and "Passed" in passed.stdout
    # docs/other.yaml is broken YAML but no target or actuals file: the hook leaves it alone
    (repo / "actuals" / "2022Q4.yaml").write_text("period: 2022Q4\n", encoding="utf-8")
    _git(repo, "add", ".")
    failed = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert failed.returncode == 1
    assert "actuals/2022Q4.yaml:1:1: S001 " in failed.stdout
    # A change to the target file alone still checks the actuals files that name it
    (repo / "actuals" / "2022Q4.yaml").write_text(
        (ROOT / "actuals" / "2022Q4.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    target = repo / "targets" / CHENGDU.name
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("target: ≥4次", "target: 定性优良中低差", 1), "utf-8")
    only = [*command[:2], "--files", f"targets/{CHENGDU.name}", "--color", "never"]
    broken = subprocess.run(only, cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert broken.returncode == 1
    assert "actuals/2022Q4.yaml:10:8: D022 " in broken.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed to build from the tree")
def test_the_wheel_installs_cleanly_with_only_its_dependencies(tmp_path: Path) -> None:
    """Build the wheel and sdist, install the wheel into a fresh venv, run the installed tool."""
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--sdist", "--outdir", str(dist), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(dist.glob("perfcheck-*.whl"))
    assert wheel.name.startswith(f"perfcheck-{__version__}-")
    with zipfile.ZipFile(wheel) as contents:  # the HTML page's stylesheet is a package resource
        assert "perfcheck/reports/summary/html/style.css" in contents.namelist()
    assert next(dist.glob(f"perfcheck-{__version__}.tar.gz"))
    clean = tmp_path / "venv"
    venv.create(clean, with_pip=True)
    python = clean / "bin" / "python"
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr[-2000:]
    version = subprocess.run(
        [str(clean / "bin" / "perfcheck"), "--version"], capture_output=True, text=True, timeout=60
    )
    assert version.stdout == f"perfcheck {__version__}\n"
    scored = subprocess.run(
        [str(clean / "bin" / "perfcheck"), "score", str(ROOT / "actuals" / "2022Q4.yaml"),
         "--format", "json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert scored.returncode == 1 and '"total": 98.54' in scored.stdout
    checked = subprocess.run(
        [str(python), "-m", "pip", "check"], capture_output=True, text=True, timeout=60
    )
    assert checked.returncode == 0, checked.stdout
