"""Pointed at a "live" store (here: a mock started by the test, reached only through the
ECWID_* variables), the suite writes nothing without ECWID_ALLOW_WRITES=1, and with it deletes
everything it created."""

from __future__ import annotations

import subprocess

import pytest

from ecwid_mock import DEFAULT_STORE_ID, DEFAULT_TOKEN, BackgroundServer, create_app
from tests.contract_suite.conftest import run_contract_suite


def _run_suite(server: BackgroundServer, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        "ECWID_BASE_URL": server.base_url,
        "ECWID_STORE_ID": str(DEFAULT_STORE_ID),
        "ECWID_TOKEN": DEFAULT_TOKEN,
        "ECWID_RATE_PER_MINUTE": "60000",
        **extra,
    }
    return run_contract_suite("-rs", env=env)


@pytest.mark.parametrize("allow_writes", [False, True], ids=["read-only", "writes-allowed"])
def test_the_suite_leaves_a_live_store_as_it_found_it(allow_writes: bool) -> None:
    app = create_app(rate_limit=0, access_log=False)
    app.state.store.create({"email": "existing@example.com"})
    before = app.state.store.all()
    with BackgroundServer(app) as server:
        result = _run_suite(server, **({"ECWID_ALLOW_WRITES": "1"} if allow_writes else {}))
    output = result.stdout[-4000:] + result.stderr[-2000:]
    assert result.returncode == 0, output
    assert f"contract target: {server.base_url}" in result.stdout
    assert DEFAULT_TOKEN not in result.stdout + result.stderr
    if allow_writes:
        assert "writes allowed" in result.stdout
    else:
        assert "read-only (set ECWID_ALLOW_WRITES=1 to write)" in result.stdout
        assert "tests that write were skipped" in result.stdout
    assert app.state.store.all() == before, "the suite left customers behind, or changed one it did not create"
