"""Rate limit, fault injection and concurrency."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest

from ecwid_mock import create_app
from tests.mock.conftest import ALL_SCOPES, AUTH, STORE, StartMock


def test_rate_limit_answers_429_with_retry_after_in_whole_seconds(start_mock: StartMock) -> None:
    mock = start_mock(rate_limit=3, rate_window=2.0)
    assert [mock.http.get("/customers/1").status_code for _ in range(3)] == [404, 404, 404]
    for _ in range(3):  # every request is refused until the window ends
        refused = mock.http.get("/customers/1")
        assert refused.status_code == 429
        assert refused.json() == {"errorMessage": "Too many requests", "errorCode": "RATE_LIMITED"}
        assert refused.headers["Retry-After"] in ("1", "2")
        assert refused.headers["content-type"] == "application/json; charset=utf-8"


def test_rate_limit_lets_requests_through_when_the_window_ends(start_mock: StartMock) -> None:
    mock = start_mock(rate_limit=1, rate_window=1.0)
    assert mock.http.get("/customers/1").status_code == 404
    refused = mock.http.get("/customers/1")
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "1"  # never 0: whole seconds, rounded up
    deadline = time.monotonic() + 10
    while mock.http.get("/customers/1").status_code == 429:  # 429s do not count
        assert time.monotonic() < deadline, "the window never ended"
        time.sleep(0.1)


def test_rate_limit_is_per_token(start_mock: StartMock) -> None:
    mock = start_mock(rate_limit=2, rate_window=30.0, tokens={"secret_a": ALL_SCOPES, "secret_b": ALL_SCOPES})
    with mock.client("secret_a") as a, mock.client("secret_b") as b:
        assert [a.get("/customers/1").status_code for _ in range(3)] == [404, 404, 429]
        assert b.get("/customers/1").status_code == 404


def test_requests_with_a_bad_token_do_not_count(start_mock: StartMock) -> None:
    mock = start_mock(rate_limit=1, rate_window=30.0)
    with mock.client("secret_nobody") as stranger:
        assert all(stranger.get("/customers/1").status_code == 403 for _ in range(3))
    assert mock.http.get("/customers/1").status_code == 404


def test_rate_limit_zero_turns_it_off(start_mock: StartMock) -> None:
    mock = start_mock(rate_limit=0)
    assert all(mock.http.get("/customers/1").status_code == 404 for _ in range(50))


def test_the_default_limit_is_600_a_minute(start_mock: StartMock) -> None:
    mock = start_mock(access_log=False)
    statuses = [mock.http.get("/customers/1").status_code for _ in range(601)]
    assert statuses[:600] == [404] * 600
    assert statuses[600] == 429
    assert 1 <= int(mock.http.get("/customers/1").headers["Retry-After"]) <= 60


def test_a_refused_request_writes_nothing(start_mock: StartMock) -> None:
    mock = start_mock(rate_limit=1, rate_window=30.0)
    mock.create(email="first@example.com")
    assert mock.http.post("/customers", json={"email": "second@example.com"}).status_code == 429
    assert len(mock.store) == 1


@pytest.mark.parametrize(
    "options", [{"rate_limit": -1}, {"rate_window": 0}, {"fail_rate": 1.5}, {"fail_rate": -0.1}, {"store_id": 0}]
)
def test_create_app_refuses_settings_out_of_range(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(options))):
        create_app(**options)


def test_fault_injection_answers_500_or_503_and_changes_nothing(start_mock: StartMock) -> None:
    mock = start_mock(fail_rate=1.0, seed=7)
    customer_id = mock.store.create({"email": "kept@example.com"})
    before = mock.store.all()
    statuses = set()
    for n in range(20):
        for method, path, body in (
            ("POST", "/customers", {"email": f"f{n}@example.com"}),
            ("PUT", f"/customers/{customer_id}", {"lang": "de"}),
            ("DELETE", f"/customers/{customer_id}", None),
        ):
            response = mock.http.request(method, path, json=body)
            statuses.add(response.status_code)
            error = response.json()
            assert error["errorMessage"]
            if response.status_code == 503:
                assert response.headers["Retry-After"] == "1"
            else:
                assert error["errorCode"] == "INTERNAL_ERROR"
    assert statuses == {500, 503}
    assert mock.store.all() == before


def test_fault_injection_comes_after_auth(start_mock: StartMock) -> None:
    mock = start_mock(fail_rate=1.0)
    with mock.client(None) as anonymous:
        assert all(anonymous.get("/customers/1").status_code == 403 for _ in range(10))


def test_fault_injection_is_off_by_default_and_seeded(start_mock: StartMock) -> None:
    default = start_mock()
    assert all(default.http.get("/customers/1").status_code == 404 for _ in range(30))
    runs = []
    for _ in range(2):
        mock = start_mock(fail_rate=0.5, seed=42)
        runs.append([mock.http.get("/customers/1").status_code for _ in range(30)])
    assert runs[0] == runs[1]
    assert 404 in runs[0]
    assert {500, 503} & set(runs[0])
    mock.store.reset()  # the dice start again
    assert [mock.http.get("/customers/1").status_code for _ in range(30)] == runs[0]


def test_concurrent_writes_are_never_lost_and_ids_never_repeat(start_mock: StartMock) -> None:
    mock = start_mock(rate_limit=0, access_log=False)
    clients, per_client = 32, 63  # 2,016 creates, and an update for every third
    ids: list[int] = []
    errors: list[str] = []
    lock = threading.Lock()

    def work(worker: int) -> None:
        with httpx.Client(base_url=f"{mock.server.base_url}/{STORE}", headers=AUTH, timeout=30.0) as http:
            for n in range(per_client):
                response = http.post("/customers", json={"email": f"w{worker}-{n}@example.com"})
                if response.status_code != 200:
                    with lock:
                        errors.append(response.text)
                    continue
                customer_id = response.json()["id"]
                with lock:
                    ids.append(customer_id)
                if n % 3 == 0:
                    updated = http.put(f"/customers/{customer_id}", json={"lang": "en", "taxId": f"{worker}-{n}"})
                    if updated.status_code != 200:
                        with lock:
                            errors.append(updated.text)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    assert len(ids) == clients * per_client
    assert len(set(ids)) == len(ids)
    stored = {customer["id"]: customer for customer in mock.store.all()}
    assert set(stored) == set(ids)
    updated = [c for c in stored.values() if c.get("lang") == "en"]
    assert len(updated) == clients * len(range(0, per_client, 3))
    assert all(c["taxId"] == c["email"][1:].split("@")[0] for c in updated)
