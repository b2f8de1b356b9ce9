"""The client's hardening: retries, timeout, User-Agent, token redaction, exceptions."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecwid_client import (
    DEFAULT_TIMEOUT,
    USER_AGENT,
    ApiError,
    AuthenticatedClient,
    BadRequestError,
    ConflictError,
    EcwidClientError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    TransportError,
    UnexpectedStatusError,
)
from ecwid_client.api.customers import create_customer, delete_customer, get_customer, update_customer
from ecwid_client.errors import UnexpectedStatus, error_from_response, retry_after_seconds
from ecwid_client.models import CreateCustomerResult, CustomerCreate, CustomerUpdate
from ecwid_client.types import Response
from tests.client.conftest import BASE_URL, TOKEN, Script, Scripted, Sleeps

OK_GET = httpx.Response(200, json={"id": 1, "email": "a@example.com"})
OK_CREATE = httpx.Response(200, json={"id": 5})
OK_UPDATE = httpx.Response(200, json={"updateCount": 1})
NEW = CustomerCreate(email="a@example.com")


def _status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, json={"errorMessage": f"status {code}"}, headers=headers)


def _limited(retry_after: str) -> httpx.Response:
    headers = {b"Retry-After": retry_after.encode("utf-8")}
    return httpx.Response(429, json={"errorMessage": "status 429", "errorCode": "RATE_LIMITED"}, headers=headers)


# --- retries: which outcomes, how many times -------------------------------------------------


def test_get_customer_is_retried_on_503_then_succeeds(scripted: Scripted, sleeps: Sleeps) -> None:
    client, script = scripted(_status(503), _status(502), OK_GET)
    response = get_customer.sync_detailed(1003, 1, client=client)
    assert response.status_code == 200
    assert len(script.requests) == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_update_customer_is_retried_on_each_server_error_with_the_same_body(scripted: Scripted, status: int) -> None:
    client, script = scripted(_status(status), OK_UPDATE)
    result = update_customer.sync_or_raise(1003, 1, client=client, body=CustomerUpdate(lang="en"))
    assert result.update_count == 1
    assert script.methods == ["PUT", "PUT"]
    assert script.requests[0].content == script.requests[1].content == b'{"lang":"en"}'


def test_delete_customer_is_retried_on_a_server_error(scripted: Scripted) -> None:
    client, script = scripted(_status(500), httpx.Response(200, json={"deleteCount": 1}))
    assert delete_customer.sync_or_raise(1003, 1, client=client).delete_count == 1
    assert script.methods == ["DELETE", "DELETE"]


def test_attempts_are_bounded(scripted: Scripted) -> None:
    client, script = scripted(_status(503))
    assert get_customer.sync_detailed(1003, 1, client=client).status_code == 503
    assert len(script.requests) == 3  # the default: 3 attempts in all
    client5, script5 = scripted(_status(503), attempts=5)
    get_customer.sync_detailed(1003, 1, client=client5)
    assert len(script5.requests) == 5


def test_the_total_wait_is_bounded(scripted: Scripted, sleeps: Sleeps) -> None:
    answers = (_limited("3600"), _status(503), httpx.ConnectError("refused"), _limited("soon"), _status(504))
    client, script = scripted(*answers, attempts=5, backoff=1.0, backoff_max=2.0, retry_after_max=3.0)
    assert get_customer.sync_detailed(1003, 1, client=client).status_code == 504
    assert len(script.requests) == 5
    assert len(sleeps) == 4
    assert sleeps[0] == 3.0
    assert sum(sleeps) <= 4 * 3.0


def test_create_customer_is_never_repeated_after_a_server_error(scripted: Scripted) -> None:
    client, script = scripted(_status(503), OK_CREATE)
    with pytest.raises(ServerError) as caught:
        create_customer.sync_or_raise(1003, client=client, body=NEW)
    assert caught.value.status_code == 503
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.ReadError("reset")],
    ids=lambda error: type(error).__name__,
)
def test_create_customer_is_never_repeated_after_a_transport_error(scripted: Scripted, error: Exception) -> None:
    client, script = scripted(error, OK_CREATE)
    with pytest.raises(TransportError) as caught:
        create_customer.sync_detailed(1003, client=client, body=NEW)
    assert caught.value.__cause__ is error
    assert isinstance(caught.value, RequestTimeoutError) == isinstance(error, httpx.TimeoutException)
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("slow"),
        httpx.ReadError("reset"),
        httpx.WriteError("broken pipe"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
    ],
    ids=lambda error: type(error).__name__,
)
def test_update_customer_is_retried_after_a_transport_error(scripted: Scripted, error: Exception) -> None:
    client, script = scripted(error, OK_UPDATE)
    assert update_customer.sync_detailed(1003, 1, client=client, body=CustomerUpdate()).status_code == 200
    assert len(script.requests) == 2


def test_a_read_timeout_is_not_retried(scripted: Scripted) -> None:
    client, script = scripted(httpx.ReadTimeout("slow"), OK_GET)
    with pytest.raises(RequestTimeoutError):
        get_customer.sync_detailed(1003, 1, client=client)
    assert len(script.requests) == 1


def test_a_transport_error_on_the_last_attempt_is_raised(scripted: Scripted) -> None:
    client, script = scripted(httpx.ConnectError("refused"))
    with pytest.raises(TransportError, match="GET /api/v3/1003/customers/1: ConnectError: refused") as caught:
        get_customer.sync_detailed(1003, 1, client=client)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(script.requests) == 3


def test_client_errors_are_not_retried(scripted: Scripted) -> None:
    for status in (400, 402, 403, 404, 409, 415):
        client, script = scripted(_status(status))
        get_customer.sync_detailed(1003, 1, client=client)
        assert len(script.requests) == 1, status


def test_retries_can_be_turned_off(scripted: Scripted) -> None:
    client, script = scripted(_status(503), attempts=1)
    assert get_customer.sync_detailed(1003, 1, client=client).status_code == 503
    assert len(script.requests) == 1
    assert RetryPolicy.disabled().attempts == 1
    off = client.with_retry(RetryPolicy.disabled())
    assert off.retry.attempts == 1
    off.get_httpx_client().close()


@pytest.mark.parametrize("fields", [{"attempts": 0}, {"backoff": -1.0}, {"retry_after_max": -1.0}])
def test_a_policy_out_of_range_is_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(fields))):
        RetryPolicy(**fields)


def test_retried_responses_are_closed(sleeps: Sleeps) -> None:
    closed: list[int] = []

    class Body(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b'{"errorMessage": "busy"}'

        def close(self) -> None:
            closed.append(1)

    transport = httpx.MockTransport(lambda request: httpx.Response(503, stream=Body()))
    policy = RetryPolicy(sleep=sleeps)
    with AuthenticatedClient(base_url=BASE_URL, token=TOKEN, retry=policy, httpx_args={"transport": transport}) as c:
        assert get_customer.sync_detailed(1003, 1, client=c).status_code == 503
    assert len(closed) == 3  # two retried and closed by the retries, the last read and closed by httpx


# --- 429 and Retry-After ---------------------------------------------------------------------


def test_create_customer_is_retried_after_429_honouring_retry_after(scripted: Scripted, sleeps: Sleeps) -> None:
    client, script = scripted(_limited("7"), OK_CREATE)
    result = create_customer.sync_or_raise(1003, client=client, body=NEW)
    assert isinstance(result, CreateCustomerResult)
    assert script.methods == ["POST", "POST"]
    assert script.requests[0].content == script.requests[1].content
    assert sleeps == [7.0]


def test_retry_after_is_capped(scripted: Scripted, sleeps: Sleeps) -> None:
    client, _ = scripted(_limited("3600"), OK_GET)
    get_customer.sync_detailed(1003, 1, client=client)
    assert sleeps == [60.0]
    capped, _ = scripted(_limited("30"), OK_GET, retry_after_max=5.0)
    get_customer.sync_detailed(1003, 1, client=capped)
    assert sleeps[-1] == 5.0
    huge, _ = scripted(_limited("9" * 5000), OK_GET)
    get_customer.sync_detailed(1003, 1, client=huge)
    assert sleeps[-1] == 60.0


@pytest.mark.parametrize("value", ["soon", "", "-3", "1.5", "\u00b2", "\u0663", "Thu, 99 Foo 2015 07:28:00 GMT"])
def test_a_bad_retry_after_falls_back_to_backoff(scripted: Scripted, sleeps: Sleeps, value: str) -> None:
    client, script = scripted(_limited(value), OK_GET, backoff=0.2, jitter=False)
    get_customer.sync_detailed(1003, 1, client=client)
    assert len(script.requests) == 2
    assert sleeps == [0.2]


def test_retry_after_as_an_http_date_is_honoured(scripted: Scripted, sleeps: Sleeps) -> None:
    client, _ = scripted(_limited("Wed, 21 Oct 2015 07:28:00 GMT"), _limited("Fri, 01 Jan 9999 00:00:00 GMT"), OK_GET)
    get_customer.sync_detailed(1003, 1, client=client)
    assert sleeps == [0.0, 60.0]  # a date in the past: at once; far ahead: the cap


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_retry_after_gives_a_wait_within_the_cap(value: str) -> None:
    seconds = retry_after_seconds(value)
    assert seconds is None or seconds >= 0
    request = httpx.Request("POST", f"{BASE_URL}/1003/customers")
    response = httpx.Response(429, headers={b"Retry-After": value.encode("utf-8")})
    delay = RetryPolicy(retry_after_max=60.0, backoff_max=8.0).delay_for(request, response, 1)
    assert delay is not None
    assert 0.0 <= delay <= 60.0


# --- backoff ---------------------------------------------------------------------------------


def test_backoff_grows_jitters_and_is_capped() -> None:
    policy = RetryPolicy(backoff=1.0, backoff_max=4.0)
    for attempt, full in ((1, 1.0), (2, 2.0), (3, 4.0), (6, 4.0)):
        delays = [policy.backoff_delay(attempt) for _ in range(200)]
        assert all(full / 2 <= d <= full for d in delays)
        assert len(set(delays)) > 1
    steady = RetryPolicy(backoff=1.0, jitter=False)
    assert [steady.backoff_delay(n) for n in (1, 2, 3)] == [1.0, 2.0, 4.0]
    assert steady.backoff_delay(5000) == steady.backoff_max


# --- async -----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_update_customer_is_retried_on_503(scripted: Scripted, sleeps: Sleeps) -> None:
    client, script = scripted(_status(503), OK_UPDATE)
    async with client:
        result = await update_customer.asyncio_or_raise(1003, 1, client=client, body=CustomerUpdate())
    assert result.update_count == 1
    assert script.methods == ["PUT", "PUT"]
    assert len(sleeps) == 1


@pytest.mark.anyio
async def test_async_get_customer_is_retried_after_a_connection_error(scripted: Scripted) -> None:
    client, script = scripted(httpx.ConnectError("refused"), OK_GET)
    async with client:
        customer = await get_customer.asyncio_or_raise(1003, 1, client=client)
    assert customer.id == 1
    assert len(script.requests) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("answer", [_status(503), httpx.ConnectError("refused")], ids=["503", "ConnectError"])
async def test_async_create_customer_is_not_repeated(scripted: Scripted, answer: httpx.Response | Exception) -> None:
    client, script = scripted(answer, OK_CREATE)
    async with client:
        with pytest.raises((ServerError, TransportError)):
            await create_customer.asyncio_or_raise(1003, client=client, body=NEW)
    assert len(script.requests) == 1


@pytest.mark.anyio
async def test_async_create_customer_is_retried_after_429_within_the_cap(scripted: Scripted, sleeps: Sleeps) -> None:
    client, script = scripted(_limited("120"), _limited("2"), OK_CREATE)
    async with client:
        assert (await create_customer.asyncio_or_raise(1003, client=client, body=NEW)).id == 5
    assert script.methods == ["POST"] * 3
    assert sleeps == [60.0, 2.0]


@pytest.mark.anyio
async def test_async_attempts_are_bounded(scripted: Scripted, sleeps: Sleeps) -> None:
    client, script = scripted(_limited("1"), attempts=4)
    async with client:
        with pytest.raises(RateLimitError) as caught:
            await get_customer.asyncio_or_raise(1003, 1, client=client)
    assert caught.value.retry_after == 1
    assert len(script.requests) == 4
    assert sleeps == [1.0, 1.0, 1.0]


# --- transports the client builds ------------------------------------------------------------


def test_transports_given_in_mounts_are_retried(sleeps: Sleeps) -> None:
    script = Script(_status(503), OK_GET)
    mounts = {"https://": httpx.MockTransport(script)}
    policy = RetryPolicy(sleep=sleeps)
    with AuthenticatedClient(base_url=BASE_URL, token=TOKEN, retry=policy, httpx_args={"mounts": mounts}) as client:
        assert get_customer.sync_or_raise(1003, 1, client=client).id == 1
    assert len(script.requests) == 2


def test_the_default_timeout_is_finite_and_can_be_changed(scripted: Scripted) -> None:
    client, _ = scripted(OK_GET)
    timeout = client.get_httpx_client().timeout
    assert timeout == DEFAULT_TIMEOUT
    assert all(
        value is not None and 0 < value <= 30 for value in (timeout.connect, timeout.read, timeout.write, timeout.pool)
    )
    assert timeout.connect is not None
    assert timeout.read is not None
    assert timeout.connect < timeout.read
    faster = client.with_timeout(httpx.Timeout(2.0))
    assert faster.get_httpx_client().timeout.read == 2.0
    faster.get_httpx_client().close()
    custom = AuthenticatedClient(base_url="https://x", token=TOKEN, timeout=httpx.Timeout(5.0))
    assert custom.get_httpx_client().timeout.read == 5.0
    assert custom.get_async_httpx_client().timeout.read == 5.0
    custom.get_httpx_client().close()


# --- User-Agent ------------------------------------------------------------------------------


def test_requests_carry_a_user_agent_naming_the_client(scripted: Scripted) -> None:
    client, script = scripted(OK_GET)
    get_customer.sync_detailed(1003, 1, client=client)
    agent = script.requests[0].headers["User-Agent"]
    assert agent == USER_AGENT
    assert agent.startswith("ecwid-client/")
    assert f"python-httpx/{httpx.__version__}" in agent
    assert script.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize("name", ["User-Agent", "user-agent"])
def test_a_caller_user_agent_wins(name: str) -> None:
    client = AuthenticatedClient(base_url="https://x", token=TOKEN, headers={name: "my-app/2"})
    assert client.get_httpx_client().headers.get_list("User-Agent") == ["my-app/2"]
    client.get_httpx_client().close()


# --- the token stays secret ------------------------------------------------------------------


def test_the_token_is_not_in_repr_or_str(scripted: Scripted) -> None:
    client, _ = scripted(OK_GET)
    httpx_client = client.get_httpx_client()
    async_client = client.get_async_httpx_client()
    with_header = AuthenticatedClient(base_url="https://x", token=TOKEN, headers={"Authorization": f"Bearer {TOKEN}"})
    texts = [
        repr(client),
        str(client),
        repr(with_header),
        repr(httpx_client),
        repr(async_client),
        repr(httpx_client.headers),
        str(httpx_client.headers),
        repr(httpx_client.build_request("GET", "/1003/customers/1")),
        repr(client.retry),
    ]
    for text in texts:
        assert TOKEN not in text
    assert "[redacted]" in repr(with_header)


def test_the_token_is_not_in_exception_messages(scripted: Scripted) -> None:
    for status in (400, 403, 404, 409, 429, 500, 503):
        client, _ = scripted(_status(status), attempts=1)
        with pytest.raises(ApiError) as caught:
            get_customer.sync_or_raise(1003, 1, client=client)
        assert TOKEN not in str(caught.value)
        assert TOKEN not in repr(caught.value)
        assert TOKEN not in repr(vars(caught.value))
    assert TOKEN not in str(UnexpectedStatusError(418, b"x" * 10_000))


def test_no_log_record_carries_the_token(scripted: Scripted, caplog: pytest.LogCaptureFixture) -> None:
    client, _ = scripted(_status(503), _limited("1"), OK_GET, jitter=False)
    with caplog.at_level(logging.DEBUG):
        get_customer.sync_detailed(1003, 1, client=client)
    retries = [r.getMessage() for r in caplog.records if r.name == "ecwid_client.client"]
    assert retries == [
        "Retrying GET /api/v3/1003/customers/1 after 503 in 0.50 s (attempt 2 of 3)",
        "Retrying GET /api/v3/1003/customers/1 after 429 in 1.00 s (attempt 3 of 3)",
    ]
    assert all(TOKEN not in record.getMessage() for record in caplog.records)


# --- exceptions ------------------------------------------------------------------------------


def test_errors_carry_status_code_error_code_and_message(scripted: Scripted) -> None:
    body = {"errorMessage": "API token is invalid or missing", "errorCode": "INVALID_API_TOKEN"}
    client, _ = scripted(httpx.Response(403, json=body))
    with pytest.raises(PermissionDeniedError) as caught:
        get_customer.sync_or_raise(1003, 1, client=client)
    error = caught.value
    assert (error.status_code, error.error_code) == (403, "INVALID_API_TOKEN")
    assert error.error_message == "API token is invalid or missing"
    assert str(error) == "403 INVALID_API_TOKEN: API token is invalid or missing"
    assert isinstance(error, ApiError)
    assert isinstance(error, EcwidClientError)


def test_a_conflict_without_error_code(scripted: Scripted) -> None:
    client, _ = scripted(httpx.Response(409, json={"errorMessage": "The customer with the given email already exists"}))
    with pytest.raises(ConflictError) as caught:
        create_customer.sync_or_raise(1003, client=client, body=NEW)
    assert (caught.value.status_code, caught.value.error_code) == (409, None)
    assert caught.value.error_message == "The customer with the given email already exists"


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (402, ApiError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (415, ApiError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
    ],
)
def test_each_error_status_raises_its_class(scripted: Scripted, status: int, kind: type[ApiError]) -> None:
    client, _ = scripted(_status(status), attempts=1)
    with pytest.raises(ApiError) as caught:
        delete_customer.sync_or_raise(1003, 1, client=client)
    assert type(caught.value) is kind
    assert caught.value.status_code == status


def test_a_rate_limit_error_says_when_to_retry(scripted: Scripted) -> None:
    limited, _ = scripted(_limited("9"), attempts=1)
    with pytest.raises(RateLimitError) as caught:
        get_customer.sync_or_raise(1003, 1, client=limited)
    assert caught.value.retry_after == 9
    assert caught.value.error_message == "status 429"


def test_an_error_body_that_is_not_json_still_gives_an_api_error(scripted: Scripted) -> None:
    client, _ = scripted(httpx.Response(502, text="<html>Bad gateway</html>"), attempts=1)
    with pytest.raises(ServerError) as caught:
        get_customer.sync_or_raise(1003, 1, client=client)
    assert caught.value.status_code == 502
    assert "Bad gateway" in caught.value.error_message


def test_huge_error_bodies_are_cut_in_messages(scripted: Scripted) -> None:
    client, _ = scripted(httpx.Response(400, json={"errorMessage": "x" * 100_000}))
    with pytest.raises(BadRequestError) as caught:
        get_customer.sync_or_raise(1003, 1, client=client)
    assert len(caught.value.error_message) == 100_000
    assert len(str(caught.value)) < 600
    html, _ = scripted(httpx.Response(502, text="<p>" * 100_000), attempts=1)
    with pytest.raises(ServerError) as server:
        get_customer.sync_or_raise(1003, 1, client=html)
    assert len(str(server.value)) < 600
    assert len(str(UnexpectedStatusError(418, b"x" * 10_000))) < 700


def test_a_status_outside_the_http_registry_gives_an_api_error(scripted: Scripted) -> None:
    client, _ = scripted(httpx.Response(520, text="origin error"), attempts=1)
    with pytest.raises(ServerError) as caught:
        get_customer.sync_detailed(1003, 1, client=client)
    assert caught.value.status_code == 520


def test_unexpected_status_is_part_of_the_hierarchy() -> None:
    assert UnexpectedStatus is UnexpectedStatusError
    transport = httpx.MockTransport(Script(httpx.Response(418, text="teapot")))
    args = {"transport": transport}
    with (
        AuthenticatedClient(base_url=BASE_URL, token=TOKEN, raise_on_unexpected_status=True, httpx_args=args) as c,
        pytest.raises(EcwidClientError) as caught,
    ):
        get_customer.sync_detailed(1003, 1, client=c)
    assert isinstance(caught.value, UnexpectedStatusError)
    assert caught.value.status_code == 418
    assert "teapot" in str(caught.value)


def test_error_from_response_reads_a_parsed_response() -> None:
    response: Response[Any] = Response(
        status_code=HTTPStatus.NOT_FOUND,
        content=b'{"errorMessage": "Customer #7 not found", "errorCode": "CUSTOMER_NOT_FOUND"}',
        headers={},
        parsed=None,
    )
    error = error_from_response(response)
    assert isinstance(error, NotFoundError)
    assert (error.error_code, error.error_message, error.retry_after) == (
        "CUSTOMER_NOT_FOUND",
        "Customer #7 not found",
        None,
    )
