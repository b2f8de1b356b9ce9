"""The sandbox's start-up cost: a 10,000-customer seed loaded into memory, into a new
`--data` database, and a restart from that database (no seed). PUT throughput with `--data`
beside in-memory is measured with the rest of the throughput (`bench_mock`)."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from benchmarks._servers import mock

SEEDED = 10_000


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
