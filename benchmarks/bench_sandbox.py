"""The sandbox's costs: PUT throughput with `--data` (SQLite) beside in-memory, and start-up
with a 10,000-customer seed (into memory, into a new database, and a restart from it).

Each server runs in a process of its own; the load is Update customer over 16 keep-alive
connections from the same minimal raw HTTP client as the throughput benchmark.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from benchmarks._servers import STORE_ID, TOKEN, mock

SEEDED = 10_000


async def _put_load(base: str, customer_ids: list[int], total: int, connections: int = 16) -> float:
    """Requests a second of Update customer spread over `connections` connections."""
    parts = urlsplit(base)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80

    def request(customer_id: int, n: int) -> bytes:
        body = json.dumps({"privateAdminNotes": f"note {n}", "acceptMarketing": n % 2 == 0}).encode()
        head = (
            f"PUT {parts.path}/{STORE_ID}/customers/{customer_id} HTTP/1.1\r\nHost: {host}:{port}\r\n"
            f"Authorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        return head.encode() + body

    async def connection(index: int, count: int) -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            for n in range(count):
                writer.write(request(customer_ids[(index + n) % len(customer_ids)], n))
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(int(h[15:]) for h in head.split(b"\r\n") if h[:15].lower() == b"content-length:")
                await reader.readexactly(length)
                if not head.startswith(b"HTTP/1.1 200"):
                    raise RuntimeError(head.decode(errors="replace"))
        finally:
            writer.close()
            await writer.wait_closed()

    start = time.perf_counter()
    await asyncio.gather(*(connection(i, total // connections) for i in range(connections)))
    return (total // connections * connections) / (time.perf_counter() - start)


def _customers(base: str, count: int = 64) -> list[int]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=f"{base}/{STORE_ID}", headers=headers) as http:
        return [http.post("/customers", json={"email": f"sandbox-{i}@example.com"}).json()["id"] for i in range(count)]


def put_throughput(total: int = 4000) -> dict[str, float]:
    results: dict[str, float] = {}
    with mock() as base:
        results["memory_rps"] = asyncio.run(_put_load(base, _customers(base), total))
    with tempfile.TemporaryDirectory() as tmp, mock("--data", str(Path(tmp) / "mock.db")) as base:
        results["sqlite_rps"] = asyncio.run(_put_load(base, _customers(base), total))
    results["ratio"] = results["sqlite_rps"] / results["memory_rps"]
    return results


def startup_with_seed() -> dict[str, float]:
    """Seconds from launch to first answer with a 10,000-customer seed file."""
    customers = [
        {
            "email": f"seed-{i}@example.com",
            "billingPerson": {"name": f"Seed Person {i}", "countryCode": "US", "stateOrProvinceCode": "FL"},
            "shippingAddresses": [{"city": "Gainesville", "countryCode": "US", "postalCode": "32601"}],
        }
        for i in range(SEEDED)
    ]
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        seed = Path(tmp) / "seed.json"
        seed.write_text(json.dumps({"customers": customers}), encoding="utf-8")
        data = str(Path(tmp) / "mock.db")
        for name, args in (
            ("memory_s", ["--seed-file", str(seed)]),
            ("new_database_s", ["--seed-file", str(seed), "--data", data]),
            ("restart_s", ["--data", data]),
        ):
            start = time.perf_counter()
            with mock(*args):
                results[name] = time.perf_counter() - start
    return results
