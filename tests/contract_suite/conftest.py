"""Helpers for testing the contract suite itself: run it in a subprocess with a chosen target."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_contract_suite(*pytest_args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`pytest contract_tests` with `env` as its only ECWID_* variables (bounded in time)."""
    clean = {key: value for key, value in os.environ.items() if not key.startswith("ECWID_")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "contract_tests", "-p", "no:cacheprovider", "-o", "addopts=", *pytest_args],
        cwd=ROOT,
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
