"""Mock throughput: requests a second and p50/p99 latency of Get customer and Update customer
(PUT) at 1 and 16 connections, side by side with Prism serving the same document (when node
and Prism are installed), and PUT against the persisted store (`--data`) when the mock has it.

Load comes from `wrk` when installed, else from the asyncio client in `_load`; each server runs
in a process of its own. Every figure is a fixed-duration run after a short warm-up.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks import _load
from benchmarks._servers import STORE_ID, TOKEN, mock, mock_option, prism, prism_available

CONNECTIONS = (1, 16)
SECONDS = 3.0
UPDATE = json.dumps({"acceptMarketing": True, "privateAdminNotes": "benchmark"}).encode()
Results = dict[str, dict[int, _load.Figures]]


def startup_seconds(runs: int = 3) -> float:
    """From launching `ecwid-mock` to its first answer (process start and spec compilation included)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with mock():
            times.append(time.perf_counter() - start)
    return min(times)


def _customer_url(base: str) -> str:
    created = httpx.post(
        f"{base}/{STORE_ID}/customers",
        json={"email": "bench-mock@example.com"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    created.raise_for_status()
    return f"{base}/{STORE_ID}/customers/{created.json()['id']}"


def _both(url: str) -> dict[str, dict[int, _load.Figures]]:
    _load.measure(url, "GET", None, 4, 0.5)  # warm-up: connections, caches, the JIT of a node server
    return {
        "get": {c: _load.measure(url, "GET", None, c, SECONDS) for c in CONNECTIONS},
        "put": {c: _load.measure(url, "PUT", UPDATE, c, SECONDS) for c in CONNECTIONS},
    }


def run() -> dict[str, Results]:
    """{server: {"get"|"put": {connections: figures}}}; servers: ecwid-mock, prism, ecwid-mock --data."""
    results: dict[str, Results] = {}
    with mock() as base:
        results["ecwid-mock"] = _both(_customer_url(base))
    if prism_available():
        with prism() as base:
            results["prism"] = _both(f"{base}/{STORE_ID}/customers/1")
    if persisted_available():
        with tempfile.TemporaryDirectory() as tmp, mock("--data", str(Path(tmp) / "mock.db")) as base:
            url = _customer_url(base)
            _load.measure(url, "PUT", UPDATE, 4, 0.5)
            results["ecwid-mock --data"] = {
                "put": {c: _load.measure(url, "PUT", UPDATE, c, SECONDS) for c in CONNECTIONS}
            }
    return results


def persisted_available() -> bool:
    return mock_option("--data")
