"""Load for the throughput benchmarks: `wrk` when it is installed, else a minimal asyncio client.

Both keep `connections` keep-alive HTTP/1.1 connections busy for `seconds` and report requests
a second, p50/p99 latency and the count of answers that were not 2xx (or failed). `wrk` is
written in C and costs the measured server almost no CPU; the asyncio client is the fallback
(`scripts/bench` installs wrk from Debian's packages when it runs as root).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import statistics
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks._servers import TOKEN

LUA = Path(__file__).with_name("wrk.lua")
Figures = dict[str, float]


def tool() -> str:
    """The load generator this run uses: "wrk" or "asyncio"."""
    return "wrk" if shutil.which("wrk") else "asyncio"


def measure(url: str, method: str, body: bytes | None, connections: int, seconds: float) -> Figures:
    if tool() == "wrk":
        return _wrk(url, method, body, connections, seconds)
    return asyncio.run(_asyncio_load(url, method, body, connections, seconds))


def _wrk(url: str, method: str, body: bytes | None, connections: int, seconds: float) -> Figures:
    env = {**os.environ, "BENCH_METHOD": method, "BENCH_BODY": (body or b"").decode()}
    threads = str(min(connections, os.cpu_count() or 1))
    command = ["wrk", "-t", threads, "-c", str(connections), "-d", f"{max(1, round(seconds))}s", "--timeout", "5s"]
    command += ["-s", str(LUA), "-H", f"Authorization: Bearer {TOKEN}", url]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=seconds + 30)  # noqa: S603
    line = next((x for x in result.stdout.splitlines() if x.startswith("BENCH-JSON ")), None)
    if result.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({result.returncode}): {(result.stderr or result.stdout).strip()[:300]}")
    data = json.loads(line.removeprefix("BENCH-JSON "))
    return {
        "rps": data["requests"] / (data["duration_us"] / 1e6),
        "p50_ms": data["p50_us"] / 1000,
        "p99_ms": data["p99_us"] / 1000,
        "errors": float(data["errors"]),
        "requests": float(data["requests"]),
    }


def request_bytes(url: str, method: str, body: bytes | None) -> bytes:
    parts = urlsplit(url)
    target = f"{parts.path}?{parts.query}" if parts.query else parts.path
    head = f"{method} {target} HTTP/1.1\r\nHost: {parts.netloc}\r\nAuthorization: Bearer {TOKEN}\r\n"
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (head + "\r\n").encode() + (body or b"")


async def exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> bool:
    """Send one request on a keep-alive connection and read the whole answer; True for a 2xx."""
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    await reader.readexactly(length)
    return head[9:10] == b"2"


async def send_all(url: str, requests: list[bytes], connections: int = 1, latencies: list[float] | None = None) -> None:
    """Send prepared requests (`request_bytes`) to the server of `url`, shared round-robin over
    `connections` keep-alive connections; each answer's latency goes to `latencies` when given.
    A non-2xx answer stops the run (RuntimeError): a benchmark of refusals measures nothing."""
    parts = urlsplit(url)

    async def one(share: list[bytes]) -> None:
        reader, writer = await asyncio.open_connection(parts.hostname or "127.0.0.1", parts.port or 80)
        try:
            for request in share:
                start = time.perf_counter()
                if not await exchange(reader, writer, request):
                    raise RuntimeError(f"refused: {request.split(b' HTTP/1.1', 1)[0].decode(errors='replace')}")
                if latencies is not None:
                    latencies.append(time.perf_counter() - start)
        finally:
            writer.close()
            await writer.wait_closed()

    await asyncio.gather(*(one(requests[i::connections]) for i in range(connections)))


def percentiles(latencies: list[float]) -> Figures:
    """p50 and p99 of latencies in seconds, in milliseconds."""
    ordered = sorted(latencies)
    return {
        "p50_ms": statistics.median(ordered) * 1000,
        "p99_ms": ordered[max(0, int(len(ordered) * 0.99) - 1)] * 1000,
    }


async def _connection(host: str, port: int, request: bytes, until: float, latencies: list[float]) -> int:
    reader, writer = await asyncio.open_connection(host, port)
    errors = 0
    try:
        while time.perf_counter() < until:
            start = time.perf_counter()
            errors += not await exchange(reader, writer, request)
            latencies.append(time.perf_counter() - start)
    finally:
        writer.close()
        await writer.wait_closed()
    return errors


async def _asyncio_load(url: str, method: str, body: bytes | None, connections: int, seconds: float) -> Figures:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    request = request_bytes(url, method, body)
    await _connection(host, port, request, time.perf_counter() + 0.3, [])  # warm-up
    latencies: list[float] = []
    start = time.perf_counter()
    until = start + seconds
    errors = await asyncio.gather(*(_connection(host, port, request, until, latencies) for _ in range(connections)))
    elapsed = time.perf_counter() - start
    return {
        "rps": len(latencies) / elapsed,
        **percentiles(latencies),
        "errors": float(sum(errors)),
        "requests": float(len(latencies)),
    }
