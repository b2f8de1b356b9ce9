"""Servers the benchmarks measure, each in its own process so that load and server do not
share an interpreter: the mock (`ecwid-mock`) and, where node is available, Prism."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from ecwid_mock import DEFAULT_STORE_ID, DEFAULT_TOKEN

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "ecwid-customers.yaml"
TOKEN = DEFAULT_TOKEN
STORE_ID = DEFAULT_STORE_ID


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_up(url: str, process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError(f"server at {url} did not start within {timeout} s")


@contextlib.contextmanager
def _process(command: list[str], probe: str) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
    try:
        _wait_until_up(probe, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _mock_exe() -> str:
    return shutil.which("ecwid-mock", path=str(ROOT / ".venv" / "bin")) or "ecwid-mock"


@contextlib.contextmanager
def mock_process(*options: str) -> Iterator[tuple[str, int]]:
    """The mock with the rate limit lifted, no access log and `options`; yields (base URL, pid)."""
    port = free_port()
    command = [_mock_exe(), "--host", "127.0.0.1", "--port", str(port), "--rate-limit", "0", "--log-level", "warning"]
    with _process([*command, *options], f"http://127.0.0.1:{port}/") as process:
        yield f"http://127.0.0.1:{port}/api/v3", process.pid


@contextlib.contextmanager
def mock(*options: str) -> Iterator[str]:
    """The mock with the rate limit lifted, no access log and `options`; yields its base URL."""
    with mock_process(*options) as (base, _):
        yield base


def mock_option(name: str) -> bool:
    """Whether this `ecwid-mock` has the command-line option `name` (e.g. "--data")."""
    result = subprocess.run([_mock_exe(), "--help"], capture_output=True, text=True, check=False)  # noqa: S603
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", result.stdout) is not None


def peak_rss_mib(pid: int) -> float:
    """The peak resident set size of a process (VmHWM in /proc/<pid>/status), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/<pid>/status (not Linux?)")


def prism_available() -> bool:
    return (ROOT / "node_modules" / ".bin" / "prism").exists() and shutil.which("node") is not None


@contextlib.contextmanager
def prism() -> Iterator[str]:
    """Prism serving the same document, static examples; yields its base URL."""
    port = free_port()
    command = [str(ROOT / "node_modules" / ".bin" / "prism"), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port)]
    with _process(command, f"http://127.0.0.1:{port}/"):
        yield f"http://127.0.0.1:{port}"


def environment() -> str:
    return f"{os.cpu_count()} cores"
