"""Search over 10,000 stored customers: p50/p99 of an exact-email lookup and of a sorted page
of 100, and the time the generated paging iterator takes to walk all of them.

The customers are created over HTTP (16 keep-alive connections) in a mock process of its own;
the latencies come from the same minimal raw HTTP client as the throughput benchmark.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import time
from urllib.parse import urlencode, urlsplit

from benchmarks._servers import STORE_ID, TOKEN, mock
from ecwid_client import AuthenticatedClient
from ecwid_client.api.customers import search_customers

CUSTOMERS = 10_000


async def _send(host: str, port: int, requests: list[bytes], latencies: list[float]) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        for request in requests:
            start = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(int(h[15:]) for h in head.split(b"\r\n") if h[:15].lower() == b"content-length:")
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - start)
            if not head.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(head.decode(errors="replace"))
    finally:
        writer.close()
        await writer.wait_closed()


def _get(path: str, host: str, port: int) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {TOKEN}\r\n\r\n".encode()


def _post(path: str, body: dict[str, object], host: str, port: int) -> bytes:
    data = json.dumps(body).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {TOKEN}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
    )
    return head.encode() + data


def _stats(latencies: list[float]) -> dict[str, float]:
    latencies = sorted(latencies)
    return {
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000,
    }


async def _populate(host: str, port: int, base_path: str) -> None:
    rng = random.Random(7)  # noqa: S311 - benchmark data
    bodies = [
        {
            "email": f"bench-{i}@example.com",
            "billingPerson": {"name": f"{rng.choice('ABCDEFGH')}name {i}", "countryCode": "US"},
            "acceptMarketing": i % 2 == 0,
        }
        for i in range(CUSTOMERS)
    ]
    requests = [_post(f"{base_path}/customers", body, host, port) for body in bodies]
    await asyncio.gather(*(_send(host, port, requests[i::16], []) for i in range(16)))


def run(lookups: int = 500, pages: int = 200) -> dict[str, float]:
    results: dict[str, float] = {}
    with mock() as base:
        parts = urlsplit(base)
        host, port = parts.hostname or "127.0.0.1", parts.port or 80
        base_path = f"{parts.path}/{STORE_ID}"
        start = time.perf_counter()
        asyncio.run(_populate(host, port, base_path))
        results["populate_s"] = time.perf_counter() - start

        rng = random.Random(11)  # noqa: S311 - benchmark data
        exact = [
            _get(
                f"{base_path}/customers?"
                + urlencode({"email": f"BENCH-{rng.randrange(CUSTOMERS)}@example.com", "useExactEmailMatch": "true"}),
                host,
                port,
            )
            for _ in range(lookups)
        ]
        latencies: list[float] = []
        asyncio.run(_send(host, port, exact, latencies))
        results.update({f"exact_{k}": v for k, v in _stats(latencies).items()})

        sorted_pages = [
            _get(
                f"{base_path}/customers?"
                + urlencode({"sortBy": "NAME_ASC", "limit": 100, "offset": rng.randrange(0, CUSTOMERS, 100)}),
                host,
                port,
            )
            for _ in range(pages)
        ]
        latencies = []
        asyncio.run(_send(host, port, sorted_pages, latencies))
        results.update({f"sorted_{k}": v for k, v in _stats(latencies).items()})

        with AuthenticatedClient(base_url=base, token=TOKEN) as client:
            start = time.perf_counter()
            walked = sum(1 for _ in search_customers.sync_iter(STORE_ID, client=client, limit=100))
            results["walk_s"] = time.perf_counter() - start
        if walked != CUSTOMERS:
            raise RuntimeError(f"the paging iterator walked {walked} customers, not {CUSTOMERS}")
    return results
