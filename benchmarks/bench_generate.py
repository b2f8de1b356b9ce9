"""`make generate` wall time, and whether two runs are byte-identical."""

from __future__ import annotations

import filecmp
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _generate(out: Path) -> float:
    script = f'source scripts/_lib.sh; source scripts/_generate_into.sh; generate_into "{out}"'
    start = time.perf_counter()
    subprocess.run(["bash", "-c", script], cwd=ROOT, check=True)  # noqa: S603, S607
    return time.perf_counter() - start


def _identical(a: Path, b: Path) -> bool:
    comparison = filecmp.dircmp(a, b, ignore=[*filecmp.DEFAULT_IGNORES, ".ruff_cache", ".mypy_cache"])
    pending = [comparison]
    while pending:
        current = pending.pop()
        if current.left_only or current.right_only or current.funny_files:
            return False
        _, mismatch, errors = filecmp.cmpfiles(current.left, current.right, current.common_files, shallow=False)
        if mismatch or errors:
            return False
        pending.extend(current.subdirs.values())  # subdirs inherit the ignore list
    return True


def run() -> dict[str, float | bool]:
    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp) / "first", Path(tmp) / "second"
        times = [_generate(first), _generate(second)]
        same = _identical(first, second) and _identical(first, ROOT / "generated_client")
    return {"seconds": min(times), "identical": same}
