"""`scripts/check-breaking` in a temporary clone: one commit edits CustomerUpdate, BASE=HEAD~1."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path("openapi/ecwid-customers.yaml")
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t"}


def _git(repo: Path, *args: str) -> None:
    env = {**os.environ, **GIT_ENV, "GIT_COMMITTER_EMAIL": "t@example.com"}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, timeout=60, env=env)


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A clone of this checkout, with the gate as in the working tree and its tools linked in."""
    repo = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(repo)], check=True, capture_output=True, timeout=120)
    for part in ("scripts/check-breaking", "scripts/_lib.sh", "openapi/breaking-changes.yaml", str(SPEC)):
        (repo / part).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / part, repo / part)
    shutil.copytree(ROOT / "tools", repo / "tools", dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    for linked in (".venv", "node_modules"):
        (repo / linked).symlink_to(ROOT / linked)
    _git(repo, "add", "-A")
    _git(repo, "commit", "--quiet", "--allow-empty", "-m", "the gate as in the working tree")
    return repo


def _commit_field(repo: Path, *, required: bool) -> None:
    path = repo / SPEC
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    update = doc["components"]["schemas"]["CustomerUpdate"]
    update["properties"]["loyaltyCode"] = {"type": "string"}
    if required:
        update.setdefault("required", []).append("loyaltyCode")
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    _git(repo, "commit", "--quiet", "-am", "CustomerUpdate: loyaltyCode")


def _check_breaking(repo: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BASE": "HEAD~1"}
    return subprocess.run(
        ["scripts/check-breaking"], cwd=repo, capture_output=True, text=True, timeout=120, env=env, check=False
    )


def test_check_breaking_fails_on_a_commit_adding_a_required_field(clone: Path) -> None:
    _commit_field(clone, required=True)
    done = _check_breaking(clone)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "BREAKING" in done.stdout
    assert "updateCustomer /requestBody/content/application~1json/schema/properties/loyaltyCode" in done.stdout
    assert "required request field 'loyaltyCode' added" in done.stdout


def test_check_breaking_passes_and_lists_a_commit_adding_an_optional_field(clone: Path) -> None:
    _commit_field(clone, required=False)
    done = _check_breaking(clone)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "optional request field 'loyaltyCode' added" in done.stdout
    assert "OK: no unacknowledged breaking change." in done.stdout


def test_check_breaking_passes_and_says_so_when_the_base_is_unavailable(clone: Path) -> None:
    env = {**os.environ, "BASE": "no-such-ref"}
    done = subprocess.run(
        ["scripts/check-breaking"], cwd=clone, capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert done.returncode == 0
    assert "base revision 'no-such-ref' is not available" in done.stdout
