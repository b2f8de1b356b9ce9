"""Mock throughput: requests a second and p50/p99 latency at 1 and 16 concurrent clients,
side by side with Prism serving the same document (when node and Prism are installed).

The load is Get customer with the token over keep-alive connections, from one asyncio
process with a minimal HTTP/1.1 client; each server runs in a process of its own.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from urllib.parse import urlsplit

import httpx

from benchmarks._servers import STORE_ID, TOKEN, mock, prism, prism_available


async def _connection(host: str, port: int, request: bytes, count: int, latencies: list[float]) -> int:
    """One keep-alive HTTP/1.1 connection sending `count` requests; answers the non-200 count.

    A minimal client (raw asyncio streams), so that the load generator costs far less CPU
    than the servers it measures: httpx here would be the bottleneck, not the server.
    """
    reader, writer = await asyncio.open_connection(host, port)
    errors = 0
    try:
        for _ in range(count):
            start = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - start)
            errors += not head.startswith(b"HTTP/1.1 200")
    finally:
        writer.close()
        await writer.wait_closed()
    return errors


async def _load(url: str, concurrency: int, total: int) -> dict[str, float]:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    request = (f"GET {parts.path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {TOKEN}\r\n\r\n").encode()
    await _connection(host, port, request, 20, [])  # warm-up
    latencies: list[float] = []
    per_connection = total // concurrency
    start = time.perf_counter()
    errors = await asyncio.gather(
        *(_connection(host, port, request, per_connection, latencies) for _ in range(concurrency))
    )
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000,
        "errors": float(sum(errors)),
    }


def startup_seconds(runs: int = 3) -> float:
    """From launching `ecwid-mock` to its first answer (process start and spec compilation included)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with mock():
            times.append(time.perf_counter() - start)
    return min(times)


def run(total: int = 4000) -> dict[str, dict[int, dict[str, float]]]:
    results: dict[str, dict[int, dict[str, float]]] = {}
    with mock() as base:
        created = httpx.post(
            f"{base}/{STORE_ID}/customers",
            json={"email": "bench-mock@example.com"},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        url = f"{base}/{STORE_ID}/customers/{created.json()['id']}"
        results["ecwid-mock"] = {c: asyncio.run(_load(url, c, total)) for c in (1, 16)}
    if prism_available():
        with prism() as base:
            url = f"{base}/{STORE_ID}/customers/1"
            results["prism"] = {c: asyncio.run(_load(url, c, total)) for c in (1, 16)}
    return results
