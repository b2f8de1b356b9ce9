"""The contract suite against the embedded mock: wall time and property requests a second.

Runs `scripts/contract` (the same command as `make contract`, pytest-xdist included) twice and
keeps the second, warm run (imports and bytecode cached). The "before" figure is a constant
measured the same way on the code base this was first compared against.
"""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# `make contract` on main at f55a9ee (one process, before pytest-xdist), warm second of two
# runs, 2026-11-29, this 2-core machine otherwise idle: 28.2 s for 3,288 property requests
# (117/s). (The same measure taken earlier that day, with the machine shared, gave 29.7 s.)
BASELINE_CONTRACT_SECONDS = 28.2
BASELINE_CONTRACT_REQUESTS = 3288


def _once() -> dict[str, float]:
    start = time.perf_counter()
    result = subprocess.run(
        ["bash", "scripts/contract", "-q"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    match = re.search(r"requests sent by property tests: (\d+)", result.stdout)
    examples = float(match.group(1)) if match else 0.0
    workers = re.search(r"created: (\d+)/\d+ workers", result.stdout)
    return {
        "seconds": elapsed,
        "examples": examples,
        "per_second": examples / elapsed,
        "workers": float(workers.group(1)) if workers else 1.0,
        "exit": float(result.returncode),
    }


def run() -> dict[str, float]:
    _once()  # cold: imports, bytecode
    return _once()
