"""Memory: the mock's peak resident set size (VmHWM) when it holds 10,000 and 100,000 customers.

One mock process; customers are created over HTTP by Create customer on 16 keep-alive
connections (the same requests a user's load test would send), and the peak RSS is read from
/proc/<pid>/status after each step. Peak, not current: it includes what the requests
themselves allocated on the way, which is what a machine must have to spare.
"""

from __future__ import annotations

import asyncio
import json
import time

from benchmarks import _load
from benchmarks._servers import STORE_ID, mock_process, peak_rss_mib

STEPS = (10_000, 100_000)
CONNECTIONS = 16


def _create(url: str, i: int) -> bytes:
    body = {
        "email": f"memory-{i}@example.com",
        "billingPerson": {"name": f"Customer {i}", "countryCode": "US", "city": "Springfield"},
        "acceptMarketing": i % 2 == 0,
    }
    return _load.request_bytes(url, "POST", json.dumps(body).encode())


def run() -> dict[str, float]:
    """idle_mib, and for each step: rss_<n>_mib and create_<n>_per_s (creates a second)."""
    results: dict[str, float] = {}
    with mock_process() as (base, pid):
        url = f"{base}/{STORE_ID}/customers"
        results["idle_mib"] = peak_rss_mib(pid)
        held = 0
        for step in STEPS:
            requests = [_create(url, i) for i in range(held, step)]
            start = time.perf_counter()
            asyncio.run(_load.send_all(url, requests, CONNECTIONS))
            results[f"create_{step}_per_s"] = len(requests) / (time.perf_counter() - start)
            held = step
            results[f"rss_{step}_mib"] = peak_rss_mib(pid)
    return results
