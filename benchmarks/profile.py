"""`make profile`: where the mock spends its time under load, for Get customer and for Update
customer (PUT), sampled by py-spy from outside the process.

For each operation the mock (`ecwid-mock`, its own process) is loaded at 16 connections (wrk,
else the asyncio client) twice: once recorded as collapsed stacks, from which the top-N tables
are computed, once as a flame graph. Writes reports/profile-<op>.txt and reports/profile-<op>.svg.
"""

from __future__ import annotations

import collections
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from benchmarks import _load
from benchmarks._servers import ROOT, mock_process
from benchmarks.bench_mock import UPDATE, _customer_url

SECONDS = 6
TOP = 15
OPERATIONS = {"get": ("GET", None), "put": ("PUT", UPDATE)}
_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>.*?)(?::\d+)?\)$")


def _py_spy() -> str:
    found = shutil.which("py-spy", path=str(ROOT / ".venv" / "bin")) or shutil.which("py-spy")
    if found is None:
        raise SystemExit("py-spy is not installed: run make setup")
    return found


def _record(pid: int, url: str, method: str, body: bytes | None, out: Path, fmt: str) -> None:
    command = [_py_spy(), "record", "--pid", str(pid), "--duration", str(SECONDS), "--rate", "250"]
    # Blocking sampling (the default): a stack read while the process runs on can come out torn.
    command += ["--format", fmt, "--output", str(out)]
    load = threading.Thread(target=_load.measure, args=(url, method, body, 16, SECONDS + 1.0))
    load.start()
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    load.join()
    if result.returncode != 0:
        raise SystemExit(f"py-spy failed (it needs ptrace: run as root or allow it):\n{result.stderr[-800:]}")


def _short(frame: str) -> str:
    match = _FRAME.match(frame)
    if not match:
        return frame
    path = match["file"]
    for marker in ("site-packages/", "lib/python3.", "mock_server/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{match['func']} ({path})"


def _package(frame: str) -> str:
    """The package (or stdlib module) of a shortened frame: "jsonschema", "ecwid_mock", "json" ..."""
    if frame.startswith("Runner.run "):
        return "Runner.run (C: uvloop, httptools, sockets)"
    path = frame.rpartition("(")[2].rstrip(")")
    head = path.split("/", 1)[0]
    return head.removesuffix(".py") if head else path


def top_table(collapsed: str, top: int = TOP) -> str:
    """Self and inclusive sample shares per function, from py-spy's collapsed stacks."""
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    by_package: collections.Counter[str] = collections.Counter()
    total = 0
    for line in collapsed.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [_short(f) for f in stack.split(";")]
        frames = [f for f in frames if not f.startswith("process ") and not f.startswith("thread ")]
        if not frames:
            continue
        total += count
        own[frames[-1]] += count
        by_package[_package(frames[-1])] += count
        for frame in set(frames):
            inclusive[frame] += count
    lines = [
        f"{total} samples",
        "",
        f"top {top} by own time (the function itself, not its callees; Runner.run's own time is",
        "the C code under it: uvloop's event loop, httptools' HTTP parsing, socket I/O):",
    ]
    lines += [f"  {100 * n / total:5.1f}%  {name}" for name, n in own.most_common(top)]
    lines += ["", "own time by package (Runner.run: the C event loop, HTTP parsing and socket I/O):"]
    lines += [f"  {100 * n / total:5.1f}%  {name}" for name, n in by_package.most_common()]
    lines += ["", f"top {2 * top} by inclusive time (with callees), outermost frames of the server left out:"]
    ranked = [(name, n) for name, n in inclusive.most_common() if n < total * 0.97][: 2 * top]
    lines += [f"  {100 * n / total:5.1f}%  {name}" for name, n in ranked]
    return "\n".join(lines) + "\n"


def main() -> int:
    reports = ROOT / "reports"
    reports.mkdir(exist_ok=True)
    for name, (method, body) in OPERATIONS.items():
        with mock_process() as (base, pid), tempfile.TemporaryDirectory() as tmp:
            url = _customer_url(base)
            _load.measure(url, method, body, 4, 0.5)  # warm-up
            raw = Path(tmp) / "stacks.txt"
            _record(pid, url, method, body, raw, "raw")
            _record(pid, url, method, body, reports / f"profile-{name}.svg", "flamegraph")
            title = f"ecwid-mock under {method} load, 16 connections ({_load.tool()}), py-spy, {SECONDS} s\n"
            (reports / f"profile-{name}.txt").write_text(title + top_table(raw.read_text()), encoding="utf-8")
        print(f"written: reports/profile-{name}.txt, reports/profile-{name}.svg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
