"""Search over 10,000 stored customers: p50/p99 of an exact-email lookup and of a sorted page
of 100, and the time the generated paging iterator takes to walk all of them.

The customers are created over HTTP (16 keep-alive connections) in a mock process of its own;
the latencies come from the same minimal raw HTTP client as the throughput benchmark.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from urllib.parse import urlencode

from benchmarks import _load
from benchmarks._load import Figures
from benchmarks._servers import STORE_ID, TOKEN, mock
from ecwid_client import AuthenticatedClient
from ecwid_client.api.customers import search_customers

CUSTOMERS = 10_000


def _populate(url: str) -> None:
    rng = random.Random(7)  # noqa: S311 - benchmark data
    bodies = [
        {
            "email": f"bench-{i}@example.com",
            "billingPerson": {"name": f"{rng.choice('ABCDEFGH')}name {i}", "countryCode": "US"},
            "acceptMarketing": i % 2 == 0,
        }
        for i in range(CUSTOMERS)
    ]
    requests = [_load.request_bytes(url, "POST", json.dumps(body).encode()) for body in bodies]
    asyncio.run(_load.send_all(url, requests, connections=16))


def _latencies(url: str, queries: list[dict[str, object]]) -> Figures:
    """p50/p99 of a GET a query, one after the other on one connection."""
    requests = [_load.request_bytes(f"{url}?{urlencode(query)}", "GET", None) for query in queries]
    latencies: list[float] = []
    asyncio.run(_load.send_all(url, requests, latencies=latencies))
    return _load.percentiles(latencies)


def run(lookups: int = 500, pages: int = 200) -> dict[str, float]:
    results: dict[str, float] = {}
    with mock() as base:
        url = f"{base}/{STORE_ID}/customers"
        start = time.perf_counter()
        _populate(url)
        results["populate_s"] = time.perf_counter() - start
        rng = random.Random(11)  # noqa: S311 - benchmark data
        exact: list[dict[str, object]] = [
            {"email": f"BENCH-{rng.randrange(CUSTOMERS)}@example.com", "useExactEmailMatch": "true"}
            for _ in range(lookups)
        ]
        results.update({f"exact_{k}": v for k, v in _latencies(url, exact).items()})
        pages_asked: list[dict[str, object]] = [
            {"sortBy": "NAME_ASC", "limit": 100, "offset": rng.randrange(0, CUSTOMERS, 100)} for _ in range(pages)
        ]
        results.update({f"sorted_{k}": v for k, v in _latencies(url, pages_asked).items()})

        with AuthenticatedClient(base_url=base, token=TOKEN) as client:
            start = time.perf_counter()
            walked = sum(1 for _ in search_customers.sync_iter(STORE_ID, client=client, limit=100))
            results["walk_s"] = time.perf_counter() - start
        if walked != CUSTOMERS:
            raise RuntimeError(f"the paging iterator walked {walked} customers, not {CUSTOMERS}")
    return results
