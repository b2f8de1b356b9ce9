"""Shared by every test folder: the parsed OpenAPI document, and helpers for tests that run
the console scripts in a process of their own (a free port, waiting until it listens)."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "ecwid-customers.yaml"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The OpenAPI document, parsed (read-only: do not mutate)."""
    with SPEC_PATH.open(encoding="utf-8") as f:
        document: dict[str, Any] = yaml.safe_load(f)
    return document


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_listening(process: subprocess.Popen[Any], port: int, timeout: float = 15.0) -> None:
    """Wait (bounded) until `process` accepts connections on 127.0.0.1:`port`; no request is sent,
    so the server's logs and reports hold only what the test itself asks."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            assert process.poll() is None, "the console script exited"
            assert time.monotonic() < deadline, "the console script did not start"
            time.sleep(0.05)
