"""`--data PATH`: the store in SQLite. Every write answered 200 survives a restart and a kill -9."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from ecwid_mock import CustomerStore, SqliteBackend, StoreDataError
from tests.conftest import free_port, wait_until_listening
from tests.mock.conftest import AUTH, STORE, StartMock


def _reopen(path: Path) -> CustomerStore:
    return CustomerStore(backend=SqliteBackend(path))


def test_persisted_store_survives_a_restart(start_mock: StartMock, tmp_path: Path) -> None:
    path = tmp_path / "mock.db"
    mock = start_mock(store=_reopen(path))
    group = mock.http.post("/customer_groups", json={"name": "VIP"}).json()["id"]
    kept = mock.create(email="kept@example.com", customerGroupId=group, shippingAddresses=[{"city": "Ocala"}])
    gone = mock.create(email="gone@example.com")
    assert mock.http.put(f"/customers/{kept}", json={"acceptMarketing": True}).status_code == 200
    assert mock.http.delete(f"/customers/{gone}").status_code == 200
    before = mock.store.dump()
    mock.store.close()

    again = _reopen(path)
    assert again.dump() == before
    assert again.get(kept)["customerGroupName"] == "VIP"
    assert again.create({"email": "new@example.com"}) > gone, "ids never repeat across restarts"
    again.close()


def test_persisted_store_reset_and_seed_are_persisted(tmp_path: Path) -> None:
    path = tmp_path / "mock.db"
    store = _reopen(path)
    store.create({"email": "a@example.com"})
    store.reset()
    store.close()
    store = _reopen(path)
    assert len(store) == 0
    store.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mock.db"
    _reopen(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreDataError, match=r"newer ecwid-mock .*version 99"):
        _reopen(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database, " * 200, encoding="utf-8")
    with pytest.raises(StoreDataError, match="not a database"):
        _reopen(path)
    assert path.read_text(encoding="utf-8").startswith("not a database"), "the file was changed"


def test_concurrent_writes_to_a_persisted_store_lose_nothing(start_mock: StartMock, tmp_path: Path) -> None:
    path = tmp_path / "mock.db"
    mock = start_mock(store=_reopen(path), rate_limit=0)
    created: list[int] = []
    lock = threading.Lock()

    def burst(worker: int) -> None:
        with mock.client("secret_test") as http:
            for n in range(20):
                response = http.post("/customers", json={"email": f"w{worker}-{n}@example.com"})
                assert response.status_code == 200
                with lock:
                    created.append(response.json()["id"])

    threads = [threading.Thread(target=burst, args=(w,)) for w in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(created) == len(set(created)) == 120
    mock.store.close()
    again = _reopen(path)
    assert sorted(c["id"] for c in again.dump()["customers"]) == sorted(created)
    again.close()


def test_kill_9_mid_burst_loses_no_write_answered_200(tmp_path: Path) -> None:
    path, port = tmp_path / "mock.db", free_port()
    exe = Path(sys.executable).parent / "ecwid-mock"
    command = [str(exe), "--port", str(port), "--data", str(path), "--rate-limit", "0", "--log-level", "warning"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/api/v3/{STORE}"
    answered: dict[int, dict[str, Any]] = {}  # id -> the last body answered 200
    lock, stop = threading.Lock(), threading.Event()
    try:
        wait_until_listening(process, port, timeout=20)

        def writer(worker: int) -> None:
            with httpx.Client(base_url=base, headers=AUTH, timeout=5) as http:
                for n in range(400):  # bounded; the kill ends it sooner
                    if stop.is_set():
                        return
                    body = {"email": f"k{worker}-{n}@example.com", "privateAdminNotes": f"v{n}"}
                    try:
                        response = http.post("/customers", json=body)
                        if response.status_code != 200:
                            continue
                        customer_id = response.json()["id"]
                        with lock:
                            answered[customer_id] = body
                        update = {"privateAdminNotes": f"updated {n}"}
                        if http.put(f"/customers/{customer_id}", json=update).status_code == 200:
                            with lock:
                                answered[customer_id] = {**body, **update}
                    except httpx.TransportError:
                        return

        threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 30
        while len(answered) < 150 and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(process.pid, signal.SIGKILL)  # mid-burst: the writers are still sending
        stop.set()
        for thread in threads:
            thread.join(15)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)
    assert len(answered) >= 150
    store = _reopen(path)
    stored = {c["id"]: c for c in store.dump()["customers"]}
    store.close()
    lost = [i for i in answered if i not in stored]
    assert not lost, f"{len(lost)} customers answered 200 are gone after kill -9"
    for customer_id, body in answered.items():
        got = {key: stored[customer_id].get(key) for key in body}
        # an update in flight at the kill may have been stored without its answer
        assert got == body or got["privateAdminNotes"].startswith("updated"), (customer_id, got, body)
    assert json.dumps(stored)  # every stored customer is readable
