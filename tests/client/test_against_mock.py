"""The client's retries against the real mock, its rate limit and fault injection on."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable

import httpx
import pytest

from ecwid_client import AuthenticatedClient, RetryPolicy, ServerError, TransportError
from ecwid_client.api.customers import create_customer, delete_customer, get_customer, update_customer
from ecwid_client.models import CustomerCreate, CustomerUpdate
from ecwid_mock import DEFAULT_STORE_ID, DEFAULT_TOKEN
from tests.client.conftest import StartMock, mock_client

STORE = DEFAULT_STORE_ID
# A host that never resolves (RFC 2606): reached only through a proxy.
UNREACHABLE_BASE_URL = "http://api.example.test/api/v3"
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


def _access(caplog: pytest.LogCaptureFixture, method: str, *, until: Callable[[list[str]], bool]) -> list[str]:
    """The mock's access-log lines for `method`, once `until` holds of them (bounded wait).

    The server logs a request just after answering it, from its own thread, so the last line
    can trail the client's last response by a moment.
    """
    deadline = time.monotonic() + 5.0
    while True:
        lines = [
            r.getMessage()
            for r in caplog.records
            if r.name == "ecwid_mock.access" and r.getMessage().startswith(f'"{method} ')
        ]
        if until(lines) or time.monotonic() > deadline:
            return lines
        time.sleep(0.01)


def test_the_client_creates_updates_reads_and_deletes_through_the_mock(start_mock: StartMock) -> None:
    server, _ = start_mock()
    with mock_client(server) as client:
        created = create_customer.sync_or_raise(STORE, client=client, body=CustomerCreate(email="ana@example.com"))
        update_customer.sync_or_raise(STORE, created.id, client=client, body=CustomerUpdate(accept_marketing=True))
        customer = get_customer.sync_or_raise(STORE, created.id, client=client)
        assert (customer.email, customer.accept_marketing) == ("ana@example.com", True)
        assert delete_customer.sync_or_raise(STORE, created.id, client=client).delete_count == 1


def test_a_burst_past_the_rate_limit_completes_with_no_error_and_no_extra_writes(
    start_mock: StartMock, caplog: pytest.LogCaptureFixture
) -> None:
    server, app = start_mock(rate_limit=5, rate_window=1.0)
    with caplog.at_level(logging.INFO, logger="ecwid_mock.access"), mock_client(server) as client:
        ids = [
            create_customer.sync_or_raise(STORE, client=client, body=CustomerCreate(email=f"b{n}@example.com")).id
            for n in range(12)
        ]
        posts = _access(caplog, "POST", until=lambda lines: sum(" 200 " in line for line in lines) >= 12)
    assert len(set(ids)) == 12
    assert len(app.state.store) == 12
    assert any(" 429 " in line for line in posts), "the burst never reached the limit"
    assert sum(" 200 " in line for line in posts) == 12


def test_an_injected_503_on_put_is_retried(start_mock: StartMock, caplog: pytest.LogCaptureFixture) -> None:
    server, app = start_mock(fail_rate=0.4, seed=3)
    app.state.store.create({"email": "put@example.com"})
    customer_id = app.state.store.all()[0]["id"]
    with (
        caplog.at_level(logging.INFO, logger="ecwid_mock.access"),
        mock_client(server, attempts=8, backoff=0.01) as client,
    ):
        for n in range(10):
            body = CustomerUpdate(private_admin_notes=f"note {n}")
            assert update_customer.sync_or_raise(STORE, customer_id, client=client, body=body).update_count == 1
        puts = _access(caplog, "PUT", until=lambda lines: sum(" 200 " in line for line in lines) >= 10)
    assert any(" 503 " in line for line in puts), "no 503 was injected; choose another seed"
    assert len(puts) > 10
    assert app.state.store.get(customer_id)["privateAdminNotes"] == "note 9"


def test_a_post_is_never_repeated(start_mock: StartMock, caplog: pytest.LogCaptureFixture) -> None:
    server, app = start_mock(fail_rate=1.0, seed=1)
    with caplog.at_level(logging.INFO, logger="ecwid_mock.access"), mock_client(server, attempts=5) as client:
        for n in range(4):
            with pytest.raises(ServerError):
                create_customer.sync_or_raise(STORE, client=client, body=CustomerCreate(email=f"p{n}@example.com"))
        posts = _access(caplog, "POST", until=lambda lines: len(lines) >= 4)
        time.sleep(0.2)  # room for a repeated POST to show, were there one
        posts = _access(caplog, "POST", until=lambda lines: True)
    assert len(posts) == 4
    assert len(app.state.store) == 0
    assert DEFAULT_TOKEN not in caplog.text


def test_no_debug_log_record_carries_the_token_over_a_real_connection(
    start_mock: StartMock, caplog: pytest.LogCaptureFixture
) -> None:
    server, app = start_mock(fail_rate=0.5, seed=7)
    app.state.store.create({"email": "log@example.com"})
    customer_id = app.state.store.all()[0]["id"]
    with caplog.at_level(logging.DEBUG), mock_client(server, attempts=10, backoff=0.001) as client:
        for _ in range(3):
            get_customer.sync_or_raise(STORE, customer_id, client=client)
            update_customer.sync_or_raise(STORE, customer_id, client=client, body=CustomerUpdate(lang="en"))
        create_customer.sync_detailed(STORE, client=client, body=CustomerCreate(email="new@example.com"))
    names = {record.name for record in caplog.records}
    assert {"httpx", "ecwid_client.client"} <= names, "no retry was logged; choose another seed"
    assert any(name.startswith("httpcore.") for name in names)
    assert all(DEFAULT_TOKEN not in record.getMessage() for record in caplog.records)
    assert DEFAULT_TOKEN not in caplog.text


def _clear_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_a_proxy_given_in_httpx_args_is_used_and_retried(start_mock: StartMock) -> None:
    server, app = start_mock(fail_rate=0.5, seed=7)
    args = {"proxy": server.root_url}
    policy = RetryPolicy(attempts=10, backoff=0.001)
    with AuthenticatedClient(base_url=UNREACHABLE_BASE_URL, token=DEFAULT_TOKEN, retry=policy, httpx_args=args) as c:
        app.state.store.create({"email": "proxy@example.com"})
        customer_id = app.state.store.all()[0]["id"]
        for _ in range(4):
            assert get_customer.sync_or_raise(STORE, customer_id, client=c).email == "proxy@example.com"


def test_the_environment_proxy_is_used(start_mock: StartMock, monkeypatch: pytest.MonkeyPatch) -> None:
    server, app = start_mock()
    _clear_proxy_environment(monkeypatch)
    monkeypatch.setenv("HTTP_PROXY", server.root_url)
    with AuthenticatedClient(base_url=UNREACHABLE_BASE_URL, token=DEFAULT_TOKEN) as client:
        create_customer.sync_or_raise(STORE, client=client, body=CustomerCreate(email="env@example.com"))
    assert len(app.state.store) == 1


def test_no_proxy_and_trust_env_are_respected(start_mock: StartMock, monkeypatch: pytest.MonkeyPatch) -> None:
    server, app = start_mock()
    _clear_proxy_environment(monkeypatch)
    monkeypatch.setenv("HTTP_PROXY", _closed_port_url())
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with mock_client(server) as client:
        create_customer.sync_or_raise(STORE, client=client, body=CustomerCreate(email="direct@example.com"))
    monkeypatch.delenv("NO_PROXY")
    untrusting = AuthenticatedClient(base_url=server.base_url, token=DEFAULT_TOKEN, httpx_args={"trust_env": False})
    with untrusting:
        create_customer.sync_or_raise(STORE, client=untrusting, body=CustomerCreate(email="untrusting@example.com"))
    with mock_client(server, attempts=1) as proxied, pytest.raises(TransportError) as caught:
        create_customer.sync_or_raise(STORE, client=proxied, body=CustomerCreate(email="refused@example.com"))
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(app.state.store) == 2


@pytest.mark.anyio
async def test_async_calls_are_retried_against_injected_faults(
    start_mock: StartMock, caplog: pytest.LogCaptureFixture
) -> None:
    server, app = start_mock(fail_rate=0.5, seed=11)
    app.state.store.create({"email": "async@example.com"})
    customer_id = app.state.store.all()[0]["id"]
    with caplog.at_level(logging.INFO, logger="ecwid_client.client"):
        async with mock_client(server, attempts=10, backoff=0.001) as client:
            for n in range(5):
                body = CustomerUpdate(private_admin_notes=f"async {n}")
                assert (
                    await update_customer.asyncio_or_raise(STORE, customer_id, client=client, body=body)
                ).update_count
                assert (await get_customer.asyncio_or_raise(STORE, customer_id, client=client)).id == customer_id
    assert any(r.getMessage().startswith("Retrying PUT") for r in caplog.records), "choose another seed"
    assert any(r.getMessage().startswith("Retrying GET") for r in caplog.records), "choose another seed"
    assert app.state.store.get(customer_id)["privateAdminNotes"] == "async 4"
