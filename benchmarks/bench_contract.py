"""The contract suite against the embedded mock: total time and property examples a second."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run() -> dict[str, float]:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "contract_tests", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    match = re.search(r"requests sent by property tests: (\d+)", result.stdout)
    examples = float(match.group(1)) if match else 0.0
    return {
        "seconds": elapsed,
        "examples": examples,
        "per_second": examples / elapsed,
        "exit": float(result.returncode),
    }
