"""Rate limit, fault injection and concurrency."""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx

from tests.mock.conftest import AUTH, STORE, Mock


def test_rate_limit_answers_429_with_retry_after_in_whole_seconds(start_mock: Callable[..., Mock]) -> None:
    mock = start_mock(rate_limit=3, rate_window=2.0)
    statuses = [mock.http.get("/customers/1").status_code for _ in range(3)]
    assert statuses == [404, 404, 404]
    refused = mock.http.get("/customers/1")
    assert refused.status_code == 429
    assert refused.json() == {"errorMessage": "Too many requests", "errorCode": "RATE_LIMITED"}
    assert refused.headers["Retry-After"] in ("1", "2")


def test_rate_limit_is_per_token(start_mock: Callable[..., Mock]) -> None:
    scopes = ["create_customers", "read_customers", "update_customers"]
    mock = start_mock(rate_limit=2, rate_window=30.0, tokens={"secret_a": scopes, "secret_b": scopes})
    with httpx.Client(base_url=f"{mock.server.base_url}/{STORE}") as http:
        a = {"Authorization": "Bearer secret_a"}
        b = {"Authorization": "Bearer secret_b"}
        assert [http.get("/customers/1", headers=a).status_code for _ in range(3)] == [404, 404, 429]
        assert http.get("/customers/1", headers=b).status_code == 404


def test_rate_limit_zero_turns_it_off(start_mock: Callable[..., Mock]) -> None:
    mock = start_mock(rate_limit=0)
    assert all(mock.http.get("/customers/1").status_code == 404 for _ in range(50))


def test_a_refused_request_writes_nothing(start_mock: Callable[..., Mock]) -> None:
    mock = start_mock(rate_limit=1, rate_window=30.0)
    mock.create(email="first@example.com")
    assert mock.http.post("/customers", json={"email": "second@example.com"}).status_code == 429
    assert len(mock.store) == 1


def test_fault_injection_answers_500_or_503_and_changes_nothing(start_mock: Callable[..., Mock]) -> None:
    mock = start_mock(fail_rate=1.0, seed=7)
    statuses = set()
    for n in range(20):
        response = mock.http.post("/customers", json={"email": f"f{n}@example.com"})
        statuses.add(response.status_code)
        assert response.json()["errorMessage"]
        if response.status_code == 503:
            assert response.headers["Retry-After"] == "1"
    assert statuses == {500, 503}
    assert len(mock.store) == 0


def test_fault_injection_is_off_by_default_and_seeded(start_mock: Callable[..., Mock]) -> None:
    assert all(start_mock().http.get("/customers/1").status_code == 404 for _ in range(30))
    runs = []
    for _ in range(2):
        mock = start_mock(fail_rate=0.5, seed=42)
        runs.append([mock.http.get("/customers/1").status_code for _ in range(30)])
    assert runs[0] == runs[1]
    assert 404 in runs[0]
    assert {500, 503} & set(runs[0])


def test_concurrent_writes_are_never_lost_and_ids_never_repeat(start_mock: Callable[..., Mock]) -> None:
    mock = start_mock(rate_limit=0, access_log=False)
    clients, per_client = 32, 60
    ids: list[int] = []
    errors: list[str] = []
    lock = threading.Lock()

    def work(worker: int) -> None:
        with httpx.Client(base_url=f"{mock.server.base_url}/{STORE}", headers=AUTH, timeout=30.0) as http:
            for n in range(per_client):
                response = http.post("/customers", json={"email": f"w{worker}-{n}@example.com"})
                with lock:
                    if response.status_code == 200:
                        ids.append(response.json()["id"])
                    else:
                        errors.append(response.text)
                if n % 3 == 0 and response.status_code == 200:
                    http.put(f"/customers/{response.json()['id']}", json={"lang": "en"})

    threads = [threading.Thread(target=work, args=(w,)) for w in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    assert len(ids) == clients * per_client
    assert len(set(ids)) == len(ids)
    stored = mock.store.all()
    assert len(stored) == len(ids)
    assert sum(1 for c in stored if c.get("lang") == "en") == clients * len(range(0, per_client, 3))
