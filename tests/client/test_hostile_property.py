"""Property: whatever status, headers and body a server sends, `*_or_raise` answers the success
model or raises `EcwidClientError`, and no exception text carries the token."""

from __future__ import annotations

import json

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecwid_client import AuthenticatedClient, EcwidClientError, RetryPolicy
from ecwid_client.api.customers import get_customer, update_customer
from ecwid_client.models import Customer, CustomerUpdate, UpdateCustomerResult
from tests.client.conftest import TOKEN
from tests.client.hostile import HostileServer, raw

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
_FIELDS = st.sampled_from(["id", "email", "errorMessage", "errorCode", "updateCount", "billingPerson", TOKEN])
_OBJECTS = st.dictionaries(_FIELDS, _JSON, max_size=5).map(lambda body: json.dumps(body).encode())
_SUCCESSES = st.sampled_from([b'{"id": 1, "email": "a@example.com"}', b'{"updateCount": 1}'])
_BODIES = st.one_of(_SUCCESSES, st.binary(max_size=300), _OBJECTS, _JSON.map(lambda value: json.dumps(value).encode()))
_STATUSES = st.one_of(st.sampled_from([200, 200, 200, 299, 400, 404, 409, 429, 500, 503, 520]), st.integers(0, 999))
_NAMES = st.sampled_from(["Retry-After", "Content-Type", "Content-Encoding", "X-Echo", "Location", "Set-Cookie"])
_VALUES = st.one_of(st.text(max_size=30), st.sampled_from(["١٢", "²", "-1", "9" * 5000, "gzip", "application/json"]))
_LENGTHS = st.sampled_from(["exact", "absent", "short", "long", "chunked"])


def _answer(status: int, headers: list[tuple[str, str]], body: bytes, length: str) -> bytes:
    lines = [f"HTTP/1.1 {status:03d} Hostile"] + [f"{name}: {value}" for name, value in headers]
    if length == "chunked":
        lines.append("Transfer-Encoding: chunked")
        body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body) if body else b"0\r\n\r\n"
    elif length != "absent":
        declared = {"exact": len(body), "short": len(body) // 2, "long": len(body) + 10}[length]
        lines.append(f"Content-Length: {declared}")
    lines.append("Connection: close")
    head = "\r\n".join(lines).encode("utf-8", "surrogateescape")
    return head + b"\r\n\r\n" + body


def test_any_answer_gives_the_success_model_or_an_ecwid_client_error() -> None:
    with HostileServer() as server:
        client = AuthenticatedClient(
            base_url=server.base_url,
            token=TOKEN,
            timeout=httpx.Timeout(5.0),
            deadline=10.0,
            max_response_bytes=4096,
            retry=RetryPolicy(attempts=2, sleep=lambda _: None),
        )

        @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(
            status=_STATUSES,
            headers=st.lists(st.tuples(_NAMES, _VALUES), max_size=4),
            body=_BODIES,
            length=_LENGTHS,
            put=st.booleans(),
        )
        def check(status: int, headers: list[tuple[str, str]], body: bytes, length: str, put: bool) -> None:
            clean = [(name, value.replace("\r", "").replace("\n", "")) for name, value in headers]
            server.script(raw(_answer(status, clean, body, length)))
            try:
                if put:
                    result: object = update_customer.sync_or_raise(1003, 1, client=client, body=CustomerUpdate())
                    assert isinstance(result, UpdateCustomerResult)
                else:
                    assert isinstance(get_customer.sync_or_raise(1003, 1, client=client), Customer)
            except EcwidClientError as error:
                text = f"{error}{error!r}{vars(error)!r}{error.__cause__}"
                assert TOKEN not in text
                text.encode("utf-8")

        with client:
            check()
