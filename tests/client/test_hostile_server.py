"""A real socket, a hostile server: every answer gives a documented result or an error under
`EcwidClientError`, never a bare ValueError, KeyError, UnicodeDecodeError or httpx exception."""

from __future__ import annotations

import logging

import pytest

from ecwid_client import (
    ApiError,
    BadRequestError,
    DeadlineExceededError,
    EcwidClientError,
    MalformedResponseError,
    NotFoundError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    TransportError,
    UnexpectedStatusError,
)
from ecwid_client.api.customers import create_customer, get_customer, update_customer
from ecwid_client.models import CustomerCreate, CustomerUpdate
from tests.client.conftest import TOKEN, HostileClient, Sleeps
from tests.client.hostile import Answer, HostileServer, chunked, echo_header, raw, respond, silence, trickle

CUSTOMER = b'{"id": 1, "email": "a@example.com"}'
JSON = [("Content-Type", "application/json")]
NEW = CustomerCreate(email="a@example.com")


def _cut_off(declared: int = 100, sent: bytes = b'{"id": 1, "em') -> bytes:
    """Headers promising `declared` bytes, fewer bytes, then the connection closes."""
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (declared, sent)


# --- statuses --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (299, UnexpectedStatusError),
        (204, UnexpectedStatusError),
        (302, UnexpectedStatusError),
        (418, ApiError),
        (499, ApiError),
        (520, ServerError),
        (599, ServerError),
        (600, UnexpectedStatusError),
        (999, UnexpectedStatusError),
    ],
)
def test_get_customer_with_an_undocumented_status_raises_its_class(
    hostile: HostileServer, hostile_client: HostileClient, status: int, kind: type[EcwidClientError]
) -> None:
    hostile.script(respond(status, b"<html>odd</html>"))
    with pytest.raises(EcwidClientError) as caught:
        get_customer.sync_or_raise(1003, 1, client=hostile_client(retry={"attempts": 1}))
    assert type(caught.value) is kind
    assert getattr(caught.value, "status_code", None) == status


@pytest.mark.parametrize("status", ["100", "101", "103", "199", "000", "099"])
def test_get_customer_with_an_informational_or_too_small_status_is_a_transport_error(
    hostile: HostileServer, hostile_client: HostileClient, status: str
) -> None:
    hostile.script(respond(status, CUSTOMER))  # a 1xx then no final answer, or no valid status
    with pytest.raises(TransportError):
        get_customer.sync_or_raise(1003, 1, client=hostile_client(retry={"attempts": 1}))


@pytest.mark.parametrize(
    "answer",
    [b"NONSENSE\r\n\r\n", b"HTTP/1.1 abc OK\r\n\r\n", b"HTTP/1.1 2000 OK\r\n\r\n", b"\x00\xff\xfe garbage\r\n\r\n"],
    ids=["words", "letters", "four-digits", "binary"],
)
def test_get_customer_after_a_garbage_status_line_is_retried_then_a_transport_error(
    hostile: HostileServer, hostile_client: HostileClient, answer: bytes
) -> None:
    hostile.script(raw(answer))
    with pytest.raises(TransportError) as caught:
        get_customer.sync_or_raise(1003, 1, client=hostile_client())
    assert caught.value.__cause__ is not None
    assert len(hostile.requests) == 3


def test_get_customer_after_a_close_without_an_answer_is_retried(
    hostile: HostileServer, hostile_client: HostileClient
) -> None:
    hostile.script(silence(), silence(), respond(200, CUSTOMER, JSON))
    assert get_customer.sync_or_raise(1003, 1, client=hostile_client()).id == 1
    assert len(hostile.requests) == 3


def test_create_customer_after_a_close_without_an_answer_is_not_repeated(
    hostile: HostileServer, hostile_client: HostileClient
) -> None:
    hostile.script(silence(), respond(200, b'{"id": 5}', JSON))
    with pytest.raises(TransportError):
        create_customer.sync_or_raise(1003, client=hostile_client(), body=NEW)
    assert len(hostile.requests) == 1


# --- Retry-After -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["\u0661\u0662", "\u00b2", "9" * 5000, "-5", "1e3", "", "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 99 Foo 0 0:0:0"],
    ids=["arabic-indic-digits", "superscript", "huge", "negative", "exponent", "empty", "far-date", "bad-date"],
)
def test_get_customer_with_a_bad_retry_after_raises_a_rate_limit_error(
    hostile: HostileServer, hostile_client: HostileClient, sleeps: Sleeps, value: str
) -> None:
    body = b'{"errorMessage": "slow down", "errorCode": "RATE_LIMITED"}'
    hostile.script(respond(429, body, [("Retry-After", value)]))
    with pytest.raises(RateLimitError) as caught:
        get_customer.sync_or_raise(1003, 1, client=hostile_client(retry={"attempts": 2}))
    assert caught.value.retry_after is None or 0 <= caught.value.retry_after < float("inf")
    assert len(sleeps) == 1
    assert 0 <= sleeps[0] <= 60


# --- bodies ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [b"", b"<html>maintenance</html>", b'{"id": 1, "email"', b'{"id": 1, "email": "\xff\xfe"}', b"[1]", b'"x"',
     b"null", b"1e999", b"[" * 100_000 + b"]" * 100_000, b'{"id": 1, "billingPerson": 5}'],
    ids=["empty", "html", "truncated", "invalid-utf8", "array", "string", "null", "huge-number", "deep",
         "nested-wrong-type"],
)  # fmt: skip
def test_get_customer_with_a_bad_success_body_is_malformed(
    hostile: HostileServer, hostile_client: HostileClient, body: bytes
) -> None:
    hostile.script(respond(200, body, JSON))
    with pytest.raises(MalformedResponseError) as caught:
        get_customer.sync_or_raise(1003, 1, client=hostile_client())
    assert caught.value.status_code == 200
    str(caught.value).encode("utf-8")  # printable and loggable


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (404, b"", NotFoundError),
        (404, b"\xff\xfe\xfd", NotFoundError),
        (400, b'{"errorMessage": "cut', BadRequestError),
        (400, b'{"errorCode": "WRONG_PARAMETER"}', BadRequestError),
        (400, b'{"errorMessage": 42, "errorCode": 7}', BadRequestError),
        (503, b'{"errorMessage": ["a", null, true]}', ServerError),
        (503, b'{"errorMessage": "\\ud800 lone surrogate"}', ServerError),
        (500, b"[" * 100_000, ServerError),
    ],
    ids=["empty", "invalid-utf8", "truncated", "no-message", "wrong-types", "list-message", "surrogate", "deep"],
)
def test_get_customer_with_a_bad_error_body_raises_by_status(
    hostile: HostileServer, hostile_client: HostileClient, status: int, body: bytes, kind: type[ApiError]
) -> None:
    hostile.script(respond(status, body, JSON))
    with pytest.raises(ApiError) as caught:
        get_customer.sync_or_raise(1003, 1, client=hostile_client(retry={"attempts": 1}))
    error = caught.value
    assert type(error) is kind
    assert error.status_code == status
    assert isinstance(error.error_message, str)
    assert error.error_message
    assert error.error_code is None or isinstance(error.error_code, str)
    str(error).encode("utf-8")
    error.error_message.encode("utf-8")


def test_a_list_error_message_is_quoted_as_json(hostile: HostileServer, hostile_client: HostileClient) -> None:
    hostile.script(respond(400, b'{"errorMessage": ["a", null, true]}', JSON))
    with pytest.raises(BadRequestError) as caught:
        get_customer.sync_or_raise(1003, 1, client=hostile_client())
    assert caught.value.error_message == '["a", null, true]'


@pytest.mark.parametrize(
    "answer",
    [raw(_cut_off()), chunked(b'{"id": 1, ', 3, finish=False)],
    ids=["content-length-cut", "chunked-cut"],
)
def test_get_customer_with_a_body_cut_off_is_retried(
    hostile: HostileServer, hostile_client: HostileClient, answer: Answer
) -> None:
    hostile.script(answer, answer, respond(200, CUSTOMER, JSON))
    assert get_customer.sync_or_raise(1003, 1, client=hostile_client()).id == 1
    assert len(hostile.requests) == 3


def test_update_customer_with_a_body_cut_off_every_time_raises_a_transport_error(
    hostile: HostileServer, hostile_client: HostileClient
) -> None:
    hostile.script(raw(_cut_off()))
    with pytest.raises(TransportError):
        update_customer.sync_or_raise(1003, 1, client=hostile_client(), body=CustomerUpdate(lang="en"))
    assert [request.method for request in hostile.requests] == ["PUT"] * 3


def test_create_customer_with_a_body_cut_off_is_not_repeated(
    hostile: HostileServer, hostile_client: HostileClient
) -> None:
    hostile.script(raw(_cut_off(sent=b'{"id"')), respond(200, b'{"id": 5}', JSON))
    with pytest.raises(TransportError):
        create_customer.sync_or_raise(1003, client=hostile_client(), body=NEW)
    assert len(hostile.requests) == 1


# --- size and time ---------------------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 500])
def test_get_customer_with_a_streamed_body_over_the_cap_raises_too_large(
    hostile: HostileServer, hostile_client: HostileClient, status: int
) -> None:
    hostile.script(chunked(b"x" * 8192, 64, status=status))  # 512 KiB against a 64 KiB cap
    with pytest.raises(ResponseTooLargeError) as caught:
        get_customer.sync_or_raise(1003, 1, client=hostile_client(max_response_bytes=64 * 1024))
    assert (caught.value.status_code, caught.value.limit) == (status, 64 * 1024)
    assert len(hostile.requests) == 1  # not retried


def test_get_customer_with_a_declared_length_over_the_cap_raises_too_large(
    hostile: HostileServer, hostile_client: HostileClient
) -> None:
    hostile.script(raw(_cut_off(declared=10**12, sent=b"{")))
    with pytest.raises(ResponseTooLargeError):
        get_customer.sync_or_raise(1003, 1, client=hostile_client())


def test_get_customer_from_a_trickling_server_hits_the_deadline(
    hostile: HostileServer, hostile_client: HostileClient
) -> None:
    hostile.script(trickle(length=200, every=0.02))
    with pytest.raises(DeadlineExceededError) as caught:
        get_customer.sync_or_raise(1003, 1, client=hostile_client(deadline=0.2))
    assert caught.value.deadline == 0.2
    assert "within the deadline of 0.2 s" in str(caught.value)
    assert len(hostile.requests) == 1


def test_get_customer_does_not_wait_past_the_deadline(
    hostile: HostileServer, hostile_client: HostileClient, sleeps: Sleeps
) -> None:
    hostile.script(respond(503, b'{"errorMessage": "busy"}', JSON))
    client = hostile_client(deadline=5.0, retry={"backoff": 10.0, "backoff_max": 10.0, "jitter": False})
    with pytest.raises(ServerError):
        get_customer.sync_or_raise(1003, 1, client=client)
    assert sleeps == []
    assert len(hostile.requests) == 1


# --- the token -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "prefix"), [("Authorization", "Bearer"), ("X-Ecwid-Token", ""), ("X-Custom", "Token")]
)
def test_a_token_echoed_by_the_server_is_scrubbed_from_the_error(
    hostile: HostileServer,
    hostile_client: HostileClient,
    caplog: pytest.LogCaptureFixture,
    header: str,
    prefix: str,
) -> None:
    hostile.script(echo_header(400, header))
    client = hostile_client(auth_header_name=header, prefix=prefix)
    with caplog.at_level(logging.DEBUG), pytest.raises(BadRequestError) as caught:
        get_customer.sync_or_raise(1003, 1, client=client)
    assert TOKEN in hostile.requests[0].headers[header.lower()]  # the token was sent, and echoed
    error = caught.value
    texts = [str(error), repr(error), repr(error.args), error.error_message, str(error.error_code), repr(error.content)]
    assert all(TOKEN not in text for text in texts)
    assert "[redacted]" in str(error)
    assert all(TOKEN not in record.getMessage() for record in caplog.records)
    httpx_client = client.get_httpx_client()
    assert all(TOKEN not in text for text in (repr(client), str(client), repr(httpx_client.headers)))


# --- async -----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_get_customer_from_a_trickling_server_hits_the_deadline(
    hostile: HostileServer, hostile_client: HostileClient
) -> None:
    hostile.script(trickle(length=200, every=0.02))
    client = hostile_client(deadline=0.2)
    async with client:
        with pytest.raises(DeadlineExceededError):
            await get_customer.asyncio_or_raise(1003, 1, client=client)


@pytest.mark.anyio
async def test_async_get_customer_with_a_body_cut_off_is_retried(
    hostile: HostileServer, hostile_client: HostileClient
) -> None:
    hostile.script(raw(_cut_off()), chunked(b"{", 2, finish=False), respond(200, CUSTOMER, JSON))
    client = hostile_client()
    async with client:
        assert (await get_customer.asyncio_or_raise(1003, 1, client=client)).id == 1
    assert len(hostile.requests) == 3


@pytest.mark.anyio
async def test_async_create_customer_with_a_body_cut_off_is_not_repeated(
    hostile: HostileServer, hostile_client: HostileClient
) -> None:
    hostile.script(raw(_cut_off()), respond(200, b'{"id": 5}', JSON))
    client = hostile_client()
    async with client:
        with pytest.raises(TransportError):
            await create_customer.asyncio_or_raise(1003, client=client, body=NEW)
    assert len(hostile.requests) == 1


@pytest.mark.anyio
async def test_async_get_customer_with_a_body_over_the_cap_raises_too_large(
    hostile: HostileServer, hostile_client: HostileClient
) -> None:
    hostile.script(chunked(b"x" * 8192, 64))
    client = hostile_client(max_response_bytes=16 * 1024)
    async with client:
        with pytest.raises(ResponseTooLargeError):
            await get_customer.asyncio_or_raise(1003, 1, client=client)


@pytest.mark.anyio
@pytest.mark.parametrize("answer", [raw(b"NONSENSE\r\n\r\n"), silence()], ids=["garbage", "silence"])
async def test_async_get_customer_after_a_broken_answer_raises_a_transport_error(
    hostile: HostileServer, hostile_client: HostileClient, answer: Answer
) -> None:
    hostile.script(answer)
    client = hostile_client()
    async with client:
        with pytest.raises(TransportError):
            await get_customer.asyncio_or_raise(1003, 1, client=client)
    assert len(hostile.requests) == 3


@pytest.mark.anyio
async def test_async_a_token_echoed_by_the_server_is_scrubbed(
    hostile: HostileServer, hostile_client: HostileClient
) -> None:
    hostile.script(echo_header(404, "X-Ecwid-Token"))
    client = hostile_client(auth_header_name="X-Ecwid-Token")
    async with client:
        with pytest.raises(NotFoundError) as caught:
            await get_customer.asyncio_or_raise(1003, 1, client=client)
    assert TOKEN not in str(caught.value)
    assert TOKEN not in caught.value.error_message
