"""Spec drift from a live-mode run: a "live store" (a server this test starts on 127.0.0.1, the
mock with fields added, reached only through the ECWID_* variables) is named under "Spec drift"
and in drift.json; the run passes unless ECWID_FAIL_ON_DRIFT=1."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator

import pytest

from contract_tests._report import DRIFT, REPORT
from ecwid_mock import DEFAULT_STORE_ID, DEFAULT_TOKEN, BackgroundServer
from tests.contract_suite.conftest import run_contract_suite
from tests.contract_suite.drifting import adds_fields

# A scenario through the generated client (httpx) and the property tests of Get (requests).
SELECTION = "keeps_the_fields_not_sent or (test_api and GET)"


@pytest.fixture
def drifting_store() -> Iterator[BackgroundServer]:
    with BackgroundServer(adds_fields(rate_limit=0, access_log=False)) as server:
        yield server


def _run_live(server: BackgroundServer, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        "ECWID_BASE_URL": server.base_url,
        "ECWID_STORE_ID": str(DEFAULT_STORE_ID),
        "ECWID_TOKEN": DEFAULT_TOKEN,
        "ECWID_ALLOW_WRITES": "1",
        "ECWID_RATE_PER_MINUTE": "60000",
        **extra,
    }
    return run_contract_suite("-q", "-k", SELECTION, env=env)


def test_live_run_names_the_added_fields_under_spec_drift_and_passes(drifting_store: BackgroundServer) -> None:
    result = _run_live(drifting_store)
    output = result.stdout[-4000:] + result.stderr[-2000:]
    assert result.returncode == 0, output
    drift = {(r["operationId"], r["path"]): r for r in json.loads(DRIFT.read_text())}
    assert set(drift) == {("getCustomer", "/loyaltyTier"), ("getCustomer", "/billingPerson/vatNumber")}
    assert drift[("getCustomer", "/loyaltyTier")]["example"] == {"type": "string", "length": 4}
    assert drift[("getCustomer", "/loyaltyTier")]["count"] >= 1
    section = REPORT.read_text().split("## Spec drift", 1)[1]
    assert "| `getCustomer` | 200 | `/loyaltyTier` | string (length 4) |" in section
    assert "`/billingPerson/vatNumber`" in section
    assert "spec drift: 2 undeclared response field path(s)" in result.stdout
    assert "DE123456789" not in REPORT.read_text() + DRIFT.read_text()
    assert DEFAULT_TOKEN not in result.stdout + result.stderr


def test_live_run_fails_on_drift_with_ecwid_fail_on_drift(drifting_store: BackgroundServer) -> None:
    result = _run_live(drifting_store, ECWID_FAIL_ON_DRIFT="1")
    assert result.returncode == 1, result.stdout[-4000:]
    assert "ECWID_FAIL_ON_DRIFT=1: failing the run on 2 spec drift path(s)" in result.stdout
    assert "0 failed" in result.stdout  # every test passed: the drift alone fails the run
