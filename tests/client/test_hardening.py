"""The client's hardening: retries, timeout, User-Agent, token redaction, exceptions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import httpx
import pytest

from ecwid_client import (
    DEFAULT_TIMEOUT,
    USER_AGENT,
    AuthenticatedClient,
    ConflictError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnexpectedStatusError,
)
from ecwid_client.api.customers import create_customer, get_customer, update_customer
from ecwid_client.errors import error_from_response
from ecwid_client.models import CreateCustomerResult, CustomerCreate, CustomerUpdate
from ecwid_client.types import Response
from tests.client.conftest import TOKEN, Script, Sleeps

Scripted = Callable[..., tuple[AuthenticatedClient, Script]]
OK_GET = httpx.Response(200, json={"id": 1, "email": "a@example.com"})


def _async_client(script: Script, sleeps: Sleeps) -> AuthenticatedClient:
    policy = RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep)
    transport = httpx.MockTransport(script)
    return AuthenticatedClient(
        base_url="https://app.ecwid.com/api/v3", token=TOKEN, retry=policy, httpx_args={"transport": transport}
    )


def _status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, json={"errorMessage": f"status {code}"}, headers=headers)


def test_get_customer_is_retried_on_503_then_succeeds(scripted: Scripted, sleeps: Sleeps) -> None:
    client, script = scripted(_status(503), _status(502), OK_GET)
    response = get_customer.sync_detailed(1003, 1, client=client)
    assert response.status_code == 200
    assert len(script.requests) == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_update_customer_is_retried_on_each_server_error(scripted: Scripted, status: int) -> None:
    client, script = scripted(_status(status), httpx.Response(200, json={"updateCount": 1}))
    result = update_customer.sync_or_raise(1003, 1, client=client, body=CustomerUpdate(lang="en"))
    assert result.update_count == 1
    assert [r.method for r in script.requests] == ["PUT", "PUT"]
    assert script.requests[0].content == script.requests[1].content == b'{"lang":"en"}'


def test_attempts_are_bounded(scripted: Scripted, sleeps: Sleeps) -> None:
    client, script = scripted(_status(503))
    response = get_customer.sync_detailed(1003, 1, client=client)
    assert response.status_code == 503
    assert len(script.requests) == 3  # the default: 3 attempts in all
    client5, script5 = scripted(_status(503), attempts=5)
    get_customer.sync_detailed(1003, 1, client=client5)
    assert len(script5.requests) == 5


def test_create_customer_is_never_repeated_after_a_server_error(scripted: Scripted) -> None:
    client, script = scripted(_status(503), httpx.Response(200, json={"id": 5}))
    with pytest.raises(ServerError) as caught:
        create_customer.sync_or_raise(1003, client=client, body=CustomerCreate(email="a@example.com"))
    assert caught.value.status_code == 503
    assert len(script.requests) == 1


@pytest.mark.parametrize("error", [httpx.ConnectError("refused"), httpx.ReadError("reset")])
def test_create_customer_is_never_repeated_after_a_transport_error(scripted: Scripted, error: Exception) -> None:
    client, script = scripted(error, httpx.Response(200, json={"id": 5}))
    with pytest.raises(type(error)):
        create_customer.sync_detailed(1003, client=client, body=CustomerCreate(email="a@example.com"))
    assert len(script.requests) == 1


def test_update_customer_is_retried_after_a_connection_error(scripted: Scripted) -> None:
    client, script = scripted(httpx.ConnectError("refused"), httpx.Response(200, json={"updateCount": 1}))
    assert update_customer.sync_detailed(1003, 1, client=client, body=CustomerUpdate()).status_code == 200
    assert len(script.requests) == 2


def test_create_customer_is_retried_after_429_honouring_retry_after(scripted: Scripted, sleeps: Sleeps) -> None:
    client, script = scripted(_status(429, **{"Retry-After": "7"}), httpx.Response(200, json={"id": 5}))
    result = create_customer.sync_or_raise(1003, client=client, body=CustomerCreate(email="a@example.com"))
    assert isinstance(result, CreateCustomerResult)
    assert len(script.requests) == 2
    assert sleeps == [7.0]


def test_retry_after_is_capped(scripted: Scripted, sleeps: Sleeps) -> None:
    client, _ = scripted(_status(429, **{"Retry-After": "3600"}), OK_GET)
    get_customer.sync_detailed(1003, 1, client=client)
    assert sleeps == [60.0]
    capped, _ = scripted(_status(429, **{"Retry-After": "30"}), OK_GET, retry_after_max=5.0)
    get_customer.sync_detailed(1003, 1, client=capped)
    assert sleeps[-1] == 5.0


@pytest.mark.parametrize("value", ["soon", "", "-3", "1.5"])
def test_a_bad_retry_after_falls_back_to_backoff(scripted: Scripted, sleeps: Sleeps, value: str) -> None:
    client, script = scripted(_status(429, **{"Retry-After": value}), OK_GET, backoff=0.2, jitter=False)
    get_customer.sync_detailed(1003, 1, client=client)
    assert len(script.requests) == 2
    assert sleeps == [0.2]


def test_retry_after_as_an_http_date_is_honoured(scripted: Scripted, sleeps: Sleeps) -> None:
    client, _ = scripted(_status(429, **{"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}), OK_GET)
    get_customer.sync_detailed(1003, 1, client=client)
    assert sleeps == [0.0]  # a date in the past: retry at once


def test_backoff_grows_jitters_and_is_capped() -> None:
    policy = RetryPolicy(backoff=1.0, backoff_max=4.0)
    for attempt, full in ((1, 1.0), (2, 2.0), (3, 4.0), (6, 4.0)):
        delays = [policy.backoff_delay(attempt) for _ in range(200)]
        assert all(full / 2 <= d <= full for d in delays)
        assert len(set(delays)) > 1
    assert RetryPolicy(backoff=1.0, jitter=False).backoff_delay(3) == 4.0


def test_retries_can_be_turned_off(scripted: Scripted) -> None:
    client, script = scripted(_status(503), attempts=1)
    assert get_customer.sync_detailed(1003, 1, client=client).status_code == 503
    assert len(script.requests) == 1
    assert RetryPolicy.disabled().attempts == 1


def test_client_errors_are_not_retried(scripted: Scripted) -> None:
    for status in (400, 403, 404, 409):
        client, script = scripted(_status(status))
        get_customer.sync_detailed(1003, 1, client=client)
        assert len(script.requests) == 1, status


@pytest.mark.anyio
async def test_async_update_customer_is_retried_on_503(scripted: Scripted, sleeps: Sleeps) -> None:
    script = Script(_status(503), httpx.Response(200, json={"updateCount": 1}))
    async with _async_client(script, sleeps) as client:
        result = await update_customer.asyncio_or_raise(1003, 1, client=client, body=CustomerUpdate())
    assert result.update_count == 1
    assert len(script.requests) == 2
    assert len(sleeps) == 1


@pytest.mark.anyio
async def test_async_create_customer_is_not_repeated_after_503(sleeps: Sleeps) -> None:
    script = Script(_status(503), httpx.Response(200, json={"id": 5}))
    async with _async_client(script, sleeps) as client:
        with pytest.raises(ServerError):
            await create_customer.asyncio_or_raise(1003, client=client, body=CustomerCreate(email="a@example.com"))
    assert len(script.requests) == 1


def test_the_default_timeout_is_finite_and_can_be_changed(scripted: Scripted) -> None:
    client, _ = scripted(OK_GET)
    timeout = client.get_httpx_client().timeout
    assert timeout == DEFAULT_TIMEOUT
    assert all(
        value is not None and value > 0 for value in (timeout.connect, timeout.read, timeout.write, timeout.pool)
    )
    faster = client.with_timeout(httpx.Timeout(2.0))
    assert faster.get_httpx_client().timeout.read == 2.0
    faster.get_httpx_client().close()
    custom = AuthenticatedClient(base_url="https://x", token=TOKEN, timeout=httpx.Timeout(5.0))
    assert custom.get_httpx_client().timeout.read == 5.0
    custom.get_httpx_client().close()


def test_requests_carry_a_user_agent_naming_the_client(scripted: Scripted) -> None:
    client, script = scripted(OK_GET)
    get_customer.sync_detailed(1003, 1, client=client)
    agent = script.requests[0].headers["User-Agent"]
    assert agent == USER_AGENT
    assert agent.startswith("ecwid-client/")
    assert script.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_a_caller_user_agent_wins() -> None:
    client = AuthenticatedClient(base_url="https://x", token=TOKEN, headers={"User-Agent": "my-app/2"})
    assert client.get_httpx_client().headers["User-Agent"] == "my-app/2"
    client.get_httpx_client().close()


def test_the_token_is_not_in_repr_or_str(scripted: Scripted) -> None:
    client, _ = scripted(OK_GET)
    client.get_httpx_client()
    with_header = AuthenticatedClient(base_url="https://x", token=TOKEN, headers={"Authorization": f"Bearer {TOKEN}"})
    for text in (repr(client), str(client), repr(with_header), str(client.get_httpx_client().headers)):
        assert TOKEN not in text
    assert "[redacted]" in repr(with_header)


def test_the_token_is_not_in_exception_messages() -> None:
    response: Response[Any] = Response(
        status_code=HTTPStatus.FORBIDDEN,
        content=b'{"errorMessage": "API token is invalid or missing", "errorCode": "INVALID_API_TOKEN"}',
        headers={},
        parsed=None,
    )
    error = error_from_response(response)
    assert isinstance(error, PermissionDeniedError)
    assert (error.status_code, error.error_code) == (403, "INVALID_API_TOKEN")
    assert TOKEN not in str(error)
    assert TOKEN not in str(UnexpectedStatusError(418, b"x" * 10_000))
    assert len(str(UnexpectedStatusError(418, b"x" * 10_000))) < 700


def test_errors_carry_status_code_and_message(scripted: Scripted) -> None:
    client, _ = scripted(httpx.Response(409, json={"errorMessage": "The customer with the given email already exists"}))
    with pytest.raises(ConflictError) as caught:
        create_customer.sync_or_raise(1003, client=client, body=CustomerCreate(email="a@example.com"))
    error = caught.value
    assert (error.status_code, error.error_code) == (409, None)
    assert error.error_message == "The customer with the given email already exists"
    limited, _ = scripted(_status(429, **{"Retry-After": "9"}), attempts=1)
    with pytest.raises(RateLimitError) as rate:
        get_customer.sync_or_raise(1003, 1, client=limited)
    assert rate.value.retry_after == 9


def test_an_error_body_that_is_not_json_still_gives_an_api_error(scripted: Scripted) -> None:
    client, _ = scripted(httpx.Response(502, text="<html>Bad gateway</html>"), attempts=1)
    with pytest.raises(ServerError) as caught:
        get_customer.sync_or_raise(1003, 1, client=client)
    assert caught.value.status_code == 502
    assert "Bad gateway" in caught.value.error_message


def test_no_log_record_carries_the_token(scripted: Scripted, caplog: pytest.LogCaptureFixture) -> None:
    client, _ = scripted(_status(503), OK_GET)
    with caplog.at_level(logging.DEBUG):
        get_customer.sync_detailed(1003, 1, client=client)
    assert caplog.records
    assert all(TOKEN not in record.getMessage() for record in caplog.records)
