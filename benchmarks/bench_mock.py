"""Mock throughput: requests a second and p50/p99 latency at 1 and 16 concurrent clients,
side by side with Prism serving the same document (when node and Prism are installed).

The load is Get customer with the token, from one asyncio process; each server runs in a
process of its own.
"""

from __future__ import annotations

import asyncio
import statistics
import time

import httpx

from benchmarks._servers import STORE_ID, TOKEN, mock, prism, prism_available


async def _load(url: str, concurrency: int, total: int) -> dict[str, float]:
    latencies: list[float] = []
    headers = {"Authorization": f"Bearer {TOKEN}"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(headers=headers, limits=limits, timeout=30.0) as client:
        for _ in range(20):  # warm-up
            (await client.get(url)).raise_for_status()
        remaining = total
        errors = 0

        async def worker() -> None:
            nonlocal remaining, errors
            while remaining > 0:
                remaining -= 1
                start = time.perf_counter()
                response = await client.get(url)
                latencies.append(time.perf_counter() - start)
                errors += response.status_code != 200

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "errors": float(errors),
    }


def startup_seconds(runs: int = 3) -> float:
    """From launching `ecwid-mock` to its first answer (process start and spec compilation included)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with mock():
            times.append(time.perf_counter() - start)
    return min(times)


def run(total: int = 2000) -> dict[str, dict[int, dict[str, float]]]:
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
