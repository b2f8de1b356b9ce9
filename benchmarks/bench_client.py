"""Client overhead: the generated client against raw httpx, same mock, sequential updates.

Both keep one keep-alive connection to the same mock process and send the same Update body;
rounds alternate between them and the medians are compared. Goal: at most 1.05x.
"""

from __future__ import annotations

import statistics
import time

import httpx

from benchmarks._servers import STORE_ID, TOKEN, mock
from ecwid_client import AuthenticatedClient
from ecwid_client.api.customers import update_customer
from ecwid_client.models import CustomerUpdate


def run(requests_per_round: int = 400, rounds: int = 7) -> dict[str, float]:
    body = CustomerUpdate(accept_marketing=True, private_admin_notes="benchmark")
    payload = body.to_dict()
    with mock() as base:
        raw = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30.0)
        created = raw.post(f"/{STORE_ID}/customers", json={"email": "bench-client@example.com"})
        customer_id = created.json()["id"]
        path = f"/{STORE_ID}/customers/{customer_id}"
        client = AuthenticatedClient(base_url=base, token=TOKEN)

        def raw_round() -> float:
            start = time.perf_counter()
            for _ in range(requests_per_round):
                response = raw.put(path, json=payload)
                assert response.json()["updateCount"] == 1
            return (time.perf_counter() - start) / requests_per_round

        def client_round() -> float:
            start = time.perf_counter()
            for _ in range(requests_per_round):
                response = update_customer.sync_detailed(STORE_ID, customer_id, client=client, body=body)
                assert response.status_code == 200
            return (time.perf_counter() - start) / requests_per_round

        raw_round(), client_round()  # warm-up: connections, imports, caches
        raw_times, client_times = [], []
        for _ in range(rounds):
            raw_times.append(raw_round())
            client_times.append(client_round())
        raw.close()
        client.get_httpx_client().close()
    raw_ms = statistics.median(raw_times) * 1000
    client_ms = statistics.median(client_times) * 1000
    return {
        "raw_ms": raw_ms,
        "client_ms": client_ms,
        "ratio": client_ms / raw_ms,
        "requests": requests_per_round * rounds,
    }
